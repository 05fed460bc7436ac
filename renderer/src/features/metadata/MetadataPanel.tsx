import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { noteLanguages, noteTypes, type NoteLanguage, type NoteMetadata } from '../../../../shared/note-format';

interface Props {
  metadata: NoteMetadata;
  classifications: readonly string[];
  open: boolean;
  onToggle(): void;
  onChange(change: Partial<NoteMetadata>): void;
}

type TextField = Exclude<keyof NoteMetadata, 'classification' | 'type' | 'language' | 'profileId'>;

const fields: { key: TextField; label: string; wide?: boolean; multiline?: boolean; type?: string }[] = [
  { key: 'trackingNumber', label: 'Tracking number' },
  { key: 'date', label: 'Date', type: 'date' },
  { key: 'to', label: 'To' },
  { key: 'through', label: 'Through' },
  { key: 'from', label: 'From' },
  { key: 'drafter', label: 'Drafter' },
  { key: 'contact', label: 'Contact' },
  { key: 'approvers', label: 'Approvers', wide: true, multiline: true },
  { key: 'consultations', label: 'Consultations', wide: true, multiline: true },
];

/** The note's header block: title, marking, tracking, routing. Collapsed to one summary line by default. */
export function MetadataPanel({ metadata, classifications, open, onToggle, onChange }: Props) {
  const bodyId = useId();
  const { t } = useTranslation();
  const summary = [metadata.classification, metadata.type, metadata.trackingNumber, metadata.date, t(`language.${metadata.language}`)]
    .filter(Boolean)
    .join(' · ');
  return (
    <section className="metadata" aria-label="Note details">
      <div className="metadata-top">
        <label className="visually-hidden" htmlFor={`${bodyId}-title`}>
          Title
        </label>
        <input
          id={`${bodyId}-title`}
          className="title-input"
          value={metadata.title}
          placeholder="Untitled note"
          data-testid="note-title"
          onChange={(e) => onChange({ title: e.target.value })}
        />
        <button type="button" className="button button-small" aria-expanded={open} aria-controls={bodyId} onClick={onToggle} data-testid="metadata-toggle">
          {open ? 'Hide details' : 'Details'}
        </button>
      </div>
      {!open && summary && <p className="metadata-summary">{summary}</p>}
      <div id={bodyId} className="metadata-grid" hidden={!open}>
        <label className="field">
          Classification
          <select value={metadata.classification} onChange={(e) => onChange({ classification: e.target.value })} data-testid="classification">
            {!classifications.includes(metadata.classification) && <option value={metadata.classification}>{metadata.classification || '—'}</option>}
            {classifications.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Type
          <select value={metadata.type} onChange={(e) => onChange({ type: e.target.value })}>
            <option value="">—</option>
            {noteTypes.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
            {metadata.type && !(noteTypes as readonly string[]).includes(metadata.type) && <option value={metadata.type}>{metadata.type}</option>}
          </select>
        </label>
        <label className="field">
          {t('language.note')}
          <select value={metadata.language} onChange={(e) => onChange({ language: e.target.value as NoteLanguage })} data-testid="note-language">
            {noteLanguages.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </label>
        {fields.map((f) => (
          <label key={f.key} className={`field${f.wide ? ' field-wide' : ''}`}>
            {f.label}
            {f.multiline ? (
              <textarea rows={2} value={metadata[f.key]} onChange={(e) => onChange({ [f.key]: e.target.value })} />
            ) : (
              <input type={f.type ?? 'text'} value={metadata[f.key]} onChange={(e) => onChange({ [f.key]: e.target.value })} />
            )}
          </label>
        ))}
      </div>
    </section>
  );
}
