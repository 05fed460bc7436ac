/**
 * Guards the citation cache: the export keeps formatted citations under a key that includes
 * citationFormatterVersion, so any change to what formatCitations returns (our code, the CSL
 * style files, the locale, citeproc) must come with a new version, or old exports' cached footnotes
 * would be reused. This records a digest of the output for a fixture that exercises every
 * branch (full and short notes, several sources, no source, missing metadata, diacritics).
 * After a deliberate change: bump the version, then run with UPDATE_CITATION_OUTPUT=1.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationFormatterVersion, citationLocales, citationStyles, formatCitations, type CitedItem } from '../../../shared/citations';
import { baotintuc, steering, toLam, vns, vov } from '../../support/seed-sources';

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'citation-output.json');
const cite = (factId: string, sources: CitedItem['sources'], quote: string | null = `Trích dẫn ${factId}`): CitedItem => ({
  factId,
  factVersion: 1,
  statement: `statement ${factId}`,
  quote,
  sources,
});
const items = [cite('a', [vov]), cite('b', [vns, toLam]), cite('c', [vov]), cite('d', []), cite('e', [baotintuc, steering]), cite('a', [vov]), cite('f', [toLam], null)];

describe('citationFormatterVersion', () => {
  it('changes whenever the formatted output changes', async () => {
    const digests: Record<string, string> = {};
    for (const style of citationStyles) {
      for (const locale of citationLocales) {
        const key = locale === 'en-US' ? style : `${style} ${locale}`;
        digests[key] = createHash('sha256').update(JSON.stringify(await formatCitations(items, style, locale))).digest('hex');
      }
    }
    const current = { version: citationFormatterVersion, digests };
    if (process.env.UPDATE_CITATION_OUTPUT) writeFileSync(fixture, `${JSON.stringify(current, null, 2)}\n`);
    const recorded = JSON.parse(readFileSync(fixture, 'utf8')) as typeof current;
    if (recorded.version === current.version && JSON.stringify(recorded.digests) !== JSON.stringify(digests)) {
      expect.fail('formatCitations output changed: bump citationFormatterVersion in shared/citations.ts, then rerun with UPDATE_CITATION_OUTPUT=1');
    }
    expect(recorded, 'record the new version and output: rerun with UPDATE_CITATION_OUTPUT=1').toEqual(current);
  });
});
