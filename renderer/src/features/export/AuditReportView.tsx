import { Fragment } from 'react';
import type { AuditReport } from '../../../../shared/contract/export';
import { FieldChangeView } from './FieldChange';

type AuditStatus = AuditReport['facts'][number]['status'];

export const auditStatusLabels: Record<AuditStatus, string> = {
  unlinked: 'Unknown to this store',
  retracted: 'Retracted',
  disputed: 'Disputed',
  stale: 'Revised since export',
  unverified: 'Not yet verified',
  current: 'Verified and current',
};

/** Gravest first, as shared/citation-state.ts orders the states. */
const statusOrder: AuditStatus[] = ['unlinked', 'retracted', 'disputed', 'stale', 'unverified', 'current'];

function formatWhen(iso: string | null): string {
  if (!iso) return 'unknown';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}

export function AuditReportView({ fileName, report }: { fileName: string; report: AuditReport }) {
  if (!report.hasProvenance) {
    return (
      <p className="audit-none" data-testid="audit-no-provenance">
        <strong>{fileName}</strong> carries no Briefing Studio provenance: it was not exported by this app, or the
        information was removed when the file was edited elsewhere. Its figures cannot be checked against the fact store.
      </p>
    );
  }
  const present = statusOrder.filter((s) => (report.counts[s] ?? 0) > 0);
  return (
    <div className="audit-report" data-testid="audit-report">
      <dl className="audit-meta">
        <dt>Note</dt>
        <dd data-testid="audit-note-title">{report.noteTitle ?? 'Untitled note'}</dd>
        <dt>Exported</dt>
        <dd>{formatWhen(report.exportedAt)}</dd>
        <dt>File</dt>
        <dd>{fileName}</dd>
      </dl>
      {report.facts.length === 0 ? (
        <p>The file cites no facts.</p>
      ) : (
        <>
          <p className="audit-summary" data-testid="audit-summary">
            {report.facts.length} cited {report.facts.length === 1 ? 'fact' : 'facts'}:{' '}
            {present.map((s, i) => (
              <span key={s}>
                {i > 0 && ', '}
                {report.counts[s]} {auditStatusLabels[s].toLowerCase()}
              </span>
            ))}
            .
          </p>
          <table className="audit-table">
            <caption className="visually-hidden">Cited facts in {fileName}, by footnote</caption>
            <thead>
              <tr>
                <th scope="col">Footnote</th>
                <th scope="col">In the document</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {report.facts.map((fact) => (
                <Fragment key={`${fact.footnote}-${fact.factId}`}>
                  <tr data-testid="audit-fact" data-fact-id={fact.factId} data-status={fact.status} className={fact.changes.length > 0 ? 'audit-has-changes' : undefined}>
                    <td className="audit-footnote">{fact.footnote}</td>
                    <td>
                      <span className="audit-statement">{fact.statementInDocument}</span>
                      <span className="audit-id muted">
                        {fact.factId} · v{fact.exportedVersion}
                        {fact.currentVersion !== null && fact.currentVersion !== fact.exportedVersion && ` → v${fact.currentVersion}`}
                      </span>
                    </td>
                    <td>
                      <span className={`audit-badge audit-badge--${fact.status}`}>{auditStatusLabels[fact.status]}</span>
                      {fact.conflicted && (
                        <span className="audit-badge audit-badge--conflict" data-testid="audit-conflict">
                          In conflict
                        </span>
                      )}
                    </td>
                  </tr>
                  {fact.changes.length > 0 && (
                    <tr className="audit-changes-row" data-testid="audit-changes" data-fact-id={fact.factId}>
                      <td />
                      <td colSpan={2}>
                        <ul className="audit-changes" aria-label={`What changed in the fact of footnote ${fact.footnote}`}>
                          {fact.changes.map((change) => (
                            <FieldChangeView key={change.field} change={change} />
                          ))}
                        </ul>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
