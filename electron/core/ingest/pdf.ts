/**
 * A PDF's text layer, page by page (pages separated by a blank line), and its title from the
 * document information dictionary. pdf.js runs in the importer thread (its "fake worker" in
 * Node; see isolated.ts), never evaluates code from the file (`isEvalSupported: false`) and
 * loads no fonts or files. A page stream can inflate to hundreds of MB, so the page count and
 * the text are limited as the text arrives, not after (issue #13).
 */
import type { Extracted } from './extract-source';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cleanTitle, known } from './meta';
import type { MessageParams } from '../../../shared/messages';
import { MAX_SOURCE_TEXT_LENGTH, refuseKeyed } from './refusal';
import { normalizeLineEndings } from './text-encoding';

type PdfDocument = Awaited<ReturnType<typeof PdfJs.getDocument>['promise']>;
type TextContent = Awaited<ReturnType<Awaited<ReturnType<PdfDocument['getPage']>>['getTextContent']>>;

/** Far more pages than any report; each page costs a parse, so the count is bounded up front. */
export const MAX_PDF_PAGES = 10_000;

/** A page packed with 6-point type holds about 20,000 characters; five times that is no real page. */
export const MAX_PDF_PAGE_TEXT = 100_000;


/** Why the text stopped being read: thrown from inside a page, turned into a refusal naming the file. */
/** A page's text over a limit: the refusal's catalogue key (`errors.import.*`) and its arguments. */
class TextLimit extends Error {
  constructor(
    readonly key: string,
    readonly params: MessageParams,
  ) {
    super(key);
  }
}

export async function extractPdf(bytes: Uint8Array, name: string): Promise<Extracted> {
  // Loaded on first use, so commands that never read a PDF do not pay for it.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given and rejects a Node Buffer:
    // a plain Uint8Array copy satisfies both, and the original bytes stay intact.
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf: PdfDocument;
  try {
    pdf = await task.promise;
  } catch (error) {
    const kind = (error as { name?: string }).name;
    if (kind === 'PasswordException') throw refuseKeyed(name, 'pdfPassword');
    throw refuseKeyed(name, 'pdfDamaged');
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw refuseKeyed(name, 'pdfTooManyPages', { pages: pdf.numPages, limit: MAX_PDF_PAGES });
    }
    const pages: string[] = [];
    let total = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      let page: string;
      try {
        page = await pageText(pdf, number, MAX_SOURCE_TEXT_LENGTH - total);
      } catch (error) {
        if (error instanceof TextLimit) throw refuseKeyed(name, error.key, error.params);
        throw error;
      }
      total += page.length + 2;
      pages.push(page);
    }
    const text = normalizeLineEndings(pages.filter((page) => page.trim() !== '').join('\n\n'));
    if (text.trim() === '') {
      throw refuseKeyed(name, 'pdfNoText');
    }
    const { info } = await pdf.getMetadata().catch(() => ({ info: {} }));
    const title = (info as { Title?: unknown }).Title;
    return { text, format: 'pdf', meta: known({ title: typeof title === 'string' ? cleanTitle(title) : undefined }), warnings: [] };
  } finally {
    await task.destroy();
  }
}

/** One page's text, read as pdf.js streams it and abandoned as soon as it passes a limit. */
async function pageText(pdf: PdfDocument, number: number, room: number): Promise<string> {
  const page = await pdf.getPage(number);
  const reader = (page.streamTextContent() as ReadableStream<Pick<TextContent, 'items'>>).getReader();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const item of value.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      if (text.length > MAX_PDF_PAGE_TEXT) throw new TextLimit('pdfPageTooLong', { page: number, limit: MAX_PDF_PAGE_TEXT });
      if (text.length > room) throw new TextLimit('textTooLong', { limit: MAX_SOURCE_TEXT_LENGTH / (1024 * 1024) });
    }
  } catch (error) {
    // pdf.js wants a reason to stop reading the page; the page is dropped either way.
    await reader.cancel(error).catch(() => undefined);
    throw error;
  } finally {
    page.cleanup();
  }
  return text.replace(/[ \t]+\n/g, '\n').trim();
}
