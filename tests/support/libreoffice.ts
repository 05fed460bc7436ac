/**
 * The real clients the export tests open files with: LibreOffice headless (DOCX → PDF),
 * pdftotext, and python-docx.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Converts many files in one soffice run (each run costs seconds of start-up); returns the PDF paths. */
export function convertToPdf(docxFiles: string[], outDir: string, timeoutMs = 180_000): string[] {
  // A profile of its own, so parallel test files and other engineers' soffice runs never share a lock.
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles],
      { stdio: 'pipe', timeout: timeoutMs },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxFiles.map((f) => join(outDir, basename(f).replace(/\.docx$/, '.pdf')));
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

export function runPython(script: string, ...args: string[]): string {
  return execFileSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8' });
}

/** A word of a PDF page with its position (points from the top left), as pdftotext -bbox gives it. */
export interface PdfWord {
  page: number;
  x: number;
  y: number;
  x2: number;
  text: string;
}
export interface Pdf {
  pages: { width: number; height: number }[];
  words: PdfWord[];
  fonts: string;
  text: string;
}

/** A PDF's pages, words with positions, fonts (pdffonts) and text. */
export function readPdf(pdf: string): Pdf {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  const pages: Pdf['pages'] = [];
  const words: PdfWord[] = [];
  for (const chunk of html.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
    pages.push({ width: Number(size[1]), height: Number(size[2]) });
    for (const m of chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      words.push({ page: pages.length, x: Number(m[1]), y: Number(m[2]), x2: Number(m[3]), text: m[4]!.normalize('NFC') });
    }
  }
  return { pages, words, fonts: execFileSync('pdffonts', [pdf], { encoding: 'utf8' }), text: pdfText(pdf).normalize('NFC') };
}
