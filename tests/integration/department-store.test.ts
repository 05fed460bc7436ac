/**
 * The department store on a real PostgreSQL (issue 16): `briefing department init|status`, and
 * the roles enforced by the server itself, shown by connecting as each role with plain psql.
 * One throw-away cluster for the whole file (tests/support/postgres.ts). The tests tell one
 * department's story in order (init, people, proposals, reviews), each building on the last.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDepartment } from '../../electron/core/department/connection';
import { initDepartment } from '../../electron/core/department/migrate';
import { runCliCaptured } from '../support/hostile';
import { startPostgres, postgresSkipReason, type PgCluster } from '../support/postgres';
import { openTempStore } from '../support/temp-store';

const skipReason = postgresSkipReason();
if (skipReason) console.log(`department store tests skipped: ${skipReason}`);

// Passwords with characters that must be percent-encoded in a URL, and distinctive enough to search for.
const pw = {
  ada: 'ada-Adm1n/pa55:w@rd',
  dana: 'dana-Dr4fter#secret',
  carl: 'carl-Cur4tor?secret',
  cleo: 'cleo-Cur4tor&secret',
  rita: 'rita-Re4der%secret',
};

let pgc: PgCluster;
let dataDir: string;

const cli = (...argv: string[]) => runCliCaptured([...argv, '--data-dir', dataDir]);

type Person = keyof typeof pw;
const sessions = new Map<Person, pg.Client>();

/** SQL as a named department member, through plain psql: how the refusals are shown. */
const as = (user: Person, sql: string, database = 'dept') => pgc.psql(user, pw[user], sql, database);

/** SQL that must succeed, through one kept connection per person (psql starts cost ~0.3 s here). */
async function ok(user: Person, sql: string): Promise<string> {
  let client = sessions.get(user);
  if (!client) {
    client = new pg.Client({ connectionString: url(user), application_name: 'psql' });
    await client.connect();
    sessions.set(user, client);
  }
  const results = [await client.query({ text: sql, rowMode: 'array' })].flat();
  return results
    .flatMap((r) => r.rows ?? [])
    .map((row: unknown[]) => row.map((v) => (v === true ? 't' : v === false ? 'f' : String(v))).join('|'))
    .join('\n');
}
const asSuperuser = (sql: string, database = 'dept') => pgc.psql('postgres', pgc.superuserPassword, sql, database);
const url = (user: keyof typeof pw, database = 'dept') => pgc.url(user, pw[user], database);

function expectRefused(result: { code: number; stderr: string }, message: RegExp) {
  expect(result.stderr).toMatch(message);
  expect(result.code).not.toBe(0);
}

/** Several refusals for one person through one psql session: each statement must fail with its error. */
function expectEachRefused(user: Person | 'postgres', attempts: [string, RegExp][]) {
  const password = user === 'postgres' ? pgc.superuserPassword : pw[user];
  const outputs = pgc.psqlEach(user, password, attempts.map(([sql]) => sql), 'dept');
  attempts.forEach(([sql, refusal], i) => expect(outputs[i], sql).toMatch(new RegExp(`^ERROR:  ${refusal.source}`)));
}

const sourceText = 'Vietnam GDP grew 8.02% in 2025, the General Statistics Office said.';
const sha256 = createHash('sha256').update(sourceText, 'utf8').digest('hex');

const insertSource = (id: string) =>
  `INSERT INTO briefing.sources (id, title, reliability, text, text_length, sha256, imported_at)
   VALUES ('${id}', 'GSO press release', 'official', '${sourceText}', ${sourceText.length}, '${sha256}', '2026-01-05T00:00:00Z');`;
const proposeFact = (id: string, by = 'someone-else') => `
  INSERT INTO briefing.facts (id, created_at) VALUES ('${id}', '2026-01-06T00:00:00Z');
  INSERT INTO briefing.fact_versions (id, fact_id, version, statement, reason, created_at, created_by)
  VALUES (gen_random_uuid(), '${id}', 1, 'GDP grew 8.02% in 2025.', 'created', '2026-01-06T00:00:00Z', '${by}');
  INSERT INTO briefing.evidence (id, fact_id, n, source_id, exact, prefix, suffix, start_offset, end_offset, added_at, added_by)
  VALUES (gen_random_uuid(), '${id}', 1, 'src-gso', 'GDP grew 8.02%', 'Vietnam ', ' in 2025', 8, 22, '2026-01-06T00:00:00Z', '${by}');`;
