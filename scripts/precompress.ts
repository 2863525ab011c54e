/**
 * Brotli and gzip copies of the build's text files (dist/x.js → x.js.br, x.js.gz), made once at
 * build time at the highest levels, so the server hands them out without compressing per request
 * (src/server/static.ts). Run by `npm run build` and `npm start` after `vite build`.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = new Set(['.js', '.mjs', '.css', '.html', '.json', '.geojson', '.svg', '.webmanifest']);
// Smaller files gain less than the extra round of headers costs.
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TEXT.has(extname(entry.name)) && statSync(path).size >= MIN_BYTES) yield path;
  }
}

/** Writes the .br and .gz copies; returns how many files were compressed. */
export function precompress(dir: string): number {
  let count = 0;
  for (const path of files(dir)) {
    const content = readFileSync(path);
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
    );
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
    count += 1;
  }
  return count;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? 'dist';
  console.log(`precompressed ${precompress(dir)} files in ${dir}/ (brotli, gzip)`);
}
