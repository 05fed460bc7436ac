/**
 * Formatted citations kept between exports. citeproc-js is the slowest part of a cold export
 * (about 100 ms for 300 citations in a fresh process), and most exports repeat an earlier one's
 * citations exactly: the note's prose changed, or the same note goes out again. A result is
 * stored under the SHA-256 of everything it depends on (the formatter's version, the style,
 * and every cited fact's id, version, quote and sources' metadata), so a revised fact or an
 * edited source is a different key, never a stale hit. The folder is disposable: deleting it
 * costs one slower export; a damaged entry is ignored and replaced.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  citationFormatterVersion,
  formatCitations,
  type CitationLocale,
  type CitationStyle,
  type CitedItem,
  type FormattedCitations,
  type CitationOptions,
} from '../../../shared/citations';

export type CitationFormatter = (items: CitedItem[], style: CitationStyle, locale?: CitationLocale, options?: CitationOptions) => Promise<FormattedCitations>;

/** Entries kept; the least recently used go first. */
export const citationCacheSize = 200;

export function citationCacheKey(items: readonly CitedItem[], style: CitationStyle, locale: CitationLocale = 'en-US', options: CitationOptions = {}): string {
  // The statement is not part of a footnote: a reworded chip keeps its citation.
  const input = items.map((i) => [i.factId, i.factVersion, i.quote, i.sources]);
  return createHash('sha256').update(JSON.stringify([citationFormatterVersion, style, locale, ...(options.repeated === 'new-note' ? ['new-note'] : []), ...(options.bibliography === false ? ['no-bibliography'] : []), input])).digest('hex');
}

const isSegments = (x: unknown): boolean =>
  Array.isArray(x) && x.every((s) => typeof s === 'object' && s !== null && typeof s.text === 'string' && typeof s.italic === 'boolean');

/** What a cache file must hold to be used: anything else (a damaged or foreign file) is a miss. */
function readEntry(file: string): FormattedCitations | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const c = parsed as FormattedCitations;
  const ok =
    typeof c === 'object' &&
    c !== null &&
    Array.isArray(c.notes) &&
    c.notes.every((n) => typeof n.number === 'number' && typeof n.factId === 'string' && typeof n.text === 'string' && isSegments(n.segments)) &&
    Array.isArray(c.bibliography) &&
    c.bibliography.every((b) => typeof b === 'string') &&
    Array.isArray(c.bibliographySegments) &&
    c.bibliographySegments.every(isSegments);
  return ok ? c : null;
}

function writeEntry(dir: string, file: string, result: FormattedCitations): void {
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, JSON.stringify(result));
  renameSync(temp, file);
  const entries = readdirSync(dir).filter((n) => n.endsWith('.json'));
  if (entries.length <= citationCacheSize) return;
  const byAge = entries.map((n) => ({ n, at: statSync(join(dir, n)).mtimeMs })).sort((a, b) => a.at - b.at);
  for (const { n } of byAge.slice(0, entries.length - citationCacheSize)) rmSync(join(dir, n), { force: true });
}

/** `format` (formatCitations) with its results kept in `dir`. */
export function cachedCitationFormatter(dir: string, format: CitationFormatter = formatCitations): CitationFormatter {
  return async (items, style, locale = 'en-US', options = {}) => {
    const file = join(dir, `${citationCacheKey(items, style, locale, options)}.json`);
    const hit = readEntry(file);
    // The facts a hit numbers must be the ones asked about (a hash collision or a hand-edited file).
    if (hit && hit.notes.length === new Set(items.map((i) => i.factId)).size) {
      try {
        const now = new Date();
        utimesSync(file, now, now);
      } catch {
        // Only the eviction order suffers.
      }
      return hit;
    }
    const result = await format(items, style, locale, options);
    try {
      writeEntry(dir, file, result);
    } catch {
      // A cache that cannot be written (read-only or full disk) costs time, never the export.
    }
    return result;
  };
}
