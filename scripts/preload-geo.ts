import type { Plugin, Rollup } from 'vite';

/** A plugin that adds one `<link>` to the built index.html per bundle file that `pick` selects. */
function preloadLinks(
  name: string,
  pick: (file: Rollup.OutputAsset | Rollup.OutputChunk) => boolean,
  attrs: Record<string, string>,
): Plugin {
  return {
    name,
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        return Object.values(context.bundle ?? {})
          .filter(pick)
          .map((file) => ({
            tag: 'link',
            attrs: { ...attrs, href: `/${file.fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/**
 * Lets the browser fetch the geo data while it is still downloading and parsing the JavaScript:
 * a `<link rel="preload" as="fetch">` per geo/ file in the built index.html. Without it the first
 * request for data waits until the app's code has run.
 */
export const preloadGeoData = (): Plugin =>
  preloadLinks(
    'samen-buurten:preload-geo-data',
    (file) =>
      file.type === 'asset' &&
      /\.(geojson|json)$/.test(file.fileName) &&
      !file.fileName.endsWith('manifest.json'),
    { rel: 'preload', as: 'fetch', crossorigin: 'anonymous' },
  );

/**
 * MapLibre is imported dynamically (src/map/maplibre.ts), so the app's first screen need not wait
 * for its megabyte of JavaScript; this `<link rel="modulepreload">` still starts its download with
 * the page's own, instead of after the app's code has run. At low priority: on a slow line the
 * page's own code, styles and data (a tenth of its size) go first, and the browser does not count
 * it among what the first paint waits for.
 */
export const preloadMapLibre = (): Plugin =>
  preloadLinks(
    'samen-buurten:preload-maplibre',
    (file) => file.type === 'chunk' && file.name === 'maplibre',
    { rel: 'modulepreload', crossorigin: '', fetchpriority: 'low' },
  );
