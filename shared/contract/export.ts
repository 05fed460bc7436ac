import { z } from 'zod';
import { citationIssueKinds, citationStates } from '../citation-state';
import { request } from './define';

const id = z.string().min(1).max(200);
export const CitationStyleId = z.enum(['chicago', 'apa']);

export const Finding = z.object({
  kind: z.string(),
  severity: z.enum(['blocker', 'warning']),
  message: z.string(),
  factId: z.string().optional(),
  factVersion: z.number().int().optional(),
  field: z.string().optional(),
});

export const PreExportCheckResult = z.object({
  findings: z.array(Finding),
  blocked: z.boolean(),
  wordCount: z.number().int(),
});

/** The state of a cited fact, as the chip and the export check say it (shared/citation-state.ts). */
const auditStatus = z.enum(citationStates);

export const AuditReport = z.object({
  hasProvenance: z.boolean(),
  noteId: z.string().nullable(),
  noteTitle: z.string().nullable(),
  exportedAt: z.string().nullable(),
  facts: z.array(
    z.object({
      factId: z.string(),
      exportedVersion: z.number().int(),
      currentVersion: z.number().int().nullable(),
      footnote: z.number().int(),
      statementInDocument: z.string(),
      status: auditStatus,
      conflicted: z.boolean(),
      issues: z.array(z.object({ kind: z.enum(citationIssueKinds), severity: z.enum(['blocker', 'warning']) })),
      changes: z.array(z.object({ field: z.string(), old: z.string(), new: z.string() })),
    }),
  ),
  counts: z.record(auditStatus, z.number().int()),
});
export type AuditReport = z.infer<typeof AuditReport>;

/** A DOCX travels as base64 over either transport (at most ~50 MB). */
const docxBase64 = z.base64().max(70 * 1024 * 1024);

export const exportContract = {
  /** What the pre-export dialog lists: blockers (retracted facts) and warnings. */
  'export.check': {
    request: request({ noteId: id }),
    response: PreExportCheckResult,
  },
  /**
   * Builds the Word file. Refused while a blocker stands; warnings need `confirmed: true`
   * (the user saw the check and chose to go on).
   */
  'export.docx': {
    request: request({ noteId: id, style: CitationStyleId.default('chicago'), confirmed: z.boolean().default(false) }),
    response: z.object({ fileName: z.string(), base64: z.string(), bytes: z.number().int(), check: PreExportCheckResult }),
  },
  /** "Check a Word file": each embedded fact against this store. */
  'export.audit': {
    request: request({ fileName: z.string().max(255), base64: docxBase64 }),
    response: AuditReport,
  },
} as const;
