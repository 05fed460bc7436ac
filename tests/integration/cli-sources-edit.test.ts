/**
 * Issue 14 item 3: a source's details corrected after import, as a recorded change, through the
 * contract and the command line; the pre-export check lists citation placeholders and drops
 * them once the source is fixed; citations (and their cache key) follow the new details.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { openAppServices } from '../../electron/core/app/services';
import { openDatabase } from '../../electron/core/db/connection';
import { defaultResourcesDir } from '../../electron/core/paths';
import { expectOriginalBeforeTranslation, printedCitations } from '../support/citations';

let dataDir: string;

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv, '--data-dir', dataDir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const steering = 'src-steering-2026-01-14';

beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'briefing-cli-edit-'))));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Check {
  findings: { kind: string; sourceId?: string; sourceFields?: string[]; message: string }[];
}

describe('correcting a source and the placeholders it printed', () => {
  it('check lists the starter source that prints “[publisher unknown]” and an untitled title, with the command to fix it', async () => {
    const text = await cli('check', 'sample-decision-note');
    expect(text.stdout).toContain(`Citations of “[Untitled report: National Steering Committee`);
    expect(text.stdout).toContain(`(briefing sources edit ${steering} --title … --publisher …)`);
    const json = JSON.parse((await cli('check', 'sample-decision-note', '--json')).stdout) as Check;
    expect(json.findings.find((f) => f.sourceId === steering)).toMatchObject({ kind: 'source-placeholder', sourceFields: ['title', 'publisher'] });
  });

  it('sources edit changes the details, records who, when, old and new, and leaves the text alone', async () => {
    const db = openDatabase(join(dataDir, 'briefing.sqlite'));
    const before = db.prepare('SELECT text, sha256 FROM sources WHERE id = ?').get(steering);
    db.close();
    await cli('export', 'sample-decision-note', '--out', join(dataDir, 'before.docx'));
    const edited = await cli('sources', 'edit', steering, '--title', 'National Steering Committee reviews its 2025 performance', '--publisher', 'Government News', '--json');
    expect(edited.stderr).toBe('');
    const result = JSON.parse(edited.stdout) as { source: { title: string; publisher: string }; changes: { field: string; old: unknown; new: unknown; by: string; at: string }[] };
    expect(result.source).toMatchObject({ title: 'National Steering Committee reviews its 2025 performance', publisher: 'Government News' });
    expect(result.changes.map((c) => [c.field, c.old, c.new])).toEqual(
      expect.arrayContaining([
        ['title', '[Untitled report: National Steering Committee for International Integration reviews its 2025 performance]', 'National Steering Committee reviews its 2025 performance'],
        ['publisher', null, 'Government News'],
      ]),
    );
    expect(result.changes.every((c) => c.by.length > 0 && !Number.isNaN(Date.parse(c.at)))).toBe(true);
    const reopened = openDatabase(join(dataDir, 'briefing.sqlite'));
    expect(reopened.prepare('SELECT text, sha256 FROM sources WHERE id = ?').get(steering)).toEqual(before);
    reopened.close();

    // The history lists it; the check no longer does; the export's citations carry it (a new cache entry, not the old one).
    expect((await cli('sources', 'history', steering)).stdout).toMatch(/publisher unknown → “Government News”/);
    const after = JSON.parse((await cli('check', 'sample-decision-note', '--json')).stdout) as Check;
    expect(after.findings.some((f) => f.sourceId === steering)).toBe(false);
    const cacheBefore = readdirSync(join(dataDir, 'cache', 'citations')).length;
    await cli('export', 'sample-decision-note', '--out', join(dataDir, 'after.docx'));
    expect(readdirSync(join(dataDir, 'cache', 'citations')).length).toBe(cacheBefore + 1);
  });

  it('an edit that changes nothing records nothing; a bad value or an unknown source is refused', async () => {
    const same = JSON.parse((await cli('sources', 'edit', steering, '--publisher', 'Government News', '--json')).stdout) as { changes: unknown[] };
    expect(same.changes).toHaveLength(2);
    const badDate = await cli('sources', 'edit', steering, '--published', 'last week');
    expect(badDate.code).not.toBe(0);
    expect(badDate.stderr).toMatch(/published/);
    const missing = await cli('sources', 'edit', 'no-such-source', '--title', 'X');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/No source with id no-such-source/);
    const nothing = await cli('sources', 'edit', steering);
    expect(nothing.code).not.toBe(0);
    expect(nothing.stderr).toMatch(/needs at least one of --title/);
  });

  it('sources edit --original-title records the title in its own language, and every style cites it before the translation', async () => {
    const original = 'Ban Chỉ đạo quốc gia về hội nhập quốc tế đánh giá kết quả năm 2025';
    const edited = await cli('sources', 'edit', steering, '--original-title', original, '--json');
    expect(edited.stderr).toBe('');
    const result = JSON.parse(edited.stdout) as { source: { title: string; originalTitle?: string }; changes: { field: string; old: unknown; new: unknown }[] };
    expect(result.source.originalTitle).toBe(original);
    expect(result.changes[0]).toMatchObject({ field: 'originalTitle', old: null, new: original });
    expect((await cli('sources', 'history', steering)).stdout).toContain(`originalTitle unknown → “${original}”`);

    const services = openAppServices({ dataDir, resourcesDir: defaultResourcesDir(), version: 'test', transport: 'cli' });
    try {
      const db = openDatabase(join(dataDir, 'briefing.sqlite'));
      const factId = db.prepare('SELECT fact_id FROM evidence WHERE source_id = ? ORDER BY fact_id LIMIT 1').pluck().get(steering) as string;
      db.close();
      expectOriginalBeforeTranslation(await printedCitations(dataDir, factId), original, result.source.title);
      // Emptying it makes the title the original again: cited as it was.
      await cli('sources', 'edit', steering, '--original-title', '');
      const plain = await services.handlers['export.citations']({ citations: [{ factId, factVersion: 1 }], style: 'chicago', language: 'en' });
      expect(plain.notes[0]!.text).not.toContain(original);
    } finally {
      services.close();
    }
  });
});
