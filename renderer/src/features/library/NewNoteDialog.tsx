import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/api';
import { noteLanguages, type NoteLanguage, type TemplateId } from '../../../../shared/note-format';
import { Dialog } from '../shell/Dialog';

type Template = ResponseOf<'notes.templates'>['templates'][number];

interface Props {
  open: boolean;
  templates: Template[];
  onClose(): void;
  onCreate(templateId: TemplateId, title: string, language: NoteLanguage): void;
}

/** A new note is written in the interface's language unless the user picks another. */
function uiNoteLanguage(uiLanguage: string): NoteLanguage {
  return noteLanguages.find((l) => l === uiLanguage.split('-')[0]) ?? 'en';
}

export function NewNoteDialog({ open, templates, onClose, onCreate }: Props) {
  const [title, setTitle] = useState('');
  const { t: translate, i18n } = useTranslation();
  const [language, setLanguage] = useState<NoteLanguage | null>(null);
  const chosen = language ?? uiNoteLanguage(i18n.language ?? 'en');
  return (
    <Dialog title="New briefing note" open={open} onClose={onClose} className="new-note-dialog">
      <label className="field">
        Title (optional)
        <input data-autofocus value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Funding for rural clinics" />
      </label>
      <label className="field">
        {translate('language.note')}
        <select value={chosen} onChange={(e) => setLanguage(e.target.value as NoteLanguage)} data-testid="new-note-language">
          {noteLanguages.map((l) => (
            <option key={l} value={l} lang={l}>
              {translate(`language.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="dialog-hint">Choose a template. Its sections are a starting point; you can change them.</p>
      {templates.length === 0 && <p className="muted">Templates are not available.</p>}
      <ul className="template-list">
        {templates.map((t) => (
          <li key={t.id}>
            <button
              type="button"
              className="template-option"
              data-testid={`template-${t.id}`}
              onClick={() => {
                onCreate(t.id, title.trim(), chosen);
                setTitle('');
                setLanguage(null);
              }}
            >
              <span className="template-name">{t.name}</span>
              <span className="template-description">{t.description}</span>
              <span className="template-sections">{t.sections.join(' · ')}</span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
