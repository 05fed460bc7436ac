/**
 * Correcting a source's metadata after import, as a recorded change: each field that differs
 * is written with who changed it, when, and its value before and after, in one immediate
 * transaction with the new values. The text is never touched (its sha256 and every quote stay
 * true). The values are cleaned exactly as an import cleans them (import-source.ts cleanMeta).
 */
import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { cleanLine } from '../../../shared/clean-text';
import { editableSourceFields, type EditableSourceField, type SourceMetaChange, type SourceMetadataHistory } from '../../../shared/contract/sources';
import { keyedError } from '../../../shared/errors';
import type { SourceMeta } from '../../../shared/model';
import { insertOutbox, isJoinedToDepartment } from '../db/repositories/department';
import { insertSourceMetaChange, listSourceMetaChanges, updateSourceMeta } from '../db/repositories/sources';
import { cleanMeta } from './import-source';
import { getSourceSummary, isoNow } from './source-store';

export interface SourceEdit {
  id: string;
  meta: Partial<SourceMeta>;
  by: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `push` (default true): in a store joined to a department, each recorded change is queued in
 * the outbox in the same transaction (record kind `source_metadata_changes`, department
 * migration 0050); false for a change pulled from the department.
 */
export function updateSourceMetadata(db: Database, edit: SourceEdit, now: () => string = isoNow, { push = true } = {}): SourceMetadataHistory {
  const by = cleanLine(edit.by);
  if (!by) throw keyedError('invalid_request', 'api.editorNeeded', {}, [{ path: 'by', message: 'required' }]);
  if (edit.meta.title !== undefined && !cleanLine(edit.meta.title ?? '')) {
    throw keyedError('invalid_request', 'api.sourceNeedsTitle', {}, [{ path: 'meta.title', message: 'required' }]);
  }
  db.transaction(() => {
    const current = getSourceSummary(db, edit.id);
    const before: SourceMeta = {
      title: current.title,
      originalTitle: current.originalTitle ?? null,
      publisher: current.publisher,
      authors: current.authors,
      published: current.published,
      url: current.url,
      accessed: current.accessed,
      language: current.language,
      reliability: current.reliability,
    };
    const after = cleanMeta({ ...before, ...edit.meta }, null);
    const changed = editableSourceFields.filter((field) => !same(before[field], after[field]));
    if (changed.length === 0) return;
    const at = now();
    updateSourceMeta(db, edit.id, { ...after, authors: JSON.stringify(after.authors) });
    const shared = push && isJoinedToDepartment(db);
    for (const field of changed) {
      const change = { sourceId: edit.id, field, oldValue: JSON.stringify(before[field] ?? null), newValue: JSON.stringify(after[field] ?? null), changedBy: by, changedAt: at };
      insertSourceMetaChange(db, change);
      if (shared) {
        const row = { id: uuidv7(), source_id: edit.id, field, old_value: change.oldValue, new_value: change.newValue, changed_by: by, changed_at: at };
        insertOutbox(db, { id: row.id, kind: 'source_metadata_changes', factId: null, rowJson: JSON.stringify(row), createdAt: at });
      }
    }
  }).immediate();
  return sourceMetadataHistory(db, edit.id);
}

export function sourceMetadataHistory(db: Database, id: string): SourceMetadataHistory {
  const source = getSourceSummary(db, id);
  const changes = listSourceMetaChanges(db, id).map(
    (row): SourceMetaChange => ({
      field: row.field as EditableSourceField,
      old: JSON.parse(row.oldValue) as SourceMetaChange['old'],
      new: JSON.parse(row.newValue) as SourceMetaChange['new'],
      by: row.changedBy,
      at: row.changedAt,
    }),
  );
  return { source, changes };
}
