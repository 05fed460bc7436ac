import { z } from 'zod';
import { citationIssueKinds, citationStates } from '../citation-state';
import { anchorStates, FactFields, StatementLanguages } from '../model';
import { PrintProfile } from '../document-profiles/profile';
import { citationForms, noteLanguages, templateIds } from '../note-format';
import { request, Wording } from './define';

const id = z.string().min(1).max(200);
export const CitationStyleId = z.enum(['chicago', 'apa']);

export const Finding = z.object({
  kind: z.string(),
  severity: z.enum(['blocker', 'warning']),
  /** English; `wording` is the catalogue key (`findings.<key>`) and arguments the renderer words it from. */
  message: z.string(),
  wording: Wording.optional(),
  factId: z.string().optional(),
  factVersion: z.number().int().optional(),
  /** A phantom citation (kind "unlinked"): the fact is gone, or only the cited version never existed. */
  missing: z.enum(['fact', 'version']).optional(),
  field: z.string().optional(),
  /** A source whose citations print a placeholder ("[publisher unknown]", no date, untitled): fix it with sources.updateMetadata. */
  sourceId: z.string().optional(),
  sourceFields: z.array(z.enum(['title', 'publisher', 'published'])).optional(),
});

export const PreExportCheckResult = z.object({
  findings: z.array(Finding),
  blocked: z.boolean(),
  wordCount: z.number().int(),
  /** Pages the note will print to, footnotes and references included (shared/page-estimate.ts). */
  pageEstimate: z.number(),
});

/** The state of a cited fact, as the chip and the export check say it (shared/citation-state.ts). */
const auditStatus = z.enum(citationStates);

/**
 * What changed in a cited fact, as stored (value, range, unit and qualifier; the statement with
 * its translations; period, subject and metric as written): the reader's side words it in its
 * own language (shared/audit-change.ts), so the report carries no English.
 */
const AuditedFigure = FactFields.pick({ valueLow: true, valueHigh: true, unit: true, qualifier: true });
const AuditedStatement = FactFields.pick({ statement: true }).extend(StatementLanguages.shape);
const storedText = z.string().nullable();
export const AuditFieldChange = z.discriminatedUnion('field', [
  z.object({ field: z.literal('statement'), old: AuditedStatement, new: AuditedStatement }),
  z.object({ field: z.literal('value'), old: AuditedFigure, new: AuditedFigure }),
  z.object({ field: z.literal('period'), old: storedText, new: storedText }),
  z.object({ field: z.literal('subject'), old: storedText, new: storedText }),
  z.object({ field: z.literal('metric'), old: storedText, new: storedText }),
]);
export type AuditFieldChange = z.infer<typeof AuditFieldChange>;

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
      /** Each place the document cites it and how it reads there. */
      uses: z.array(z.object({ form: z.enum(citationForms), text: z.string() })),
      status: auditStatus,
      conflicted: z.boolean(),
      issues: z.array(z.object({ kind: z.enum(citationIssueKinds), severity: z.enum(['blocker', 'warning']) })),
      changes: z.array(AuditFieldChange),
    }),
  ),
  counts: z.record(auditStatus, z.number().int()),
});
export type AuditReport = z.infer<typeof AuditReport>;

/** A citation as the note carries it: a chip's fact at the version it cites, in document order. */
export const CitationRequest = z.object({ factId: id, factVersion: z.number().int().positive() });

const CitedSourceShape = z.object({
  id: z.string().optional(),
  title: z.string(),
  publisher: z.string().nullable(),
  authors: z.array(z.string()),
  published: z.string().nullable(),
  url: z.string().nullable(),
  accessed: z.string().nullable(),
  language: z.string().nullable().optional(),
  originalTitle: z.string().nullable().optional(),
});
const TextSegmentShape = z.object({ text: z.string(), italic: z.boolean() });

/**
 * One footnote as the Word export prints it. The quote is chosen from the fact's evidence as
 * it stands NOW: evidence is not versioned (a quote belongs to the fact, not to one of its
 * versions), so a note citing version 1 of a fact revised to version 2 shows today's quote.
 * The rule: the first quote (in the order it was attached) still found in its source
 * (anchored or relocated); failing that, the first quote, with its anchor state saying so.
 */
