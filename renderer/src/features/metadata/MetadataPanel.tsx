import { useId } from 'react';
import { noteTypes, type NoteMetadata, type TemplateId } from '../../../../shared/note-format';
import { useTranslation } from 'react-i18next';
import { ProfileFields } from './ProfileFields';

interface Props {
  metadata: NoteMetadata;
  templateId: TemplateId;
  classifications: readonly string[];
  open: boolean;
  onToggle(): void;
  onChange(change: Partial<NoteMetadata>): void;
}

type TextField = 'trackingNumber' | 'date' | 'to' | 'through' | 'from' | 'drafter' | 'contact' | 'approvers' | 'consultations';

const fields: { key: TextField; wide?: boolean; multiline?: boolean; type?: string }[] = [
  { key: 'trackingNumber' },
  { key: 'date', type: 'date' },
  { key: 'to' },
  { key: 'through' },
  { key: 'from' },
  { key: 'drafter' },
  { key: 'contact' },
  { key: 'approvers', wide: true, multiline: true },
  { key: 'consultations', wide: true, multiline: true },
];

/** The note types' labels in the interface; the stored value stays the English one. */
const typeKeys: Record<(typeof noteTypes)[number], string> = {
  'For decision': 'metadata.types.decision',
  'For information': 'metadata.types.information',
  'For signature': 'metadata.types.signature',
  Event: 'metadata.types.event',
};

/** The note's header block: title, marking, tracking, routing. Collapsed to one summary line by default. */
export function MetadataPanel({ metadata, templateId, classifications, open, onToggle, onChange }: Props) {
  const bodyId = useId();
  const { t } = useTranslation();
  const summary = [metadata.classification, metadata.type, metadata.trackingNumber, metadata.date, t(`language.${metadata.language}`)]
    .filter(Boolean)
    .join(' · ');
  return (
    <section className="metadata" aria-label={t('metadata.label')}>
      <div className="metadata-top">
        <label className="visually-hidden" htmlFor={`${bodyId}-title`}>
          {t('library.titleField')}
        </label>
        <input
          id={`${bodyId}-title`}
          className="title-input"
          value={metadata.title}
          placeholder={t('header.untitled')}
          data-testid="note-title"
          onChange={(e) => onChange({ title: e.target.value })}
        />
        <button type="button" className="button button-small" aria-expanded={open} aria-controls={bodyId} onClick={onToggle} data-testid="metadata-toggle">
          {open ? t('metadata.hide') : t('metadata.show')}
        </button>
      </div>
      {!open && summary && <p className="metadata-summary">{summary}</p>}
      <div id={bodyId} className="metadata-grid" hidden={!open}>
        <label className="field">
          {t('metadata.classification')}
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
          {t('metadata.type')}
          <select value={metadata.type} onChange={(e) => onChange({ type: e.target.value })}>
            <option value="">—</option>
            {noteTypes.map((type) => (
              <option key={type} value={type}>
                {t(typeKeys[type])}
              </option>
            ))}
            {metadata.type && !(noteTypes as readonly string[]).includes(metadata.type) && <option value={metadata.type}>{metadata.type}</option>}
          </select>
        </label>
        <ProfileFields metadata={metadata} templateId={templateId} onChange={onChange} />
        {fields.map((f) => (
          <label key={f.key} className={`field${f.wide ? ' field-wide' : ''}`}>
            {t(`metadata.fields.${f.key}`)}
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
