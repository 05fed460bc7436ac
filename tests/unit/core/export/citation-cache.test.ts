import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedCitationFormatter, citationCacheKey, citationCacheSize, type CitationFormatter } from '../../../../electron/core/export/citation-cache';
import { formatCitations, type CitedItem } from '../../../../shared/citations';
import { baotintuc, toLam, vns, vov } from '../../../support/seed-sources';

const cite = (factId: string, sources: CitedItem['sources'], factVersion = 1): CitedItem => ({
  factId,
  factVersion,
  statement: `statement ${factId}`,
  quote: `quote of ${factId}`,
  sources,
});
const items = [cite('a', [vov]), cite('b', [vns, toLam]), cite('a', [vov]), cite('c', [baotintuc])];

let dir: string;
let calls: number;
/** The real formatter, counted: a hit must not run it. */
const counted: CitationFormatter = (i, s) => {
  calls++;
  return formatCitations(i, s);
};
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'citation-cache-')), 'cache', 'citations');
  calls = 0;
});
afterEach(() => rmSync(join(dir, '..', '..'), { recursive: true, force: true }));

describe('the citation cache', () => {
  it('answers a repeated export from the cache with exactly what citeproc gave', async () => {
    const format = cachedCitationFormatter(dir, counted);
    const first = await format(items, 'chicago');
    expect(first).toEqual(await formatCitations(items, 'chicago'));
    // A second process: a new formatter over the same folder.
    const again = await cachedCitationFormatter(dir, counted)(items, 'chicago');
    expect(again).toEqual(first);
    expect(calls).toBe(1);
    expect(readdirSync(dir)).toEqual([`${citationCacheKey(items, 'chicago')}.json`]);
  });

  it('formats again when a fact is revised, a source edited, the style changed or the order changed', async () => {
    const format = cachedCitationFormatter(dir, counted);
    await format(items, 'chicago');
    const changed: [string, CitedItem[], 'chicago' | 'apa'][] = [
      ['revised fact', [cite('a', [vov], 2), ...items.slice(1)], 'chicago'],
      ['edited source', [cite('a', [{ ...vov, publisher: 'Voice of Vietnam' }]), ...items.slice(1)], 'chicago'],
      ['new quote', [{ ...items[0]!, quote: 'a corrected quote' }, ...items.slice(1)], 'chicago'],
      ['other style', items, 'apa'],
      ['other order', [items[1]!, items[0]!, items[3]!], 'chicago'],
    ];
    for (const [name, input, style] of changed) {
      const before = calls;
      const result = await format(input, style);
      expect({ name, formatted: calls - before }).toEqual({ name, formatted: 1 });
      expect(result).toEqual(await formatCitations(input, style));
    }
    // Rewording a chip changes no footnote: still a hit.
    const before = calls;
    await format([{ ...items[0]!, statement: 'reworded' }, ...items.slice(1)], 'chicago');
    expect(calls).toBe(before);
  });

  it('ignores and replaces a damaged or foreign entry', async () => {
    const format = cachedCitationFormatter(dir, counted);
    const good = await format(items, 'chicago');
    const file = join(dir, `${citationCacheKey(items, 'chicago')}.json`);
    for (const bad of ['{"notes": [', '{"notes": [{"number": "one"}], "bibliography": [], "bibliographySegments": []}', JSON.stringify({ ...good, notes: good.notes.slice(1) }), '']) {
      writeFileSync(file, bad);
      const before = calls;
      expect(await format(items, 'chicago')).toEqual(good);
      expect(calls).toBe(before + 1);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(good);
    }
  });

  it('still exports when the cache cannot be written', async () => {
    // A file where the cache folder would go: mkdir fails, as on a read-only or full disk.
    writeFileSync(join(dir, '..'), 'not a folder');
    const result = await cachedCitationFormatter(dir, counted)(items, 'chicago');
    expect(result).toEqual(await formatCitations(items, 'chicago'));
    expect(existsSync(dir)).toBe(false);
  });

  it(`keeps the ${citationCacheSize} most recently used entries`, async () => {
    // Eviction is about files, not citeproc: a trivial formatter keeps this fast.
    const trivial: CitationFormatter = async (i) => ({ notes: [...new Set(i.map((x) => x.factId))].map((factId, n) => ({ number: n + 1, factId, factVersion: 1, text: factId, segments: [{ text: factId, italic: false }], quote: null })), bibliography: [], bibliographySegments: [] });
    const format = cachedCitationFormatter(dir, trivial);
    const input = (n: number) => [cite(`fact-${n}`, [vov])];
    for (let n = 0; n < citationCacheSize; n++) {
      await format(input(n), 'chicago');
      // Distinct, increasing times: file systems with coarse timestamps would otherwise tie.
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, n));
      utimesSync(join(dir, `${citationCacheKey(input(n), 'chicago')}.json`), at, at);
    }
    await format(input(0), 'chicago'); // used again: now the newest
    for (let n = citationCacheSize; n < citationCacheSize + 5; n++) await format(input(n), 'chicago');
    const kept = new Set(readdirSync(dir));
    expect(kept.size).toBe(citationCacheSize);
    expect(kept.has(`${citationCacheKey(input(0), 'chicago')}.json`)).toBe(true);
    for (let n = 1; n <= 5; n++) expect(kept.has(`${citationCacheKey(input(n), 'chicago')}.json`)).toBe(false);
    expect(readdirSync(dir).every((n) => n.endsWith('.json'))).toBe(true);
  });
});
