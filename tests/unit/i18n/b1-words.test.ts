import { describe, expect, it } from 'vitest';
import { nl } from '../../../src/i18n/nl';
import { featureNl } from '../../../src/i18n/feature-text';
import { presentNl } from '../../../src/i18n/present-nl';
import { serverNl } from '../../../src/i18n/server-nl';
import { exchangeNl } from '../../../src/i18n/exchange';
import { privacyNl } from '../../../src/privacy/privacy-text';
import { updateNoticeNl } from '../../../src/ui/update-notice-text';

/** Every text a string table can produce: plain strings, and functions called with sample values. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const samples: unknown[][] = [
      [77, 77, 77, 77],
      ['Almere', 'Lelystad', 'Urk'],
      [2, ['HavenHart', 'Buurtkamer']],
      [{ name: 'HavenHart', place: 'Almere' }],
    ];
    return samples.flatMap((args) => {
      try {
        const result = fn(...args);
        return typeof result === 'string' ? [[path, result] as [string, string]] : [];
      } catch {
        return [];
      }
    });
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => texts(v, `${path}.${key}`));
  return [];
}

const tables = { nl, featureNl, presentNl, serverNl, exchangeNl, privacyNl, updateNoticeNl };
const all = Object.entries(tables).flatMap(([name, table]) => texts(table, name));
/** The seed's own words are quoted (“…”) where the UI uses them; those stay as the source wrote them. */
const unquoted = (text: string) => text.replace(/“[^”]*”/g, '“…”');

/** Words a resident does not know (issue #16), and what makes one of them acceptable. */
const RULES: [RegExp, string, (text: string) => boolean][] = [
  [/samenlevingsopbouw/i, 'samenlevingsopbouw', () => false],
  [/respondent/i, 'respondent(en)', () => false],
  [/eigenaarschap/i, 'eigenaarschap', () => false],
  [/toerusting/i, 'toerusting', () => false],
  [/individuele reacties/i, 'individuele reacties', () => false],
  // On a phone there is nothing to click: "Tik of klik" is fine, "Klik" alone is not.
  [/\bklik/i, 'klik without tik', (t) => /tik of klik/i.test(t)],
  // A credit line or an explanation names the Kadaster with its service's name.
  [/PDOK/, 'PDOK unexplained', (t) => /Kadaster/.test(t)],
  [/GeoJSON/i, 'GeoJSON unexplained', (t) => /kaartprogramma/i.test(t)],
];

describe('the Dutch UI text at B1', () => {
  it('reads the string tables (the scan sees real text)', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all.some(([, text]) => text.includes('Initiatief voorstellen'))).toBe(true);
  });

  it.each(RULES.map(([pattern, name, allowed]) => [name, pattern, allowed] as const))(
    'uses no "%s" outside quotes of the seed',
    (_name, pattern, allowed) => {
      const found = all
        .filter(([, text]) => pattern.test(unquoted(text)) && !allowed(unquoted(text)))
        .map(([path, text]) => `${path}: ${text}`);
      expect([...new Set(found)]).toEqual([]);
    },
  );

  it('says "77 mensen vulden de vragenlijst in" and keeps N with the number', () => {
    expect(featureNl.respondents(77)).toBe('77 mensen vulden de vragenlijst in (N = 77)');
    expect(presentNl.noteN(77)).toContain('(N = 77)');
  });
});
