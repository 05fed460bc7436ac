import { qualifiers } from '../../../../shared/model';
import type { FactDraft } from './factDraft';
import { useTranslation } from 'react-i18next';
import { qualifierLabel } from './labels';

interface Props {
  draft: FactDraft;
  onChange(draft: FactDraft): void;
}

/** Every field a curator writes for a fact; used to create one and to revise one. */
export function FactFieldsForm({ draft, onChange }: Props) {
  const { t } = useTranslation();
  const set = (change: Partial<FactDraft>) => onChange({ ...draft, ...change });
  const text = (key: keyof FactDraft, label: string, hint?: string) => (
    <label className="field">
      {label}
      <input data-testid={`fact-field-${key}`} value={draft[key]} placeholder={hint} onChange={(e) => set({ [key]: e.target.value })} />
    </label>
  );
  return (
    <div className="fact-form-grid">
      <label className="field field-span">
        {t('factForm.statement')}
        <textarea data-testid="fact-field-statement" required rows={3} value={draft.statement} onChange={(e) => set({ statement: e.target.value })} />
      </label>
      {text('metric', t('fact.fields.metric'), t('factForm.hints.metric'))}
      {text('subject', t('fact.fields.subject'), t('factForm.hints.subject'))}
      {text('valueLow', t('factForm.valueLow'), t('factForm.hints.valueLow'))}
      {text('valueHigh', t('factForm.valueHigh'), t('factForm.hints.valueHigh'))}
      {text('unit', t('factForm.unit'), t('factForm.hints.unit'))}
      <label className="field">
        {t('factForm.qualifier')}
        <select data-testid="fact-field-qualifier" value={draft.qualifier} onChange={(e) => set({ qualifier: e.target.value })}>
          <option value="">{t('factForm.noQualifier')}</option>
          {qualifiers.map((q) => (
            <option key={q} value={q}>
              {qualifierLabel(q)}
            </option>
          ))}
        </select>
      </label>
      {text('period', t('fact.fields.period'), t('factForm.hints.period'))}
      {text('claimant', t('factForm.claimant'), t('factForm.hints.claimant'))}
      <label className="field field-span">
        {t('factForm.topics')}
        <input data-testid="fact-field-topics" value={draft.topics} placeholder={t('factForm.hints.topics')} onChange={(e) => set({ topics: e.target.value })} />
      </label>
      <label className="field field-span">
        {t('fact.fields.notes')}
        <textarea data-testid="fact-field-notes" rows={2} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
      </label>
    </div>
  );
}
