/**
 * Print and PDF laid out by the note's document profile (issue 14, item 4): the page the
 * Electron PDF is made on (webContents.printToPDF) and the print CSS the browser's own print
 * reads. Both come from the profile, as the Word export's page does, so a Decree 30 note
 * prints on A4 with its 30 mm left margin whichever way it is printed.
 */
import type { PrintHeaderImage } from '../contract/export';
import { z } from 'zod';
import type { NoteLanguage } from '../note-format';
import { profileLabels } from './labels';
import { markingOf, ownFirstPage, pageFurnitureOf, type FurniturePiece } from './page-furniture';
import type { PrintProfile } from './profile';

const mmPerInch = 25.4;

/** What the renderer asks the Electron main process to print: the page and the file's suggested name. */
export const PrintToPdfRequest = z.strictObject({
  title: z.string().max(500),
  page: z.strictObject({
    widthMm: z.number().min(50).max(1000),
    heightMm: z.number().min(50).max(1000),
    margins: z.strictObject({
      top: z.number().min(0).max(200),
      bottom: z.number().min(0).max(200),
      left: z.number().min(0).max(200),
      right: z.number().min(0).max(200),
    }),
  }),
});
export type PrintToPdfRequest = z.infer<typeof PrintToPdfRequest>;
export type PrintToPdfResult = { saved: string | null };

export function printPage(profile: PrintProfile): PrintToPdfRequest['page'] {
  const { widthMm, heightMm, margins } = profile.page;
  return { widthMm, heightMm, margins: { top: margins.top, bottom: margins.bottom, left: margins.left, right: margins.right } };
}

/** Electron's printToPDF options for that page: its sizes are inches. */
export function printToPdfOptions(page: PrintToPdfRequest['page']) {
  const inches = (mm: number) => Math.round((mm / mmPerInch) * 10_000) / 10_000;
  return {
    pageSize: { width: inches(page.widthMm), height: inches(page.heightMm) },
    margins: { top: inches(page.margins.top), bottom: inches(page.margins.bottom), left: inches(page.margins.left), right: inches(page.margins.right) },
    printBackground: false,
    // The @page rule of printCss says the same; the profile's page wins either way.
    preferCSSPageSize: true,
  };
}

/** The root the renderer fills with the note as it prints (title, body, endnotes); the only thing printed. */
export const printRootId = 'print-document';

/** Metric twins first-hand where the named face is missing (fonts-liberation2 on Linux). */
function fontStack(name: string): string {
  const twin: Record<string, string> = { 'Times New Roman': 'Liberation Serif', Arial: 'Liberation Sans', 'Courier New': 'Liberation Mono' };
  const generic = /times|serif|georgia|cambria/i.test(name) && !/sans/i.test(name) ? 'serif' : 'sans-serif';
  return [name, twin[name], generic]
    .filter((f): f is string => Boolean(f))
    .map((f) => (f === 'serif' || f === 'sans-serif' ? f : `"${f.replace(/["\\]/g, '')}"`))
    .join(', ');
}

/**
 * An imported profile's letterhead on every printed page, as Word repeats its header: the
 * images side by side in the page's top-left margin box, their top at the header's distance
 * from the edge of the page (w:pgMar/@w:header), at their size in the header. Chromium paints
 * a margin box's `content` image (not its background) at the image's own size, so the images
 * go inside an SVG of the size they print at; their pixels are embedded as they are.
 */
export function letterheadCss(images: readonly PrintHeaderImage[], profile: Pick<PrintProfile, 'page' | 'pageNumbers'>): string {
  if (images.length === 0) return '';
  const { margins } = profile.page;
  let x = 0;
  const placed = images.map((image) => {
    const tag = `<image x="${x}" width="${image.widthPt}" height="${image.heightPt}" preserveAspectRatio="none" href="data:${image.mime};base64,${image.base64}"/>`;
    x += image.widthPt;
    return tag;
  });
  const height = Math.max(...images.map((image) => image.heightPt));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${x}pt" height="${height}pt" viewBox="0 0 ${x} ${height}">${placed.join('')}</svg>`;
  const url = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
  const box = `@page { @top-left { content: ${url}; vertical-align: top; padding-top: ${margins.header}mm; } }`;
  // Chromium paints a margin box's image only if the page had it loaded before printing; page 1
  // loads it, unless page 1 has its own header: so the page holds it too, drawn at no size.
  const loaded = `body::after { content: ${url}; position: absolute; width: 0; height: 0; overflow: hidden; }`;
  // An own first page keeps the profile's header, as in Word (the reference's replaces only the others).
  return ownFirstPage(profile) ? `${loaded} ${box} @page :first { @top-left { content: none; } }` : box;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]+/g, ' ')}"`;

/**
 * The header and footer of every printed page, by the rule the Word export follows
 * (page-furniture.ts): the marking and the page number ("Page 2 of 4", "Trang 2/4" or "2")
 * in the page's top and bottom centre margin boxes, at the header's and footer's distance from
 * the edge of the page; page 1 without its number where the profile says so.
 */
