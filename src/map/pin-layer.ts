import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import Supercluster from 'supercluster';
import type { Initiatief } from '../data/schemas';

export interface PinLayerTexts {
  pinLabel: (initiatief: Initiatief) => string;
  clusterLabel: (count: number, names: string[]) => string;
}

/** Above this zoom pins are never grouped, so a selected initiative always shows as its own pin. */
export const CLUSTER_MAX_ZOOM = 12;
const CLUSTER_RADIUS_PX = 44;

type PointProps = { id: string };

/**
 * The initiative pins as focusable DOM buttons, grouped into clusters where they would crowd each
 * other (supercluster, the library MapLibre itself uses). Pin elements are created once and only
 * shown or hidden, so focus and tab order stay stable while the map moves.
 */
export class PinLayer {
  private readonly pins = new Map<string, Marker>();
  private clusterMarkers: Marker[] = [];
  private index = new Supercluster<PointProps>({
    radius: CLUSTER_RADIUS_PX,
    maxZoom: CLUSTER_MAX_ZOOM,
  });
  private readonly byId: Map<string, Initiatief>;
  private readonly refresh = () => this.render();

  constructor(
    private readonly map: MapLibreMap,
    initiatives: Initiatief[],
    private texts: PinLayerTexts,
    private readonly onSelect: (id: string) => void,
  ) {
    this.byId = new Map(initiatives.map((i) => [i.properties.id, i]));
    for (const initiatief of initiatives)
      this.pins.set(initiatief.properties.id, this.createPin(initiatief));
    map.on('moveend', this.refresh);
  }

  private createPin(initiatief: Initiatief): Marker {
    const { id, status, mentions } = initiatief.properties;
    const element = document.createElement('button');
    element.type = 'button';
    element.className = `pin pin--${status}`;
    element.dataset.id = id;
    element.dataset.mentions = String(mentions);
    element.hidden = true;
    element.setAttribute('aria-label', this.texts.pinLabel(initiatief));
    element.addEventListener('click', (event) => {
      event.stopPropagation();
      this.onSelect(id);
    });
    const [lng = 0, lat = 0] = initiatief.geometry.coordinates;
    return new Marker({ element, anchor: 'bottom' }).setLngLat([lng, lat]).addTo(this.map);
  }

  /** Shows exactly these initiatives (the filtered ones). */
  setVisible(ids: string[]) {
    this.index = new Supercluster<PointProps>({
      radius: CLUSTER_RADIUS_PX,
      maxZoom: CLUSTER_MAX_ZOOM,
    });
    this.index.load(
      ids.flatMap((id) => {
        const initiatief = this.byId.get(id);
        return initiatief
          ? [{ type: 'Feature', geometry: initiatief.geometry, properties: { id } }]
          : [];
      }),
    );
    this.render();
  }

  setSelected(id: string | undefined) {
    for (const [pinId, marker] of this.pins) {
      marker.getElement().classList.toggle('pin--selected', pinId === id);
    }
  }

  relabel(texts: PinLayerTexts) {
    this.texts = texts;
    for (const [id, marker] of this.pins) {
      const initiatief = this.byId.get(id);
      if (initiatief) marker.getElement().setAttribute('aria-label', texts.pinLabel(initiatief));
    }
    this.render();
  }

  private render() {
    for (const marker of this.clusterMarkers) marker.remove();
    this.clusterMarkers = [];
    const shown = new Set<string>();
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
    for (const [id, marker] of this.pins) marker.getElement().hidden = !shown.has(id);
  }

  private createCluster(clusterId: number, count: number, [lng = 0, lat = 0]: number[]): Marker {
    const ids = this.index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.id);
    const names = ids.map((id) => this.byId.get(id)?.properties.name ?? id);
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'cluster';
    element.textContent = String(count);
    element.dataset.ids = ids.join(' ');
    element.setAttribute('aria-label', this.texts.clusterLabel(count, names));
    element.addEventListener('click', (event) => {
      event.stopPropagation();
      const zoom = Math.min(this.index.getClusterExpansionZoom(clusterId), CLUSTER_MAX_ZOOM + 1);
      this.map.easeTo({ center: [lng, lat], zoom });
    });
    return new Marker({ element, anchor: 'center' }).setLngLat([lng, lat]).addTo(this.map);
  }

  remove() {
    this.map.off('moveend', this.refresh);
    for (const marker of [...this.clusterMarkers, ...this.pins.values()]) marker.remove();
  }
}
