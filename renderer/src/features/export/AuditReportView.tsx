import type { AuditReport } from '../../../../shared/contract/export';

type AuditStatus = AuditReport['facts'][number]['status'];

export const auditStatusLabels: Record<AuditStatus, string> = {
  current: 'Current',
  revised: 'Revised since export',
  disputed: 'Disputed',
  retracted: 'Retracted',
  unknown: 'Unknown to this store',
};

const statusOrder: AuditStatus[] = ['retracted', 'disputed', 'revised', 'unknown', 'current'];

function formatWhen(iso: string | null): string {
  if (!iso) return 'unknown';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}

/** Field names as the user knows them from the fact panel. */
function fieldLabel(field: string): string {
  const spaced = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
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
                <th scope="col">Note</th>
                <th scope="col">In the document</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {report.facts.map((fact) => (
                <tr key={`${fact.footnote}-${fact.factId}`} data-testid="audit-fact" data-fact-id={fact.factId} data-status={fact.status}>
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
                    {fact.changes.length > 0 && (
                      <ul className="audit-changes" aria-label="What changed">
                        {fact.changes.map((change) => (
                          <li key={change.field} data-testid="audit-change">
                            <span className="audit-field">{fieldLabel(change.field)}</span>
                            <del>{change.old || '(empty)'}</del>
                            <span aria-hidden="true"> → </span>
                            <span className="visually-hidden"> changed to </span>
                            <ins>{change.new || '(empty)'}</ins>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
