/** What changed between two versions of a fact: the statement word by word, other fields as values. */
import { diffWords } from 'diff';
import type { Database } from 'better-sqlite3';
import { diffedFields, type FactDiff, type TextSegment } from '../../../shared/contract/facts';
import { keyedError } from '../../../shared/errors';
import type { FactVersion } from '../../../shared/model';
import { getFactRow, getVersion } from '../db/repositories/facts';
import { toVersion } from './summaries';

export function diffFactVersions(db: Database, id: string, from: number, to: number): FactDiff {
  const fact = getFactRow(db, id);
  if (!fact) throw keyedError('not_found', 'factNotFound', { id });
  const version = (n: number): FactVersion => {
    const row = getVersion(db, id, n);
    if (!row) throw keyedError('not_found', 'api.factVersionMissing', { id, version: n, latest: fact.currentVersion });
    return toVersion(row);
  };
  const before = version(from);
  const after = version(to);
  const changes = diffedFields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
  return { id, from: before, to: after, statement: statementSegments(before.statement, after.statement), changes };
}

export function statementSegments(before: string, after: string): TextSegment[] {
  return diffWords(before, after).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}
