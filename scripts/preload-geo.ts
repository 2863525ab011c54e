import type { Plugin } from 'vite';

/**
 * Lets the browser fetch the geo data while it is still downloading and parsing the JavaScript:
 * a `<link rel="preload" as="fetch">` per geo/ file in the built index.html. Without it the first
 * request for data waits until the app's code has run.
 */
export function preloadGeoData(): Plugin {
  return {
    name: 'samen-buurten:preload-geo-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const assets = Object.values(context.bundle ?? {}).filter(
          (file) =>
            file.type === 'asset' &&
            /\.(geojson|json)$/.test(file.fileName) &&
            !file.fileName.endsWith('manifest.json'),
        );
        return assets.map((file) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: `/${file.fileName}`,
            as: 'fetch',
            crossorigin: 'anonymous',
          },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * MapLibre is imported dynamically (src/map/maplibre.ts), so the app's first screen need not wait
 * for its megabyte of JavaScript; this `<link rel="modulepreload">` still starts its download with
 * the page's own, instead of after the app's code has run.
 */
export function preloadMapLibre(): Plugin {
  return {
    name: 'samen-buurten:preload-maplibre',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter(
          (file) => file.type === 'chunk' && file.name === 'maplibre',
        );
        return chunks.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file.fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
