import { defineConfig } from 'vite';

// The Node server (src/server/main.ts) as one ES module in dist-server/; its npm dependencies stay
// external and are loaded from node_modules at run time.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
  },
});