export const ServedCitation = z.object({
  /** Footnote number: facts numbered by first appearance; a repeated fact keeps its number. */
  number: z.number().int(),
  factId: z.string(),
  /** The version of the fact's first chip in the note (what the footnote's provenance records). */
  factVersion: z.number().int(),
  /** False when the store has no such fact: the footnote says "No source on record" (export refuses it). */
  found: z.boolean(),
  quote: z
    .object({
      text: z.string(),
      /** The evidence row and the source the quote comes from; null only from resolvers that do not say (tests). */
      evidenceId: z.string().nullable(),
      sourceId: z.string().nullable(),
      anchor: z.enum(anchorStates).nullable(),
    })
    .nullable(),
  /** Every source behind the fact's evidence, in evidence order: what the formatted citation cites. */
  sources: z.array(CitedSourceShape),
  /** The formatted citation, as plain text and as segments with italics. */
  text: z.string(),
  segments: z.array(TextSegmentShape),
});
export type ServedCitation = z.infer<typeof ServedCitation>;

/** An imported profile's header image as print draws it (electron/core/export/header-images.ts): a plain raster image, no active content. */
export const PrintHeaderImage = z.object({
  mime: z.enum(['image/png', 'image/jpeg', 'image/gif']),
  base64: z.base64().max(1_400_000),
  widthPt: z.number().positive().max(2000),
  heightPt: z.number().positive().max(2000),
});
export type PrintHeaderImage = z.infer<typeof PrintHeaderImage>;

/** A document profile as lists show it (shared/document-profiles holds the profile itself). */
export const ListedProfileShape = z.object({
  id: z.string(),
  name: z.object({ en: z.string(), vi: z.string() }),
  description: z.object({ en: z.string(), vi: z.string() }),
  builtIn: z.boolean(),
  /** The first page's layout: Decree 30 documents ask for place, signer and recipients. */
  layout: z.enum(['briefing', 'decree30', 'memo']),
  /** The reference document an imported profile was made from. */
  reference: z.string().nullable(),
});

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
    request: request({
      noteId: id,
      style: CitationStyleId.default('chicago'),
      confirmed: z.boolean().default(false),
      /** Another document profile than the note's own, for this export only. */
      profileId: z.string().max(100).optional(),
    }),
    response: z.object({ fileName: z.string(), base64: z.string(), bytes: z.number().int(), check: PreExportCheckResult }),
  },
  /**
   * The note's citations as the Word export will print them, served once from the back end:
   * for each cited fact, which quote and which sources it uses and its formatted footnote, plus
   * the bibliography. The references preview, the chip popover and the export all read this.
   * Reads facts; changes none.
   */
  'export.citations': {
    request: request({
      citations: z.array(CitationRequest).max(5000),
      style: CitationStyleId.default('chicago'),
      /** The note's language: its CSL locale (terms, dates) for the preview and the chip popover. */
      language: z.enum(noteLanguages).default('en'),
      /**
       * The note's template and profile (its metadata.profileId, '' for the template's default):
       * the back end resolves the profile as the Word export does, department profiles included,
       * and follows its rule for a fact cited again (footnotes.repeated: Decree 30's notes are all
       * full citations). Without a template a fact cited again keeps its number.
       */
      templateId: z.enum(templateIds).optional(),
      profileId: z.string().max(100).optional(),
    }),
    response: z.object({ notes: z.array(ServedCitation), bibliography: z.array(z.string()) }),
  },
  /** The document profiles a note can export in: built in, and imported into this data folder. */
  'export.profiles': {
    request: request({}),
    response: z.object({ profiles: z.array(ListedProfileShape) }),
  },
  /**
   * The document profile a note is laid out in, its own or its template's default, imported
   * profiles included (as the export resolves it): what the print view lays the note out by.
   * The reference document's parts stay on this side, but for its header's images.
   */
  'export.profile': {
    request: request({ templateId: z.enum(templateIds), language: z.enum(noteLanguages), profileId: z.string().max(100).default('') }),
    response: z.object({
      profile: PrintProfile,
      /** An imported profile's header images (its letterhead logo) as print shows them: PNG, JPEG or GIF only, checked by their bytes, at most four of 1 MB. */
      headerImages: z.array(PrintHeaderImage).max(4),
      /** Whether an imported reference document's own header or footer replaces the profile's on every page but an own first page (electron/core/export/word-parts.ts). */
      replaced: z.object({ header: z.boolean(), footer: z.boolean() }),
    }),
  },
  /** "Check a Word file": each embedded fact against this store. */
  'export.audit': {
    request: request({ fileName: z.string().max(255), base64: docxBase64 }),
    response: AuditReport,
  },
} as const;
