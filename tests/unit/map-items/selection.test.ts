import { describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { buildIndex } from '../../../src/data/indexes';
import type { AppData } from '../../../src/data/app-data';
import { approvedItemId, itemId, ownItemId, parseItemId } from '../../../src/map-items/ids';
import { approvedSelection } from '../../../src/map-items/approved-selection';
import { openSelection, ownProposalSelection } from '../../../src/map-items/selection';
import { createExploreState } from '../../../src/state/explore-state';
import { readAppData } from '../../support/geo-files';

const data: AppData = readAppData();
const index = buildIndex(data);
const isInitiative = (key: string) => index.initiatives.has(key);

function withState<T>(run: (state: ReturnType<typeof createExploreState>) => T): T {
  return createRoot((dispose) => {
    const result = run(
      createExploreState(data, index, { filters: {}, overlay: false, knelpuntenOpen: false }),
    );
    dispose();
    return result;
  });
}

describe('item ids', () => {
  it('an approved proposal is voorstel-<number>, a proposal of this device eigen-<id>', () => {
    expect(approvedItemId(12)).toBe('voorstel-12');
    expect(ownItemId('a1b2')).toBe('eigen-a1b2');
    expect(itemId({ kind: 'initiatief', key: 'homerushuis' })).toBe('homerushuis');
  });

  it('every kind reads back as it was written', () => {
    for (const selection of [
      { kind: 'initiatief', key: 'homerushuis' },
      { kind: 'goedgekeurd-voorstel', number: 7 },
      { kind: 'eigen-voorstel', key: 'x-1_2' },
    ] as const)
      expect(parseItemId(itemId(selection), isInitiative)).toEqual(selection);
  });

  it('an unknown initiative, a malformed number or a stray prefix is nothing', () => {
    for (const id of [
      'bestaat-niet',
      'voorstel-',
      'voorstel-0',
      'voorstel-1e3',
      'voorstel-x',
      'eigen-',
      'eigen-<b>',
      '',
      undefined,
    ])
      expect(parseItemId(id, isInitiative), String(id)).toBeUndefined();
  });
});

describe('one selection for every kind', () => {
  it('selecting an approved proposal closes the initiative, and the other way round', () =>
    withState((state) => {
      const approved = approvedSelection(state);
      const own = ownProposalSelection(state);
      state.select('homerushuis');
      expect(state.selected()?.properties.id).toBe('homerushuis');
      approved.set(12);
      expect(state.selectedId()).toBe('voorstel-12');
      expect(state.selected()).toBeUndefined();
      expect(approved.number()).toBe(12);
      expect(own.key()).toBeUndefined();
      state.select('homerushuis');
      expect(approved.number()).toBeUndefined();
    }));

  it("closing one kind's detail leaves another kind's selection alone", () =>
    withState((state) => {
      const own = ownProposalSelection(state);
      state.select('homerushuis');
      own.set(undefined);
      expect(state.selectedId()).toBe('homerushuis');
      own.set('abc');
      expect(state.selectedId()).toBe('eigen-abc');
      own.set(undefined);
      expect(state.selectedId()).toBeUndefined();
    }));

  it('an id that names nothing selects nothing', () =>
    withState((state) => {
      state.select('homerushuis');
      state.select('voorstel-abc');
      expect(state.selectedId()).toBeUndefined();
    }));

  it('an area selection becomes the filter; an item selection the selected item', () =>
    withState((state) => {
      openSelection(state, { kind: 'gemeente', code: 'GM0995' });
      expect(state.filters().gemeente).toBe('GM0995');
      openSelection(state, { kind: 'goedgekeurd-voorstel', number: 3 });
      expect(state.selectedId()).toBe('voorstel-3');
      openSelection(state, { kind: 'eigen-voorstel', key: 'k' });
      expect(state.selectedId()).toBe('eigen-k');
      openSelection(state, { kind: 'initiatief', key: 'hof-van-hestia' });
      expect(state.selected()?.properties.name).toBeTruthy();
      const wijk = [...index.areas.values()].find((a) => a.kind === 'wijk')!;
      openSelection(state, { kind: 'gebied', code: wijk.code });
      expect(state.filters().area).toBe(wijk.code);
      expect(state.selectedId()).toBeUndefined();
    }));
});
