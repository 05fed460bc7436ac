// `npm run size:install [-- --ref GIT-REV]`: the size of the production install that
// electron-builder would pack into app.asar. Installs the dependencies of package.json and
// package-lock.json (of the work tree, or of GIT-REV) into a temporary folder with
// `npm ci --omit=dev --ignore-scripts`, then applies electron-builder's own rules for node
// modules: its default exclusions (app-builder-lib's fileMatcher and NodeModuleCopyHelper) and
// the "!" patterns of `files` in electron-builder.yml. Install scripts are skipped, so native
// build output (better-sqlite3's compiled module) is not counted, before or after; out/ (the
// app's own bundles) is not counted either. Prints the figures; writes nothing in the repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { load as loadYaml } from 'js-yaml';

const { values } = parseArgs({ options: { ref: { type: 'string' } } });
const require = createRequire(import.meta.url);
const { FileMatcher, excludedExts, excludedNames } = require('app-builder-lib/out/fileMatcher.js');

const read = (file) => (values.ref ? execFileSync('git', ['show', `${values.ref}:${file}`], { encoding: 'utf8' }) : readFileSync(file, 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'briefing-size-'));
try {
  const pkg = JSON.parse(read('package.json'));
  delete pkg.scripts;
  writeFileSync(join(work, 'package.json'), JSON.stringify(pkg, null, 2));
  writeFileSync(join(work, 'package-lock.json'), read('package-lock.json'));
  const install = spawnSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: work, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`npm ci failed:\n${install.stderr}`);

  // electron-builder's node-module rules (app-builder-lib/out/util/NodeModuleCopyHelper.js).
  const names = new Set(['.DS_Store', 'CHANGELOG.md', 'ChangeLog', 'changelog.md', 'Changelog.md', 'Changelog', 'binding.gyp', '.npmignore', 'node_gyp_bins', ...excludedNames.split(',')]);
  const topLevelNames = new Set(['karma.conf.js', '.coveralls.yml', 'README.md', 'readme.markdown', 'README', 'readme.md', 'Readme.md', 'Readme', 'readme', 'test', 'tests', '__tests__', 'powered-test', 'example', 'examples', '.bin']);
  const exts = ['.o', '.obj', '.pdb', '.dll', '.exe', ...excludedExts.split(',').map((e) => `.${e}`)];
  const config = loadYaml(read('electron-builder.yml'));
  const matcher = new FileMatcher(work, '', (s) => s);
  for (const pattern of config.files ?? []) if (typeof pattern === 'string' && pattern.startsWith('!')) matcher.addPattern(pattern);
  if (!matcher.isEmpty()) matcher.prependPattern('**/*');
  const filter = matcher.isEmpty() ? () => true : matcher.createFilter();

  const installed = new Map();
  const packed = new Map();
  const add = (map, key, n) => map.set(key, (map.get(key) ?? 0) + n);
  const packageOf = (path) => {
    const parts = relative(join(work, 'node_modules'), path).split(sep);
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  };
  // Walks one folder; `kept` is false below anything electron-builder leaves out.
  const walk = (dir, moduleRoot, kept) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      const isModuleRoot = name !== 'node_modules' && (dir.endsWith(`${sep}node_modules`) || (dir.split(sep).at(-2) === 'node_modules' && dir.split(sep).at(-1).startsWith('@')));
      let keep = kept && !names.has(name) && !name.startsWith('._') && filter(path, stat);
      if (keep && !stat.isDirectory() && exts.some((e) => name.endsWith(e))) keep = false;
      if (keep && dir === moduleRoot && topLevelNames.has(name)) keep = false;
      if (keep && dir.endsWith('Release') && (name === '.deps' || name === 'obj.target')) keep = false;
      if (stat.isDirectory()) {
        if (name.startsWith('@') && dir.endsWith(`${sep}node_modules`)) walk(path, null, kept);
        else walk(path, isModuleRoot ? path : moduleRoot, name === 'node_modules' ? kept : keep);
      } else {
        add(installed, packageOf(path), stat.size);
        if (keep) add(packed, packageOf(path), stat.size);
      }
    }
  };
  walk(join(work, 'node_modules'), null, true);
  const total = (map) => [...map.values()].reduce((a, b) => a + b, 0);
  const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
  console.log(`${values.ref ? `at ${values.ref}` : 'work tree'}: npm ci --omit=dev installs ${installed.size} packages, ${mb(total(installed))}; electron-builder would pack ${mb(total(packed))} of them`);
  for (const [name, size] of [...packed].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${mb(size).padStart(9)}  ${name}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
