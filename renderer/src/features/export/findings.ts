/**
 * What the pre-export dialog shows and allows, as plain functions so the rules are tested
 * without a browser: findings grouped in the order a reader should deal with them (what
 * blocks first), and whether "Export" may be pressed.
 */
import type { ResponseOf } from '../../../../shared/api';
import { i18n } from '../../i18n';

export type PreExportCheck = ResponseOf<'export.check'>;
export type Finding = PreExportCheck['findings'][number];

export interface FindingGroup {
  key: string;
  title: string;
  severity: 'blocker' | 'warning';
  findings: Finding[];
}

/** Group order and titles; kinds the back end adds later land in "Other checks" at the end. */
const groups: { key: string; kinds: string[] }[] = [
  { key: 'retracted', kinds: ['retracted'] },
  { key: 'unverified', kinds: ['unverified'] },
  { key: 'disputed', kinds: ['disputed'] },
  { key: 'stale', kinds: ['stale'] },
  { key: 'conflicting', kinds: ['conflicting'] },
  { key: 'unlinked', kinds: ['unlinked'] },
  { key: 'untranslated', kinds: ['untranslated'] },
  { key: 'classification', kinds: ['missing-classification', 'unusual-classification'] },
  { key: 'metadata', kinds: ['missing-metadata'] },
  { key: 'sources', kinds: ['source-placeholder'] },
  { key: 'length', kinds: ['too-long'] },
];

/** A finding in the interface's language: its catalogue wording, else the back end's English. */
export function findingText(finding: Pick<Finding, 'wording' | 'message'>): string {
  const key = finding.wording && `findings.${finding.wording.key}`;
  return key && i18n.exists(key) ? i18n.t(key, finding.wording!.params) : finding.message;
}

export function groupFindings(findings: Finding[]): FindingGroup[] {
  const known = new Set(groups.flatMap((g) => g.kinds));
  const result: FindingGroup[] = [];
  for (const group of groups) {
    const inGroup = findings.filter((f) => group.kinds.includes(f.kind));
    if (inGroup.length > 0) result.push({ key: group.key, title: i18n.t(`export.groups.${group.key}`), severity: worst(inGroup), findings: inGroup });
  }
  const other = findings.filter((f) => !known.has(f.kind));
  if (other.length > 0) result.push({ key: 'other', title: i18n.t('export.groups.other'), severity: worst(other), findings: other });
  // Blockers first whatever their kind; the order above is kept within each severity.
  return [...result.filter((g) => g.severity === 'blocker'), ...result.filter((g) => g.severity === 'warning')];
}

function worst(findings: Finding[]): 'blocker' | 'warning' {
  return findings.some((f) => f.severity === 'blocker') ? 'blocker' : 'warning';
}

export interface ExportDecision {
  /** Whether the export button may be pressed now. */
  canExport: boolean;
  buttonLabel: string;
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
      buttonLabel: i18n.t('export.export'),
      reason: blockerReason(check.findings),
      needsConfirmation: false,
      blockerCount,
      warningCount,
    };
  }
  if (warningCount > 0) {
    return {
      canExport: confirmed,
      buttonLabel: i18n.t('export.exportAnyway'),
      reason: confirmed ? null : i18n.t('export.confirmReason', { count: warningCount }),
      needsConfirmation: true,
      blockerCount,
      warningCount,
    };
  }
  return { canExport: true, buttonLabel: i18n.t('export.export'), reason: null, needsConfirmation: false, blockerCount, warningCount };
}

/** Why Export is disabled, naming each kind of blocker (shared/citation-state.ts decides which block). */
function blockerReason(findings: Finding[]): string {
  const count = (kind: string) => findings.filter((f) => f.severity === 'blocker' && f.kind === kind).length;
  const retracted = count('retracted');
  const phantom = count('unlinked');
  if (phantom === 0) return i18n.t('export.blockedRetracted', { count: retracted || 1 });
  if (retracted === 0) return i18n.t('export.blockedPhantom', { count: phantom });
  return i18n.t('export.blockedBoth', { retracted, phantom });
}

/** "24 KB", "1.2 MB": the size the user sees in their file manager. */
export function formatBytes(bytes: number): string {
  const number = (n: number, digits = 0) => n.toLocaleString(i18n.language, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  if (bytes < 1024) return i18n.t('export.bytes', { count: bytes });
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024))} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
