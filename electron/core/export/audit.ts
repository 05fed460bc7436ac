/**
 * Audit of an exported Word file: reads the fact ids and versions embedded at export and
 * says, for each, whether the fact store still stands behind it. Pure over two lookups, so
 * the CLI (`briefing audit FILE.docx`) and the in-app "Check a Word file" share it.
 */
import { citationStanding, citationStates, type CitationIssueKind, type CitationState } from '../../../shared/citation-state';
import type { AuditFieldChange } from '../../../shared/contract/export';
import type { FactSummary, FactVersion } from '../../../shared/model';
import { readProvenance, type Provenance } from './provenance';

/**
 * A cited fact's state in the audit is the chip's and the export check's (shared/citation-state.ts):
 * "stale" is revised since export, "unlinked" unknown to this store (or a version it never had),
 * and an unverified fact is "unverified", never "current".
 */
export const auditStatuses = citationStates;
export type AuditStatus = CitationState;

/** What changed in one field, as stored; shared/audit-change.ts words it for a reader. */
export type FieldChange = AuditFieldChange;

export interface AuditedFact {
  factId: string;
  /** The version the document cites. */
  exportedVersion: number;
  /** The store's version now; null when the store does not know the fact. */
  currentVersion: number | null;
  footnote: number;
  /** The statement as it stands in the document. */
  statementInDocument: string;
  /** How the document cites it, each place: the figure, the statement, or the writer's own words. */
  uses: Provenance['facts'][number]['uses'];
  status: AuditStatus;
  /** Another fact in the store gives a different value for the same figure. */
  conflicted: boolean;
  /** Every flag the export check would raise for this citation now (empty when current). */
  issues: { kind: CitationIssueKind; severity: 'blocker' | 'warning' }[];
  /** What changed between the cited version and the current one (empty when none). */
  changes: FieldChange[];
}

export interface AuditReport {
  /** False when the file carries no Briefing Studio provenance (not exported by us, or stripped). */
  hasProvenance: boolean;
  noteId: string | null;
  noteTitle: string | null;
  exportedAt: string | null;
  facts: AuditedFact[];
  counts: Record<AuditStatus, number>;
}

export type FactLookup = (factId: string) => FactSummary | null;
export type FactVersionLookup = (factId: string, version: number) => FactVersion | null;

type Comparable = Pick<FactVersion, 'statement' | 'language' | 'translations' | 'valueLow' | 'valueHigh' | 'unit' | 'qualifier' | 'period' | 'subject' | 'metric'>;

const sameTranslations = (a: Comparable['translations'], b: Comparable['translations']) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([lang, text]) => b[lang] === text);

function changesBetween(old: Comparable, now: Comparable): FieldChange[] {
  const changes: FieldChange[] = [];
  if (old.statement !== now.statement || old.language !== now.language || !sameTranslations(old.translations, now.translations)) {
    const statement = (f: Comparable) => ({ statement: f.statement, language: f.language, translations: f.translations });
    changes.push({ field: 'statement', old: statement(old), new: statement(now) });
  }
  const figure = (f: Comparable) => ({ valueLow: f.valueLow, valueHigh: f.valueHigh, unit: f.unit, qualifier: f.qualifier });
  if ((['valueLow', 'valueHigh', 'unit', 'qualifier'] as const).some((k) => old[k] !== now[k])) changes.push({ field: 'value', old: figure(old), new: figure(now) });
  for (const field of ['period', 'subject', 'metric'] as const) {
    if ((old[field] ?? '') !== (now[field] ?? '')) changes.push({ field, old: old[field], new: now[field] });
  }
  return changes;
}

/** Without the old version on record, the statement in the document is the best witness (in whichever language it was cited). */
function statementChangeFromDocument(inDocument: string, current: Comparable): FieldChange[] {
  if (inDocument === current.statement || Object.values(current.translations).includes(inDocument)) return [];
  return [
    {
      field: 'statement',
      old: { statement: inDocument, language: current.language, translations: {} },
      new: { statement: current.statement, language: current.language, translations: current.translations },
    },
  ];
}

function auditFact(entry: Provenance['facts'][number], lookup: FactLookup, getVersion: FactVersionLookup): AuditedFact {
  const base = { factId: entry.factId, exportedVersion: entry.factVersion, footnote: entry.footnote, statementInDocument: entry.statement, uses: entry.uses };
  const current = lookup(entry.factId);
  const standing = citationStanding(entry.factVersion, current);
  const judged = {
    status: standing.state,
    conflicted: standing.conflicted,
    issues: standing.issues.map(({ kind, severity }) => ({ kind, severity })),
  };
  if (!current) return { ...base, currentVersion: null, ...judged, changes: [] };
  let changes: FieldChange[] = [];
  if (current.version !== entry.factVersion && standing.issues.every((i) => i.kind !== 'unlinked')) {
    const cited = getVersion(entry.factId, entry.factVersion);
    changes = cited ? changesBetween(cited, current) : statementChangeFromDocument(entry.statement, current);
  }
  return { ...base, currentVersion: current.version, ...judged, changes };
}

export function auditProvenance(provenance: Provenance | null, lookup: FactLookup, getVersion: FactVersionLookup): AuditReport {
  const facts = (provenance?.facts ?? []).map((f) => auditFact(f, lookup, getVersion));
  const counts = Object.fromEntries(auditStatuses.map((s) => [s, facts.filter((f) => f.status === s).length])) as Record<AuditStatus, number>;
  return {
    hasProvenance: provenance !== null,
    noteId: provenance?.noteId ?? null,
    noteTitle: provenance?.noteTitle ?? null,
    exportedAt: provenance?.exportedAt ?? null,
    facts,
    counts,
  };
}

export async function auditDocx(buffer: Uint8Array, lookup: FactLookup, getVersion: FactVersionLookup): Promise<AuditReport> {
  return auditProvenance(readProvenance(buffer), lookup, getVersion);
}
