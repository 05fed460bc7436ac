// `npm start`: launches the Electron app. Where the Electron binary cannot be obtained
// (an offline or proxied install), explains why in one paragraph and starts browser mode
// instead, opening the system Chromium as an app window when one is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Installs skip Electron's download (package.json allowScripts); try it once now, quietly. */
function tryDownloadElectron() {
  if (process.env.BRIEFING_NO_ELECTRON_DOWNLOAD) return;
  spawnSync(process.execPath, [require.resolve('electron/install.js')], { stdio: 'ignore', timeout: 120_000 });
}

let binary = electronBinary();
if (!binary) {
  tryDownloadElectron();
  binary = electronBinary();
}

if (binary) {
  const child = spawn(binary, ['.', ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stderr.write(
    'Briefing Studio could not start its desktop window: the Electron binary is not installed, and it could ' +
      'not be downloaded from here (this looks like an offline or proxied install). To get it, point the ' +
      'download at a reachable mirror and reinstall (ELECTRON_MIRROR=https://your-mirror/electron/ npm start), ' +
      'or use an Electron you already have (ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron/dist npm start). ' +
      'Until then the same app runs in browser mode, with your data in the same place: starting it now.\n\n',
  );
  startBrowserMode();
}

function findChromium() {
  const candidates = [process.env.BRIEFING_BROWSER, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

function startBrowserMode() {
  const host = spawn(process.execPath, ['out/host/index.mjs', ...passThrough], { stdio: ['ignore', 'pipe', 'inherit'] });
  let opened = false;
  host.stdout.setEncoding('utf8');
  host.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(chunk)?.[1];
    if (url && !opened) {
      opened = true;
      openAppWindow(url);
    }
  });
  const stop = () => host.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  host.on('exit', (code) => process.exit(code ?? 0));
}

function openAppWindow(url) {
  const chromium = findChromium();
  const hasDisplay = process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (!chromium || !hasDisplay) {
    process.stdout.write('Open the address above in a browser to use the app.\n');
    return;
  }
  const profile = mkdtempSync(join(tmpdir(), 'briefing-browser-'));
  const browser = spawn(
    chromium,
    [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-sync', '--disable-component-update'],
    { stdio: 'ignore', detached: false },
  );
  browser.on('error', () => process.stdout.write('Could not open Chromium; open the address above in a browser.\n'));
}
