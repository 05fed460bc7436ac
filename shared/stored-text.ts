/**
 * What every stored string must be, whoever writes it: valid Unicode. Half of a UTF-16
 * surrogate pair cannot be written as UTF-8, so SQLite would store it as three U+FFFD in a
 * column while the JSON copy of the same text kept the surrogate: a note's title would then
 * differ between the library list and the editor. Typed text (notes, facts) therefore gets
 * one U+FFFD per lone surrogate; a source's text is refused instead (sources/source-import.ts),
 * since quotes are offsets into it.
 *
 * Everything else is kept as written: control characters, zero-width and bidi controls, RTL
 * text, emoji, markup. One-line metadata is cleaned with shared/clean-text.ts; text is made
 * XML-safe where the DOCX is written (core/export/sanitize.ts), shown with visible escapes by
 * the CLI (cli/terminal-text.ts) and rendered as text, never markup, by the renderer.
 */

/**
 * The one form of Unicode text is compared in: NFC. Windows-1258 and some PDFs and Macs write
 * Vietnamese with combining tone marks (NFD), so "Chính" typed and "Chính" imported would be
 * different strings for quotes, anchors and search (DOMAIN.md). Sources are normalised on
 * import (core/ingest), quotes and queries before they are matched.
 */
export function canonicalText(text: string): string {
  return text.normalize('NFC');
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function storedText(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD');
}

/** Applies `storedText` to every string in a JSON-like value (keys included), returning a copy. */
export function storedTextDeep<T>(value: T): T {
  return cleanValue(value) as T;
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return storedText(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cleanValue);
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // defineProperty, so a "__proto__" key stays a plain field instead of setting the prototype.
    Object.defineProperty(out, storedText(key), { value: cleanValue(item), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Deeper than any note (a list nested twenty levels is forty); a request nested further is
 * refused at the boundary, since validating 100,000 levels would overflow the stack.
 */
export const maxNesting = 256;

/** True when `value` nests arrays and objects more than `limit` levels deep (checked without recursion). */
export function nestedDeeperThan(value: unknown, limit = maxNesting): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}
