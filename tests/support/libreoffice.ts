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
