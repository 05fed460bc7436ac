import { qualifiers } from '../../../../shared/model';
import type { FactDraft } from './factDraft';

interface Props {
  draft: FactDraft;
  onChange(draft: FactDraft): void;
}

/** Every field a curator writes for a fact; used to create one and to revise one. */
export function FactFieldsForm({ draft, onChange }: Props) {
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
        Statement
        <textarea data-testid="fact-field-statement" required rows={3} value={draft.statement} onChange={(e) => set({ statement: e.target.value })} />
      </label>
      {text('metric', 'Metric', 'e.g. FDI disbursed')}
      {text('subject', 'Subject', 'e.g. Vietnam')}
      {text('valueLow', 'Value (or low end of a range)', 'e.g. 28')}
      {text('valueHigh', 'High end of a range', 'empty for a single value')}
      {text('unit', 'Unit', 'e.g. USD billion')}
      <label className="field">
        Qualifier
        <select data-testid="fact-field-qualifier" value={draft.qualifier} onChange={(e) => set({ qualifier: e.target.value })}>
          <option value="">None</option>
          {qualifiers.map((q) => (
            <option key={q} value={q}>
              {q}
            </option>
          ))}
        </select>
      </label>
      {text('period', 'Period', 'e.g. 2025 or 2021-2025')}
      {text('claimant', 'Claimant (who said it)', 'e.g. Ministry of Finance')}
      <label className="field field-span">
        Topics (separated by commas)
        <input data-testid="fact-field-topics" value={draft.topics} placeholder="e.g. investment, trade" onChange={(e) => set({ topics: e.target.value })} />
      </label>
      <label className="field field-span">
        Notes
        <textarea data-testid="fact-field-notes" rows={2} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
      </label>
    </div>
  );
}
