import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The spelling dictionaries (Hunspell .aff/.dic from `dictionary-en` and `dictionary-vi`),
 * copied beside the renderer as dictionaries/{en,vi}.{aff,dic}: the spelling worker fetches
 * them from the app's own origin on first use, so checking needs no network and does not
 * delay the first frame.
 */
function spellingDictionaries(): Plugin {
  return {
    name: 'spelling-dictionaries',
    generateBundle() {
      for (const language of ['en', 'vi']) {
        const dir = dirname(fileURLToPath(import.meta.resolve(`dictionary-${language}`)));
        for (const ext of ['aff', 'dic']) {
          this.emitFile({ type: 'asset', fileName: `dictionaries/${language}.${ext}`, source: readFileSync(join(dir, `index.${ext}`)) });
        }
      }
    },
  };
}

// The renderer only. The Node side is bundled by scripts/build-node.mjs.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), spellingDictionaries()],
  worker: { format: 'es' },
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
