/**
 * Writes shared/csl/locales-vi-VN.json from the CSL locales repository's data as packaged on npm
 * (`citeproc-locales`), parsed by citeproc-js's own XML reader into the {name, attrs, children}
 * form it reads, so the browser, the CLI and the tests load it the same way without an XML
 * loader. Not written by hand: tests/unit/shared/citation-locales.test.ts fails when the file
 * and the package differ. Run: npx tsx scripts/build-csl-locales.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function parsedLocale(tag: string): unknown {
  const xml = readFileSync(require.resolve(`citeproc-locales/locales/locales-${tag}.xml`), 'utf8');
  // citeproc-js's own XML reader (the `citeproc` package's CommonJS export; it ships no types).
  const citeproc = require('citeproc') as { parseXml(xml: string): unknown };
  return citeproc.parseXml(xml);
}

if (process.argv[1]?.endsWith('build-csl-locales.ts')) {
  writeFileSync('shared/csl/locales-vi-VN.json', `${JSON.stringify(parsedLocale('vi-VN'))}\n`);
}
