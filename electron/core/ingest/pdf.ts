/**
 * A PDF's text layer, page by page (pages separated by a blank line), and its title from the
 * document information dictionary. pdf.js runs in-process (its "fake worker" in Node), never
 * evaluates code from the file (`isEvalSupported: false`) and loads no fonts or files.
 */
import type { Extracted } from './extract-source';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cleanTitle, known } from './meta';
import { refuse } from './refusal';
import { normalizeLineEndings } from './text-encoding';

type PdfDocument = Awaited<ReturnType<typeof PdfJs.getDocument>['promise']>;

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
    if (kind === 'PasswordException') throw refuse(name, 'the PDF is protected with a password. Save a copy without the password and import that.');
    throw refuse(name, 'it looks like a PDF, but it is damaged and could not be opened.');
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) pages.push(await pageText(pdf, number));
    const text = normalizeLineEndings(pages.filter((page) => page.trim() !== '').join('\n\n'));
    if (text.trim() === '') {
      throw refuse(name, 'this PDF has no text layer (scanned image?), so there is no text to import. Run it through text recognition (OCR) first, or import the original document.');
    }
    const { info } = await pdf.getMetadata().catch(() => ({ info: {} }));
    const title = (info as { Title?: unknown }).Title;
    return { text, format: 'pdf', meta: known({ title: typeof title === 'string' ? cleanTitle(title) : undefined }), warnings: [] };
  } finally {
    await task.destroy();
  }
}

async function pageText(pdf: PdfDocument, number: number): Promise<string> {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  page.cleanup();
  return text.replace(/[ \t]+\n/g, '\n').trim();
}
