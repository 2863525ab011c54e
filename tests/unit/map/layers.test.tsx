// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { createRoot, createSignal, type JSX } from 'solid-js';
import type { Feature } from 'geojson';
import { MapContext } from '../../../src/map/map-context';
import { KnelpuntenOverlay } from '../../../src/map/layers/KnelpuntenOverlay';
import { SelectedArea } from '../../../src/map/layers/SelectedArea';
import { GemeenteClicks } from '../../../src/map/layers/GemeenteClicks';
import { Camera } from '../../../src/map/layers/Camera';
import { knelpuntFilter, LAYER, selectedGemeenteFilter, SOURCE } from '../../../src/map/style';
import type { CameraCommand } from '../../../src/state/explore-state';
import { createFakeMap } from './fake-map';

/** Mounts a layer under a fake map; returns the fake and a function that unmounts it. */
function mount(fake: ReturnType<typeof createFakeMap>, layer: () => JSX.Element) {
  let dispose!: () => void;
  createRoot((done) => {
    dispose = done;
    return <MapContext.Provider value={fake.map}>{layer()}</MapContext.Provider>;
  });
  return dispose;
}

// jsdom has no media queries; these layers ask only for reduced motion.
beforeAll(() => {
  window.matchMedia = ((query: string) => ({ matches: false, media: query })) as typeof matchMedia;
});

describe('map layers against a fake map', () => {
  it('the knelpunten overlay shows and hides the hatch as the toggle says', () => {
    const fake = createFakeMap();
    const [visible, setVisible] = createSignal(false);
    const dispose = mount(fake, () => (
      <KnelpuntenOverlay visible={visible()} gemeenten={['GM0034']} />
    ));
    const visibility = () =>
      fake.callsOf('setLayoutProperty').filter(([layer]) => layer === LAYER.knelpuntHatch);
    expect(visibility().at(-1)).toEqual([LAYER.knelpuntHatch, 'visibility', 'none']);
    setVisible(true);
    expect(visibility().at(-1)).toEqual([LAYER.knelpuntHatch, 'visibility', 'visible']);
    expect(JSON.stringify(fake.callsOf('setFilter').at(-1))).toContain('GM0034');
    dispose();
  });

  it('the knelpunten overlay and the chosen municipality restate nothing the style already says', () => {
    // MapLibre redraws after every setFilter or setLayoutProperty, equal or not.
    const fake = createFakeMap({
      filters: {
        [LAYER.knelpuntHatch]: knelpuntFilter(['GM0034']),
        [LAYER.selectedGemeente]: selectedGemeenteFilter('GM0034'),
      },
      visibility: { [LAYER.knelpuntHatch]: 'none' },
    });
    const [gemeente, setGemeente] = createSignal<string | undefined>('GM0034');
    const dispose = mount(fake, () => (
      <>
        <KnelpuntenOverlay visible={false} gemeenten={['GM0034']} />
        <SelectedArea gemeente={gemeente()} area={undefined} />
      </>
    ));
    expect(fake.calls.filter(([name]) => name !== 'setData')).toEqual([]);
    setGemeente('GM0995');
    expect(fake.callsOf('setFilter')).toEqual([
      [LAYER.selectedGemeente, selectedGemeenteFilter('GM0995')],
    ]);
    dispose();
  });

  it('the selected area sends its data to the map only when the area itself changes (the style starts with the first)', () => {
    const fake = createFakeMap();
    const wijk: Feature = {
      type: 'Feature',
      properties: { code: 'WK003477' },
      geometry: { type: 'Point', coordinates: [5.2, 52.4] },
    };
    const [gemeente, setGemeente] = createSignal<string | undefined>('GM0034');
    const [area, setArea] = createSignal<Feature | undefined>();
    const dispose = mount(fake, () => <SelectedArea gemeente={gemeente()} area={area()} />);
    const setData = () => fake.callsOf('setData').filter(([id]) => id === SOURCE.selectedArea);
    expect(setData()).toHaveLength(0);
    setGemeente('GM0995');
    expect(setData()).toHaveLength(0);
    expect(JSON.stringify(fake.callsOf('setFilter').at(-1))).toContain('GM0995');
    setArea(wijk);
    expect(setData()).toHaveLength(1);
    expect(JSON.stringify(setData().at(-1))).toContain('WK003477');
    dispose();
  });

  it('a click on a municipality chooses it, unless a place is being picked; unmounting stops it', () => {
    const fake = createFakeMap();
    const chosen: string[] = [];
    const [enabled, setEnabled] = createSignal(true);
    const dispose = mount(fake, () => (
      <GemeenteClicks enabled={enabled()} onClick={(code) => chosen.push(code)} />
    ));
    fake.fire('click', { point: { x: 1, y: 1 } });
    setEnabled(false);
    fake.fire('click', { point: { x: 1, y: 1 } });
    expect(chosen).toEqual(['GM0995']);
    expect(fake.listeners('mouseenter', LAYER.gemeenteFill)).toBe(1);
    dispose();
    expect(fake.listeners('click')).toBe(0);
    expect(fake.listeners('mouseenter', LAYER.gemeenteFill)).toBe(0);
  });

  it("the camera frames, flies and jumps on command, and a jump from a link counts as the user's view", () => {
    const fake = createFakeMap();
    const views: boolean[] = [];
    const [command, setCommand] = createSignal<CameraCommand | undefined>({
      kind: 'fit',
      bbox: [5, 52, 6, 53],
      seq: 1,
    });
    const dispose = mount(fake, () => (
      <Camera command={command()} onViewChange={(_view, _bounds, byUser) => views.push(byUser)} />
    ));
    expect(fake.callsOf('fitBounds')).toHaveLength(1);
    setCommand({ kind: 'fly', center: [5.2, 52.4], zoom: 13, seq: 2 });
    expect(fake.callsOf('flyTo')[0]?.[0]).toMatchObject({ center: [5.2, 52.4], zoom: 13 });
    setCommand({ kind: 'jump', view: { zoom: 11, lat: 52.4, lng: 5.3 }, seq: 3 });
    expect(fake.callsOf('jumpTo')).toHaveLength(1);
    fake.fire('moveend', {});
    fake.fire('moveend', {});
    fake.fire('moveend', { originalEvent: {} });
    expect(views).toEqual([true, false, true]);
    dispose();
    expect(fake.listeners('moveend')).toBe(0);
  });

  it('without a command the camera reports the first frame as it is', () => {
    const fake = createFakeMap();
    const views: { zoom: number }[] = [];
    const dispose = mount(fake, () => (
      <Camera command={undefined} onViewChange={(view) => views.push(view)} />
    ));
    expect(views).toEqual([{ zoom: 8, lat: 52.5, lng: 5.5 }]);
    dispose();
  });
});
