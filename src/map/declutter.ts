interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const shifted = (box: Box, dx: number, dy: number): Box => ({
  left: box.left + dx,
  right: box.right + dx,
  top: box.top + dy,
  bottom: box.bottom + dy,
});

const overlaps = (a: Box, b: Box, margin: number) =>
  a.left < b.right + margin &&
  a.right > b.left - margin &&
  a.top < b.bottom + margin &&
  a.bottom > b.top - margin;

/**
 * Where a label may go instead of its own place, nearest first: up to about four lines above or
 * below, or half or a whole label's width aside (a group of pins can stand right on a name).
 */
function offsets(box: Box, margin: number): [number, number][] {
  const line = box.bottom - box.top + margin;
  const width = box.right - box.left;
  const dys = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4].flatMap((k) =>
    k === 0 ? [0] : [k * line, -k * line],
  );
  const dxs = [0, width / 2 + margin, -(width / 2 + margin), width + margin, -(width + margin)];
  return dxs
    .flatMap((dx) => dys.map((dy): [number, number] => [Math.round(dx), Math.round(dy)]))
    .sort(([ax, ay], [bx, by]) => Math.hypot(ax, ay) - Math.hypot(bx, by));
}

/**
 * Places DOM labels so that none overlaps a label placed before it (the list is in priority order)
 * or an obstacle (the pins and groups of pins, which a name must not hide under). A label that
 * collides moves a little (below, above, beside its place, with CSS `translate`, which leaves
 * MapLibre's own transform alone); when no nearby place is free of obstacles it keeps its own place
 * if that is free of other labels, else it is hidden. Given `within` (the map's box), a label the
 * edge would cut moves inside the same way, or is hidden: half a name reads as another word.
 * MapLibre's collision detection only works for symbol layers, which need a glyph server. All
 * writes, then all reads, then all writes: the browser lays the page out once, not per label.
 */
export function declutter(
  labels: HTMLElement[],
  obstacles: Box[] = [],
  within?: Box,
  margin = 4,
): void {
  for (const label of labels) {
    label.style.visibility = '';
    label.style.translate = '';
  }
  const boxes = labels.map((label) => label.getBoundingClientRect());
  const placed: Box[] = [];
  const hidden: HTMLElement[] = [];
  const moved: [HTMLElement, number, number][] = [];
  boxes.forEach((box, i) => {
    // Wholly out of view: left as it is, so that it slides into view with a pan.
    if (box.width === 0 || (within && !overlaps(box, within, 0))) return;
    const label = labels[i]!;
    const inside = (candidate: Box) =>
      !within ||
      (candidate.left >= within.left &&
        candidate.right <= within.right &&
        candidate.top >= within.top &&
        candidate.bottom <= within.bottom);
    const free = (candidate: Box, others: Box[]) =>
      inside(candidate) && !others.some((other) => overlaps(candidate, other, margin));
    const offset =
      offsets(box, margin).find(([dx, dy]) =>
        free(shifted(box, dx, dy), [...placed, ...obstacles]),
      ) ?? (free(box, placed) ? ([0, 0] as [number, number]) : undefined);
    if (!offset) {
      hidden.push(label);
      return;
    }
    placed.push(shifted(box, ...offset));
    if (offset[0] !== 0 || offset[1] !== 0) moved.push([label, ...offset]);
  });
  for (const label of hidden) label.style.visibility = 'hidden';
  for (const [label, dx, dy] of moved) label.style.translate = `${dx}px ${dy}px`;
}
