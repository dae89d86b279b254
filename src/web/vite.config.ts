import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The UI bundle: built into dist/web by `npm run build:web` (and by `npm install` through `prepare`),
 * served by `dateline serve`. Everything is bundled: no CDN, no inline script (the CSP forbids it).
 */
export default defineConfig({
  root: here,
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The CSP has no 'unsafe-inline': never inline assets or the module preload polyfill as scripts.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