const revise = (id: string, version: number) => `
  INSERT INTO briefing.fact_versions (id, fact_id, version, based_on, statement, reason, created_at, created_by)
  VALUES (gen_random_uuid(), '${id}', ${version}, ${version - 1}, 'GDP grew 8.02% in 2025 (GSO).', 'names the office', '2026-01-07T00:00:00Z', 'x');`;
const setStatus = (id: string, status: string) => `
  INSERT INTO briefing.fact_status_changes (id, fact_id, status, changed_by, changed_at, reason)
  VALUES (gen_random_uuid(), '${id}', '${status}', 'x', '2026-01-08T00:00:00Z', 'checked');`;
const stateOf = (id: string) => ok('rita', `SELECT status, coalesce(verified_by, '-'), current_version FROM briefing.facts_current WHERE id = '${id}'`);

describe.skipIf(skipReason !== undefined)('the department store on PostgreSQL', () => {
  beforeAll(async () => {
    pgc = await startPostgres();
    dataDir = mkdtempSync(join(tmpdir(), 'briefing-department-cli-'));
    for (const db of ['dept', 'stepwise', 'empty', 'seeded']) pgc.createDatabase(db);
    // An administrator as a department's IT would make one: may create roles, owns the department database, no superuser.
    const setup = asSuperuser(`
      CREATE ROLE ada LOGIN CREATEROLE PASSWORD '${pw.ada}';
      GRANT CREATE ON DATABASE dept TO ada;`);
    expect(setup).toMatchObject({ code: 0, stderr: '' });
  });
  afterAll(async () => {
    await Promise.all([...sessions.values()].map((c) => c.end()));
    pgc?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('init creates the schema and the four group roles; run again, it changes nothing', async () => {
    const first = await cli('department', 'init', '--url', url('ada'), '--json');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      from: 0,
      to: 50,
      applied: [
        { version: 10, name: 'fact-log' },
        { version: 20, name: 'roles' },
        { version: 30, name: 'notify' },
        { version: 40, name: 'languages' },
        { version: 50, name: 'source-metadata-changes' },
      ],
    });
    expect(asSuperuser(`SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles WHERE rolname LIKE 'briefing\\_%'`).stdout.trim()).toBe(
      'briefing_admin,briefing_curator,briefing_drafter,briefing_reader',
    );
    const again = await cli('department', 'init', '--url', url('ada'));
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toBe('The department store (role "ada" at 127.0.0.1:' + pgc.port + ', database "dept") is up to date: schema version 50.\n');

    // Now a department can add people with plain SQL, as the README says.
    const people = as(
      'ada',
      `CREATE ROLE dana LOGIN PASSWORD '${pw.dana}' IN ROLE briefing_drafter;
       CREATE ROLE carl LOGIN PASSWORD '${pw.carl}' IN ROLE briefing_curator;
       CREATE ROLE cleo LOGIN PASSWORD '${pw.cleo}' IN ROLE briefing_curator;
       CREATE ROLE rita LOGIN PASSWORD '${pw.rita}' IN ROLE briefing_reader;`,
    );
    expect(people).toMatchObject({ code: 0, stderr: '' });
  });

  it('init migrates a store left at an older schema version', async () => {
    const connection = await connectDepartment(pgc.url('postgres', pgc.superuserPassword, 'stepwise'), { desktop: 'test' });
    try {
      expect(await initDepartment(connection.client, 10)).toMatchObject({ from: 0, to: 10 });
    } finally {
      await connection.close();
    }
    const migrated = await cli('department', 'init', '--url', pgc.url('postgres', pgc.superuserPassword, 'stepwise'));
    expect(migrated).toMatchObject({ code: 0, stderr: '' });
    expect(migrated.stdout).toMatch(/^Migrated the department store \(role "postgres" at [^)]*database "stepwise"\): schema version 10 -> 50\.\n {2}0020-roles\n {2}0030-notify\n {2}0040-languages\n {2}0050-source-metadata-changes\n$/);
  });

  it('init refuses a role that is not an administrator, and leaves the database as it was', async () => {
    const refused = await cli('department', 'init', '--url', url('dana', 'empty'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('briefing: department init must be run by a PostgreSQL administrator: role "dana" may not create roles (it needs CREATEROLE, or to be a superuser). Nothing was changed.\n');
    expect(asSuperuser(`SELECT count(*) FROM pg_namespace WHERE nspname = 'briefing'`, 'empty').stdout.trim()).toBe('0');
  });

  it('mirrors every column of the desktop tables it ships, so a sync can copy rows 1:1', async () => {
    // Desktop columns that stay on the desktop: its own numbering and where a row came from locally;
    // change_id (migration 0070) is the department's `id` of the row.
    const localOnly: Record<string, string[]> = {
      fact_status_changes: ['seq', 'pack_import_id', 'change_id'],
      fact_versions: ['pack_import_id', 'change_id'],
      evidence: ['pack_import_id', 'change_id'],
    };
    const store = openTempStore('briefing-department-mirror-');
    try {
      for (const table of ['sources', 'fact_versions', 'evidence', 'fact_status_changes', 'source_metadata_changes']) {
        const desktop = (store.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
        const department = (await ok('rita', `SELECT column_name FROM information_schema.columns WHERE table_schema = 'briefing' AND table_name = '${table}'`)).split('\n');
        expect(desktop.length, table).toBeGreaterThanOrEqual(6);
        const missing = desktop.filter((c) => !department.includes(c) && !(localOnly[table] ?? []).includes(c));
        expect(missing, `desktop columns of ${table} the department does not mirror`).toEqual([]);
      }
    } finally {
      store.close();
    }
  });

  it('a drafter proposes sources, facts and quotes, stamped with their own role whatever they claim', async () => {
    expect(as('dana', insertSource('src-gso') + proposeFact('gdp-2025', 'the minister'))).toMatchObject({ code: 0, stderr: '' });
    expect(await stateOf('gdp-2025')).toBe('unverified|-|1');
    const rows = await ok('rita', `SELECT created_by, recorded_by, desktop FROM briefing.fact_versions WHERE fact_id = 'gdp-2025'`);
    expect(rows).toBe('dana|dana|psql');
    // The text moves once, by its hash; a hash that does not match the text is refused.
    expectRefused(as('dana', insertSource('src-copy')), /duplicate key value violates unique constraint "sources_sha256_key"/);
    expectRefused(as('dana', insertSource('src-forged').replace(sha256, 'f'.repeat(64))), /violates check constraint "sha256_is_of_text"/);
  });

  it('a drafter connected with plain psql cannot verify, retract, revise, update or delete anything', async () => {
    const tables = ['sources', 'facts', 'fact_versions', 'evidence', 'fact_status_changes', 'fact_aliases', 'conflict_resolutions', 'department_policies', 'source_metadata_changes'];
    const attempts: [string, RegExp][] = [
      [setStatus('gdp-2025', 'verified'), /permission denied for table fact_status_changes/],
      [setStatus('gdp-2025', 'retracted'), /permission denied for table fact_status_changes/],
      [revise('gdp-2025', 2), /new row violates row-level security policy for table "fact_versions"/],
      [`INSERT INTO briefing.department_policies (four_eyes, reason) VALUES (false, 'mine')`, /permission denied for table department_policies/],
      ...tables.flatMap((t): [string, RegExp][] => [
        [`UPDATE briefing.${t} SET seq = seq`, new RegExp(`permission denied for table ${t}`)],
        [`DELETE FROM briefing.${t}`, new RegExp(`permission denied for table ${t}`)],
        [`TRUNCATE briefing.${t}`, new RegExp(`permission denied for table ${t}`)],
      ]),
      // Not by reaching for the sequence or the audit log either.
      [`SELECT setval('briefing.change_seq', 1)`, /permission denied for sequence change_seq/],
      [`SELECT count(*) FROM briefing.audit_log`, /permission denied for table audit_log/],
    ];
    expectEachRefused('dana', attempts);
    expect(await stateOf('gdp-2025')).toBe('unverified|-|1');
  });

  it('a reader pulls and cannot write', async () => {
    expect(await ok('rita', `SELECT kind, key FROM briefing.changes WHERE seq > 0 AND kind <> 'department_policies' ORDER BY seq`)).toBe(
      'sources|src-gso\nfacts|gdp-2025\nfact_versions|gdp-2025@1\nevidence|gdp-2025.e1',
    );
    expectEachRefused('rita', [
      [proposeFact('rita-fact'), /permission denied for table facts/],
      [insertSource('src-rita'), /permission denied for table sources/],
    ]);
  });

  it('four eyes: the curator who revised a fact cannot verify it; another curator can', async () => {
    await ok('carl', revise('gdp-2025', 2));
    expectRefused(as('carl', setStatus('gdp-2025', 'verified')), /four eyes: carl created or last revised fact gdp-2025, so another curator must verify it/);
    expect(await stateOf('gdp-2025')).toBe('unverified|-|2');
    await ok('cleo', setStatus('gdp-2025', 'verified'));
    expect(await stateOf('gdp-2025')).toBe('verified|cleo|2');
    // A drafter's quote goes only to a fact nobody has verified yet.
    const quote = `INSERT INTO briefing.evidence (id, fact_id, n, source_id, exact, prefix, suffix, start_offset, end_offset, added_at, added_by)
      VALUES (gen_random_uuid(), 'gdp-2025', 2, 'src-gso', 'Vietnam', '', ' GDP', 0, 7, 'now', 'x')`;
    expectRefused(as('dana', quote), /new row violates row-level security policy for table "evidence"/);
  });

  it('the administrator can relax four eyes for a one-person office, and that is on record', async () => {
    await ok('carl', proposeFact('carl-own'));
    expectEachRefused('carl', [
      [setStatus('carl-own', 'verified'), /four eyes: carl created/],
      [`INSERT INTO briefing.department_policies (four_eyes, reason) VALUES (false, 'just me')`, /permission denied for table department_policies/],
    ]);
    await ok('ada', `INSERT INTO briefing.department_policies (four_eyes, reason) VALUES (false, 'one-person office until March')`);
    await ok('carl', setStatus('carl-own', 'verified'));
    expect(await stateOf('carl-own')).toBe('verified|carl|1');
    await ok('ada', `INSERT INTO briefing.department_policies (four_eyes, reason) VALUES (true, 'second curator hired')`);
    expect(await ok('rita', `SELECT four_eyes, recorded_by, reason FROM briefing.department_policies ORDER BY seq`)).toBe(
      't|ada|default: a fact is verified by a curator who neither created nor last revised it\n' +
        'f|ada|one-person office until March\n' +
        't|ada|second curator hired',
    );
  });

  it('a retracted fact stays retracted; nobody, not even the superuser, rewrites history', async () => {
    await ok('cleo', setStatus('gdp-2025', 'retracted'));
    expectRefused(as('cleo', setStatus('gdp-2025', 'verified')), /fact gdp-2025 was retracted; a retracted fact stays retracted/);
    expectRefused(as('carl', revise('gdp-2025', 3)), /fact gdp-2025 was retracted and cannot be revised/);
    // The administrator who owns the schema, and the superuser, who bypasses grants and policies.
    expectEachRefused('ada', [
      [`UPDATE briefing.fact_versions SET statement = 'GDP grew 9%'`, /briefing.fact_versions is append-only: UPDATE refused/],
      [`DELETE FROM briefing.facts`, /permission denied for table facts/],
      [`TRUNCATE briefing.audit_log`, /permission denied for table audit_log/],
    ]);
    expectEachRefused('postgres', [
      [`UPDATE briefing.fact_versions SET statement = 'GDP grew 9%'`, /briefing.fact_versions is append-only: UPDATE refused/],
      [`DELETE FROM briefing.audit_log`, /briefing.audit_log is append-only: DELETE refused/],
      [`TRUNCATE briefing.fact_status_changes CASCADE`, /briefing.fact_status_changes is append-only: TRUNCATE refused/],
    ]);
    expect(await stateOf('gdp-2025')).toBe('retracted|-|2');
  });

  it('the audit log says who did what, from which desktop; only an administrator reads it', async () => {
    expectRefused(as('cleo', 'SELECT count(*) FROM briefing.audit_log'), /permission denied for table audit_log/);
    const log = await ok('ada', `SELECT who, desktop, action, table_name, row_key FROM briefing.audit_log WHERE table_name <> 'department_policies' ORDER BY id`);
    expect(log.split('\n').filter(Boolean).slice(0, 5)).toEqual([
      'dana|psql|insert|sources|src-gso',
      'dana|psql|insert|facts|gdp-2025',
      'dana|psql|insert|fact_versions|gdp-2025@1',
      'dana|psql|insert|evidence|gdp-2025@1',
      'carl|psql|insert|fact_versions|gdp-2025@2',
    ]);
    // The CLI says which desktop it runs on.
    expect(await ok('ada', `SELECT who, desktop FROM briefing.audit_log WHERE table_name = 'department_policies' ORDER BY id LIMIT 1`)).toBe(
      `ada|${hostname().replace(/[^A-Za-z0-9._:@-]/g, '_')}`,
    );
  });

  it('sequence numbers are drawn in commit order, so a pull after a cursor never skips a late commit', async () => {
    const first = new pg.Client({ connectionString: url('dana') });
    const second = new pg.Client({ connectionString: url('dana') });
    await Promise.all([first.connect(), second.connect()]);
    try {
      await first.query('BEGIN');
      const a = await first.query<{ seq: string }>(`INSERT INTO briefing.facts (id, created_at) VALUES ('late-a', 'now') RETURNING seq`);
      // The second writer waits for the first to finish before it may draw a number.
      const b = second.query<{ seq: string }>(`INSERT INTO briefing.facts (id, created_at) VALUES ('late-b', 'now') RETURNING seq`);
      const waiting = async () => {
        for (let polls = 0; polls < 2000; polls++) {
          const { rows } = await first.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event = 'advisory' AND query LIKE '%late-b%'`);
          if (rows.length > 0) return;
        }
        throw new Error('the second writer never waited for the first');
      };
      await waiting();
      // A pull now sees nothing after the last committed change: not late-b, not late-a.
      expect(await ok('rita', `SELECT count(*) FROM briefing.changes WHERE key IN ('late-a', 'late-b')`)).toBe('0');
      await first.query('COMMIT');
      const bSeq = Number((await b).rows[0]!.seq);
      expect(bSeq).toBeGreaterThan(Number(a.rows[0]!.seq));
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });

  it('a listener hears the last seq of each committed write, and nothing of a rolled-back one', async () => {
    const listener = new pg.Client({ connectionString: url('rita') });
    await listener.connect();
    try {
      const heard: string[] = [];
      listener.on('notification', (n) => heard.push(`${n.channel}:${n.payload}`));
      await listener.query('LISTEN briefing_changes');
      const writer = new pg.Client({ connectionString: url('dana') });
      await writer.connect();
      let last: string;
      let rolledBack: string;
      try {
        await writer.query('BEGIN');
        rolledBack = (await writer.query<{ seq: string }>(`INSERT INTO briefing.facts (id, created_at) VALUES ('never-committed', 'now') RETURNING seq`)).rows[0]!.seq;
        await writer.query('ROLLBACK');
        await writer.query('BEGIN');
        await writer.query(`INSERT INTO briefing.facts (id, created_at) VALUES ('heard-1', 'now')`);
        const { rows } = await writer.query<{ seq: string }>(`INSERT INTO briefing.facts (id, created_at) VALUES ('heard-2', 'now') RETURNING seq`);
        last = rows[0]!.seq;
        await writer.query('COMMIT');
      } finally {
        await writer.end();
      }
      // A round trip on the listening connection delivers what arrived before it.
      for (let polls = 0; !heard.includes(`briefing_changes:${last}`) && polls < 200; polls++) await listener.query('SELECT 1');
      // One notification per INSERT statement of the committed transaction, its last seq last.
      expect(heard).toEqual([`briefing_changes:${Number(last) - 1}`, `briefing_changes:${last}`]);
      expect(heard).not.toContain(`briefing_changes:${rolledBack}`);
    } finally {
      await listener.end();
    }
  });

  it('init --from-pack seeds a department from a fact pack once, with the four-eyes relaxation on record', async () => {
    const pack = join(dataDir, 'resolution-59.json');
    // The data folder gets the starter store on first use; its facts are the pack.
    expect(await cli('facts', 'export', 'seed-004', 'seed-005', '--out', pack)).toMatchObject({ code: 0, stderr: '' });
    const admin = pgc.url('postgres', pgc.superuserPassword, 'seeded');
    const first = await cli('department', 'init', '--url', admin, '--from-pack', pack, '--json');
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout)).toMatchObject({ to: 50, seeded: { factsAdded: ['seed-004', 'seed-005'], factsSkipped: [], sourcesAdded: 2 } });
    const packed = JSON.parse(readFileSync(pack, 'utf8')) as { digest: string; facts: { id: string; versions: unknown[]; statusHistory: { status: string }[] }[] };
    const expected = packed.facts.map((f) => `${f.id}|${f.statusHistory.at(-1)?.status ?? 'unverified'}|${f.versions.length}`).join('\n');
    const seeded = asSuperuser(`SELECT id, status, current_version FROM briefing.facts_current ORDER BY id`, 'seeded');
    expect(seeded.stdout.trim()).toBe(expected);
    expect(asSuperuser(`SELECT four_eyes, reason FROM briefing.department_policies ORDER BY seq`, 'seeded').stdout).toBe(
      't|default: a fact is verified by a curator who neither created nor last revised it\n' +
        `f|seeding from the fact pack resolution-59.json (digest ${packed.digest})\n` +
        `t|seeded from the fact pack resolution-59.json (digest ${packed.digest})\n`,
    );
    const again = await cli('department', 'init', '--url', admin, '--from-pack', pack);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toMatch(/is up to date: schema version 50\.\nSeeded from the pack: 0 facts added, 2 already there; 0 new sources\.\n$/);
    // A pack changed after export is refused before anything is written.
    const tampered = join(dataDir, 'tampered.json');
    writeFileSync(tampered, readFileSync(pack, 'utf8').replace('seed-005', 'seed-055'));
    const refused = await cli('department', 'init', '--url', admin, '--from-pack', tampered);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(/^briefing: This fact pack was changed or damaged after it was exported/);
    expect(asSuperuser(`SELECT count(*) FROM briefing.facts`, 'seeded').stdout.trim()).toBe('2');
  });

  it('status says the schema version, what the store holds and what the connected role may do', async () => {
    const json = await cli('department', 'status', '--url', url('dana'), '--json');
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toMatchObject({
      schemaVersion: 50,
      latestKnownVersion: 50,
      role: 'dana',
      memberOf: ['briefing_reader', 'briefing_drafter'],
      fourEyes: true,
      counts: { sources: 1, facts: 6, factVersions: 3, evidence: 2, statusChanges: 3, aliases: 0 },
    });
    const text = await cli('department', 'status', '--url', url('cleo'));
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toMatch(/^Department store: schema version 50\nYou are "cleo": briefing_reader, briefing_drafter, briefing_curator\nFour eyes: on /);
    // A login role outside the department hears why, not "permission denied for schema".
    expect(asSuperuser(`CREATE ROLE otto LOGIN PASSWORD 'otto-outsider'`)).toMatchObject({ code: 0, stderr: '' });
    const outsider = await cli('department', 'status', '--url', pgc.url('otto', 'otto-outsider', 'dept'));
    expect(outsider).toMatchObject({ code: 1, stdout: '' });
    expect(outsider.stderr).toBe(`briefing: Role "otto" is in none of the department's roles; an administrator grants one, e.g. GRANT briefing_reader TO "otto".\n`);
    const notThere = await cli('department', 'status', '--url', url('ada', 'empty'));
    expect(notThere).toMatchObject({ code: 1, stdout: '' });
    expect(notThere.stderr).toMatch(/^briefing: This database holds no department store \(no schema "briefing"\)/);
  });

  it('connection errors are clear and never show the password', async () => {
    const outputs: string[] = [];
    const run = async (expected: RegExp, ...argv: string[]) => {
      const result = await cli(...argv);
      outputs.push(result.stdout, result.stderr);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(expected);
    };
    const wrong = pgc.url('dana', pw.carl);
    await run(/^briefing: PostgreSQL refused the password for role "dana" at 127\.0\.0\.1:\d+\.\n$/, 'department', 'status', '--url', wrong);
    await run(/^briefing: PostgreSQL refused the password for role "nobody" at /, 'department', 'status', '--url', pgc.url('nobody', pw.carl));
    const closed = await new Promise<number>((resolve) => {
      const probe = new pg.Client({ host: '127.0.0.1', port: 1 });
      probe.connect().then(
        () => resolve(0),
        () => resolve(1),
      );
    });
    expect(closed).toBe(1);
    await run(/^briefing: Cannot connect to PostgreSQL at 127\.0\.0\.1:1: the connection was refused\. Is the server running/, 'department', 'init', '--url', `postgres://dana:${encodeURIComponent(pw.dana)}@127.0.0.1:1/dept`);
    await run(/^briefing: There is no database "nope" on the PostgreSQL server at /, 'department', 'status', '--url', url('dana', 'nope'));
    await run(/^briefing: The department URL is not a URL/, 'department', 'status', '--url', `//dana:${pw.dana}@127.0.0.1/dept`);
    await run(/^briefing: The department URL must start with postgres:\/\/ROLE@HOST/, 'department', 'status', '--url', `http://dana:${encodeURIComponent(pw.dana)}@127.0.0.1/dept`);
    // Without --url, status is this data folder's; a sync needs the folder to have joined.
    await run(/^briefing: This data folder has not joined a department: run `briefing department connect --url postgres:\/\/ROLE@HOST:PORT\/DATABASE` first/, 'department', 'sync');
    // No password anywhere (URL, PGPASSWORD, ~/.pgpass): say where one goes.
    const saved = { PGPASSWORD: process.env.PGPASSWORD, PGPASSFILE: process.env.PGPASSFILE };
    delete process.env.PGPASSWORD;
    process.env.PGPASSFILE = join(dataDir, 'no-such-pgpass');
    try {
      await run(/^briefing: PostgreSQL at 127\.0\.0\.1:\d+ asks for a password for role "dana": give it in PGPASSWORD or ~\/\.pgpass/, 'department', 'status', '--url', `postgres://dana@127.0.0.1:${pgc.port}/dept`);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    const joined = outputs.join('\n');
    for (const secret of [pw.dana, pw.carl, encodeURIComponent(pw.dana), encodeURIComponent(pw.carl)]) expect(joined).not.toContain(secret);
  });
  it('a desktop turned away because the server is full tries again after a short wait, and gets in', async () => {
    const busyPassword = 'busy-Re4der#limit';
    expect(asSuperuser(`CREATE ROLE busy LOGIN PASSWORD '${busyPassword}' CONNECTION LIMIT 1`, 'postgres').stderr).toBe('');
    // The one connection the role may have is taken, as in a storm of desktops syncing at once.
    const held = new pg.Client({ connectionString: pgc.url('busy', busyPassword, 'postgres') });
    await held.connect();
    let asked = 0;
    const connection = await connectDepartment(`postgres://busy@127.0.0.1:${pgc.port}/postgres`, {
      desktop: 'storm',
      // Asked on every try: the first is refused (53300, too many connections); before the second, the other connection ends.
      password: async () => {
        if (++asked === 2) await held.end();
        return busyPassword;
      },
    });
    try {
      expect(asked).toBe(2);
      expect((await connection.client.query<{ who: string }>('SELECT current_user AS who')).rows).toEqual([{ who: 'busy' }]);
    } finally {
      await connection.close();
    }
  });
});
