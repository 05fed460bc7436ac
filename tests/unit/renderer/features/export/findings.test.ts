import { describe, expect, it } from 'vitest';
import { exportDecision, formatBytes, groupFindings, type Finding, type PreExportCheck } from '../../../../../renderer/src/features/export/findings';

const retracted: Finding = { kind: 'retracted', severity: 'blocker', factId: 'f-1', message: '“38 nurses” cites a retracted fact.' };
const conflicting: Finding = { kind: 'conflicting', severity: 'warning', factId: 'f-2', message: '“6.1%” conflicts with another fact.' };
const unverified: Finding = { kind: 'unverified', severity: 'warning', factId: 'f-3', message: '“12 clinics” is unverified.' };
const noMarking: Finding = { kind: 'missing-classification', severity: 'warning', field: 'classification', message: 'No marking.' };
const odd: Finding = { kind: 'unusual-classification', severity: 'warning', field: 'classification', message: 'Odd marking.' };
const tooLong: Finding = { kind: 'too-long', severity: 'warning', message: 'Too long.' };
const noDate: Finding = { kind: 'missing-metadata', severity: 'warning', field: 'date', message: 'No date.' };

const check = (findings: Finding[]): PreExportCheck => ({ findings, blocked: findings.some((f) => f.severity === 'blocker'), wordCount: 420, pageEstimate: 1.5 });

describe('groupFindings', () => {
  it('puts blockers first, then the warnings in the order a reader should deal with them', () => {
    const groups = groupFindings([tooLong, noDate, conflicting, noMarking, unverified, retracted]);
    expect(groups.map((g) => g.key)).toEqual(['retracted', 'unverified', 'conflicting', 'classification', 'metadata', 'length']);
    expect(groups[0]).toMatchObject({ title: 'Retracted facts', severity: 'blocker', findings: [retracted] });
  });

  it('gathers both classification findings under one heading and keeps unknown kinds at the end', () => {
    const future: Finding = { kind: 'embargoed', severity: 'warning', message: 'Embargoed until Monday.' };
    const groups = groupFindings([future, odd, noMarking]);
    expect(groups.map((g) => [g.key, g.findings.length])).toEqual([
      ['classification', 2],
      ['other', 1],
    ]);
  });

  it('gives nothing for a clean note', () => {
    expect(groupFindings([])).toEqual([]);
  });
});

describe('exportDecision', () => {
  it('a retracted fact disables Export, even after confirming, and says why', () => {
    for (const confirmed of [false, true]) {
      const decision = exportDecision(check([retracted, conflicting]), confirmed);
      expect(decision.canExport).toBe(false);
      expect(decision.needsConfirmation).toBe(false);
      expect(decision.reason).toMatch(/1 retracted fact must be removed or replaced/);
    }
  });

  it('warnings need the explicit confirmation, then offer "Export anyway"', () => {
    const before = exportDecision(check([conflicting, unverified, tooLong]), false);
    expect(before).toMatchObject({ canExport: false, needsConfirmation: true, buttonLabel: 'Export anyway', warningCount: 3 });
    expect(before.reason).toContain('3 items');
    const after = exportDecision(check([conflicting, unverified, tooLong]), true);
    expect(after).toMatchObject({ canExport: true, reason: null });
  });

  it('a clean note exports without asking', () => {
    expect(exportDecision(check([]), false)).toMatchObject({ canExport: true, needsConfirmation: false, buttonLabel: 'Export', reason: null });
  });
});

describe('formatBytes', () => {
  it('reads like a file manager', () => {
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(24_000)).toBe('23 KB');
    expect(formatBytes(3_500_000)).toBe('3.3 MB');
  });
});
