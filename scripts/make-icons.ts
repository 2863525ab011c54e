/**
 * Draws the app icons (a red map pin on white) as PNG files for the web app manifest, so the app
 * can be installed. Run once with `npx tsx scripts/make-icons.ts`; the files are committed.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';

const RED = [0xb3, 0x26, 0x1e];
const WHITE = [0xff, 0xff, 0xff];

/** Inside the pin: a circle on top of a triangle pointing down. Coordinates in 0..1. */
function inPin(x: number, y: number): 'pin' | 'dot' | 'none' {
  const cx = 0.5;
  const cy = 0.4;
  const r = 0.24;
  const d = Math.hypot(x - cx, y - cy);
  if (d < r * 0.42) return 'dot';
  if (d < r) return 'pin';
  // Triangle from the circle's sides down to the tip at (0.5, 0.86).
  const tipY = 0.86;
  if (y >= cy && y <= tipY) {
    const half = r * ((tipY - y) / (tipY - cy)) * 0.92;
    if (Math.abs(x - cx) < half) return 'pin';
  }
  return 'none';
}

function icon(size: number, scale: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // A maskable icon keeps its drawing inside the central safe zone: scale it down around the centre.
      const x = (px / size - 0.5) / scale + 0.5;
      const y = (py / size - 0.5) / scale + 0.5;
      const part = inPin(x, y);
      const [r, g, b] = part === 'pin' ? RED : WHITE;
      const i = (py * size + px) * 4;
      png.data[i] = r!;
      png.data[i + 1] = g!;
      png.data[i + 2] = b!;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

const dir = resolve(import.meta.dirname, '..', 'public', 'icons');
writeFileSync(resolve(dir, 'icon-192.png'), icon(192, 1));
writeFileSync(resolve(dir, 'icon-512.png'), icon(512, 1));
writeFileSync(resolve(dir, 'maskable-512.png'), icon(512, 0.75));
console.log('icons written to public/icons');
