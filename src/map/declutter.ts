/**
 * Hides DOM labels that would overlap a label placed before them (the list is in priority order).
 * MapLibre's own collision detection only works for symbol layers, which need a glyph server.
 * All writes, then all reads, then all writes: the browser lays the page out once, not per label.
 */
export function declutter(labels: HTMLElement[], margin = 4): void {
  for (const label of labels) label.style.visibility = '';
  const boxes = labels.map((label) => label.getBoundingClientRect());
  const placed: DOMRect[] = [];
  const hidden: HTMLElement[] = [];
  boxes.forEach((box, i) => {
    if (box.width === 0) return;
    const overlaps = placed.some(
      (other) =>
        box.left < other.right + margin &&
        box.right > other.left - margin &&
        box.top < other.bottom + margin &&
        box.bottom > other.top - margin,
    );
    if (overlaps) hidden.push(labels[i]!);
    else placed.push(box);
  });
  for (const label of hidden) label.style.visibility = 'hidden';
}
