import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileKind, gzipSize, startupChunks, type Manifest } from '../../../scripts/bench/sizes';

describe('bundle sizes', () => {
  it('gzip size is the length of the compressed bytes, far below the raw size for repetitive text', () => {
    const text = 'export const pin = 1;\n'.repeat(500);
    const size = gzipSize(text);
    expect(size).toBe(gzipSync(text, { level: 9 }).length);
    expect(size).toBeLessThan(text.length / 20);
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
  });

  it('counts the entry and its static imports as startup JavaScript, not lazy chunks', () => {
    const manifest: Manifest = {
      'index.html': {
        file: 'assets/index-a.js',
        isEntry: true,
        imports: ['_maplibre-b.js', '_shared-c.js'],
      },
      '_maplibre-b.js': { file: 'assets/maplibre-b.js' },
      '_shared-c.js': { file: 'assets/shared-c.js', imports: ['_maplibre-b.js'] },
      'src/present/Presentation.tsx': {
        file: 'assets/Presentation-d.js',
        imports: ['index.html', '_shared-c.js'],
      },
    };
    expect(startupChunks(manifest).sort()).toEqual([
      'assets/index-a.js',
      'assets/maplibre-b.js',
      'assets/shared-c.js',
    ]);
  });

  it('tells MapLibre, its worker, other JavaScript, CSS and geo data apart by file name', () => {
    expect(fileKind('assets/maplibre-BEQ1zpFT.js')).toBe('maplibre');
    expect(fileKind('assets/maplibre-gl-worker-CZtFQQIV.mjs')).toBe('maplibre-worker');
    expect(fileKind('assets/index-CRU-F__F.js')).toBe('js');
    expect(fileKind('assets/maplibre-qvkd0SPb.css')).toBe('css');
    expect(fileKind('assets/wijken-DrtleY4W.geojson')).toBe('data');
    expect(fileKind('assets/knelpunten-RNNcfdLp.json')).toBe('data');
    expect(fileKind('favicon.svg')).toBe('other');
  });
});
