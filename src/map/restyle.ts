import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';

// MapLibre draws a new frame after every setFilter or setLayoutProperty, also when the value is the
// one the layer already has. The layers set theirs when the map has loaded, where the style already
// says the same: restating it would hold the first full view back by a frame (0.1 s on software GL).

export function setFilterIfChanged(map: MapLibreMap, layer: string, filter: FilterSpecification) {
  if (JSON.stringify(map.getFilter(layer)) !== JSON.stringify(filter)) map.setFilter(layer, filter);
}

export function setVisibleIfChanged(map: MapLibreMap, layer: string, visible: boolean) {
  const visibility = visible ? 'visible' : 'none';
  if ((map.getLayoutProperty(layer, 'visibility') ?? 'visible') !== visibility)
    map.setLayoutProperty(layer, 'visibility', visibility);
}
