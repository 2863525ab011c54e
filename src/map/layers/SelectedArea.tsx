import { createEffect, on } from 'solid-js';
import type { GeoJSONSource } from 'maplibre-gl';
import type { Feature } from 'geojson';
import { useMap } from '../map-context';
import { setFilterIfChanged } from '../restyle';
import { LAYER, selectedAreaData, selectedGemeenteFilter, SOURCE } from '../style';

/** The chosen municipality's outline and the chosen stadsdeel or wijk. */
export function SelectedArea(props: { gemeente: string | undefined; area: Feature | undefined }) {
  const map = useMap();
  createEffect(() =>
    setFilterIfChanged(map, LAYER.selectedGemeente, selectedGemeenteFilter(props.gemeente)),
  );
  // setData is a worker round trip: only when the area itself changes (the map's style starts
  // with the first one).
  createEffect(
    on(
      () => props.area,
      (area) => map.getSource<GeoJSONSource>(SOURCE.selectedArea)?.setData(selectedAreaData(area)),
      { defer: true },
    ),
  );
  return null;
}
