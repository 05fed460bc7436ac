/**
 * Re-anchoring a quote in its stored source (W3C Web Annotation TextQuoteSelector with a
 * TextPositionSelector hint). Pure: no database.
 *
 * Exact matching only. Fuzzy matching can silently attach a quote to a lookalike passage
 * (hypothesis/client#7571), so a quote found in two places that prefix and suffix do not
 * tell apart is "ambiguous", which counts as not anchored.
 */
import { canonicalText } from '../../../shared/stored-text';
import type { AnchorState, QuoteSelector } from '../../../shared/model';

export interface Anchor {
  state: AnchorState;
  /** Where the quote is now; null when it is ambiguous or orphaned. */
  start: number | null;
  end: number | null;
}

/** Characters of context kept on each side of a quote. */
export const contextLength = 32;

export function anchorQuote(text: string, selector: QuoteSelector): Anchor {
  const hits = occurrences(text, selector.exact);
  let at: number | undefined;
  if (hits.length === 1) at = hits[0];
  else if (hits.length > 1) {
    const inContext = hits.filter((hit) => hasContext(text, hit, selector));
    if (inContext.length === 1) at = inContext[0];
  }
  if (at === undefined) return { state: hits.length === 0 ? 'orphan' : 'ambiguous', start: null, end: null };
  return { state: at === selector.start ? 'anchored' : 'relocated', start: at, end: at + selector.exact.length };
}

/** Anchored or relocated: the quote can be shown and checked in its source. */
export function isFound(state: AnchorState): boolean {
  return state === 'anchored' || state === 'relocated';
}

/** The selector for text[start, end), with up to 32 characters of context each side. */
export function selectorFor(text: string, start: number, end: number): QuoteSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new RangeError(`a quote must be a non-empty range inside the text (got ${start}..${end} of ${text.length})`);
  }
  let prefix = text.slice(Math.max(0, start - contextLength), start);
  let suffix = text.slice(end, end + contextLength);
  // Never cut a surrogate pair: half of one is not valid UTF-8 once stored, so it would never match again.
  if (/^[\uDC00-\uDFFF]/.test(prefix)) prefix = prefix.slice(1);
  if (/[\uD800-\uDBFF]$/.test(suffix)) suffix = suffix.slice(0, -1);
  return { exact: text.slice(start, end), prefix, suffix, start, end };
}

/** The selector for the one place `exact` occurs; throws if it occurs nowhere or more than once. */
export function selectorForUniqueQuote(text: string, typed: string): QuoteSelector {
  // A quote typed or pasted in NFD still finds its words in a source stored (as imports are) in NFC.
  const exact = occurrences(text, typed).length > 0 ? typed : canonicalText(typed);
  const hits = occurrences(text, exact);
  if (hits.length !== 1) {
    throw new Error(
      hits.length === 0 ? `quote not found in the source: "${exact}"` : `quote occurs ${hits.length} times in the source: "${exact}"`,
    );
  }
  return selectorFor(text, hits[0]!, hits[0]! + exact.length);
}

function occurrences(text: string, exact: string): number[] {
  const hits: number[] = [];
  if (exact.length === 0) return hits;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) hits.push(at);
  return hits;
}

function hasContext(text: string, at: number, selector: QuoteSelector): boolean {
  const end = at + selector.exact.length;
  return (
    text.slice(at - selector.prefix.length, at) === selector.prefix &&
    text.slice(end, end + selector.suffix.length) === selector.suffix
  );
}
