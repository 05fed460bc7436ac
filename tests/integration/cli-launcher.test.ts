/**
 * The built `briefing` command as a user runs it (bin/briefing.mjs → out/cli/index.mjs, one ES
 * module): its arguments parsed by node:util's parseArgs, options a command does not take
 * refused, and pdf.js (an ES module) loaded with a plain import() on first use.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../electron/cli/commands/index';
import { runCli } from '../../electron/cli/run';
import { projectRoot } from '../support/host';

const built = join(projectRoot, 'out/cli');
let scratch: string;

function run(args: string[]) {
  return spawnSync(process.execPath, [join(projectRoot, 'bin/briefing.mjs'), ...args], { cwd: scratch, encoding: 'utf8' });
}

const freshDataDir = () => mkdtempSync(join(scratch, 'data-'));

beforeAll(() => {
  if (!readdirSync(built).includes('index.mjs')) throw new Error('Build first: npm run build (npm test does).');
  scratch = mkdtempSync(join(tmpdir(), 'cli-launcher-'));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the built briefing command', () => {
  it('is one ES module, with no second bundle or code cache beside it', () => {
    expect(readdirSync(built).filter((f) => !f.endsWith('.map'))).toEqual(['index.mjs']);
  });

  it('exports the sample note', () => {
    const out = join(scratch, 'sample.docx');
    const result = run(['export', 'sample-decision-note', '--out', out, '--json', '--data-dir', freshDataDir()]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ noteId: 'sample-decision-note', path: out });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses an option the command does not take, naming it and what the command takes, and does nothing', () => {
    const dataDir = join(scratch, 'never-created');
    const result = run(['notes', 'list', '--out', 'x.docx', '--data-dir', dataDir]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^briefing: "briefing notes list" has no option --out; it takes --trash, --limit N, --json, --data-dir DIR, --help\n/);
    expect(result.stderr).toContain('Usage: briefing notes list');
    expect(readdirSync(scratch)).not.toContain('never-created');
  });

  it('says which option lacks its value, and that a switch takes none', () => {
    expect(run(['facts', 'search', 'rice', '--limit']).stderr).toMatch(/^briefing: --limit needs a value/);
    const switchWithValue = run(['info', '--json=yes', '--data-dir', freshDataDir()]);
    expect(switchWithValue.status).toBe(2);
    expect(switchWithValue.stderr).toMatch(/^briefing: --json takes no value/);
  });

  it('takes --json and --data-dir on every command (parsed in process: the same code the built command runs)', async () => {
    for (const name of Object.keys(allCommands)) {
      let stdout = '';
      let stderr = '';
      const status = await runCli([...name.split(' '), '--help', '--json', '--data-dir', join(scratch, 'unused')], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
      expect({ name, status, stderr }).toEqual({ name, status: 0, stderr: '' });
      expect(stdout).toContain(`briefing ${name}`);
    }
  });

  it('imports a PDF, whose reader (pdf.js) is an ES module loaded with a plain import() on first use', () => {
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

    const result = run(['sources', 'import', pdf, '--json', '--data-dir', freshDataDir()]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const imported = JSON.parse(result.stdout).imported[0];
    expect(imported.format).toBe('pdf');
    // The text layer was read: the stored text is the sentence (plus pdf.js's line end).
    expect(imported.source.textLength).toBeGreaterThanOrEqual(text.length);
    expect(imported.source.textLength).toBeLessThan(text.length + 3);
  });
});
