import { describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { buildIndex } from '../../../src/data/indexes';
import type { AppData } from '../../../src/data/app-data';
import { createExploreState } from '../../../src/state/explore-state';
import { readAppData } from '../../support/geo-files';

const data: AppData = readAppData();
const index = buildIndex(data);

function withState<T>(run: (state: ReturnType<typeof createExploreState>) => T): T {
  return createRoot((dispose) => {
    const result = run(
      createExploreState(data, index, { filters: {}, overlay: false, knelpuntenOpen: false }),
    );
    dispose();
    return result;
  });
}

const ids = (items: { properties: { id: string } }[]) => items.map((i) => i.properties.id).sort();

describe('explore state', () => {
  it('choosing a municipality filters the map and the list alike, and frames it', () =>
    withState((state) => {
      state.chooseGemeente('GM0995');
      expect(ids(state.filtered())).toEqual(['hof-van-hestia']);
      expect(ids(state.filteredOnMap())).toEqual(['hof-van-hestia']);
      expect(state.camera()).toMatchObject({ kind: 'fit', bbox: index.areas.get('GM0995')!.bbox });
    }));

  it('the list shows only what is in the map view, province-wide items always', () =>
    withState((state) => {
      const hestia = index.initiatives.get('hof-van-hestia')!.geometry.coordinates;
      state.viewChanged(
        { zoom: 12, lat: hestia[1], lng: hestia[0] },
        [hestia[0] - 0.05, hestia[1] - 0.05, hestia[0] + 0.05, hestia[1] + 0.05],
        true,
      );
      expect(ids(state.visible())).toEqual([
        'hof-van-hestia',
        'iriszorg-buurt-bij-nieuwbouw',
        'woonagenda-flevoland',
      ]);
      expect(state.filtered()).toHaveLength(14);
    }));

  it('selecting an initiative that the filters hide clears the filters, so map and list agree', () =>
    withState((state) => {
      state.chooseGemeente('GM0184');
      state.select('havenhart-2-0');
      expect(state.filters()).toEqual({});
      expect(ids(state.filtered())).toContain('havenhart-2-0');
      expect(state.camera()).toMatchObject({ kind: 'fly', zoom: 13 });
    }));

  it('"alles tonen" resets filters and selection and frames the province', () =>
    withState((state) => {
      state.chooseArea('SD0034-haven');
      expect(state.filters()).toEqual({ gemeente: 'GM0034', area: 'SD0034-haven' });
      state.select('the-green-story');
      state.reset();
      expect(state.filters()).toEqual({});
      expect(state.selectedId()).toBeUndefined();
      expect(state.camera()).toMatchObject({ kind: 'fit', bbox: index.provinceBbox });
    }));

  it('a view moved by the app is not kept as the shared view', () =>
    withState((state) => {
      state.viewChanged({ zoom: 10, lat: 52.4, lng: 5.3 }, [5, 52, 6, 53], true);
      expect(state.view()).toEqual({ zoom: 10, lat: 52.4, lng: 5.3 });
      state.viewChanged({ zoom: 11, lat: 52.4, lng: 5.3 }, [5, 52, 6, 53], false);
      expect(state.view()).toBeUndefined();
    }));
});

describe('choosing a basemap', () => {
  it('starts with the embedded basemap and switches to an online one on request', () => {
    withState((state) => {
      expect(state.basemap()).toBe('offline');
      state.chooseBasemap('pdok');
      expect(state.basemap()).toBe('pdok');
      expect(state.basemapUnreachable()).toBeUndefined();
    });
  });

  it('goes back to the embedded basemap when the online one is unreachable, and says so once', () => {
    withState((state) => {
      state.chooseBasemap('osm');
      state.basemapFailed('osm');
      expect(state.basemap()).toBe('offline');
      expect(state.basemapUnreachable()).toBe('osm');
      state.dismissBasemapNotice();
      expect(state.basemapUnreachable()).toBeUndefined();
    });
  });

  it('takes the basemap from the URL on back and forward', () => {
    withState((state) => {
      state.restore({ filters: {}, overlay: false, knelpuntenOpen: false, basemap: 'pdok' });
      expect(state.basemap()).toBe('pdok');
      state.restore({ filters: {}, overlay: false, knelpuntenOpen: false });
      expect(state.basemap()).toBe('offline');
    });
  });
});
