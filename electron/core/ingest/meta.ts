/**
 * Small cleaners for what files say about themselves. Each returns undefined when the value
 * is missing or unusable, so an unknown stays unknown instead of becoming a guess.
 */

/** "2026-01-15T10:10:00+07:00" → "2026-01-15"; "2026-01" stays; anything else is not a date we trust. */
export function toPartialDate(value: string | null | undefined): string | undefined {
  const match = value?.trim().match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])/);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return undefined;
  if (day && (Number(day) < 1 || Number(day) > 31)) return undefined;
  return [year, month, day].filter(Boolean).join('-');
}

/** One line, trimmed, within SourceMeta's limits. */
export function cleanLine(value: string | null | undefined, max: number): string | undefined {
  const line = value?.replace(/\s+/g, ' ').trim();
  return line ? line.slice(0, max) : undefined;
}

/** Titles that only name the file ("Microsoft Word - draft3.docx") say nothing about the source. */
export function cleanTitle(value: string | null | undefined): string | undefined {
  const title = cleanLine(value, 1000);
  if (!title || /^microsoft (word|powerpoint) - /i.test(title) || /\.(docx?|pdf|odt|rtf|txt)$/i.test(title) || /^untitled$/i.test(title)) return undefined;
  return title;
}

/** A BCP 47 tag as documents write them ("vi", "en-GB"); a free-text language name is not used. */
export function cleanLanguage(value: string | null | undefined): string | undefined {
  const tag = value?.trim();
  return tag && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag.slice(0, 35) : undefined;
}

/** An absolute web address, or nothing: a relative link cannot be followed later. */
export function cleanUrl(value: string | null | undefined): string | undefined {
  const url = value?.trim();
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url.slice(0, 4000) : undefined;
  } catch {
    return undefined;
  }
}

/** Drops keys whose value is undefined, so `meta` lists only what the file revealed. */
export function known<T extends object>(meta: T): Partial<T> {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as Partial<T>;
}
