import { defineConfig } from 'vite';

// Plain Vite: esbuild compiles the TSX with Preact's automatic JSX runtime.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    // The page's Content-Security-Policy allows no inline code; keep every script in a file.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // Verovio's WebAssembly (inside its JavaScript) makes chunks of several megabytes; they are
    // loaded only by the score viewer's worker, never by the page itself.
    chunkSizeWarningLimit: 14_000,
  },
  worker: {
    // An ES-module worker can load the larger Humdrum build of Verovio as a chunk of its own, only when needed.
    format: 'es',
  },
  optimizeDeps: {
    // Pre-bundling would copy Verovio's megabytes for nothing; the dev server serves it as it is.
    exclude: ['verovio'],
  },
  server: {
    // `npm run dev` talks to the dev backend on 8080.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
