import type { GeoJSONSource, Map as MapLibreMap, Marker } from 'maplibre-gl';
import { maplibre } from './maplibre';
import { CLUSTER_MAX_ZOOM, pinPoints, SOURCE, type PinPoint } from './style';

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

/** The points the map groups: the shown pins, except highlighted ones (they stand alone). */
export function groupedPoints(
  pinOf: (id: string) => PinItem | undefined,
  shownIds: readonly string[],
): PinPoint[] {
  return pinPoints(
    shownIds.flatMap((id) => {
      const pin = pinOf(id);
      return pin && !pin.highlight ? [pin] : [];
    }),
  );
}

/**
 * The pins as focusable DOM buttons, grouped into clusters where they would crowd each other. The
 * grouping is MapLibre's own (its GeoJSON source clusters in the map's worker, see style.ts); this
 * layer reads the groups of the tiles in view and places a button for each. A pin element is
 * created once per item and then only shown or hidden, so focus and tab order stay stable while
 * the map moves.
 */
export class PinLayer {
  private readonly pins = new Map<string, { marker: Marker; item: PinItem }>();
  private clusterMarkers: Marker[] = [];
  private visibleIds: string[] = [];
  /** Highlighted pins stay out of clusters, so a new pin on the live wall is seen at any zoom. */
  private standalone: string[] = [];
  /** The points the source holds now, as JSON: the same points are not sent (and tiled) twice. */
  private sent: string;
  /** Something changed since the pins were last placed: place them at the next frame. */
  private dirty = true;
  /**
   * The camera moved and no frame has been drawn since: at 'moveend' itself (a jump ends at
   * once) the source still holds the tiles of the view before, so the pins wait for the frame.
   */
  private moved = false;
  private readonly markDirty = () => {
    this.dirty = true;
    this.map.triggerRepaint();
  };
  private readonly onMoveEnd = () => {
    this.moved = true;
    this.markDirty();
  };
  private readonly onSourceData = (event: { sourceId?: string }) => {
    if (event.sourceId === SOURCE.pins) this.markDirty();
  };
  private readonly onRender = () => {
    this.moved = false;
    this.placeIfReady();
  };

  constructor(
    private readonly map: MapLibreMap,
    private clusterLabel: (count: number, names: string[]) => string,
    private readonly onSelect: (id: string) => void,
    /** The points the map's style started with (style.ts `pinPoints`). */
    initial: PinPoint[] = [],
  ) {
    this.sent = JSON.stringify(initial);
    map.on('moveend', this.onMoveEnd);
    map.on('sourcedata', this.onSourceData);
    map.on('render', this.onRender);
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
    // Before the first setVisible there is nothing to show yet (and the style's points stand).
    if (this.visibleIds.length > 0) this.setVisible(this.visibleIds);
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
    return new (maplibre().Marker)({ element, anchor: 'bottom' })
      .setLngLat(item.lngLat)
      .addTo(this.map);
  }

  /** Shows exactly these items (the filtered ones). */
  setVisible(ids: string[]) {
    this.visibleIds = ids;
    this.standalone = ids.filter((id) => this.pins.get(id)?.item.highlight);
    const points = groupedPoints((id) => this.pins.get(id)?.item, ids);
    const json = JSON.stringify(points);
    if (json !== this.sent) {
      this.sent = json;
      // The source groups them again in the worker; its 'sourcedata' event brings them back here.
      this.source().setData({ type: 'FeatureCollection', features: points });
      this.markDirty();
    } else {
      // Same groups: shown at once (the map may not draw another frame before it is idle).
      this.dirty = true;
      if (!this.moved) this.placeIfReady();
      if (this.dirty) this.map.triggerRepaint();
    }
  }

  private placeIfReady() {
    if (!this.dirty || !this.map.isSourceLoaded(SOURCE.pins)) return;
    this.dirty = false;
    this.render();
  }

  private source(): GeoJSONSource {
    return this.map.getSource(SOURCE.pins) as GeoJSONSource;
  }

  setSelected(id: string | undefined) {
    for (const [pinId, pin] of this.pins)
      pin.marker.getElement().classList.toggle('pin--selected', pinId === id);
  }

  setClusterLabel(clusterLabel: (count: number, names: string[]) => string) {
    this.clusterLabel = clusterLabel;
    this.markDirty();
  }

  /** Shows the pins and groups of the tiles in view (the source has them for this zoom). */
  private render() {
    const shown = new Set<string>(this.standalone);
    const groups = new Map<number, { ids: string[]; lngLat: [number, number] }>();
    // A point near a tile's edge is in both tiles: each pin and group counts once.
    for (const feature of this.map.querySourceFeatures(SOURCE.pins)) {
      const props = feature.properties;
      if (feature.geometry.type !== 'Point') continue;
      const [lng = 0, lat = 0] = feature.geometry.coordinates;
      if (props.cluster) {
        const ids = String(props.ids).split(' ');
        groups.set(Number(props.cluster_id), { ids, lngLat: [lng, lat] });
      } else shown.add(String(props.id));
    }
    for (const marker of this.clusterMarkers) marker.remove();
    this.clusterMarkers = [...groups].map(([clusterId, group]) =>
      this.createCluster(clusterId, group.ids, group.lngLat),
    );
    for (const [id, pin] of this.pins) pin.marker.getElement().hidden = !shown.has(id);
  }

  private createCluster(clusterId: number, ids: string[], lngLat: [number, number]): Marker {
    const count = ids.length;
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
      const bounds = new (maplibre().LngLatBounds)();
      for (const id of ids) {
        const pin = this.pins.get(id);
        if (pin) bounds.extend(pin.item.lngLat);
      }
      const framed = this.map.cameraForBounds(bounds, { padding: 80 })?.zoom ?? 0;
      const center = bounds.getCenter();
      void this.source()
        .getClusterExpansionZoom(clusterId)
        .catch(() => framed)
        .then((splits) => {
          const zoom = Math.min(Math.max(framed, splits), CLUSTER_MAX_ZOOM + 1);
          this.map.easeTo({ center, zoom });
        });
    });
    return new (maplibre().Marker)({ element, anchor: 'center' }).setLngLat(lngLat).addTo(this.map);
  }

  remove() {
    this.map.off('moveend', this.onMoveEnd);
    this.map.off('sourcedata', this.onSourceData);
    this.map.off('render', this.onRender);
    for (const marker of this.clusterMarkers) marker.remove();
    for (const pin of this.pins.values()) pin.marker.remove();
  }
}
