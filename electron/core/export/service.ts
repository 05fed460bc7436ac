/**
 * The export as the app and the command line use it: a stored note in, a checked Word file
 * out, and the audit of a Word file against this store. Wires the export core to the stores.
 */
import { dirname, join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError, keyedError } from '../../../shared/errors';
import type { FactDetail, FactSummary } from '../../../shared/model';
import { factNodesInOrder, type NoteLanguage, type StoredNote, type TemplateId } from '../../../shared/note-format';
import { factStatuses } from '../facts/fact-queries';
import { createFactStore } from '../facts/fact-store';
import { NotesLibrary } from '../notes/library';
import { sourcesQuotedBy } from '../sources/source-store';
import { auditDocx, type AuditReport } from './audit';
import { cachedCitationFormatter } from './citation-cache';
import { exportNoteToDocx, type CitedFactSources } from './docx-export';
import { approximateCitationTexts } from '../../../shared/page-estimate';
import { pageMetrics } from '../../../shared/document-profiles';
import { preExportCheck, type PreExportCheck } from './pre-export-check';
import { resolveProfile } from './profile-files';
import { storeCitationResolver } from './resolve';
import { citeFacts, servedCitations } from './cite';
import type { ServedCitation } from '../../../shared/contract/export';
import { citationLocaleFor, type CitationStyle } from '../../../shared/citations';
import { noteFileName } from './file-name';

export interface ExportedNote {
  fileName: string;
  buffer: Buffer;
  check: PreExportCheck;
}

/** The Word file's name: the note's title (file-name.ts). */
export const docxFileName = (title: string) => noteFileName(title, 'docx');

/** Beside the store file: <data dir>/cache/citations. An in-memory store keeps none. */
function citationCacheDir(db: Database): string | null {
  return db.memory || db.name === '' ? null : join(dirname(resolve(db.name)), 'cache', 'citations');
}

export function createExportService(db: Database) {
  const notes = new NotesLibrary(db);
  const facts = createFactStore(db);
  const cacheDir = citationCacheDir(db);
  const formatCitations = cacheDir ? cachedCitationFormatter(cacheDir) : undefined;

  const factOrNull = (id: string): FactDetail | null => {
    try {
      return facts.getFact(id);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not_found') return null;
      throw error;
    }
  };

  function checkNote(note: StoredNote): PreExportCheck {
    const ids = factNodesInOrder(note.content).map((f) => f.factId);
    const summaries = new Map<string, FactSummary>(factStatuses(db, ids).facts.map((f) => [f.id, f]));
    // The store's resolver answers at once (no citation engine), so the check stays synchronous.
    const resolve = storeCitationResolver(db);
    const cited = [...new Set(ids)].flatMap((id) => (resolve(id) as CitedFactSources | null) ?? []);
    const profile = resolveProfile(db, note);
    return preExportCheck(note, summaries, {
      citedSources: sourcesQuotedBy(db, ids),
      citationTexts: approximateCitationTexts(cited),
      pageMetrics: pageMetrics(profile),
      profile,
    });
  }

  return {
    check(noteId: string): PreExportCheck {
      return checkNote(notes.get(noteId, false));
    },

    /**
     * Refuses while a blocker stands; warnings must have been seen (`confirmed`). The note's own
     * document profile unless `profileId` names another.
     */
    async exportNote(noteId: string, style: CitationStyle, confirmed: boolean, profileId?: string): Promise<ExportedNote> {
      const note = notes.get(noteId, false);
      const check = checkNote(note);
      const blockers = check.findings.filter((f) => f.severity === 'blocker');
      if (blockers.length > 0) {
        throw keyedError('refused', 'api.exportBlocked', { blockers: blockers.map((b) => b.message).join(' ') });
      }
      if (!confirmed && check.findings.length > 0) {
        throw keyedError('refused', 'exportNeedsConfirm', { count: check.findings.length });
      }
      const profile = resolveProfile(db, note, profileId);
      const buffer = await exportNoteToDocx(note, storeCitationResolver(db), { style, formatCitations, profile });
      return { fileName: docxFileName(note.metadata.title), buffer, check };
    },

    /**
     * `export.citations`: the note's citations as the export will print them (cite.ts), a fact
     * cited again as the note's profile says (resolved here, as the Word export resolves it).
     */
    async citations(
      cited: readonly { factId: string; factVersion: number }[],
      style: CitationStyle,
      language: NoteLanguage = 'en',
      note?: { templateId: TemplateId; profileId: string },
    ): Promise<{ notes: ServedCitation[]; bibliography: string[] }> {
      const chips = cited.map((c) => ({ ...c, statement: '' }));
      const repeated = note ? resolveProfile(db, { templateId: note.templateId, metadata: { profileId: note.profileId, language } }).footnotes.repeated : 'same-note';
      return servedCitations(await citeFacts(chips, storeCitationResolver(db), style, formatCitations, citationLocaleFor(language), { repeated }));
    },

    audit(buffer: Uint8Array): Promise<AuditReport> {
      return auditDocx(
        buffer,
        (id) => factStatuses(db, [id]).facts[0] ?? null,
        (id, version) => factOrNull(id)?.versions.find((v) => v.version === version) ?? null,
      );
    },
  };
}
