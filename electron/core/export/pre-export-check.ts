/**
 * The check before a note leaves the app: what in it a reader could be misled by. Retracted
 * facts and phantom citations (a fact or version the store does not have) block the export;
 * everything else asks for an explicit confirmation. Which is which is shared/citation-state.ts.
 */
import { citationFindings, citationIssueKinds, type Severity } from '../../../shared/citation-state';
import { sourcePlaceholders, type SourcePlaceholder } from '../../../shared/citations';
import type { FactSummary } from '../../../shared/model';
import { classificationMarks, classificationRequired, profileFor, type DocumentProfile } from '../../../shared/document-profiles';
import { factNodesInOrder, type NoteMetadata, type StoredNote } from '../../../shared/note-format';
import { noteWordCount } from '../../../shared/note-text';
import { estimatePages, noteLayout, pageGuideline, type PageMetrics } from '../../../shared/page-estimate';
import { citationFindingWording, worded } from '../../../shared/finding-wording';
import type { MessageParams } from '../../../shared/messages';

export type { Severity };

export const findingKinds = [
  ...citationIssueKinds,
  'missing-classification',
  'unusual-classification',
  'missing-metadata',
  'too-long',
  'source-placeholder',
] as const;
export type FindingKind = (typeof findingKinds)[number];

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** English, for the CLI and the export's refusal; the renderer words `wording` in the interface's language. */
  message: string;
  /** The catalogue message (`findings.<key>`) and its arguments. */
  wording: { key: string; params: MessageParams };
  factId?: string;
  /** The version the chip cites, for citation findings (relinking a phantom version needs it). */
  factVersion?: number;
  /** For a phantom citation: whether the fact is gone, or only the cited version never existed. */
  missing?: 'fact' | 'version';
  field?: keyof NoteMetadata;
  /** For a source-placeholder finding: the source to correct, and which of its details are missing. */
  sourceId?: string;
  sourceFields?: SourcePlaceholder[];
}

/** A source a cited fact quotes, as the check needs it. */
export interface CitedSourceDetails {
  id: string;
  title: string;
  publisher: string | null;
  published: string | null;
}

export interface PreExportCheck {
  findings: Finding[];
  /** True when the note must not be exported as it stands. */
  blocked: boolean;
  wordCount: number;
  /** Pages the note will print to, footnotes and references included (shared/page-estimate.ts). */
  pageEstimate: number;
}

export interface PreExportOptions {
  /** The guideline: about two pages (shared/page-estimate.ts pageGuideline). */
  maxPages?: number;
  /** The footnotes and references as they will print (or near enough), for the page estimate. */
  citationTexts?: { footnotes: string[]; references: string[] };
  /** The sources the note's facts quote: a citation of one with missing details prints a placeholder. */
  citedSources?: readonly CitedSourceDetails[];
  /** The note's document profile's page (shared/document-profiles pageMetrics); today's export page unless given. */
  pageMetrics?: PageMetrics;
  /** The note's document profile: which classification markings it has and whether one is required; profileFor(note) unless given. */
  profile?: DocumentProfile;
}

/** One finding per cited source whose citations would print a placeholder, with what to fill in. */
function placeholderFindings(sources: readonly CitedSourceDetails[]): Finding[] {
  return sources.flatMap((source): Finding[] => {
    const fields = sourcePlaceholders(source);
    if (fields.length === 0) return [];
    return [
      {
        kind: 'source-placeholder',
        severity: 'warning',
        sourceId: source.id,
        sourceFields: fields,
        ...worded('sourcePlaceholder', {
          title: source.title,
          noTitle: fields.includes('title') ? 'yes' : 'no',
          noPublisher: fields.includes('publisher') ? 'yes' : 'no',
          noDate: fields.includes('published') ? 'yes' : 'no',
        }),
      },
    ];
  });
}

const requiredMetadata: (keyof NoteMetadata)[] = ['title', 'date', 'to', 'from', 'trackingNumber', 'type', 'drafter'];

export function preExportCheck(note: StoredNote, facts: Map<string, FactSummary>, options: PreExportOptions = {}): PreExportCheck {
  const chips = factNodesInOrder(note.content);
  const textOf = new Map<string, string>();
  for (const chip of chips) if (!textOf.has(`${chip.factId}@${chip.factVersion}`)) textOf.set(`${chip.factId}@${chip.factVersion}`, chip.text);
  // The one rule (shared/citation-state.ts): the status bar counts these same findings.
  const findings: Finding[] = citationFindings(chips, (id) => facts.get(id) ?? null, note.metadata.language).map((f) => ({
    kind: f.kind,
    severity: f.severity,
    factId: f.factId,
    factVersion: f.factVersion,
    ...(f.missing ? { missing: f.missing } : {}),
    ...citationFindingWording(f, textOf.get(`${f.factId}@${f.factVersion}`) ?? '', facts.get(f.factId)),
  }));

  // The profile's classification scheme decides: Decree 30 marks only secret documents.
  const profile = options.profile ?? profileFor(note);
  const marks = classificationMarks(profile);
  const marking = note.metadata.classification.trim();
  if (!marking) {
    if (classificationRequired(profile)) findings.push({ kind: 'missing-classification', severity: 'warning', field: 'classification', ...worded('missingClassification') });
  } else if (!marks.some((m) => m.toUpperCase() === marking.toUpperCase())) {
    findings.push({
      kind: 'unusual-classification',
      severity: 'warning',
      field: 'classification',
      ...worded('unusualClassification', { marking, markings: marks.join(', ') }),
    });
  }
  for (const field of requiredMetadata) {
    if (!String(note.metadata[field] ?? '').trim()) {
      findings.push({ kind: 'missing-metadata', severity: 'warning', field, ...worded(`missing.${field}`) });
    }
  }

  findings.push(...placeholderFindings(options.citedSources ?? []));

  const wordCount = noteWordCount(note.content);
  const pageEstimate = estimatePages(noteLayout(note, options.citationTexts), options.pageMetrics);
  const maxPages = options.maxPages ?? pageGuideline;
  if (pageEstimate > maxPages) {
    findings.push({
      kind: 'too-long',
      severity: 'warning',
      ...worded('tooLong', { pages: pageEstimate, count: wordCount, max: maxPages }),
    });
  }
  return { findings, blocked: findings.some((f) => f.severity === 'blocker'), wordCount, pageEstimate };
}
