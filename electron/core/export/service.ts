/**
 * The export as the app and the command line use it: a stored note in, a checked Word file
 * out, and the audit of a Word file against this store. Wires the export core to the stores.
 */
import { dirname, join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import type { FactDetail, FactSummary } from '../../../shared/model';
import { factNodesInOrder, type StoredNote } from '../../../shared/note-format';
import { factStatuses } from '../facts/fact-queries';
import { createFactStore } from '../facts/fact-store';
import { NotesLibrary } from '../notes/library';
import { sourcesQuotedBy } from '../sources/source-store';
import { auditDocx, type AuditReport } from './audit';
import { cachedCitationFormatter } from './citation-cache';
import { exportNoteToDocx } from './docx-export';
import { preExportCheck, type PreExportCheck } from './pre-export-check';
import { storeCitationResolver } from './resolve';
import { citeFacts, servedCitations } from './cite';
import type { ServedCitation } from '../../../shared/contract/export';
import type { CitationStyle } from '../../../shared/citations';

export interface ExportedNote {
  fileName: string;
  buffer: Buffer;
  check: PreExportCheck;
}

/** Names Windows reserves for devices, with or without an extension ("CON.docx" cannot be saved). */
const windowsReserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** Room for ".docx" within the 255 bytes Linux and macOS allow per name. */
const maxNameBytes = 200;

/**
 * A file name a user would give it: the title, without characters file systems refuse, not
 * hidden (no leading dot), not a Windows device name, and cut at a character boundary to
 * fit the 255-byte name limit (120 Vietnamese or CJK characters can exceed it).
 */
export function docxFileName(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\uFFFE\uFFFF<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[. ]+/, '')
    .trim();
  let name = '';
  for (const char of cleaned) {
    if (name.length >= 120 || Buffer.byteLength(name + char, 'utf8') > maxNameBytes) break;
    name += char;
  }
  name = name.replace(/[. ]+$/, '');
  if (windowsReserved.test(name)) name = `Briefing note - ${name}`;
  return `${name || 'Briefing note'}.docx`;
}

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
    return preExportCheck(note, summaries, { citedSources: sourcesQuotedBy(db, ids) });
  }

  return {
    check(noteId: string): PreExportCheck {
      return checkNote(notes.get(noteId, false));
    },

    /** Refuses while a blocker stands; warnings must have been seen (`confirmed`). */
    async exportNote(noteId: string, style: CitationStyle, confirmed: boolean): Promise<ExportedNote> {
      const note = notes.get(noteId, false);
      const check = checkNote(note);
      const blockers = check.findings.filter((f) => f.severity === 'blocker');
      if (blockers.length > 0) {
        throw new ApiError('refused', `This note cannot be exported yet: ${blockers.map((b) => b.message).join(' ')}`);
      }
      if (!confirmed && check.findings.length > 0) {
        throw new ApiError('refused', `The pre-export check found ${check.findings.length} thing(s) to review; confirm to export anyway.`);
      }
      const buffer = await exportNoteToDocx(note, storeCitationResolver(db), { style, formatCitations });
      return { fileName: docxFileName(note.metadata.title), buffer, check };
    },

    /** `export.citations`: the note's citations as the export will print them (cite.ts). */
    async citations(cited: readonly { factId: string; factVersion: number }[], style: CitationStyle): Promise<{ notes: ServedCitation[]; bibliography: string[] }> {
      const chips = cited.map((c) => ({ ...c, statement: '' }));
      return servedCitations(await citeFacts(chips, storeCitationResolver(db), style, formatCitations));
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
