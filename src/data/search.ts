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

const KIND_ORDER: Record<SearchKind, number> = {
  initiatief: 0,
  gemeente: 1,
  stadsdeel: 2,
  wijk: 3,
};

/**
 * A type-ahead index. Everything that does not depend on the query is done once: entries are put in
 * their tie-break order (kind, then name) and their normalised text is joined into one string, so a
 * query is a few native `indexOf` scans instead of a loop over objects (fast at 100 000 entries).
 */
export function createSearchIndex(entries: SearchEntry[]) {
  const collator = new Intl.Collator('nl');
  const sorted = [...entries].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || collator.compare(a.label, b.label),
  );
  const labels = sorted.map((entry) => normalize(entry.label));
  // "\n word word\n word …": every entry is one line; " term" marks a word start within it.
  const starts = new Int32Array(sorted.length + 1);
  const lines: string[] = [];
  let offset = 0;
  sorted.forEach((entry, i) => {
    const line = `\n ${normalize(`${entry.label} ${entry.detail ?? ''}`)}`;
    starts[i] = offset;
    offset += line.length;
    lines.push(line);
  });
  starts[sorted.length] = offset;
  const text = lines.join('');

  /** The entry whose line holds position `at` (binary search over the line starts). */
  const entryAt = (at: number) => {
    let low = 0;
    let high = sorted.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  };

  /** Entries matching every word of the query (as a word start), best first. */
  return function search(query: string, limit = 8): SearchEntry[] {
    const terms = normalize(query).split(' ').filter(Boolean);
    if (terms.length === 0) return [];
    const whole = terms.join(' ');
    // Scan for the longest term (fewest hits); check the others within the hit's own line.
    const [scan, ...others] = [...terms]
      .sort((a, b) => b.length - a.length)
      .map((term) => ` ${term}`);
    // The best `limit` matches so far by score (0 exact, 1 prefix, 2 other), then entry order.
    const best: number[] = [];
    const scores: number[] = [];
    let from = 0;
    for (;;) {
      const hit = text.indexOf(scan!, from);
      if (hit < 0) break;
      const i = entryAt(hit);
      from = starts[i + 1]!; // one hit per entry is enough
      if (others.length > 0) {
        const line = text.slice(starts[i]!, starts[i + 1]!);
        if (!others.every((term) => line.includes(term))) continue;
      }
      const label = labels[i]!;
      const score = label === whole ? 0 : label.startsWith(whole) ? 1 : 2;
      if (best.length === limit && score >= scores[limit - 1]!) continue;
      let at = best.length;
      while (at > 0 && score < scores[at - 1]!) at--;
      best.splice(at, 0, i);
      scores.splice(at, 0, score);
      if (best.length > limit) {
        best.pop();
        scores.pop();
      }
    }
    return best.map((i) => {
      const { kind, key, label, detail } = sorted[i]!;
      return detail ? { kind, key, label, detail } : { kind, key, label };
    });
  };
}

/**
 * The same index, built on the first query instead of at start-up: a person may never search, and
 * the sort and normalising of every name would otherwise run before the first map frame.
 */
export function lazySearchIndex(entries: SearchEntry[]): ReturnType<typeof createSearchIndex> {
  let search: ReturnType<typeof createSearchIndex> | undefined;
  // The search box asks with its empty text at start-up: that finds nothing, and builds nothing.
  return (query, limit) =>
    normalize(query) ? (search ??= createSearchIndex(entries))(query, limit) : [];
}
