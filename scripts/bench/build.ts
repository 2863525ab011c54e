import { resolve } from 'node:path';
import { build } from 'vite';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const benchDir = resolve(repoRoot, '.bench');
export const appOutDir = resolve(benchDir, 'app');
export const baselineOutDir = resolve(benchDir, 'baseline');

/** The production build of the app (vite.config.ts as it is), into .bench/app, never dist/. */
export async function buildApp(): Promise<void> {
  await build({
    root: repoRoot,
    logLevel: 'error',
    build: { outDir: appOutDir, emptyOutDir: true, manifest: true },
  });
}

/**
 * The baseline page (scripts/bench/baseline), with the app's build settings that matter for a
 * fair comparison: the same target, no inlined assets, MapLibre in a chunk of its own.
 */
export async function buildBaseline(): Promise<void> {
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'baseline'),
    base: '/',
    logLevel: 'error',
    build: {
      outDir: baselineOutDir,
      emptyOutDir: true,
      manifest: true,
      target: 'es2022',
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [{ name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre)[\\/]/ }],
          },
        },
      },
    },
  });
}
