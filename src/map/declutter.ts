/**
 * Hides DOM labels that would overlap a label placed before them (the list is in priority order).
 * MapLibre's own collision detection only works for symbol layers, which need a glyph server.
 */
export function declutter(labels: HTMLElement[], margin = 4): void {
  const placed: DOMRect[] = [];
  for (const label of labels) {
    label.style.visibility = '';
    if (getComputedStyle(label).display === 'none') continue;
    const box = label.getBoundingClientRect();
    const overlaps = placed.some(
      (other) =>
        box.left < other.right + margin &&
        box.right > other.left - margin &&
        box.top < other.bottom + margin &&
        box.bottom > other.top - margin,
    );
    if (overlaps) {
      label.style.visibility = 'hidden';
    } else {
      placed.push(box);
    }
  }
}
