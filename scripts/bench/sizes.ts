import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes a file takes on the wire when the server gzips it (level 9, as static pre-compression does). */
export function gzipSize(content: Uint8Array | string): number {
  return gzipSync(content, { level: 9 }).length;
}

export interface Size {
  raw: number;
  gzip: number;
}

export const sumSizes = (sizes: Size[]): Size =>
  sizes.reduce((total, s) => ({ raw: total.raw + s.raw, gzip: total.gzip + s.gzip }), {
    raw: 0,
    gzip: 0,
  });

/** The parts of Vite's build manifest (`build.manifest: true`) that say what loads when. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The entry chunks and everything they import statically: the JavaScript a first visit runs. */
export function startupChunks(manifest: Manifest): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen];
}

export type FileKind = 'maplibre' | 'maplibre-worker' | 'js' | 'css' | 'data' | 'other';

/** What a built file is, by its name (the build names MapLibre's chunk `maplibre-*.js`). */
export function fileKind(path: string): FileKind {
  const name = path.split('/').pop() ?? path;
  if (/^maplibre-gl-worker.*\.m?js$/.test(name)) return 'maplibre-worker';
  if (/^maplibre-.*\.m?js$/.test(name)) return 'maplibre';
  if (/\.m?js$/.test(name)) return 'js';
  if (name.endsWith('.css')) return 'css';
  if (/\.(geo)?json$/.test(name)) return 'data';
  return 'other';
}

export interface BundleSizes {
  /** All JavaScript the build emits, lazy chunks and MapLibre's worker included. */
  jsTotal: Size;
  maplibre: Size;
  maplibreWorker: Size;
  /** The entry chunk and its static imports, MapLibre's chunk excepted. */
  appJsAtStartup: Size;
  /** Chunks loaded only on demand (dynamic imports). */
  lazyJs: Size;
  css: Size;
  data: Size;
  files: Record<string, Size & { kind: FileKind }>;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => !path.startsWith('.vite/') && !path.endsWith('.map'));
}

/** Sizes of a Vite build in `outDir`, built with `build.manifest: true`. */
export function bundleSizes(outDir: string): BundleSizes {
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const startup = new Set(startupChunks(manifest));
  const files: BundleSizes['files'] = {};
  for (const path of listFiles(outDir)) {
    const content = readFileSync(join(outDir, path));
    files[path] = { raw: content.length, gzip: gzipSize(content), kind: fileKind(path) };
  }
  const pick = (test: (path: string, kind: FileKind) => boolean) =>
    sumSizes(Object.entries(files).flatMap(([path, s]) => (test(path, s.kind) ? [s] : [])));
  const isJs = (kind: FileKind) =>
    kind === 'js' || kind === 'maplibre' || kind === 'maplibre-worker';
  // A service worker (sw.js, workbox-*.js) is JavaScript the build emits but no page runs at startup.
  const isAsset = (path: string) => path.startsWith('assets/');
  return {
    jsTotal: pick((_, kind) => isJs(kind)),
    maplibre: pick((_, kind) => kind === 'maplibre'),
    maplibreWorker: pick((_, kind) => kind === 'maplibre-worker'),
    appJsAtStartup: pick((path, kind) => kind === 'js' && startup.has(path)),
    lazyJs: pick((path, kind) => kind === 'js' && isAsset(path) && !startup.has(path)),
    css: pick((_, kind) => kind === 'css'),
    data: pick((path, kind) => kind === 'data' && !path.endsWith('manifest.json')),
    files,
  };
}
