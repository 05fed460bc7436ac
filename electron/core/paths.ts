/**
 * Where things live. The data directory defaults to the OS user-data folder Electron would
 * use for this app (so the app, browser mode and the CLI share one store) and is overridden
 * by `--data-dir DIR` or `BRIEFING_DATA_DIR`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const productName = 'Briefing Studio';

/** Mirrors Electron's app.getPath('userData'): appData + productName. */
export function defaultDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), productName);
}

/** `--data-dir DIR` / `--data-dir=DIR` beats BRIEFING_DATA_DIR beats the OS default. */
export function resolveDataDir(argv: readonly string[] = process.argv, env = process.env): string {
  const fromArgs = dataDirArgument(argv);
  if (fromArgs) return resolve(fromArgs);
  if (env.BRIEFING_DATA_DIR) return resolve(env.BRIEFING_DATA_DIR);
  return defaultDataDir(process.platform, env);
}

export function dataDirArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir') return argv[i + 1];
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}

/** The project (or packaged app) root: the nearest folder up from here with our package.json. */
export function appRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === 'briefing-studio') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the Briefing Studio package root above ${from}`);
    dir = parent;
  }
}

export function appVersion(root = appRoot()): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** `resources/` in a checkout; Electron passes process.resourcesPath/resources when packaged. */
export function defaultResourcesDir(root = appRoot()): string {
  return join(root, 'resources');
}

/** The built renderer (vite build output). */
export function rendererDir(root = appRoot()): string {
  return join(root, 'out', 'renderer');
}
