/**
 * What the pre-export dialog shows and allows, as plain functions so the rules are tested
 * without a browser: findings grouped in the order a reader should deal with them (what
 * blocks first), and whether "Export" may be pressed.
 */
import type { ResponseOf } from '../../../../shared/api';

export type PreExportCheck = ResponseOf<'export.check'>;
export type Finding = PreExportCheck['findings'][number];

export interface FindingGroup {
  key: string;
  title: string;
  severity: 'blocker' | 'warning';
  findings: Finding[];
}

/** Group order and titles; kinds the back end adds later land in "Other checks" at the end. */
const groups: { key: string; title: string; kinds: string[] }[] = [
  { key: 'retracted', title: 'Retracted facts', kinds: ['retracted'] },
  { key: 'unverified', title: 'Unverified facts', kinds: ['unverified'] },
  { key: 'disputed', title: 'Disputed facts', kinds: ['disputed'] },
  { key: 'stale', title: 'Facts revised since they were cited', kinds: ['stale'] },
  { key: 'conflicting', title: 'Conflicting facts', kinds: ['conflicting'] },
  { key: 'unlinked', title: 'Facts not in this store', kinds: ['unlinked'] },
  { key: 'classification', title: 'Classification marking', kinds: ['missing-classification', 'unusual-classification'] },
  { key: 'metadata', title: 'Missing details', kinds: ['missing-metadata'] },
  { key: 'sources', title: 'Sources with missing details', kinds: ['source-placeholder'] },
  { key: 'length', title: 'Length', kinds: ['too-long'] },
];

export function groupFindings(findings: Finding[]): FindingGroup[] {
  const known = new Set(groups.flatMap((g) => g.kinds));
  const result: FindingGroup[] = [];
  for (const group of groups) {
    const inGroup = findings.filter((f) => group.kinds.includes(f.kind));
    if (inGroup.length > 0) result.push({ key: group.key, title: group.title, severity: worst(inGroup), findings: inGroup });
  }
  const other = findings.filter((f) => !known.has(f.kind));
  if (other.length > 0) result.push({ key: 'other', title: 'Other checks', severity: worst(other), findings: other });
  // Blockers first whatever their kind; the order above is kept within each severity.
  return [...result.filter((g) => g.severity === 'blocker'), ...result.filter((g) => g.severity === 'warning')];
}

function worst(findings: Finding[]): 'blocker' | 'warning' {
  return findings.some((f) => f.severity === 'blocker') ? 'blocker' : 'warning';
}

export interface ExportDecision {
  /** Whether the export button may be pressed now. */
  canExport: boolean;
  buttonLabel: 'Export' | 'Export anyway';
  /** Why the button is disabled (shown next to it), or null. */
  reason: string | null;
  /** Warnings stand: the user must tick "I have reviewed these N items". */
  needsConfirmation: boolean;
  blockerCount: number;
  warningCount: number;
}

export function exportDecision(check: PreExportCheck, confirmed: boolean): ExportDecision {
  const blockerCount = check.findings.filter((f) => f.severity === 'blocker').length;
  const warningCount = check.findings.length - blockerCount;
  if (blockerCount > 0 || check.blocked) {
    return {
      canExport: false,
      buttonLabel: 'Export',
      reason: blockerReason(check.findings),
      needsConfirmation: false,
      blockerCount,
      warningCount,
    };
  }
  if (warningCount > 0) {
    return {
      canExport: confirmed,
      buttonLabel: 'Export anyway',
      reason: confirmed ? null : `Confirm that you have reviewed ${warningCount === 1 ? 'the item' : `the ${warningCount} items`} above to export.`,
      needsConfirmation: true,
      blockerCount,
      warningCount,
    };
  }
  return { canExport: true, buttonLabel: 'Export', reason: null, needsConfirmation: false, blockerCount, warningCount };
}

/** Why Export is disabled, naming each kind of blocker (shared/citation-state.ts decides which block). */
function blockerReason(findings: Finding[]): string {
  const count = (kind: string) => findings.filter((f) => f.severity === 'blocker' && f.kind === kind).length;
  const retracted = count('retracted');
  const phantom = count('unlinked');
  const parts: string[] = [];
  if (retracted > 0 || phantom === 0) parts.push(`${plural(retracted || 1, 'retracted fact')} must be removed or replaced`);
  if (phantom > 0) parts.push(`${plural(phantom, 'citation')} of a fact or version not in this store must be relinked or removed`);
  return `${parts.join(' and ')} before this note can be exported.`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "24 KB", "1.2 MB": the size the user sees in their file manager. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
