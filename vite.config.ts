import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer only. The Node side is bundled by scripts/build-node.mjs.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
    // The app loads its scripts from local disk (app:// or 127.0.0.1), never over a network, so
    // Vite's 500 kB advice for web pages does not apply; the main chunk (React, Lexical, the
    // app) is about 750 kB. citeproc and the style files are already split out and load lazily.
    chunkSizeWarningLimit: 1500,
  },
});
