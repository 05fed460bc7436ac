/**
 * The one rule for what a citation of a fact means now: the chip's look, the status bar's
 * warning count, the pre-export check and `briefing audit` all ask this file (issue 11: the
 * status bar said "2 warnings" while the export check listed 3, and audit called an unverified
 * fact current, because each decided for itself).
 */
import { hasStatementIn } from './fact-statement';
import type { FactStatus, StatementLanguages } from './model';

/**
 * The state of one citation (a fact at the version the note cites), gravest first: what a
 * reader must see wins. "unlinked": the store has no such fact, or no such version of it.
 * "stale": the fact was revised after it was cited.
 */
export const citationStates = ['unlinked', 'retracted', 'disputed', 'stale', 'unverified', 'current'] as const;
export type CitationState = (typeof citationStates)[number];

/** Everything a citation can be flagged for; one citation can carry several (disputed and stale). */
export const citationIssueKinds = ['unlinked', 'retracted', 'disputed', 'stale', 'unverified', 'conflicting', 'untranslated'] as const;
export type CitationIssueKind = (typeof citationIssueKinds)[number];
export type Severity = 'blocker' | 'warning';

/**
 * Blockers stop the export: a retracted fact, and a phantom citation (a fact or version the
 * store does not have), whose text would otherwise go out with a footnote no store stands
 * behind (issue 13). Everything else, unverified included, is a warning to confirm.
 */
export const issueSeverity: Record<CitationIssueKind, Severity> = {
  unlinked: 'blocker',
  retracted: 'blocker',
  disputed: 'warning',
  stale: 'warning',
  unverified: 'warning',
  conflicting: 'warning',
  // The chip reads in the fact's own language, marked, inside a note in another (issue 15).
  untranslated: 'warning',
};

/** What the rule reads of a fact as the store holds it now (a FactSummary has all of it). */
export interface FactStanding {
  /** The newest version; versions 1…version exist (a revision appends the next number). */
  version: number;
  status: FactStatus;
  /** Another live fact gives a different value for the same metric, subject and period. */
  inConflict: boolean;
  /** The statement's own language and its translations (absent: the fact is read in any language). */
  language?: StatementLanguages['language'];
  translations?: StatementLanguages['translations'];
}

export interface CitationIssue {
  kind: CitationIssueKind;
  severity: Severity;
  /** For "unlinked": whether the fact itself is gone or only the cited version never existed. */
  missing?: 'fact' | 'version';
}

export interface CitationStanding {
  state: CitationState;
  conflicted: boolean;
  /** Every flag, fact-wide ones (status, conflict) and this version's own (stale, unlinked). */
  issues: CitationIssue[];
}

const issue = (kind: CitationIssueKind, missing?: CitationIssue['missing']): CitationIssue =>
  missing ? { kind, severity: issueSeverity[kind], missing } : { kind, severity: issueSeverity[kind] };

/** Whether a fact cited in a note written in `noteLanguage` has no statement in it. */
export function lacksTranslation(fact: FactStanding, noteLanguage: string | undefined): boolean {
  if (noteLanguage === undefined || fact.language === undefined) return false;
  return !hasStatementIn({ language: fact.language, translations: fact.translations ?? {} }, noteLanguage);
}

/**
 * The standing of a citation of `fact` at `citedVersion`; `fact` null when the store has no
 * such fact. `noteLanguage`: the citing note's language, for the "untranslated" flag.
 */
export function citationStanding(citedVersion: number, fact: FactStanding | null, noteLanguage?: string): CitationStanding {
  if (!fact) return { state: 'unlinked', conflicted: false, issues: [issue('unlinked', 'fact')] };
  if (!Number.isInteger(citedVersion) || citedVersion < 1 || citedVersion > fact.version) {
    return { state: 'unlinked', conflicted: false, issues: [issue('unlinked', 'version')] };
  }
  const issues: CitationIssue[] = [];
  if (fact.status === 'retracted') issues.push(issue('retracted'));
  else if (fact.status === 'disputed') issues.push(issue('disputed'));
  else if (fact.status === 'unverified') issues.push(issue('unverified'));
  const stale = citedVersion < fact.version;
  if (stale) issues.push(issue('stale'));
  // A retracted fact is out of any conflict: the store no longer offers its value.
  const conflicted = fact.inConflict && fact.status !== 'retracted';
  if (conflicted) issues.push(issue('conflicting'));
  if (fact.status !== 'retracted' && lacksTranslation(fact, noteLanguage)) issues.push(issue('untranslated'));
  const state: CitationState =
    fact.status === 'retracted' ? 'retracted' : fact.status === 'disputed' ? 'disputed' : stale ? 'stale' : fact.status === 'unverified' ? 'unverified' : 'current';
  return { state, conflicted, issues };
}

/** A citation in a note: the fact and the version its chip carries. */
export interface Citation {
  factId: string;
  factVersion: number;
}

export interface CitationFinding extends CitationIssue {
  factId: string;
  factVersion: number;
}

/**
 * The findings of a whole note, each said once: a fact-wide flag (retracted, disputed,
 * unverified, conflicting, fact missing) once per fact, a version's flag (stale, version
 * missing) once per distinct version cited. The status bar counts exactly these; the export
 * check lists exactly these. `lookup` answers undefined while a fact is still being looked
 * up (the editor before its first answer): such citations are left out, not guessed.
 */
export function citationFindings(
  citations: Iterable<Citation>,
  lookup: (factId: string) => FactStanding | null | undefined,
  noteLanguage?: string,
): CitationFinding[] {
  const findings: CitationFinding[] = [];
  const factsSeen = new Set<string>();
  const versionsSeen = new Set<string>();
  for (const { factId, factVersion } of citations) {
    const key = `${factId}@${factVersion}`;
    if (versionsSeen.has(key)) continue;
    versionsSeen.add(key);
    const fact = lookup(factId);
    if (fact === undefined) continue;
    const firstOfFact = !factsSeen.has(factId);
    factsSeen.add(factId);
    for (const found of citationStanding(factVersion, fact, noteLanguage).issues) {
      const perVersion = found.kind === 'stale' || found.missing === 'version';
      if (perVersion || firstOfFact) findings.push({ ...found, factId, factVersion });
    }
  }
  return findings;
}
