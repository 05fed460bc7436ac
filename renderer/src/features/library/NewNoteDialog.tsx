import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/api';
import { noteLanguages, type NoteLanguage, type TemplateId } from '../../../../shared/note-format';
import { uiLanguageOf } from '../../../../shared/ui-language';
import { Dialog } from '../shell/Dialog';

type Template = ResponseOf<'notes.templates'>['templates'][number];

interface Props {
  open: boolean;
  templates: Template[];
  onClose(): void;
  onCreate(templateId: TemplateId, title: string, language: NoteLanguage): void;
}

export function NewNoteDialog({ open, templates, onClose, onCreate }: Props) {
  const [title, setTitle] = useState('');
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<NoteLanguage | null>(null);
  // A new note is written in the interface's language unless the user picks another.
  const chosen = language ?? uiLanguageOf(i18n.language ?? 'en');
  return (
    <Dialog title={t('newNote.title')} open={open} onClose={onClose} className="new-note-dialog">
      <label className="field">
        {t('newNote.titleField')}
        <input data-autofocus value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('newNote.titlePlaceholder')} />
      </label>
      <label className="field">
        {t('language.note')}
        <select value={chosen} onChange={(e) => setLanguage(e.target.value as NoteLanguage)} data-testid="new-note-language">
          {noteLanguages.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </label>
            <p className="dialog-hint">{t('newNote.hint')}</p>
      {templates.length === 0 && <p className="muted">{t('newNote.noTemplates')}</p>}
      <ul className="template-list">
        {templates.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              className="template-option"
              data-testid={`template-${template.id}`}
              onClick={() => {
                onCreate(template.id, title.trim(), chosen);
                setTitle('');
                setLanguage(null);
              }}
            >
              <span className="template-name">{t(`templates.${template.id}.name`)}</span>
              <span className="template-description">{t(`templates.${template.id}.description`)}</span>
              <span className="template-sections">{template.sections.join(' · ')}</span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
