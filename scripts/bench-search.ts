/**
 * Search benchmark (not a test; issue 16's performance section): what drafters type into `@`
 * and the fact panel, on stores of 100,000 and 1,000,000 synthetic facts. Prints p50/p95 per
 * store and per kind of query; with --write-docs writes them into docs/BENCHMARKS.md.
 *
 *   npm run bench:search [-- --sizes 100000,1000000] [--fresh] [--write-docs]
 *
 * Stores are built once into the system temp folder and reused (they take minutes at 1M);
 * --fresh rebuilds them. Nothing in the repository changes without --write-docs.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../electron/core/db/connection';
import { latestSchemaVersion } from '../electron/core/db/migrations/index';
import { searchFacts } from '../electron/core/facts/fact-queries';
import { createFactStore } from '../electron/core/facts/fact-store';
import { appRoot } from '../electron/core/paths';
import { importSource } from '../electron/core/sources/import-source';
import { reportSection } from './bench/docs';
import { seedVocabulary, SyntheticStore } from './bench-store/synthetic';

/** What a drafter types, by kind; the synthetic facts read "Hà Nội reached FDI disbursed of about 12.3 USD billion in 2024, …". */
const queries: { kind: string; query: string }[] = [
  { kind: 'word', query: 'semiconductor' },
  { kind: 'word', query: 'Chinh' },
  { kind: 'word', query: 'Nẵng' },
  { kind: 'typing', query: 'semicon' },
  { kind: 'typing', query: 'Quảng Ng' },
  { kind: 'typing', query: 'coffee exp' },
  { kind: 'figure', query: '12.3' },
  { kind: 'figure', query: 'US$28.5' },
  { kind: 'figure', query: '4.5%' },
  { kind: 'figure', query: '2024' },
  { kind: 'hyphenated', query: 'Bà Rịa-Vũng Tàu' },
  { kind: 'hyphenated', query: 'double-digit' },
  { kind: 'abbreviation', query: 'FDI' },
  { kind: 'abbreviation', query: 'GDP growth' },
  { kind: 'abbreviation', query: 'CPI 2023' },
  { kind: 'several words', query: 'rice exports Cần Thơ' },
  { kind: 'several words', query: 'foreign direct investment Hải Phòng' },
  { kind: 'several words', query: 'international tourist arrivals Khánh Hòa 2019' },
];
/** `@` asks for 6, the panel for 50. */
const surfaces = [
  { name: '@ menu', limit: 6 },
  { name: 'fact panel', limit: 50 },
];
const rounds = 20;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;

