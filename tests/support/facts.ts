/** FactSummary and FactVersion values as the fact store would return them, for export checks and audits. */
import type { FactSummary, FactVersion } from '../../shared/model';

export function factSummary(id: string, overrides: Partial<FactSummary> = {}): FactSummary {
  return {
    id,
    version: 1,
    status: 'verified',
    statement: `statement of ${id}`,
    metric: 'FDI disbursed',
    subject: 'Viet Nam',
    valueLow: 28,
    valueHigh: 29,
    unit: 'billion USD',
    qualifier: 'about',
    period: '2025',
    claimant: null,
    topics: [],
    notes: '',
    language: 'en',
    translations: {},
    verifiedBy: 'analyst',
    verifiedAt: '2026-01-20T10:00:00Z',
    origin: 'local',
    corroborated: true,
    inConflict: false,
    conflictResolution: null,
    sources: [],
    quote: null,
    updatedAt: '2026-01-20T10:00:00Z',
    ...overrides,
  };
}

export function factVersion(summary: FactSummary): FactVersion {
  return {
    factId: summary.id,
    version: summary.version,
    statement: summary.statement,
    metric: summary.metric,
    subject: summary.subject,
    valueLow: summary.valueLow,
    valueHigh: summary.valueHigh,
    unit: summary.unit,
    qualifier: summary.qualifier,
    period: summary.period,
    claimant: summary.claimant,
    topics: summary.topics,
    notes: summary.notes,
    language: summary.language,
    translations: summary.translations,
    reason: 'created',
    createdAt: summary.updatedAt,
    createdBy: 'analyst',
  };
}
