import type { Map as MapLibreMap } from 'maplibre-gl';

type Handler = (event?: unknown) => void;

/**
 * Just enough of a MapLibre map for the layer components: it records what they ask of it and lets
 * a test fire events. No WebGL, no style: a change of a prop is checked by the call it makes.
 */
export function createFakeMap(
  style: { filters?: Record<string, unknown>; visibility?: Record<string, string> } = {},
) {
  const calls: [string, ...unknown[]][] = [];
  const filters = new Map(Object.entries(style.filters ?? {}));
  const visibility = new Map(Object.entries(style.visibility ?? {}));
  const handlers = new Map<string, Set<Handler>>();
  const key = (type: string, layer?: unknown) =>
    typeof layer === 'string' ? `${type}:${layer}` : type;
  const container = document.createElement('div');
  const canvas = document.createElement('canvas');
  container.append(canvas);
  let zoom = 8;
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
    };
  const fake = {
    setFilter: (layer: string, filter: unknown) => {
      calls.push(['setFilter', layer, filter]);
      filters.set(layer, filter);
    },
    getFilter: (layer: string) => filters.get(layer),
    setLayoutProperty: (layer: string, name: string, value: string) => {
      calls.push(['setLayoutProperty', layer, name, value]);
      if (name === 'visibility') visibility.set(layer, value);
    },
    getLayoutProperty: (layer: string, name: string) =>
      name === 'visibility' ? visibility.get(layer) : undefined,
    setPadding: record('setPadding'),
    fitBounds: record('fitBounds'),
    flyTo: record('flyTo'),
    jumpTo: record('jumpTo'),
    getSource: (id: string) => ({ setData: (data: unknown) => calls.push(['setData', id, data]) }),
    getContainer: () => container,
    getCanvas: () => canvas,
    getZoom: () => zoom,
    getCenter: () => ({ lng: 5.5, lat: 52.5 }),
    getBounds: () => ({
      getWest: () => 5,
      getSouth: () => 52,
      getEast: () => 6,
      getNorth: () => 53,
    }),
    queryRenderedFeatures: () => [{ properties: { code: 'GM0995' } }],
    on(type: string, layerOrHandler: unknown, handler?: Handler) {
      const k = key(type, layerOrHandler);
      const h = (handler ?? layerOrHandler) as Handler;
      if (!handlers.has(k)) handlers.set(k, new Set());
      handlers.get(k)!.add(h);
      return fake;
    },
    once(type: string, handler: Handler) {
      return fake.on(type, handler);
    },
    off(type: string, layerOrHandler: unknown, handler?: Handler) {
      handlers.get(key(type, layerOrHandler))?.delete((handler ?? layerOrHandler) as Handler);
      return fake;
    },
  };
  return {
    map: fake as unknown as MapLibreMap,
    calls,
    /** Calls of one method, without the method's name. */
    callsOf: (name: string) => calls.filter(([n]) => n === name).map(([, ...args]) => args),
    fire(type: string, event: unknown = {}, layer?: string) {
      for (const h of [...(handlers.get(key(type, layer)) ?? [])]) h(event);
    },
    listeners: (type: string, layer?: string) => handlers.get(key(type, layer))?.size ?? 0,
    setZoom: (z: number) => (zoom = z),
    container,
  };
}
