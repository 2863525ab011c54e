/** Lower case, without diacritics and with punctuation as spaces: "Almere-Haven" ~ "almere haven". */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type SearchKind = 'initiatief' | 'gemeente' | 'stadsdeel' | 'wijk';

export interface SearchEntry {
  kind: SearchKind;
  /** Initiative id or area code. */
  key: string;
  label: string;
  /** Context shown under the label, e.g. the municipality. */
  detail?: string;
}

interface IndexedEntry extends SearchEntry {
  words: string[];
  text: string;
}

const KIND_ORDER: Record<SearchKind, number> = {
  initiatief: 0,
  gemeente: 1,
  stadsdeel: 2,
  wijk: 3,
};

export function createSearchIndex(entries: SearchEntry[]) {
  const indexed: IndexedEntry[] = entries.map((entry) => {
    const text = normalize(`${entry.label} ${entry.detail ?? ''}`);
    return { ...entry, text, words: text.split(' ') };
  });

  /** Entries matching every word of the query (as a word start), best first. */
  return function search(query: string, limit = 8): SearchEntry[] {
    const terms = normalize(query).split(' ').filter(Boolean);
    if (terms.length === 0) return [];
    const scored: { entry: IndexedEntry; score: number }[] = [];
    for (const entry of indexed) {
      if (!terms.every((term) => entry.words.some((word) => word.startsWith(term)))) continue;
      const label = normalize(entry.label);
      const whole = terms.join(' ');
      const score = label === whole ? 0 : label.startsWith(whole) ? 1 : 2;
      scored.push({ entry, score });
    }
    scored.sort(
      (a, b) =>
        a.score - b.score ||
        KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
        a.entry.label.localeCompare(b.entry.label, 'nl'),
    );
    return scored.slice(0, limit).map(({ entry }) => ({
      kind: entry.kind,
      key: entry.key,
      label: entry.label,
      ...(entry.detail ? { detail: entry.detail } : {}),
    }));
  };
}
