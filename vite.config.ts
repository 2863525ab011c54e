import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { preloadGeoData, preloadMapLibre } from './scripts/preload-geo.ts';
import { validateGeoData } from './scripts/validate-geo.ts';

export default defineConfig({
  plugins: [
    solid(),
    validateGeoData(),
    preloadGeoData(),
    preloadMapLibre(),
    VitePWA({
      // The user decides when a new version takes over (src/ui/UpdateNotice.tsx).
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: 'Samen Buurten kaart',
        short_name: 'Samen Buurten',
        description:
          'Kaart van inclusieve samenlevingsopbouw in Flevoland: voorbeelden en knelpunten.',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#005a8c',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The app shell, every lazy chunk, MapLibre's worker and the geo data: all of it works offline.
        globPatterns: ['**/*.{html,js,mjs,css,svg,png,geojson,json,webmanifest}'],
        globIgnores: ['**/*.map'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        // With a server: whether there is one and its approved proposals are also kept for when the
        // network drops (a meeting room's wifi); the network always goes first. Submitting and
        // moderating are never answered from a cache.
        runtimeCaching: [
          {
            urlPattern: /\/api\/(status|voorstellen)$/,
            method: 'GET',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'samen-buurten-api',
              networkTimeoutSeconds: 5,
              expiration: { maxEntries: 4 },
            },
          },
        ],
      },
    }),
  ],
  // MapLibre ships its own worker bundle; pre-bundling it breaks the worker in dev.
  optimizeDeps: { exclude: ['maplibre-gl'] },
  build: {
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
    // Every browser the app supports knows modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own: it changes rarely (long cache life) and the benchmark
        // measures the app's own JavaScript beside it.
        codeSplitting: {
          groups: [
            // Its code only: its stylesheet and the worker's URL (a `?url` string) are needed before it.
            { name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre)[\\/][^?]*\.m?js$/ },
            // Solid and the app shell in one chunk: left alone, the bundler splits Solid off as
            // soon as a lazy chunk shares it, and two first-load files weigh more than one.
            // Solid's store is used by one lazy screen (the phone survey); it stays out of the first load.
            { name: 'app', test: /node_modules[\\/]solid-js[\\/](?!store[\\/])|src[\\/]App\.tsx/ },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Property tests run thousands of cases and the GDAL tests start ogr2ogr: on two busy cores
          // (CI runs every project at once) they need more than the default five seconds.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/server/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
