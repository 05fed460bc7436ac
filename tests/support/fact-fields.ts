import type { FactFields, FactSummary } from '../../shared/model';

/** The writable fields of a fact, to revise it with a few of them changed. */
export function fieldsOf(f: FactSummary): FactFields {
  return {
    statement: f.statement, metric: f.metric, subject: f.subject, valueLow: f.valueLow, valueHigh: f.valueHigh, unit: f.unit,
    qualifier: f.qualifier, period: f.period, claimant: f.claimant, topics: f.topics, notes: f.notes,
  };
}
