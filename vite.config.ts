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
  },
});
