/**
 * Cleaning one-line text a user or a file supplies as metadata (a title, a publisher, a
 * name). A source's text is never cleaned: it is stored verbatim. Metadata ends up in lists,
 * citations and Word files, where control characters corrupt the XML (docx#345) and bidi
 * overrides can make a title display as something it is not (the "Trojan Source" trick).
 */

/** C0 and C1 control characters, DEL included. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controls = /[\u0000-\u001F\u007F-\u009F]/g;
/** Bidi embeddings, overrides and isolates (LRE..RLO, LRI..PDI). */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

/** Line breaks and tabs become spaces, other controls go, runs of spaces shrink to one. */
export function cleanLine(text: string): string {
  return text
    .replace(/[\t\n\r\v\f\u0085\u2028\u2029]/g, ' ')
    .replace(controls, '')
    .replace(bidiControls, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** cleanLine, with an empty result read as "unknown". */
export function cleanOptional(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const cleaned = cleanLine(text);
  return cleaned.length > 0 ? cleaned : null;
}
