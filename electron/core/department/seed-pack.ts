/**
 * `briefing department init --from-pack FILE`: seeds a department from a fact pack (issue 16),
 * read and checked by the same reader as `briefing facts import` (digest, every source's
 * sha256), then written in one transaction: all of it or nothing.
 *
 * The administrator vouches for the pack: its verifications arrive as theirs, so for the
 * length of the transaction the four-eyes policy is relaxed and restored, both on record in
 * `briefing.department_policies` and the audit log with the pack's digest. Who verified or
 * wrote each row on the exporting desktop stays in its reason. A fact already in the
 * department is left alone (seeding twice adds nothing); a source whose text is already there
 * is reused by its sha256.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { FactPack } from '../packs/pack-format';
import { DepartmentError } from './connection';

export interface SeedReport {
  factsAdded: string[];
  factsSkipped: string[];
  sourcesAdded: number;
}

const fromPack = (reason: string, by: string) => (by ? `${reason} (in the pack: ${by})` : reason);

export async function seedDepartmentFromPack(client: pg.ClientBase, pack: FactPack, packName: string): Promise<SeedReport> {
  const report: SeedReport = { factsAdded: [], factsSkipped: [], sourcesAdded: 0 };
  await client.query('BEGIN');
  try {
    const policy = await client.query<{ four_eyes: boolean }>('SELECT four_eyes FROM briefing.department_policies ORDER BY seq DESC LIMIT 1');
    const fourEyes = policy.rows[0]?.four_eyes !== false;
    const setPolicy = (on: boolean, why: string) =>
      client.query('INSERT INTO briefing.department_policies (four_eyes, reason) VALUES ($1, $2)', [on, `${why} ${packName} (digest ${pack.digest})`]);
    if (fourEyes) await setPolicy(false, 'seeding from the fact pack');

    // Pack source id -> the department's id for the same text.
    const sourceIds = new Map<string, string>();
    for (const s of pack.sources) {
      const added = await client.query(
        `INSERT INTO briefing.sources (id, title, original_title, publisher, authors, published, url, accessed, language, reliability, text, text_length, sha256, imported_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT DO NOTHING`,
        [s.id, s.meta.title, s.meta.originalTitle ?? null, s.meta.publisher, JSON.stringify(s.meta.authors), s.meta.published, s.meta.url, s.meta.accessed, s.meta.language, s.meta.reliability, s.text, s.text.length, s.sha256, pack.createdAt],
      );
      report.sourcesAdded += added.rowCount ?? 0;
      const same = await client.query<{ id: string }>('SELECT id FROM briefing.sources WHERE sha256 = $1', [s.sha256]);
      if (!same.rows[0]) throw new DepartmentError(`The department already has a different source with the id ${s.id}; nothing was seeded.`);
      sourceIds.set(s.id, same.rows[0].id);
    }

    for (const fact of pack.facts) {
      const exists = await client.query('SELECT 1 FROM briefing.facts WHERE id = $1', [fact.id]);
      if (exists.rowCount) {
        report.factsSkipped.push(fact.id);
        continue;
      }
      await client.query('INSERT INTO briefing.facts (id, created_at) VALUES ($1, $2)', [fact.id, fact.versions[0]!.createdAt]);
      for (const v of fact.versions) {
        await client.query(
          `INSERT INTO briefing.fact_versions (id, fact_id, version, based_on, statement, metric, subject, value_low, value_high, unit, qualifier,
             period, claimant, topics, notes, reason, created_at, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, '')`,
          [randomUUID(), fact.id, v.version, v.version === 1 ? null : v.version - 1, v.statement, v.metric, v.subject, v.valueLow, v.valueHigh, v.unit,
            v.qualifier, v.period, v.claimant, JSON.stringify(v.topics), v.notes, fromPack(v.reason, v.createdBy), v.createdAt],
        );
      }
      for (const [i, e] of fact.evidence.entries()) {
        await client.query(
          `INSERT INTO briefing.evidence (id, fact_id, n, source_id, exact, prefix, suffix, start_offset, end_offset, added_at, added_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '')`,
          [randomUUID(), fact.id, i + 1, sourceIds.get(e.sourceId) ?? e.sourceId, e.exact, e.prefix, e.suffix, e.start, e.end, e.addedAt],
        );
      }
      for (const c of fact.statusHistory) {
        await client.query(
          `INSERT INTO briefing.fact_status_changes (id, fact_id, status, changed_by, changed_at, reason) VALUES ($1, $2, $3, '', $4, $5)`,
          [randomUUID(), fact.id, c.status, c.at, fromPack(c.reason, c.by)],
        );
      }
      report.factsAdded.push(fact.id);
    }

    if (fourEyes) await setPolicy(true, 'seeded from the fact pack');
    await client.query('COMMIT');
    return report;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
