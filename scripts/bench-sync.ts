/**
 * `npm run bench:sync [-- --facts N] [--desktops N] [--write-docs]` (issue 16): a department on a
 * throw-away PostgreSQL (tests/support/postgres.ts), measured from desktops syncing with it.
 *
 * 1. First sync of an N-fact department (default 100,000: one version, one quote each) into an
 *    empty replica, a page per SQLite transaction, with the CLI's progress callback.
 * 2. Incremental sync of 100 changes (status changes written by a curator elsewhere), 20 rounds: p95.
 * 3. D desktops (default 50) syncing against one PostgreSQL at once, each from its own data
 *    folder: a first sync of a 1,000-fact department, then a round of 100 changes; errors, p95
 *    per sync and the server's CPU time (all `postgres` processes, from /proc).
 *
 * Prints the figures; writes the "Department sync" section of docs/BENCHMARKS.md only with --write-docs.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openAppServices } from '../electron/core/app/services';
import { connectDepartment } from '../electron/core/department/connection';
import { initDepartment } from '../electron/core/department/migrate';
import { createSyncSession, joinDepartment, syncOnce } from '../electron/core/department/sync/sync';
import { createFactStore } from '../electron/core/facts/fact-store';
import { projectRoot } from '../tests/support/host';
import { startPostgres, type PgCluster } from '../tests/support/postgres';
import { headingSection, reportSection } from './bench/docs';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const factCount = option('facts', 100_000);
const desktopCount = option('desktops', 50);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const median = (values: number[]) => percentile(values, 50);
const ms = (v: number) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;

/** CPU seconds used so far by every process of the `postgres` user (the server and its backends, ended ones included). */
function serverCpuSeconds(): number {
  const ticks = 100; // USER_HZ on Linux
  let total = 0;
  const uid = (() => {
    const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
    return line ? Number(line.split(':')[2]) : process.getuid?.();
  })();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]) !== uid || !/^Name:\s+postgres/m.test(status)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      // utime + stime, plus cutime + cstime: the postmaster's reaped backends (one per ended connection) count too.
      total += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / ticks;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

async function superuserQuery(pgc: PgCluster, database: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: pgc.url('postgres', pgc.superuserPassword, database) });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const sourceText = 'The province exported goods worth 7.5 billion USD in 2025, the customs office said.';
/** N facts with one version and one quote each, written by a superuser in one statement per table (the triggers stamp every row). */
const seedSql = (n: number, prefix: string) => `
  INSERT INTO briefing.sources (id, title, reliability, text, text_length, sha256, imported_at)
  VALUES ('src-${prefix}', 'Customs', 'official', '${sourceText}', ${sourceText.length}, encode(sha256(convert_to('${sourceText}', 'UTF8')), 'hex'), '2026-01-01T00:00:00Z')
  ON CONFLICT DO NOTHING;
  INSERT INTO briefing.facts (id, created_at) SELECT '${prefix}-' || i, '2026-01-01T00:00:00Z' FROM generate_series(1, ${n}) i;
  INSERT INTO briefing.fact_versions (id, fact_id, version, statement, metric, subject, value_low, unit, period, topics, reason, created_at, created_by)
  SELECT gen_random_uuid(), '${prefix}-' || i, 1, 'Province ' || i || ' exported ' || i || ' million USD in 2025.', 'exports', 'Province ' || i, i, 'million USD', '2025', '["trade"]', 'created', '2026-01-01T00:00:00Z', ''
  FROM generate_series(1, ${n}) i;
  INSERT INTO briefing.evidence (id, fact_id, n, source_id, exact, prefix, suffix, start_offset, end_offset, added_at, added_by)
  SELECT gen_random_uuid(), '${prefix}-' || i, 1, 'src-${prefix}', 'exported goods', 'The province ', ' worth 7.5', 13, 27, '2026-01-01T00:00:00Z', '' FROM generate_series(1, ${n}) i;`;

/** 100 status changes on facts of `prefix`, as a curator elsewhere would make them. */
const changesSql = (round: number, prefix: string, n: number) => `
  INSERT INTO briefing.fact_status_changes (id, fact_id, status, changed_by, changed_at, reason)
  SELECT gen_random_uuid(), '${prefix}-' || (1 + ((i * 7919 + ${round} * 104729) % ${n})), 'disputed', '', '2026-02-01T00:00:00Z', 'round ${round}'
  FROM generate_series(1, 100) i;`;

