import { defineConfig } from 'vite';

// Plain Vite: esbuild compiles the TSX with Preact's automatic JSX runtime.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    // The page's Content-Security-Policy allows no inline code; keep every script in a file.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: {
    // `npm run dev` talks to the dev backend on 8080.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
