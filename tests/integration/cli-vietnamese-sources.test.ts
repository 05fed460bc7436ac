/**
 * Issue 15 item 6 from the command line: a Windows-1258 file and an NFD UTF-8 file are one
 * source (the same NFC text), and `briefing facts search` finds a word typed in either form.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openAppServices } from '../../electron/core/app/services';
import { selectorFor } from '../../electron/core/facts/anchoring';
import { encodeWindows1258, tcvn3Bytes, vietnameseParagraph } from '../support/vietnamese-bytes';

let dataDir: string;

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv, '--data-dir', dataDir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

interface Imported {
  imported: { encoding: string; alreadyImported: boolean; source: { id: string; sha256: string; textLength: number } }[];
}

beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'briefing-cli-vi-'))));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('Vietnamese sources from the command line', () => {
  let sourceId = '';

  it('imports a Windows-1258 file, and an NFD UTF-8 file of the same text is the same source', async () => {
    const cp1258 = join(dataDir, 'bao-cao-1258.txt');
    const nfd = join(dataDir, 'bao-cao-nfd.txt');
    writeFileSync(cp1258, encodeWindows1258(vietnameseParagraph));
    writeFileSync(nfd, vietnameseParagraph.normalize('NFD'), 'utf8');
    const first = await cli('sources', 'import', cp1258, '--json');
    expect(first.stderr).toBe('');
    const a = (JSON.parse(first.stdout) as Imported).imported[0]!;
    expect([a.encoding, a.alreadyImported, a.source.textLength]).toEqual(['windows-1258', false, vietnameseParagraph.length]);
    const second = await cli('sources', 'import', nfd, '--json');
    const b = (JSON.parse(second.stdout) as Imported).imported[0]!;
    expect([b.encoding, b.alreadyImported, b.source.id]).toEqual(['utf-8', true, a.source.id]);
    sourceId = a.source.id;
  });

  it('facts search finds a word typed in NFC or NFD', async () => {
    const services = openAppServices({ dataDir, resourcesDir: join(dataDir, 'none'), version: 'test', transport: 'cli' });
    const dispatch = createDispatcher(services.handlers);
    const got = await dispatch('sources.get', { id: sourceId });
    if (!got.ok) throw new Error(got.error.message);
    const text = (got.result as { text: string }).text;
    const start = text.indexOf('thu hút đầu tư');
    const created = await dispatch('facts.create', {
      fields: {
        statement: 'Chính phủ đặt mục tiêu thu hút đầu tư nước ngoài.', metric: 'FDI target', subject: 'Việt Nam',
        valueLow: null, valueHigh: null, unit: null, qualifier: null, period: '2026', claimant: null, topics: [], notes: '',
      },
      evidence: [{ sourceId, selector: selectorFor(text, start, start + 'thu hút đầu tư nước ngoài'.length) }],
      by: 'test',
    });
    services.close();
    expect(created.ok).toBe(true);
    for (const query of ['đầu tư', 'đầu tư'.normalize('NFD'), 'Chính phủ'.normalize('NFD')]) {
      const { code, stdout } = await cli('facts', 'search', query, '--json');
      expect(code).toBe(0);
      const found = JSON.parse(stdout) as { results: { statement: string }[] };
      expect(found.results.map((r) => r.statement), query).toContain('Chính phủ đặt mục tiêu thu hút đầu tư nước ngoài.');
    }
  });

  it('refuses a TCVN3 file and names the encoding', async () => {
    const file = join(dataDir, 'vantime.txt');
    writeFileSync(file, tcvn3Bytes);
    const { code, stderr } = await cli('sources', 'import', file);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/“vantime\.txt” cannot be imported: its Vietnamese is written in the legacy TCVN3 \(ABC/);
  });
  it('--encoding replaces the detection: a short Windows-1258 file is read as named; the same bytes named UTF-8, or an encoding it does not take, are refused', async () => {
    const short = join(dataDir, 'so-do.txt');
    writeFileSync(short, encodeWindows1258('Sơ đồ tổ chức'));
    const named = await cli('sources', 'import', short, '--encoding', 'windows-1258', '--json');
    expect(named.stderr).toBe('');
    const imported = (JSON.parse(named.stdout) as Imported).imported[0]!;
    expect([imported.encoding, imported.source.textLength]).toEqual(['windows-1258', 'Sơ đồ tổ chức'.length]);
    // The same bytes named as UTF-8 are not valid UTF-8: refused, naming the encoding, nothing stored.
    const wrong = await cli('sources', 'import', short, '--encoding', 'utf-8');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/not valid utf-8 text, the encoding you named/);
    const unknown = await cli('sources', 'import', short, '--encoding', 'tcvn3');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/--encoding takes windows-1258, utf-16le, utf-8/);
  });
});
