import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditReport } from '../../../../shared/contract/export';
import { FieldChangeView } from './FieldChange';
import { formatWhen } from '../../i18n/when';

type AuditStatus = AuditReport['facts'][number]['status'];

/** Gravest first, as shared/citation-state.ts orders the states. */
const statusOrder: AuditStatus[] = ['unlinked', 'retracted', 'disputed', 'stale', 'unverified', 'current'];

export function AuditReportView({ fileName, report }: { fileName: string; report: AuditReport }) {
  const { t, i18n } = useTranslation();
  const statusLabel = (s: AuditStatus) => t(`audit.statuses.${s}`);
  if (!report.hasProvenance) {
    return (
      <p className="audit-none" data-testid="audit-no-provenance">
        <strong>{fileName}</strong> {t('audit.noProvenance')}
      </p>
    );
  }
  const present = statusOrder.filter((s) => (report.counts[s] ?? 0) > 0);
  return (
    <div className="audit-report" data-testid="audit-report">
      <dl className="audit-meta">
        <dt>{t('audit.note')}</dt>
        <dd data-testid="audit-note-title">{report.noteTitle ?? t('audit.untitledNote')}</dd>
        <dt>{t('audit.exported')}</dt>
        <dd>{report.exportedAt ? formatWhen(report.exportedAt, 'long') : t('audit.whenUnknown')}</dd>
        <dt>{t('audit.file')}</dt>
        <dd>{fileName}</dd>
      </dl>
      {report.facts.length === 0 ? (
        <p>{t('audit.noFacts')}</p>
      ) : (
        <>
          <p className="audit-summary" data-testid="audit-summary">
            {t('audit.summary', { count: report.facts.length })}{' '}
            {present.map((s, i) => (
              <span key={s}>
                {i > 0 && ', '}
                {t('audit.summaryPart', { count: report.counts[s], status: statusLabel(s).toLocaleLowerCase(i18n.language) })}
              </span>
            ))}
            .
          </p>
          <table className="audit-table">
            <caption className="visually-hidden">{t('audit.caption', { fileName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.footnote')}</th>
                <th scope="col">{t('audit.inDocument')}</th>
                <th scope="col">{t('audit.status')}</th>
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
                      <span className={`audit-badge audit-badge--${fact.status}`}>{statusLabel(fact.status)}</span>
                      {fact.conflicted && (
                        <span className="audit-badge audit-badge--conflict" data-testid="audit-conflict">
                          {t('audit.inConflict')}
                        </span>
                      )}
                    </td>
                  </tr>
                  {fact.changes.length > 0 && (
                    <tr className="audit-changes-row" data-testid="audit-changes" data-fact-id={fact.factId}>
                      <td />
                      <td colSpan={2}>
                        <ul className="audit-changes" aria-label={t('audit.changes', { footnote: fact.footnote })}>
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
