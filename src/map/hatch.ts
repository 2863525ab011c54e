/**
 * A diagonal hatch as raw RGBA pixels for map.addImage: the knelpunten overlay must stay readable on
 * a projector and for colour-blind users, so it is a pattern, not only a colour.
 */
export function hatchImage(
  color: string,
  size = 12,
  lineWidth = 3,
): { width: number; height: number; data: Uint8Array } {
  const [r, g, b] = parseHex(color);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Lines run bottom-left to top-right and tile seamlessly.
      const onLine = (x + y) % size < lineWidth;
      const offset = (y * size + x) * 4;
      data[offset] = r;
      data[offset + 1] = g;
      data[offset + 2] = b;
      data[offset + 3] = onLine ? 255 : 0;
    }
  }
  return { width: size, height: size, data };
}

function parseHex(color: string): [number, number, number] {
  const match = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (!match?.[1]) throw new Error(`hatch colour must be #rrggbb, got ${color}`);
  const n = parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