const loadAtStart = loadavg()[0]!;
const root = mkdtempSync(join(tmpdir(), 'briefing-bench-sync-'));
const pgc = await startPostgres();
const resourcesDir = join(projectRoot, 'resources');
const lines: string[] = [];
try {
  pgc.createDatabase('dept');
  pgc.createDatabase('dept50');
  for (const db of ['dept', 'dept50']) {
    const admin = await connectDepartment(pgc.url('postgres', pgc.superuserPassword, db), { desktop: 'bench' });
    await initDepartment(admin.client);
    await admin.close();
  }
  await superuserQuery(pgc, 'dept', `CREATE ROLE reader LOGIN PASSWORD 'reader-bench' IN ROLE briefing_reader`);
  process.env.PGPASSWORD = 'reader-bench';
  const url = (db: string) => `postgres://reader@127.0.0.1:${pgc.port}/${db}`;

  let t = performance.now();
  await superuserQuery(pgc, 'dept', seedSql(factCount, 'f'));
  console.log(`seeded ${factCount} facts in the department in ${ms(performance.now() - t)}`);

  // 1. First sync into an empty replica.
  const dir = join(root, 'first');
  const services = openAppServices({ dataDir: dir, resourcesDir, version: 'bench', transport: 'cli' });
  await joinDepartment(services.db, url('dept'));
  const facts = createFactStore(services.db);
  // Where a sync's time goes: applying pages in SQLite (the facts service) against the rest (PostgreSQL, the network, parsing).
  let applyMs = 0;
  let applyCpuMs = 0;
  // Why wall exceeds CPU: a voluntary context switch is a wait for the disk (an fsync, a read),
  // an involuntary one a wait for a core (other processes' load): issue 16 item 1.
  let applyWaits = { disk: 0, core: 0 };
  const timedFacts: typeof facts = Object.assign(Object.create(facts) as typeof facts, {
    applyPulledChanges: (...args: Parameters<typeof facts.applyPulledChanges>) => {
      const s = performance.now();
      const cpu = process.cpuUsage();
      const usage = process.resourceUsage();
      try {
        return facts.applyPulledChanges(...args);
      } finally {
        applyMs += performance.now() - s;
        // Synchronous: the process's CPU meanwhile is the apply's (a figure the machine's load does not inflate as much).
        const used = process.cpuUsage(cpu);
        applyCpuMs += (used.user + used.system) / 1000;
        const after = process.resourceUsage();
        applyWaits = {
          disk: applyWaits.disk + after.voluntaryContextSwitches - usage.voluntaryContextSwitches,
          core: applyWaits.core + after.involuntaryContextSwitches - usage.involuntaryContextSwitches,
        };
      }
    },
  });
  // The search index a large pull rebuilds at its end counts as part of applying.
  timedFacts.finishSearchIndex = () => {
    const s = performance.now();
    const cpu = process.cpuUsage();
    try {
      return facts.finishSearchIndex();
    } finally {
      applyMs += performance.now() - s;
      const used = process.cpuUsage(cpu);
      applyCpuMs += (used.user + used.system) / 1000;
    }
  };
  let lastShown = 0;
  t = performance.now();
  const first = await syncOnce(services.db, timedFacts, {
    onProgress: (done, total) => {
      if (process.stderr.isTTY && (done - lastShown >= 20_000 || done === total)) {
        lastShown = done;
        process.stderr.write(`\rpulling ${done}/${total}`);
      }
    },
  });
  const firstMs = performance.now() - t;
  if (process.stderr.isTTY) process.stderr.write('\n');
  const localFacts = services.db.prepare("SELECT count(*) FROM facts WHERE origin = 'department'").pluck().get() as number;
  const firstApplyMs = applyMs;
  const firstApplyCpuMs = applyCpuMs;
  const firstWaits = `${applyWaits.disk} waits for the disk, ${applyWaits.core} for a core`;
  console.log(`first sync: ${first.pulled} changes, ${localFacts} facts in ${ms(firstMs)}, of which applying pages in SQLite and rebuilding its search index ${ms(firstApplyMs)} (CPU ${ms(firstApplyCpuMs)}; ${firstWaits})`);

  // 2. Incremental syncs of 100 changes, alternating in one loop between the CLI's `department sync`
  // (a connection per sync) and the app's "sync now" (createSyncSession: one connection kept between syncs).
  interface Rounds { total: number[]; apply: number[]; connect: number[] }
  const rounds = (): Rounds => ({ total: [], apply: [], connect: [] });
  const perSync = rounds();
  const kept = rounds();
  const session = createSyncSession(services.db);
  for (let round = 1; round <= 40; round++) {
    await superuserQuery(pgc, 'dept', changesSql(round, 'f', factCount));
    const into = round % 2 ? perSync : kept;
    applyMs = 0;
    t = performance.now();
    // Where an incremental sync's time goes (issue 16 item 3): opening the connection (TCP, SCRAM), the apply, the rest (queries, the outcome's commit).
    let connectedAt = t;
    const checkpoint = (step: string) => (step === 'connected' ? (connectedAt = performance.now()) : undefined);
    const r = into === kept ? await session.sync(timedFacts, { checkpoint }) : await syncOnce(services.db, timedFacts, { checkpoint });
    into.total.push(performance.now() - t);
    into.connect.push(connectedAt - t);
    into.apply.push(applyMs);
    if (r.pulled !== 100) throw new Error(`round ${round} pulled ${r.pulled}, not 100`);
  }
  await session.close();
  services.close();
  const describeRounds = (x: Rounds) => `median ${ms(median(x.total))}, p95 ${ms(percentile(x.total, 95))} (connecting: median ${ms(median(x.connect))}, p95 ${ms(percentile(x.connect, 95))}; applying in SQLite: median ${ms(median(x.apply))}, p95 ${ms(percentile(x.apply, 95))})`;
  console.log(`incremental sync of 100 changes, a connection per sync: ${describeRounds(perSync)}`);
  console.log(`incremental sync of 100 changes, connection kept: ${describeRounds(kept)}`);

  // 3. Many desktops at once, each its own data folder, on a 1,000-fact department.
  await superuserQuery(pgc, 'dept50', seedSql(1000, 'g'));
  await superuserQuery(pgc, 'dept50', `GRANT CONNECT ON DATABASE dept50 TO reader`);
  const template = join(root, 'template');
  openAppServices({ dataDir: template, resourcesDir, version: 'bench', transport: 'cli' }).close();
  const desks = Array.from({ length: desktopCount }, (_, i) => {
    const d = join(root, `desk-${i}`);
    mkdirSync(d);
    cpSync(join(template, 'briefing.sqlite'), join(d, 'briefing.sqlite'));
    const s = openAppServices({ dataDir: d, resourcesDir, version: 'bench', transport: 'cli' });
    return { services: s, facts: createFactStore(s.db) };
  });
  for (const d of desks) await joinDepartment(d.services.db, url('dept50'));
  const atOnce = async (label: string) => {
    const cpu = serverCpuSeconds();
    const started = performance.now();
    const results = await Promise.allSettled(
      desks.map(async (d) => {
        const s = performance.now();
        // One Node process applies every desktop's pages, so a handshake may wait for another's SQLite work.
        await syncOnce(d.services.db, d.facts, { connectTimeoutMs: 120_000 });
        return performance.now() - s;
      }),
    );
    const wall = performance.now() - started;
    const times = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const errors = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason));
    const line = `${desktopCount} desktops at once, ${label}: ${errors.length} errors, per sync median ${ms(median(times))}, p95 ${ms(percentile(times, 95))}; all done in ${ms(wall)}; server CPU ${(serverCpuSeconds() - cpu).toFixed(2)} s`;
    console.log(line);
    if (errors.length > 0) console.log(`  first error: ${errors[0]}`);
    return line;
  };
  const manyFirst = await atOnce('first sync of 1,000 facts');
  await superuserQuery(pgc, 'dept50', changesSql(1, 'g', 1000));
  const manyIncremental = await atOnce('100 new changes');
  for (const d of desks) d.services.close();

  lines.push(
    '## Department sync',
    '',
    `\`npm run bench:sync${factCount !== 100_000 ? ` -- --facts ${factCount}` : ''}\` on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB, ${new Date().toISOString().slice(0, 10)}; a throw-away PostgreSQL on the same machine (fsync off), the desktops in one Node process. Load average ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end: on a shared machine these figures are upper bounds.`,
    '',
    '| measure | figure | goal |',
    '|---|---|---|',
    `| first sync of ${factCount.toLocaleString('en')} facts (${first.pulled.toLocaleString('en')} changes) into an empty replica | ${(firstMs / 1000).toFixed(1)} s, of which applying pages in SQLite and rebuilding its search index ${(firstApplyMs / 1000).toFixed(1)} s (CPU ${(firstApplyCpuMs / 1000).toFixed(1)} s; ${firstWaits}) | ≤ 10 s (import ≤ 2 s per 100,000 facts) |`,
    `| incremental sync of 100 changes, 20 rounds with a connection per sync (\`department sync\`) | ${describeRounds(perSync)} | p95 ≤ 200 ms |`,
    `| the same, 20 rounds alternating with those, the connection kept between syncs (the app's sync session) | ${describeRounds(kept)} | p95 ≤ 200 ms |`,
    `| ${manyFirst} | | no error |`,
    `| ${manyIncremental} | | no error |`,
    '',
    'Not measured here: search on a 1,000,000-fact replica, desktops on other machines (network latency), TLS.',
    '',
  );
} finally {
  pgc.stop();
  rmSync(root, { recursive: true, force: true });
}
reportSection(join(projectRoot, 'docs/BENCHMARKS.md'), lines.join('\n'), headingSection('Department sync'));
