import { diffWords } from 'diff';
import { useTranslation } from 'react-i18next';
import { wordChange } from '../../../../shared/audit-change';
import type { AuditFieldChange } from '../../../../shared/contract/export';
import { uiLanguageOf } from '../../../../shared/ui-language';

/** The fields an audit reports (electron/core/export/audit.ts), named as the fact panel names them. */
const fieldKeys: Record<AuditFieldChange['field'], string> = {
  statement: 'audit.fields.statement',
  value: 'audit.fields.value',
  period: 'audit.fields.period',
  subject: 'audit.fields.subject',
  metric: 'audit.fields.metric',
};

/**
 * One changed field. Short values read best as "old → new"; a sentence reads best once,
 * with the removed and added words marked, so a one-word revision does not hide in two
 * near-identical paragraphs.
 */
export function FieldChangeView({ change: stored }: { change: AuditFieldChange }) {
  const { t, i18n } = useTranslation();
  // Worded in the interface's language: the figure as the chip would say it, the statement in that language where the fact has one.
  const change = { field: stored.field, ...wordChange(stored, uiLanguageOf(i18n.language)) };
  const long = change.old.length > 40 && change.new.length > 40;
  return (
    <li data-testid="audit-change" data-field={change.field}>
      <span className="audit-field">{t(fieldKeys[change.field])}</span>
      {long ? (
        <span className="audit-diff">
          {diffWords(change.old, change.new).map((part, i) =>
            part.added ? (
              <ins key={i}>
                <span className="visually-hidden">{t('audit.added')}</span>
                {part.value}
                <span className="visually-hidden">]</span>
              </ins>
            ) : part.removed ? (
              <del key={i}>
                <span className="visually-hidden">{t('audit.removed')}</span>
                {part.value}
                <span className="visually-hidden">]</span>
              </del>
            ) : (
              <span key={i}>{part.value}</span>
            ),
          )}
        </span>
      ) : (
        <span className="audit-diff">
          <del>{change.old || t('audit.empty')}</del>
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden">{t('audit.changedTo')}</span>
          <ins>{change.new || t('audit.empty')}</ins>
        </span>
      )}
    </li>
  );
}
