import { describe, expect, it } from 'vitest';
import {
  fromSearchParams,
  toSearchParams,
  type KnownKeys,
  type UrlState,
} from '../../../src/state/url-state';

const known: KnownKeys = {
  initiatives: new Set(['havenhart-2-0', 'oosterwold']),
  gemeenten: new Set(['GM0034', 'GM0184']),
  areas: new Set(['SD0034-haven', 'WK003477']),
};

describe('shareable URL state', () => {
  it('restores exactly what was shared', () => {
    const state: UrlState = {
      selected: 'havenhart-2-0',
      filters: { gemeente: 'GM0034', area: 'SD0034-haven', status: 'genoemd', minMentions: 2 },
      overlay: true,
      knelpuntenOpen: true,
      view: { zoom: 11.5, lat: 52.33712, lng: 5.21834 },
      lang: 'en',
      basemap: 'pdok',
    };
    const params = toSearchParams(state);
    expect(fromSearchParams(new URLSearchParams(params.toString()), known)).toEqual(state);
  });

  it('writes nothing for the default view, so the plain link stays plain', () => {
    expect(toSearchParams({ filters: {}, overlay: false, knelpuntenOpen: false }).toString()).toBe(
      '',
    );
  });

  it('keeps parameters it does not own (embed, debug)', () => {
    const params = toSearchParams(
      { filters: { gemeente: 'GM0184' }, overlay: false, knelpuntenOpen: false },
      new URLSearchParams('embed=1'),
    );
    expect(params.get('embed')).toBe('1');
    expect(params.get('gemeente')).toBe('GM0184');
  });

  it('drops unknown codes and broken values instead of failing', () => {
    const state = fromSearchParams(
      new URLSearchParams(
        'sel=bestaat-niet&gemeente=GM9999&gebied=<script>&status=x&genoemd=abc&kaart=1/2&lang=fr',
      ),
      known,
    );
    expect(state).toEqual({ filters: {}, overlay: false, knelpuntenOpen: false });
  });

  it('rejects a map view outside the world', () => {
    expect(fromSearchParams(new URLSearchParams('kaart=10/95/5'), known).view).toBeUndefined();
    expect(fromSearchParams(new URLSearchParams('kaart=10/52.5/5.5'), known).view).toEqual({
      zoom: 10,
      lat: 52.5,
      lng: 5.5,
    });
  });

  it('remembers an online basemap as ondergrond, and writes nothing for the embedded one', () => {
    const base = { filters: {}, overlay: false, knelpuntenOpen: false };
    const online = toSearchParams({ ...base, basemap: 'osm' });
    expect(online.toString()).toBe('ondergrond=osm');
    expect(fromSearchParams(online, known).basemap).toBe('osm');
    // Choosing the embedded map again removes the parameter from the current URL.
    expect(toSearchParams({ ...base, basemap: 'offline' }, online).toString()).toBe('');
  });

  it('ignores an unknown basemap in a link', () => {
    for (const value of ['google', 'offline', '', 'PDOK']) {
      const params = new URLSearchParams({ ondergrond: value });
      expect(fromSearchParams(params, known).basemap).toBeUndefined();
    }
  });

  it('removes voorstellen=uit once proposals are shown again', () => {
    const hidden = toSearchParams({
      filters: { hideProposals: true },
      overlay: false,
      knelpuntenOpen: false,
    });
    expect(hidden.get('voorstellen')).toBe('uit');
    expect(
      toSearchParams({ filters: {}, overlay: false, knelpuntenOpen: false }, hidden).toString(),
    ).toBe('');
  });
});
