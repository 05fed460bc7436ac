/**
 * The built `briefing` command as a user runs it: the launcher (out/cli/index.mjs) loading the
 * CommonJS bundle with V8's code cache. The cache only makes commands start faster; a missing,
 * stale or damaged one must never change what a command does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/host';

const built = join(projectRoot, 'out/cli');
// A copy inside out/, so the bundle still finds the project (package.json, resources) above it.
const copy = join(projectRoot, 'out', `cli-launcher-test-${process.pid}`);
let scratch: string;

function run(cliDir: string, args: string[]) {
  const result = spawnSync(process.execPath, [join(cliDir, 'index.mjs'), ...args], {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_CODE_CACHE_REPORT: '1' },
  });
  const cache = /^code cache: (.*)$/m.exec(result.stderr)?.[1];
  return { ...result, cache, stderr: result.stderr.replace(/^code cache: .*\n/m, '') };
}

const freshDataDir = () => mkdtempSync(join(scratch, 'data-'));

beforeAll(() => {
  if (!existsSync(join(built, 'briefing.cjs'))) throw new Error('Build first: npm run build (npm test does).');
  scratch = mkdtempSync(join(tmpdir(), 'cli-launcher-'));
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy);
  for (const name of ['index.mjs', 'briefing.cjs']) cpSync(join(built, name), join(copy, name));
});

afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('the built briefing command', () => {
  it('uses the code cache the build wrote, and exports the sample note with it', () => {
    const dataDir = freshDataDir();
    const out = join(scratch, 'sample.docx');
    const result = run(built, ['export', 'sample-decision-note', '--out', out, '--json', '--data-dir', dataDir]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.cache).toBe('used');
    expect(JSON.parse(result.stdout)).toMatchObject({ noteId: 'sample-decision-note', path: out });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('runs the same without a cache, with a damaged one and with one made for another bundle', () => {
    const expected = run(built, ['facts', 'search', 'Chinh', '--json', '--data-dir', freshDataDir()]);
    expect(expected.status).toBe(0);
    expect(JSON.parse(expected.stdout).results.length).toBeGreaterThan(0);

    const cache = join(copy, 'briefing.cjs.cache');
    const builtCache = readFileSync(join(built, 'briefing.cjs.cache'));
    const cases: [string, Buffer | null, string][] = [
      ['no cache', null, 'none for this bundle'],
      // The right digest, then bytes V8 cannot use.
      ['damaged', Buffer.concat([builtCache.subarray(0, 32), Buffer.from('not a V8 code cache'.repeat(100))]), 'rejected by V8'],
      // A cache for other bundle bytes (an older build left beside a newer bundle).
      ['stale', Buffer.concat([Buffer.alloc(32, 7), builtCache.subarray(32)]), 'none for this bundle'],
    ];
    for (const [name, bytes, report] of cases) {
      rmSync(cache, { force: true });
      if (bytes) writeFileSync(cache, bytes);
      const result = run(copy, ['facts', 'search', 'Chinh', '--json', '--data-dir', freshDataDir()]);
      expect({ name, status: result.status, stderr: result.stderr, cache: result.cache }).toEqual({ name, status: 0, stderr: '', cache: report });
      expect(result.stdout).toBe(expected.stdout);
    }
  });

  it('imports a PDF, whose reader (pdf.js) is an ES module loaded on first use through the launcher', () => {
    const pdf = join(scratch, 'note.pdf');
    // A one-page PDF with a text layer, written by hand so the test needs no converter.
    const text = 'Viet Nam signed 17 free trade agreements.';
    const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ];
    let body = '%PDF-1.4\n';
    const offsets = objects.map((o, i) => {
      const at = body.length;
      body += `${i + 1} 0 obj\n${o}\nendobj\n`;
      return at;
    });
    const xref = body.length;
    body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    writeFileSync(pdf, body, 'latin1');

    const result = run(built, ['sources', 'import', pdf, '--json', '--data-dir', freshDataDir()]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const imported = JSON.parse(result.stdout).imported[0];
    expect(imported.format).toBe('pdf');
    // The text layer was read: the stored text is the sentence (plus pdf.js's line end).
    expect(imported.source.textLength).toBeGreaterThanOrEqual(text.length);
    expect(imported.source.textLength).toBeLessThan(text.length + 3);
  });
});
