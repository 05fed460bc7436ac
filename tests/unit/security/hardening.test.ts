/**
 * Electron hardening, checked from the outside: the fuses electron-builder burns into the
 * packaged binary, and Doyensec's electronegativity over our source with no finding above
 * informational unless the code explains it next to the line (`electronegativity-ok: ID`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/host';

interface BuilderConfig {
  asar: boolean;
  npmRebuild?: boolean;
  electronFuses: Record<string, boolean>;
  extraResources: unknown;
}

describe('packaging hardening (electron-builder.yml)', () => {
  const config = load(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

  it('turns off the fuses an attacker could use and turns on asar integrity', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(config.asar).toBe(true);
  });

  it('rebuilds native modules for Electron (better-sqlite3)', () => {
    expect(config.npmRebuild).not.toBe(false);
  });
});

describe('electronegativity', () => {
  it('finds nothing above informational that the code does not explain', () => {
    // Scan the Node side plus the renderer's HTML (where the meta CSP lives), not node_modules.
    const target = mkdtempSync(join(tmpdir(), 'eneg-'));
    cpSync(join(projectRoot, 'electron'), join(target, 'electron'), { recursive: true });
    cpSync(join(projectRoot, 'renderer/index.html'), join(target, 'index.html'));
    const out = join(target, 'findings.csv');
    const electronVersion = (JSON.parse(readFileSync(join(projectRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
    const cli = join(projectRoot, 'node_modules/@doyensec/electronegativity/dist/index.js');
    // The two version checks fetch Electron's release list from the network; we pin Electron in package.json instead.
    const run = spawnSync(process.execPath, [cli, '-i', target, '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck,ElectronVersionJSONCheck', '-o', out], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1);
    const unexplained = rows
      .map((row) => /^([A-Z_]+),"([A-Z]+)","[A-Z]+","([^"]+)","(\d+):\d+"/.exec(row))
      .filter((m): m is RegExpExecArray => m !== null && m[2] !== 'INFORMATIONAL')
      .filter(([, id, , file, line]) => {
        if (file === 'N/A') return true;
        const original = file === join(target, 'index.html') ? join(projectRoot, 'renderer/index.html') : file!.replace(target, projectRoot);
        const lines = readFileSync(original, 'utf8').split('\n');
        const context = lines.slice(Math.max(0, Number(line) - 5), Number(line)).join('\n');
        return !new RegExp(`electronegativity-ok:.*\\b${id}\\b`).test(context);
      })
      .map(([, id, severity, file, line]) => `${id} (${severity}) ${file}:${line}`);
    expect(unexplained).toEqual([]);
  });
});
