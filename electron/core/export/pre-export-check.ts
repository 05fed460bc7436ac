/**
 * The check before a note leaves the app: what in it a reader could be misled by. Retracted
 * facts block the export; everything else asks for an explicit confirmation.
 */
import type { FactSummary } from '../../../shared/model';
import { classificationMarkings, factNodesInOrder, type NoteMetadata, type SerializedNode, type StoredNote } from '../../../shared/note-format';

export const findingKinds = [
  'retracted',
  'unverified',
  'disputed',
  'stale',
  'conflicting',
  'unlinked',
  'missing-classification',
  'unusual-classification',
  'missing-metadata',
  'too-long',
] as const;
export type FindingKind = (typeof findingKinds)[number];
export type Severity = 'blocker' | 'warning';

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  message: string;
  factId?: string;
  field?: keyof NoteMetadata;
}

export interface PreExportCheck {
  findings: Finding[];
  /** True when the note must not be exported as it stands. */
  blocked: boolean;
  wordCount: number;
}

export interface PreExportOptions {
  /** The guideline: about two pages. At ~550 words a page in 11-point type, 1,100 words. */
  maxWords?: number;
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

/** Words a reader reads: body text and fact text, not markup. */
export function countWords(children: SerializedNode[]): number {
  let words = 0;
  const walk = (node: SerializedNode) => {
    if ((node.type === 'text' || node.type === 'fact') && typeof node.text === 'string') {
      words += node.text.split(/\s+/).filter(Boolean).length;
    }
    node.children?.forEach(walk);
  };
  children.forEach(walk);
  return words;
}

export function preExportCheck(note: StoredNote, facts: Map<string, FactSummary>, options: PreExportOptions = {}): PreExportCheck {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const chip of factNodesInOrder(note.content)) {
    if (seen.has(chip.factId)) continue;
    seen.add(chip.factId);
    const f = facts.get(chip.factId);
    const quoted = `“${chip.text}”`;
    if (!f) {
      findings.push({ kind: 'unlinked', severity: 'warning', factId: chip.factId, message: `${quoted} cites a fact the store does not have (${chip.factId}).` });
      continue;
    }
    if (f.status === 'retracted') {
      findings.push({ kind: 'retracted', severity: 'blocker', factId: f.id, message: `${quoted} cites a retracted fact; remove or replace it before exporting.` });
    } else if (f.status === 'disputed') {
      findings.push({ kind: 'disputed', severity: 'warning', factId: f.id, message: `${quoted} cites a disputed fact.` });
    } else if (f.status === 'unverified') {
      findings.push({ kind: 'unverified', severity: 'warning', factId: f.id, message: `${quoted} cites a fact nobody has verified yet.` });
    }
    if (chip.factVersion < f.version) {
      findings.push({
        kind: 'stale',
        severity: 'warning',
        factId: f.id,
        message: `${quoted} cites version ${chip.factVersion}; the fact is now at version ${f.version}: “${f.statement}”.`,
      });
    }
    if (f.inConflict) {
      findings.push({ kind: 'conflicting', severity: 'warning', factId: f.id, message: `${quoted} conflicts with another fact on the same figure.` });
    }
  }

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

  const wordCount = countWords(note.content.root.children);
  const maxWords = options.maxWords ?? 1100;
  if (wordCount > maxWords) {
    findings.push({
      kind: 'too-long',
      severity: 'warning',
      message: `The note has ${wordCount} words, over the guideline of about two pages (${maxWords} words).`,
    });
  }
  return { findings, blocked: findings.some((f) => f.severity === 'blocker'), wordCount };
}
