import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { openDatabase } from '../../electron/core/db/connection';
import { expectOriginalBeforeTranslation, printedCitations } from '../support/citations';

let root: string;
let dirA: string;
let dirB: string;
const original = 'Nghị quyết số 59-NQ/TW về hội nhập quốc tế trong tình hình mới';

async function cli(dataDir: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv, '--data-dir', dataDir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'briefing-cli-packs-'));
  dirA = join(root, 'a'); // first run: the app copies the starter store in
  dirB = join(root, 'b');
  // B: a store with the schema and nothing in it, as on a colleague's new machine.
  mkdirSync(dirB);
  openDatabase(join(dirB, 'briefing.sqlite')).close();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('briefing facts export / import', () => {
  it('exports facts from A to a file and imports them into B, then skips them the second time', async () => {
    const pack = join(root, 'resolution-59.json');
    const exported = await cli(dirA, 'facts', 'export', 'seed-004', 'seed-005', '--out', pack);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toMatch(
      new RegExp(`^Exported 2 facts and 2 sources to ${pack}\\n  integrity checksum [0-9a-f]{64} \\(shows the file arrives whole; anyone can recompute it, so it does not prove who made it\\)\\n$`),
    );
    expect(JSON.parse(readFileSync(pack, 'utf8'))).toMatchObject({ format: 'briefing-fact-pack', version: 2 });
    expect(existsSync(`${pack}.partial`)).toBe(false);

    const imported = await cli(dirB, 'facts', 'import', pack, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: ['seed-004', 'seed-005'], toReview: [], skipped: [], conflicts: [], sourcesCompleted: [] });
    const shown = await cli(dirB, 'facts', 'show', 'seed-004');
    expect(shown.stdout).toMatch(/\[anchored\] "Politburo Resolution No. 59 dated January 24, 2025/);
    expect(shown.stdout).toMatch(/\nImported \(names above as the pack claims\):\n {2}\S+ from resolution-59\.json by .+: 1 version\(s\), 1 quote\(s\), 1 status change\(s\); pack made by .+ \(claimed\)\n/);

    // Later A gives seed-004's source its title in its own language (issue 15) and sends the
    // facts again: B already holds both facts and the source, and gains the title it lacked.
    const sourceId = (JSON.parse((await cli(dirA, 'facts', 'show', 'seed-004', '--json')).stdout) as { evidence: { sourceId: string }[] }).evidence[0]!.sourceId;
    const edited = await cli(dirA, 'sources', 'edit', sourceId, '--original-title', original, '--json');
    const title = (JSON.parse(edited.stdout) as { source: { title: string } }).source.title;
    expect((await cli(dirA, 'facts', 'export', 'seed-004', 'seed-005', '--out', pack)).code).toBe(0);
    const completed = await cli(dirB, 'facts', 'import', pack);
    expect(completed).toMatchObject({ code: 0, stderr: '' });
    expect(completed.stdout).toContain(`2 skipped, 0 in conflict; 0 new sources.\n`);
    expect(completed.stdout).toMatch(/\n {2}source \S+: filled in originalTitle from the pack \(it had none\)\n$/);
    const again = await cli(dirB, 'facts', 'import', pack);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toMatch(
      /^0 added, 0 to review, 2 skipped, 0 in conflict; 0 new sources\.\n {2}integrity checksum [0-9a-f]{64} \(shows the file is whole; it does not prove who made it\)\n {2}skipped: seed-004, seed-005\n$/,
    );
    // B prints "Original [Translated]" as A does, in Chicago and APA.
    expectOriginalBeforeTranslation(await printedCitations(dirB, 'seed-004'), original, title);
  });

  it('exports the whole store with --all, and reports with --json', async () => {
    const pack = join(root, 'all.json');
    const { code, stdout } = await cli(dirA, 'facts', 'export', '--all', '--out', pack, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ file: pack, facts: 69, sources: 5, digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('explains every refusal on stderr with a non-zero exit, and writes nothing', async () => {
    const noOut = await cli(dirA, 'facts', 'export', 'seed-004');
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/^briefing: facts export needs --out FILE.json/);
    const unknown = await cli(dirA, 'facts', 'export', 'seed-004', 'nope', '--out', join(root, 'x.json'));
    expect(unknown).toMatchObject({ code: 1, stderr: 'briefing: No fact with id nope; nothing was exported.\n' });
    expect(existsSync(join(root, 'x.json'))).toBe(false);

    const missing = await cli(dirB, 'facts', 'import', join(root, 'missing.json'));
    expect(missing).toMatchObject({ code: 1, stderr: `briefing: Cannot read ${join(root, 'missing.json')}: there is no such file.\n` });

    const tampered = join(root, 'tampered.json');
    writeFileSync(tampered, readFileSync(join(root, 'resolution-59.json'), 'utf8').replace('December 22, 2024', 'December 23, 2024'));
    expect(await cli(dirB, 'facts', 'import', tampered)).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'briefing: This fact pack was changed or damaged after it was exported (its integrity checksum does not match); nothing was imported.\n',
    });
    const garbage = join(root, 'garbage.json');
    writeFileSync(garbage, Buffer.from([0xff, 0xfe, 0x00, 0x9c, 0x81]));
    expect((await cli(dirB, 'facts', 'import', garbage)).stderr).toBe(`briefing: ${garbage} is not a fact pack: it is not UTF-8 text; nothing was imported.\n`);
    const empty = join(root, 'empty.json');
    writeFileSync(empty, '');
    expect(await cli(dirB, 'facts', 'import', empty)).toMatchObject({ code: 1, stderr: 'briefing: The file is empty, so it is not a fact pack; nothing was imported.\n' });

    const facts = await cli(dirB, 'facts', 'search', '', '--json');
    expect(JSON.parse(facts.stdout)).toMatchObject({ total: 2 });
  });
});
