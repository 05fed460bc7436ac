/**
 * The one rule for text the app stores, applied wherever text enters (every API request,
 * every imported source). Stored text must be something SQLite, JSON, XML and Word all keep
 * exactly, so that what the library lists, what a note reopens with and what the DOCX holds
 * are the same characters:
 *  - C0 control characters other than tab, line feed and carriage return are removed: XML 1.0
 *    forbids them and one U+000C made Word refuse a file (dolanmiu/docx#345, jgm/pandoc#1992).
 *    Vertical tab and form feed are line and page breaks, so they become a line feed instead.
 *  - U+FFFE and U+FFFF are removed: they are not characters (XML 1.0 forbids them too).
 *  - A lone surrogate (half of a UTF-16 pair) becomes U+FFFD: it cannot be written as UTF-8,
 *    and SQLite would otherwise store three U+FFFD in a column while the JSON copy of the
 *    same text kept the surrogate, so a note's title would differ between list and editor.
 * Everything else (DEL and C1 controls, zero-width and bidi controls, RTL text, emoji,
 * combining marks, markup) is ordinary text and kept as typed; it is escaped where it is
 * shown (the CLI) or rendered as text (the renderer), never interpreted.
 */

import { ApiError } from './errors';

const lineBreaks = /[\u000B\u000C]/g; // eslint-disable-line no-control-regex -- vertical tab and form feed
const forbidden = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex -- these are exactly the characters the rule removes
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function storedText(text: string): string {
  return text.replace(lineBreaks, '\n').replace(forbidden, '').replace(loneSurrogate, '\uFFFD');
}

/**
 * Deeper than any note (a list nested twenty levels is forty); a request nested further is
 * refused rather than walked, since walking 100,000 levels would overflow the stack.
 */
export const maxNesting = 256;

/** Applies `storedText` to every string in a JSON-like value (keys included), returning a copy. */
export function storedTextDeep<T>(value: T): T {
  return cleanValue(value, 0) as T;
}

function cleanValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return storedText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= maxNesting) throw new ApiError('invalid_request', `The request is nested more than ${maxNesting} levels deep.`);
  if (Array.isArray(value)) return value.map((item) => cleanValue(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // defineProperty, so a "__proto__" key stays a plain field instead of setting the prototype.
    Object.defineProperty(out, storedText(key), { value: cleanValue(item, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