export function pageFurnitureCss(profile: PrintProfile, note: { classification: string; language: NoteLanguage }, replaced: { header: boolean; footer: boolean } = { header: false, footer: false }): string {
  const { margins } = profile.page;
  const number = profile.pageNumbers.style === 'number' ? ['counter(page)'] : profileLabels[note.language].page('', '').map((part, i) => (i === 1 ? 'counter(page)' : i === 3 ? 'counter(pages)' : cssString(part)));
  const marking = cssString(markingOf(note.classification, note.language));
  const content = (pieces: FurniturePiece[]) => (pieces.length === 0 ? 'none' : pieces.map((piece) => (piece === 'marking' ? marking : number.join(' '))).join(' "\\A" '));
  const boxes = (firstPage: boolean) => {
    // An imported reference's own header or footer (its text is not printed yet; its images are, letterheadCss) replaces ours but on an own first page.
    const ours = firstPage && ownFirstPage(profile) ? { header: true, footer: true } : { header: !replaced.header, footer: !replaced.footer };
    const furniture = pageFurnitureOf(profile, firstPage);
    const header = ours.header ? furniture.header : [];
    const footer = ours.footer ? furniture.footer : [];
    const text = `font-family: ${fontStack(profile.fonts.body)}; font-size: ${Math.min(10, profile.fonts.bodySize)}pt; white-space: pre; text-align: center;${header.includes('marking') ? ' font-weight: bold;' : ''}`;
    return [
      `@top-center { content: ${content(header)}; vertical-align: top; padding-top: ${margins.header}mm; ${text} }`,
      `@bottom-center { content: ${content(footer)}; vertical-align: bottom; padding-bottom: ${margins.footer}mm; ${text} }`,
    ].join(' ');
  };
  return `@page { ${boxes(false)} } @page :first { ${boxes(true)} }`;
}

/**
 * The print style sheet of a profile: the @page size and margins, the body font and size,
 * justification and first-line indent, headings in the heading font, the heading and closing
 * blocks' tables and rules (page-blocks.ts), sections numbered 1., 2.
 * and paragraphs 1.1, 1.2 when the profile numbers them, footnotes as endnotes (no browser
 * lays out per-page footnotes from CSS yet), and nothing of the app's own chrome: only
 * #print-document prints.
 */
export function printCss(profile: PrintProfile): string {
  const { page, fonts, body } = profile;
  const m = page.margins;
  const root = `#${printRootId}`;
  const lines = [
    `@page { size: ${page.widthMm}mm ${page.heightMm}mm; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }`,
    `${root} { display: none; }`,
    '@media print {',
    `  html, body { background: #fff !important; color: #000 !important; height: auto !important; overflow: visible !important; }`,
    `  body > *:not(${root}) { display: none !important; }`,
    `  ${root} { display: block; font-family: ${fontStack(fonts.body)}; font-size: ${fonts.bodySize}pt; line-height: ${(1.15 * fonts.lineSpacing).toFixed(3)}; counter-reset: section; }`,
    `  ${root} p, ${root} li { margin: 0 0 ${fonts.paragraphAfterPt}pt; text-align: ${body.justified ? 'justify' : 'left'}; }`,
    `  ${root} .print-body p { text-indent: ${body.firstLineIndentMm}mm; }`,
    `  ${root} h1, ${root} h2, ${root} h3 { font-family: ${fontStack(fonts.heading)}; font-size: ${fonts.headingSize}pt; margin: 12pt 0 6pt; break-after: avoid; }`,
    `  ${root} .print-title { text-align: center; font-weight: bold; font-size: ${fonts.titleSize}pt; margin: 0 0 12pt; }`,
    `  ${root} table { width: 100%; border-collapse: collapse; break-inside: avoid; }`,
    `  ${root} td { vertical-align: top; padding: 0; }`,
    `  ${root} td p { text-indent: 0; margin: 0; }`,
    `  ${root} .print-block-rule { border-bottom: 0.75pt solid #000; height: 0; }`,
    `  ${root} .print-block-subject { border-bottom: 0.75pt solid #000; padding-bottom: 4pt; margin: 6pt 0 12pt; }`,
    `  ${root} .print-block-decision-heading { margin: 18pt 0 6pt; break-after: avoid; }`,
    `  ${root} .print-block-decision td { border: 0.5pt solid #000; padding: 6pt; }`,
    `  ${root} .print-endnotes, ${root} .print-endnotes li { font-size: ${fonts.footnoteSize}pt; }`,
    `  ${root} .print-endnotes ol { padding-left: 1.5em; }`,
    `  ${root} sup, ${root} .fact-chip-number { font-size: 0.7em; vertical-align: super; line-height: 0; }`,
  ];
  if (body.numberSections) {
    lines.push(`  ${root} .print-body h1, ${root} .print-body h2 { counter-increment: section; counter-reset: paragraph; }`);
    lines.push(`  ${root} .print-body h1::before, ${root} .print-body h2::before { content: counter(section) ". "; }`);
  }
  if (body.numberParagraphs) {
    lines.push(`  ${root} .print-body p { counter-increment: paragraph; }`);
    lines.push(`  ${root} .print-body p::before { content: counter(section) "." counter(paragraph) " "; }`);
  }
  lines.push('}');
  return lines.join('\n');
}
