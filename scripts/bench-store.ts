/**
 * Fact store benchmark (not a test): bulk import and search latency at 100k and 1M facts.
 * Prints its figures, the machine and the command; with --write-docs writes them into
 * docs/BENCHMARKS.md.
 *
 *   npm run bench:store [-- --sizes 100000,1000000] [--write-docs]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../electron/core/db/connection';
import { searchFacts, type FactSearch } from '../electron/core/facts/fact-queries';
import { createFactStore } from '../electron/core/facts/fact-store';
import { appRoot } from '../electron/core/paths';
import { importSource } from '../electron/core/sources/import-source';
import { reportSection } from './bench/docs';
import { seedVocabulary, SyntheticStore } from './bench-store/synthetic';

/** The fixed query mix: what a drafter types while looking for a figure. */
const queryMix: { kind: string; search: Omit<FactSearch, 'limit'> }[] = [
  { kind: 'word', search: { query: 'rice' } },
  { kind: 'word', search: { query: 'semiconductor' } },
  { kind: 'word', search: { query: 'Nẵng' } },
  { kind: 'word', search: { query: 'Chinh' } },
  { kind: 'word', search: { query: 'tourist' } },
  { kind: 'word', search: { query: 'expressway' } },
  { kind: 'prefix', search: { query: 'semicon' } },
  { kind: 'prefix', search: { query: 'Quảng Ng' } },
  { kind: 'prefix', search: { query: 'renew' } },
  { kind: 'prefix', search: { query: 'coffee exp' } },
  { kind: 'phrase', search: { query: 'rice exports Cần Thơ' } },
  { kind: 'phrase', search: { query: 'FDI disbursed Hải Phòng 2024' } },
  { kind: 'phrase', search: { query: 'international tourist arrivals Khánh Hòa' } },
  { kind: 'phrase', search: { query: '"trade surplus" Bình Dương' } },
  { kind: 'filter', search: { query: 'export Đồng Nai', period: '2025' } },
  { kind: 'filter', search: { query: 'coffee', status: 'verified' } },
  { kind: 'filter', search: { query: 'Hà Tĩnh', topic: 'energy' } },
  { kind: 'filter', search: { query: 'GDP growth', period: '2023', status: 'unverified' } },
  { kind: 'filter', search: { query: '', topic: 'tourism' } },
];

