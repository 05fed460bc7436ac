import { useState } from 'react';
import type { ResponseOf } from '../../../../shared/api';
import type { TemplateId } from '../../../../shared/note-format';
import { Dialog } from '../shell/Dialog';

type Template = ResponseOf<'notes.templates'>['templates'][number];

interface Props {
  open: boolean;
  templates: Template[];
  onClose(): void;
  onCreate(templateId: TemplateId, title: string): void;
}

export function NewNoteDialog({ open, templates, onClose, onCreate }: Props) {
  const [title, setTitle] = useState('');
  return (
    <Dialog title="New briefing note" open={open} onClose={onClose} className="new-note-dialog">
      <label className="field">
        Title (optional)
        <input data-autofocus value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Funding for rural clinics" />
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
                onCreate(t.id, title.trim());
                setTitle('');
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
