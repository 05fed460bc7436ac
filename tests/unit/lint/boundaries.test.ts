/**
 * The process boundaries of STYLE.md are enforced by lint; this proves the rules bite.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/host';

const eslint = new ESLint({ cwd: projectRoot });

async function ruleErrors(rule: string, filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${projectRoot}/${filePath}` });
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

const restrictedImportErrors = (filePath: string, code: string) => ruleErrors('no-restricted-imports', filePath, code);

describe('lint boundaries', () => {
  it('renderer/ may not import electron/', async () => {
    const errors = await restrictedImportErrors('renderer/src/Probe.ts', "import { openAppServices } from '../../electron/core/app/services';\nexport const x = openAppServices;\n");
    expect(errors.join('\n')).toMatch(/never import from electron/);
  });

  it('shared/ may not import node built-ins or electron', async () => {
    expect(await restrictedImportErrors('shared/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toHaveLength(1);
    expect(await restrictedImportErrors('shared/probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
  });

  it('only electron/main and electron/preload may import electron', async () => {
    const code = "import { app } from 'electron';\nexport const x = app;\n";
    expect(await restrictedImportErrors('electron/core/probe.ts', code)).toHaveLength(1);
    expect(await restrictedImportErrors('electron/host/probe.ts', code)).toHaveLength(1);
    expect(await restrictedImportErrors('electron/main/probe.ts', code)).toHaveLength(0);
    expect(await restrictedImportErrors('electron/preload/probe.ts', code)).toHaveLength(0);
  });

  it('electron/core imports none of main, host and cli; they may import it', async () => {
    const intoFrontEnds = [
      "import { createMainWindow } from '../../main/window';\nexport const x = createMainWindow;\n",
      "import { startHost } from '../../host/server';\nexport const x = startHost;\n",
      "import { run } from '../../cli/run';\nexport const x = run;\n",
      "import type { CommandSpec } from '../../cli/run';\nexport type X = CommandSpec;\n",
    ];
    for (const code of intoFrontEnds) {
      expect((await restrictedImportErrors('electron/core/sources/probe.ts', code)).join('\n')).toMatch(/never imports them/);
    }
    const fromCore = "import { extractSource } from '../core/ingest';\nexport const x = extractSource;\n";
    for (const folder of ['main', 'host', 'cli']) expect(await restrictedImportErrors(`electron/${folder}/probe.ts`, fromCore)).toHaveLength(0);
    // A core folder whose name merely contains one of them is not caught.
    expect(await restrictedImportErrors('electron/core/sources/probe.ts', "import { x } from '../domain/hostnames';\nexport const y = x;\n")).toHaveLength(0);
  });

  it('renderer/src/editor never imports a screen from renderer/src/features; the screens may import the editor', async () => {
    const intoFeatures = "import { NoteView } from '../../features/notes/NoteView';\nexport const x = NoteView;\n";
    expect((await restrictedImportErrors('renderer/src/editor/nodes/Probe.ts', intoFeatures)).join('\n')).toMatch(/never the other way/);
    const fromEditor = "import { chipState } from '../../editor/nodes/chipState';\nexport const x = chipState;\n";
    expect(await restrictedImportErrors('renderer/src/features/notes/Probe.ts', fromEditor)).toHaveLength(0);
  });

  it('Lexical $-functions are called only from $-functions or inside read/update (@lexical/eslint-plugin)', async () => {
    const outside = "import { $getRoot } from 'lexical';\nexport function wordsOf(): string {\n  return $getRoot().getTextContent();\n}\n";
    expect((await ruleErrors('@lexical/rules-of-lexical', 'renderer/src/editor/Probe.ts', outside)).join('\n')).toMatch(/\$getRoot called from wordsOf/);
    const inside = "import { $getRoot, type LexicalEditor } from 'lexical';\nexport function wordsOf(editor: LexicalEditor): string {\n  return editor.read(() => $getRoot().getTextContent());\n}\n";
    expect(await ruleErrors('@lexical/rules-of-lexical', 'renderer/src/editor/Probe.ts', inside)).toHaveLength(0);
  });
});