interface SizeResult {
  size: number;
  sources: number;
  importSeconds: number;
  importCpuSeconds: number;
  factsPerSecond: number;
  fileMb: number;
  p50: number;
  p95: number;
  cpuP50: number;
  cpuP95: number;
  max: number;
  byKind: Record<string, { p50: number; p95: number }>;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

function benchSize(size: number, vocabulary: string[]): SizeResult {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  const file = join(dir, 'bench.sqlite');
  try {
    process.stdout.write(`\n${size.toLocaleString('en')} facts: generating...`);
    const data = new SyntheticStore(size, vocabulary);
    const db = openDatabase(file);
    db.transaction(() => {
      for (const s of data.sources()) importSource(db, s);
    }).immediate();
    const store = createFactStore(db);
    process.stdout.write(' importing...');
    // Only importFacts is timed, not making up the facts.
    let importMs = 0;
    let cpuMs = 0;
    for (const batch of data.factBatches(10_000)) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      store.importFacts(batch);
      importMs += performance.now() - started;
      const used = process.cpuUsage(cpu);
      cpuMs += (used.user + used.system) / 1000;
    }
    const importSeconds = importMs / 1000;
    // One fact in a hundred verified (through the engine, which re-anchors every quote), for the status filter.
    db.transaction(() => {
      for (let i = 0; i < size; i += 100) store.verifyFact({ id: `bench-${i}`, by: 'benchmark' });
    }).immediate();
    db.pragma('wal_checkpoint(TRUNCATE)');
    process.stdout.write(` ${importSeconds.toFixed(2)} s (CPU ${(cpuMs / 1000).toFixed(2)} s); searching...`);

    for (const q of queryMix) searchFacts(db, { ...q.search, limit: 25 }); // warm the page cache
    const samples: { kind: string; ms: number; cpuMs: number }[] = [];
    for (let round = 0; round < 30; round++) {
      for (const q of queryMix) {
        const cpu = process.cpuUsage();
        const t = performance.now();
        searchFacts(db, { ...q.search, limit: 25 });
        const ms = performance.now() - t;
        const used = process.cpuUsage(cpu);
        samples.push({ kind: q.kind, ms, cpuMs: (used.user + used.system) / 1000 });
      }
    }
    db.close();
    const all = samples.map((s) => s.ms);
    const allCpu = samples.map((s) => s.cpuMs);
    const byKind: SizeResult['byKind'] = {};
    for (const kind of new Set(queryMix.map((q) => q.kind))) {
      const ms = samples.filter((s) => s.kind === kind).map((s) => s.ms);
      byKind[kind] = { p50: percentile(ms, 50), p95: percentile(ms, 95) };
    }
    const result = {
      size,
      sources: data.sourceCount,
      importSeconds,
      importCpuSeconds: cpuMs / 1000,
      factsPerSecond: size / importSeconds,
      fileMb: statSync(file).size / 1e6,
      p50: percentile(all, 50),
      p95: percentile(all, 95),
      cpuP50: percentile(allCpu, 50),
      cpuP95: percentile(allCpu, 95),
      max: Math.max(...all),
      byKind,
    };
    process.stdout.write(` p50 ${result.p50.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms (CPU p95 ${result.cpuP95.toFixed(2)} ms)\n`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const targets: Record<number, { p95: number; importSeconds?: number }> = { 100_000: { p95: 5, importSeconds: 2 }, 1_000_000: { p95: 30 } };

function report(results: SizeResult[], command: string): string {
  const cpu = cpus();
  const f = (n: number, digits = 2) => n.toFixed(digits);
  const lines = [
    '<!-- bench:store start -->',
    '## Fact store',
    '',
    `Command: \`${command}\` (run ${new Date().toISOString().slice(0, 10)})`,
    '',
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${f(totalmem() / 2 ** 30, 1)} GiB RAM, ` +
      `${platform()} ${release()}, Node ${process.version}. The machine was shared with other work (1-minute load average ` +
      `${loadStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end on ${cpu.length} cores), so wall times are upper bounds; ` +
      'CPU time is the process\'s own user + system time.',
    '',
    'Synthetic facts (scripts/bench-store/synthetic.ts, seeded): Vietnamese place names with diacritics, 25 metrics, ' +
      'periods over 25 years, filler words from the seed articles, 1–2 verbatim quotes each; one source per 1,000 facts. ' +
      'Import = `importFacts` in transactions of 10,000 (facts, versions, topics, evidence and the FTS5 index with its filter tokens and 2- and 3-character prefix indexes). ' +
      `Search = \`searchFacts\` (limit 25, with total and summaries), ${queryMix.length} queries × 30 rounds after one warm-up round: ` +
      'single words, prefixes, phrases, filters (status, topic, period, empty query + topic).',
    '',
    '| facts | import (wall) | import (CPU) | facts/s (wall) | file | search p50 | search p95 | max | search CPU p50 / p95 | target |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...results.map((r) => {
      const t = targets[r.size];
      const target = t ? `p95 ≤ ${t.p95} ms${t.importSeconds ? `, import ≤ ${t.importSeconds} s` : ''}` : '';
      return `| ${r.size.toLocaleString('en')} | ${f(r.importSeconds)} s | ${f(r.importCpuSeconds)} s | ${Math.round(r.factsPerSecond).toLocaleString('en')} | ${f(r.fileMb, 0)} MB | ${f(r.p50)} ms | ${f(r.p95)} ms | ${f(r.max)} ms | ${f(r.cpuP50)} / ${f(r.cpuP95)} ms | ${target} |`;
    }),
    '',
    'By query kind (p50 / p95, ms):',
    '',
    `| facts | ${Object.keys(results[0]!.byKind).join(' | ')} |`,
    `|---:|${Object.keys(results[0]!.byKind).map(() => '---:').join('|')}|`,
    ...results.map((r) => `| ${r.size.toLocaleString('en')} | ${Object.values(r.byKind).map((k) => `${f(k.p50)} / ${f(k.p95)}`).join(' | ')} |`),
    '<!-- bench:store end -->',
  ];
  return lines.join('\n');
}


const argv = process.argv.slice(2);
const sizesArg = argv[argv.indexOf('--sizes') + 1];
const sizes = argv.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [100_000, 1_000_000];
const loadStart = loadavg()[0]!;
const vocabulary = seedVocabulary(join(appRoot(), '..', 'shared', 'seeds'));
const results = sizes.map((size) => benchSize(size, vocabulary));
const command = `npm run bench:store${argv.includes('--sizes') ? ` -- --sizes ${sizes.join(',')}` : ''}`;
reportSection(join(appRoot(), 'docs', 'BENCHMARKS.md'), report(results, command), /<!-- bench:store start -->[\s\S]*<!-- bench:store end -->/, '# Benchmarks\n\nFigures measured on a real machine by the named command; rerun it to refresh its section.\n');
