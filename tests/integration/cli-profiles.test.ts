/**
 * `briefing profiles list|import` and `briefing export --profile` through the command line's
 * own runner, on a fresh data folder holding the shipped starter store.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterApp, type StarterApp } from '../support/starter-services';
import { cliOn } from '../support/cli';
import { tempDir } from '../support/notes';

const outDir = tempDir('briefing-cli-profiles-out-');
let app: StarterApp;
let cli: ReturnType<typeof cliOn>;

beforeAll(() => {
  app = openStarterApp();
  cli = cliOn(app.dataDir);
});
afterAll(() => app.close());

describe('briefing profiles', () => {
  it('lists the built-in profiles as JSON', async () => {
    const result = await cli('profiles', 'list', '--json');
    expect(result.code, result.stderr).toBe(0);
    const ids = (JSON.parse(result.stdout) as { profiles: { id: string }[] }).profiles.map((p) => p.id);
    expect(ids).toEqual(['international-briefing', 'vn-decree30-to-trinh', 'vn-decree30-bao-cao', 'vn-decree30-cong-van', 'plain-memo']);
  });

  it('imports a reference document as a profile file that lists and exports, and refuses a tampered copy', async () => {
    const reference = join(outDir, 'house.docx');
    writeFileSync(
      reference,
      await Packer.toBuffer(new Document({ styles: { default: { document: { run: { font: 'Georgia' } } } }, sections: [{ properties: { page: { margin: { left: 2000 } } }, children: [new Paragraph('x')] }] })),
    );
    const imported = await cli('profiles', 'import', reference, '--name', 'House Style', '--json');
    expect(imported.code, imported.stderr).toBe(0);
    const { profile, file } = JSON.parse(imported.stdout) as { profile: { id: string }; file: string };
    expect(profile.id).toBe('house-style');
    expect(existsSync(file)).toBe(true);
    expect((await cli('profiles', 'list', '--json')).stdout).toContain('"house-style"');

    const out = join(outDir, 'note.docx');
    const exported = await cli('export', 'sample-decision-note', '--out', out, '--profile', 'house-style');
    expect(exported.code, exported.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('w:left="2000"');
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:ascii="Georgia"');

    const unknown = await cli('export', 'sample-decision-note', '--out', out, '--profile', 'nobody');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('no document profile "nobody"');

    // A profile file changed by hand no longer matches its digest: it is not offered.
    const text = readFileSync(file, 'utf8').replace('"Georgia"', '"Comic Sans MS"');
    writeFileSync(file, text);
    expect((await cli('profiles', 'list', '--json')).stdout).not.toContain('"house-style"');
  });
});
