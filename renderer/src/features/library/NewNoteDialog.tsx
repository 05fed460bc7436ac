import { useState } from 'react';
import type { ResponseOf } from '../../../../shared/api';
import type { TemplateId } from '../../../../shared/note-format';
import { Dialog } from '../shell/Dialog';
import { useTranslation } from 'react-i18next';

type Template = ResponseOf<'notes.templates'>['templates'][number];

interface Props {
  open: boolean;
  templates: Template[];
  onClose(): void;
  onCreate(templateId: TemplateId, title: string): void;
}

export function NewNoteDialog({ open, templates, onClose, onCreate }: Props) {
  const [title, setTitle] = useState('');
  const { t } = useTranslation();
  return (
    <Dialog title={t('newNote.title')} open={open} onClose={onClose} className="new-note-dialog">
      <label className="field">
        {t('newNote.titleField')}
        <input data-autofocus value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('newNote.titlePlaceholder')} />
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
                onCreate(template.id, title.trim());
                setTitle('');
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
