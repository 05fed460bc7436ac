/**
 * Dates and times on screen, in the interface's language: the one place the renderer words a
 * timestamp. Formatters are kept per language and style, since building one resolves the
 * locale (a `toLocaleString` call builds one each time; the note list and the fact cards paid
 * that once per item at start-up).
 */
import { i18n } from './index';

/** `medium`: "5 Jan 2026, 14:05"; `long`: "5 January 2026 at 14:05"; `listed`: the time when today, else a short date (the year only when not this year). */
export type WhenStyle = 'medium' | 'long' | 'listed';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${name}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(language, options)));
  return found;
}

/** `iso` in the interface's language; a value that is not a date is shown as given. */
export function formatWhen(iso: string, style: WhenStyle = 'medium', now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const language = i18n.language;
  if (style === 'medium') return formatter(language, style, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  if (style === 'long') return formatter(language, style, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  if (date.toDateString() === now.toDateString()) return formatter(language, 'time', { hour: '2-digit', minute: '2-digit' }).format(date);
  return date.getFullYear() === now.getFullYear()
    ? formatter(language, 'day', { day: 'numeric', month: 'short' }).format(date)
    : formatter(language, 'dayYear', { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}
