import { describe, expect, it } from 'vitest';
import {
  readUrl,
  readUrlKey,
  URL_KEYS,
  writeUrlValues,
  type KnownKeys,
  type UrlKeyName,
  type UrlValues,
} from '../../../src/state/url-keys';

const known: KnownKeys = {
  initiatives: new Set(['havenhart-2-0']),
  gemeenten: new Set(['GM0034']),
  areas: new Set(['WK003477']),
};

/** One meaningful (non-default) value for every key in the table. */
const example: Required<UrlValues> = {
  sel: 'voorstel-12',
  gemeente: 'GM0034',
  gebied: 'WK003477',
  status: 'toekomstig',
  genoemd: 3,
  voorstellen: true,
  knelpunten: true,
  panel: 'voorstellen',
  voorstel: 'nieuw',
  kaart: { zoom: 11.5, lat: 52.33712, lng: 5.21834 },
  lang: 'en',
  ondergrond: 'pdok',
  present: true,
  dia: 4,
  autoplay: 10,
  code: 'ABC234',
  embed: true,
  presenter: true,
  debug: true,
  tiles: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
};

describe('the table of URL keys', () => {
  it('has an example for every key, so no key goes untested', () => {
    expect(Object.keys(example).sort()).toEqual(Object.keys(URL_KEYS).sort());
  });

  it.each(Object.keys(URL_KEYS) as UrlKeyName[])('%s reads back as it was written', (name) => {
    const owner = URL_KEYS[name].owner;
    const params = writeUrlValues({ [name]: example[name] }, owner);
    expect(params.has(name)).toBe(true);
    expect(readUrl(params, known)).toEqual({ [name]: example[name] });
  });

  it('ignores keys it does not know, and the writer keeps them where they were', () => {
    const base = new URLSearchParams('utm_source=nieuwsbrief&gemeente=GM0034&x=1');
    expect(readUrl(base, known)).toEqual({ gemeente: 'GM0034' });
    const written = writeUrlValues({ sel: 'havenhart-2-0' }, 'explore', base);
    expect(written.toString()).toBe('utm_source=nieuwsbrief&x=1&sel=havenhart-2-0');
  });

  it("one owner's write leaves the other owners' keys alone", () => {
    const base = new URLSearchParams('present=1&dia=2&gemeente=GM0034&code=ABC234');
    const explore = writeUrlValues({ gemeente: undefined }, 'explore', base);
    expect(explore.toString()).toBe('present=1&dia=2&code=ABC234');
    const leaving = writeUrlValues({}, 'presentation', base);
    expect(leaving.toString()).toBe('gemeente=GM0034&code=ABC234');
  });

  it("the presentation's keys: the slide keeps its place, autoplay needs at least 2 seconds", () => {
    const base = new URLSearchParams('present=1&dia=2&lang=en');
    expect(writeUrlValues({ present: true, dia: 3 }, 'presentation', base).toString()).toBe(
      'present=1&dia=3&lang=en',
    );
    expect(readUrl(new URLSearchParams('present=ja&dia=0&autoplay=1'))).toEqual({});
    expect(readUrlKey('autoplay', '?autoplay=2')).toBe(2);
    expect(readUrlKey('dia', '?dia=2.5')).toBeUndefined();
  });

  it('defaults are not written, so the plain link stays plain', () => {
    const params = writeUrlValues({ lang: 'nl', ondergrond: 'offline' }, 'explore');
    expect(params.toString()).toBe('');
  });

  it('a selection is any item that can exist; an unknown initiative is dropped', () => {
    const read = (sel: string) => readUrl(new URLSearchParams({ sel }), known).sel;
    expect(read('havenhart-2-0')).toBe('havenhart-2-0');
    expect(read('voorstel-7')).toBe('voorstel-7');
    expect(read('eigen-a1')).toBe('eigen-a1');
    expect(read('bestaat-niet')).toBeUndefined();
    expect(read('voorstel-x')).toBeUndefined();
  });
});