/** A store of `size` facts in the temp folder, built through the fact engine once and reused. */
function storeFile(size: number, fresh: boolean): string {
  const dir = join(tmpdir(), 'briefing-bench-search');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${size}-schema${latestSchemaVersion}.sqlite`);
  if (existsSync(file) && !fresh) return file;
  process.stdout.write(`${size.toLocaleString('en')} facts: building ${file}...`);
  const building = `${file}.building`;
  rmSync(building, { force: true });
  const data = new SyntheticStore(size, seedVocabulary(join(appRoot(), '..', 'shared', 'seeds')));
  const db = openDatabase(building);
  db.transaction(() => {
    for (const s of data.sources()) importSource(db, s);
  }).immediate();
  const store = createFactStore(db);
  for (const batch of data.factBatches(10_000)) store.importFacts(batch);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(building, file);
  process.stdout.write(' done\n');
  return file;
}

interface Figures {
  size: number;
  fileMb: number;
  p50: number;
  p95: number;
  cpuP95: number;
  max: number;
  bySurface: Record<string, { p50: number; p95: number }>;
  byKind: Record<string, { p50: number; p95: number; matches: number }>;
}

function measure(size: number, fresh: boolean): Figures {
  const file = storeFile(size, fresh);
  const db = openDatabase(file);
  try {
    const samples: { kind: string; surface: string; ms: number; cpuMs: number }[] = [];
    const matches = new Map<string, number>();
    for (const q of queries) matches.set(q.query, searchFacts(db, { query: q.query, limit: 6 }).total); // warm-up
    for (let round = 0; round < rounds; round++) {
      for (const surface of surfaces) {
        for (const q of queries) {
          const cpu = process.cpuUsage();
          const started = performance.now();
          searchFacts(db, { query: q.query, limit: surface.limit });
          const ms = performance.now() - started;
          const used = process.cpuUsage(cpu);
          samples.push({ kind: q.kind, surface: surface.name, ms, cpuMs: (used.user + used.system) / 1000 });
        }
      }
    }
    const stats = (ms: number[]) => ({ p50: percentile(ms, 50), p95: percentile(ms, 95) });
    const figures: Figures = {
      size,
      fileMb: statSync(file).size / 1e6,
      ...stats(samples.map((s) => s.ms)),
      cpuP95: percentile(samples.map((s) => s.cpuMs), 95),
      max: Math.max(...samples.map((s) => s.ms)),
      bySurface: Object.fromEntries(surfaces.map((s) => [s.name, stats(samples.filter((x) => x.surface === s.name).map((x) => x.ms))])),
      byKind: Object.fromEntries(
        [...new Set(queries.map((q) => q.kind))].map((kind) => [
          kind,
          { ...stats(samples.filter((s) => s.kind === kind).map((s) => s.ms)), matches: Math.max(...queries.filter((q) => q.kind === kind).map((q) => matches.get(q.query)!)) },
        ]),
      ),
    };
    console.log(`${size.toLocaleString('en')} facts: search p50 ${figures.p50.toFixed(2)} ms, p95 ${figures.p95.toFixed(2)} ms (CPU p95 ${figures.cpuP95.toFixed(2)} ms)`);
    return figures;
  } finally {
    db.close();
  }
}

const goals: Record<number, number> = { 100_000: 5, 1_000_000: 30 };

function report(results: Figures[], command: string, loadStart: number): string {
  const cpu = cpus();
  const f = (n: number) => n.toFixed(2);
  const kinds = Object.keys(results[0]!.byKind);
  return [
    '<!-- bench:search start -->',
    '## Search as drafters type',
    '',
    `Command: \`${command}\` (run ${new Date().toISOString().slice(0, 10)})`,
    '',
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${release()}, Node ${process.version}; ` +
      `1-minute load average ${loadStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end (wall times are upper bounds when it is above the core count).`,
    '',
    `\`searchFacts\` through the one query builder (figures, hyphenated words, the alias list), ${queries.length} queries × ${surfaces.length} surfaces ` +
      `(${surfaces.map((s) => `${s.name}: limit ${s.limit}`).join(', ')}) × ${rounds} rounds after a warm-up, on the bench:store synthetic facts.`,
    '',
    '| facts | file | p50 | p95 | max | CPU p95 | goal |',
    '|---:|---:|---:|---:|---:|---:|---|',
    ...results.map((r) => `| ${r.size.toLocaleString('en')} | ${r.fileMb.toFixed(0)} MB | ${f(r.p50)} ms | ${f(r.p95)} ms | ${f(r.max)} ms | ${f(r.cpuP95)} ms | ${goals[r.size] ? `p95 ≤ ${goals[r.size]} ms` : ''} |`),
    '',
    'By surface and by kind of query (p50 / p95 ms; the most matches any query of the kind has):',
    '',
    `| facts | ${surfaces.map((s) => s.name).join(' | ')} | ${kinds.join(' | ')} |`,
    `|---:|${[...surfaces, ...kinds].map(() => '---:').join('|')}|`,
    ...results.map(
      (r) =>
        `| ${r.size.toLocaleString('en')} | ${surfaces.map((s) => `${f(r.bySurface[s.name]!.p50)} / ${f(r.bySurface[s.name]!.p95)}`).join(' | ')} | ` +
        `${kinds.map((k) => `${f(r.byKind[k]!.p50)} / ${f(r.byKind[k]!.p95)} (${r.byKind[k]!.matches.toLocaleString('en')})`).join(' | ')} |`,
    ),
    '<!-- bench:search end -->',
  ].join('\n');
}

const argv = process.argv.slice(2);
const sizesArg = argv[argv.indexOf('--sizes') + 1];
const sizes = argv.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [100_000, 1_000_000];
const loadStart = loadavg()[0]!;
const results = sizes.map((size) => measure(size, argv.includes('--fresh')));
const command = `npm run bench:search${argv.includes('--sizes') ? ` -- --sizes ${sizes.join(',')}` : ''}`;
reportSection(join(appRoot(), 'docs', 'BENCHMARKS.md'), report(results, command, loadStart), /<!-- bench:search start -->[\s\S]*<!-- bench:search end -->/);
