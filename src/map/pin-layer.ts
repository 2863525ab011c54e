import { LngLatBounds, Marker, type Map as MapLibreMap } from 'maplibre-gl';
import Supercluster from 'supercluster';

/** One pin: a seed initiative or a proposal. */
export interface PinItem {
  id: string;
  name: string;
  lngLat: [number, number];
  variant: 'genoemd' | 'toekomstig' | 'voorstel' | 'goedgekeurd';
  /** The place is derived (not named by the source): drawn as a hollow, dashed pin. */
  derived?: boolean;
  /** The accessible name: what the pin is and where. */
  label: string;
  /** Just arrived on the live wall: drawn with a gentle highlight. */
  highlight?: boolean;
}

/** Above this zoom pins are never grouped, so a selected initiative always shows as its own pin. */
export const CLUSTER_MAX_ZOOM = 12;
const CLUSTER_RADIUS_PX = 44;

type PointProps = { id: string };

/**
 * The pins as focusable DOM buttons, grouped into clusters where they would crowd each other
 * (supercluster, the library MapLibre itself uses). A pin element is created once per item and then
 * only shown or hidden, so focus and tab order stay stable while the map moves.
 */
export class PinLayer {
  private readonly pins = new Map<string, { marker: Marker; item: PinItem }>();
  private clusterMarkers: Marker[] = [];
  private index = new Supercluster<PointProps>({
    radius: CLUSTER_RADIUS_PX,
    maxZoom: CLUSTER_MAX_ZOOM,
  });
  private visibleIds: string[] = [];
  /** Highlighted pins stay out of clusters, so a new pin on the live wall is seen at any zoom. */
  private standalone: string[] = [];
  private readonly refresh = () => this.render();

  constructor(
    private readonly map: MapLibreMap,
    private clusterLabel: (count: number, names: string[]) => string,
    private readonly onSelect: (id: string) => void,
  ) {
    map.on('moveend', this.refresh);
  }

  /** Adds new items, updates changed ones and removes those that are gone. */
  setItems(items: PinItem[]) {
    const wanted = new Set(items.map((item) => item.id));
    for (const [id, pin] of this.pins) {
      if (!wanted.has(id)) {
        pin.marker.remove();
        this.pins.delete(id);
      }
    }
    for (const item of items) {
      const existing = this.pins.get(item.id);
      if (existing) {
        existing.item = item;
        existing.marker.setLngLat(item.lngLat);
        const element = existing.marker.getElement();
        element.setAttribute('aria-label', item.label);
        element.className = element.className.replace(
          /pin--(genoemd|toekomstig|voorstel|goedgekeurd)/,
          `pin--${item.variant}`,
        );
        element.classList.toggle('pin--new', Boolean(item.highlight));
        element.classList.toggle('pin--derived', Boolean(item.derived));
      } else {
        this.pins.set(item.id, { marker: this.createPin(item), item });
      }
    }
    this.setVisible(this.visibleIds);
  }

  private createPin(item: PinItem): Marker {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = `pin pin--${item.variant}${item.highlight ? ' pin--new' : ''}`;
    element.classList.toggle('pin--derived', Boolean(item.derived));
    element.dataset.id = item.id;
    element.hidden = true;
    const shape = document.createElement('span');
    shape.className = 'pin__shape';
    element.append(shape);
    element.setAttribute('aria-label', item.label);
    element.addEventListener('click', (event) => {
      event.stopPropagation();
      this.onSelect(item.id);
    });
    return new Marker({ element, anchor: 'bottom' }).setLngLat(item.lngLat).addTo(this.map);
  }

  /** Shows exactly these items (the filtered ones). */
  setVisible(ids: string[]) {
    this.visibleIds = ids;
    this.standalone = ids.filter((id) => this.pins.get(id)?.item.highlight);
    this.index = new Supercluster<PointProps>({
      radius: CLUSTER_RADIUS_PX,
      maxZoom: CLUSTER_MAX_ZOOM,
    });
    this.index.load(
      ids.flatMap((id) => {
        if (this.standalone.includes(id)) return [];
        const pin = this.pins.get(id);
        return pin
          ? [
              {
                type: 'Feature',
                geometry: { type: 'Point', coordinates: pin.item.lngLat },
                properties: { id },
              },
            ]
          : [];
      }),
    );
    this.render();
  }

  setSelected(id: string | undefined) {
    for (const [pinId, pin] of this.pins)
      pin.marker.getElement().classList.toggle('pin--selected', pinId === id);
  }

  setClusterLabel(clusterLabel: (count: number, names: string[]) => string) {
    this.clusterLabel = clusterLabel;
    this.render();
  }

  private render() {
    for (const marker of this.clusterMarkers) marker.remove();
    this.clusterMarkers = [];
    const shown = new Set<string>(this.standalone);
    const zoom = Math.floor(this.map.getZoom());
    for (const feature of this.index.getClusters([-180, -85, 180, 85], zoom)) {
      const props = feature.properties;
      if ('cluster' in props && props.cluster) {
        this.clusterMarkers.push(
          this.createCluster(props.cluster_id, props.point_count, feature.geometry.coordinates),
        );
      } else {
        shown.add((props as PointProps).id);
      }
    }
    for (const [id, pin] of this.pins) pin.marker.getElement().hidden = !shown.has(id);
  }

  private createCluster(clusterId: number, count: number, [lng = 0, lat = 0]: number[]): Marker {
    const ids = this.index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.id);
    const names = ids.map((id) => this.pins.get(id)?.item.name ?? id);
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'cluster';
    element.textContent = String(count);
    element.dataset.ids = ids.join(' ');
    element.setAttribute('aria-label', this.clusterLabel(count, names));
    element.addEventListener('click', (event) => {
      event.stopPropagation();
      // Frame the group's own pins: the zoom where the group merely splits can be a step so small
      // that a person sees nothing happen (pins of one stadsdeel stand close together).
      const bounds = new LngLatBounds();
      for (const id of ids) {
        const pin = this.pins.get(id);
        if (pin) bounds.extend(pin.item.lngLat);
      }
      const framed = this.map.cameraForBounds(bounds, { padding: 80 })?.zoom ?? 0;
      const splits = this.index.getClusterExpansionZoom(clusterId);
      const zoom = Math.min(Math.max(framed, splits), CLUSTER_MAX_ZOOM + 1);
      this.map.easeTo({ center: bounds.getCenter(), zoom });
    });
    return new Marker({ element, anchor: 'center' }).setLngLat([lng, lat]).addTo(this.map);
  }

  remove() {
    this.map.off('moveend', this.refresh);
    for (const marker of this.clusterMarkers) marker.remove();
    for (const pin of this.pins.values()) pin.marker.remove();
  }
}
