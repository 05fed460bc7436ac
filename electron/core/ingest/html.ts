/**
 * A web page's readable text and what its head says about it. The page is parsed by jsdom
 * with its defaults kept on purpose: `runScripts` unset, so neither <script> nor onerror=
 * handlers ever run, and `resources` unset, so nothing (images, frames, styles) is fetched.
 */
import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';

// jsdom takes ~0.3 s to load: load it when a page is first read, not with every CLI command.
const lazyRequire = createRequire(import.meta.url);
const loadJsdom = () => lazyRequire('jsdom') as typeof Jsdom;
import type { SourceMeta } from '../../../shared/model';
import { cleanLanguage, cleanLine, cleanTitle, cleanUrl, known, toPartialDate } from './meta';
import type { ImportWarning } from './types';

/** Elements whose content is never readable text of the page. */
const removed = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'head'];

/** Elements that start a new paragraph of the extracted text. */
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul', 'body',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The charset a page declares in its first 1024 bytes (`<meta charset>` or http-equiv), as the HTML spec's prescan does. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.match(/<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i)?.[1];
}

export function extractHtml(html: string): { text: string; meta: Partial<SourceMeta>; warnings: ImportWarning[] } {
  const { JSDOM } = loadJsdom();
  const dom = new JSDOM(html);
  try {
    const document = dom.window.document;
    const meta = pageMeta(document);
    for (const element of [...document.querySelectorAll(removed.join(','))]) element.remove();
    return { text: readableText(document.body ?? document.documentElement), meta, warnings: [] };
  } finally {
    dom.window.close();
  }
}

function pageMeta(document: Document): Partial<SourceMeta> {
  const content = (selector: string) => document.querySelector(selector)?.getAttribute('content');
  const attribute = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name);
  const authors = [...document.querySelectorAll('meta[name="author" i]')]
    .map((m) => cleanLine(m.getAttribute('content'), 300))
    .filter((a): a is string => a !== undefined);
  return known({
    title: cleanTitle(content('meta[property="og:title"]')) ?? cleanTitle(document.title),
    published:
      toPartialDate(content('meta[property="article:published_time"]')) ??
      toPartialDate(content('meta[itemprop="datePublished"]')) ??
      timeElementDate(document),
    url: cleanUrl(attribute('link[rel~="canonical" i]', 'href')) ?? cleanUrl(content('meta[property="og:url"]')),
    publisher: cleanLine(content('meta[property="og:site_name"]'), 500),
    authors: [...new Set(authors)],
    language: cleanLanguage(document.documentElement.getAttribute('lang')),
  });
}

/**
 * The date of a <time datetime> in the article; outside an article only when every <time> on
 * the page agrees, since a header clock or a list of related stories would give a wrong date.
 */
function timeElementDate(document: Document): string | undefined {
  const inArticle = toPartialDate(document.querySelector('article time[datetime]')?.getAttribute('datetime'));
  if (inArticle) return inArticle;
  const dates = new Set([...document.querySelectorAll('time[datetime]')].map((t) => toPartialDate(t.getAttribute('datetime'))));
  const [only] = dates;
  return dates.size === 1 ? only : undefined;
}

/** Text as a reader sees it: each block its own paragraph, separated by a blank line; spaces collapsed except in <pre>. */
function readableText(root: Element): string {
  const paragraphs: string[] = [];
  let line = '';
  let preformatted = false;
  const flush = () => {
    const paragraph = preformatted
      ? line.replace(/^\n+|\s+$/g, '')
      : line.replace(/ {2,}/g, ' ').replace(/ *\n */g, '\n').trim();
    if (paragraph.trim()) paragraphs.push(paragraph);
    line = '';
    preformatted = false;
  };
  const walk = (node: Node, inPre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      line += inPre ? text : text.replace(/[ \t\n\r\f]+/g, ' ');
      if (inPre) preformatted = true;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    if (element.hasAttribute('hidden')) return;
    const tag = element.localName;
    if (tag === 'br') {
      line += '\n';
      return;
    }
    const block = blockTags.has(tag);
    if (block) flush();
    if ((tag === 'td' || tag === 'th') && line.trim()) line += '\t';
    // Siblings, not `childNodes`: jsdom rebuilds that live list as it is walked, which made a
    // 20,000-paragraph page take 30 s (issue #7's hostile corpus); this walk is linear.
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child, inPre || tag === 'pre');
    if (block) flush();
  };
  walk(root, false);
  return paragraphs.join('\n\n');
}
