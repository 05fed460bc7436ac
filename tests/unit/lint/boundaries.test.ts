/**
 * The process boundaries of STYLE.md are enforced by lint; this proves the rules bite.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/host';

const eslint = new ESLint({ cwd: projectRoot });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${projectRoot}/${filePath}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

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
});
