/**
 * The check before a note leaves the app: what in it a reader could be misled by. Retracted
 * facts and phantom citations (a fact or version the store does not have) block the export;
 * everything else asks for an explicit confirmation. Which is which is shared/citation-state.ts.
 */
import { citationFindings, citationIssueKinds, type CitationFinding, type Severity } from '../../../shared/citation-state';
import { sourcePlaceholders, unknownPublisherText, type SourcePlaceholder } from '../../../shared/citations';
import type { FactSummary } from '../../../shared/model';
import { classificationMarkings, factNodesInOrder, type NoteMetadata, type StoredNote } from '../../../shared/note-format';
import { guidelineWords, noteWordCount } from '../../../shared/note-text';

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
  message: string;
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
}

export interface PreExportOptions {
  /** The guideline: about two pages (shared/note-text.ts guidelineWords). */
  maxWords?: number;
  /** The sources the note's facts quote: a citation of one with missing details prints a placeholder. */
  citedSources?: readonly CitedSourceDetails[];
}

const placeholderWords: Record<SourcePlaceholder, string> = {
  title: 'a placeholder title',
  publisher: `no publisher (“${unknownPublisherText}”)`,
  published: 'no date (“n.d.”)',
};

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
        message: `Citations of “${source.title}” print placeholders: ${fields.map((f) => placeholderWords[f]).join(', ')}. Edit the source's details to fix this.`,
      },
    ];
  });
}

const requiredMetadata: [keyof NoteMetadata, string][] = [
  ['title', 'title'],
  ['date', 'date'],
  ['to', 'To'],
  ['from', 'From'],
  ['trackingNumber', 'tracking number'],
  ['type', 'type'],
  ['drafter', 'drafter'],
];

/** What each citation finding says, with the chip's text quoted so the drafter can find it. */
function citationMessage(finding: CitationFinding, quoted: string, fact: FactSummary | undefined): string {
  switch (finding.kind) {
    case 'unlinked':
      return finding.missing === 'version' && fact
        ? `${quoted} cites version ${finding.factVersion} of a fact whose newest version is ${fact.version} (${finding.factId}); relink it or remove it before exporting.`
        : `${quoted} cites a fact the store does not have (${finding.factId}); relink it or remove it before exporting.`;
    case 'retracted':
      return `${quoted} cites a retracted fact; remove or replace it before exporting.`;
    case 'disputed':
      return `${quoted} cites a disputed fact.`;
    case 'unverified':
      return `${quoted} cites a fact nobody has verified yet.`;
    case 'stale':
      return `${quoted} cites version ${finding.factVersion}; the fact is now at version ${fact?.version ?? '?'}: “${fact?.statement ?? ''}”.`;
    case 'conflicting':
      return `${quoted} conflicts with another fact on the same figure.`;
  }
}

export function preExportCheck(note: StoredNote, facts: Map<string, FactSummary>, options: PreExportOptions = {}): PreExportCheck {
  const chips = factNodesInOrder(note.content);
  const textOf = new Map<string, string>();
  for (const chip of chips) if (!textOf.has(`${chip.factId}@${chip.factVersion}`)) textOf.set(`${chip.factId}@${chip.factVersion}`, chip.text);
  // The one rule (shared/citation-state.ts): the status bar counts these same findings.
  const findings: Finding[] = citationFindings(chips, (id) => facts.get(id) ?? null).map((f) => ({
    kind: f.kind,
    severity: f.severity,
    factId: f.factId,
    factVersion: f.factVersion,
    ...(f.missing ? { missing: f.missing } : {}),
    message: citationMessage(f, `“${textOf.get(`${f.factId}@${f.factVersion}`) ?? ''}”`, facts.get(f.factId)),
  }));

  const marking = note.metadata.classification.trim();
  if (!marking) {
    findings.push({ kind: 'missing-classification', severity: 'warning', field: 'classification', message: 'The note has no classification marking.' });
  } else if (!(classificationMarkings as readonly string[]).includes(marking.toUpperCase())) {
    findings.push({
      kind: 'unusual-classification',
      severity: 'warning',
      field: 'classification',
      message: `“${marking}” is not one of the standard markings (${classificationMarkings.join(', ')}).`,
    });
  }
  for (const [field, label] of requiredMetadata) {
    if (!String(note.metadata[field] ?? '').trim()) {
      findings.push({ kind: 'missing-metadata', severity: 'warning', field, message: `The note has no ${label}.` });
    }
  }

  findings.push(...placeholderFindings(options.citedSources ?? []));

  const wordCount = noteWordCount(note.content);
  const maxWords = options.maxWords ?? guidelineWords;
  if (wordCount > maxWords) {
    findings.push({
      kind: 'too-long',
      severity: 'warning',
      message: `The note has ${wordCount} words, over the guideline of about two pages (${maxWords} words).`,
    });
  }
  return { findings, blocked: findings.some((f) => f.severity === 'blocker'), wordCount };
}
