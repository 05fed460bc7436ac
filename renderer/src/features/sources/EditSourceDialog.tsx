import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../../i18n/when';
import type { SourceMetadataHistory, SourceMetaChange } from '../../../../shared/contract/sources';
import { reliabilityTiers, type SourceMeta } from '../../../../shared/model';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { loadUserName, saveUserName } from '../curation/profile';
import { Dialog, FormActions } from '../shell/Dialog';

interface Props {
  /** The source to edit; the dialog is open while it is set. */
  sourceId: string | null;
  onClose(): void;
  /** After a change was recorded (the caller re-reads the source, or re-runs the export check). */
  onSaved(history: SourceMetadataHistory): void;
}

type Draft = Record<'title' | 'originalTitle' | 'publisher' | 'published' | 'url' | 'language' | 'reliability', string>;

const textFields = ['title', 'originalTitle', 'publisher', 'published', 'url', 'language'] as const;

function draftOf(source: SourceMetadataHistory['source']): Draft {
  return {
    title: source.title,
    originalTitle: source.originalTitle ?? '',
    publisher: source.publisher ?? '',
    published: source.published ?? '',
    url: source.url ?? '',
    language: source.language ?? '',
    reliability: source.reliability,
  };
}

/** Only the fields that differ from the stored ones; an emptied field becomes unknown (null). */
function changedMeta(draft: Draft, source: SourceMetadataHistory['source']): Partial<SourceMeta> {
  const meta: Record<string, string | null> = {};
  const stored = draftOf(source);
  for (const field of [...textFields, 'reliability'] as const) {
    if (draft[field].trim() === stored[field].trim()) continue;
    meta[field] = draft[field].trim() === '' && field !== 'title' ? null : draft[field].trim();
  }
  return meta as Partial<SourceMeta>;
}

/**
 * "Edit details": a source's title (and its original-language title), publisher, date, URL, language and reliability, corrected
 * after import. Each save is a recorded change (who, when, old → new), listed below the form;
 * the source's text never changes.
 */
export function EditSourceDialog({ sourceId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [history, setHistory] = useState<SourceMetadataHistory | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setHistory(null);
    setDraft(null);
    setError(null);
    if (!sourceId) return;
    let live = true;
    api['sources.metadataHistory']({ id: sourceId }).then(
      (h) => live && (setHistory(h), setDraft(draftOf(h.source))),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    void loadUserName().then((n) => live && n && setName(n));
    return () => {
      live = false;
    };
  }, [sourceId]);

  const save = async () => {
    if (!history || !draft) return;
    const meta = changedMeta(draft, history.source);
    if (Object.keys(meta).length === 0) return onClose();
    const by = name.trim();
    if (!by) return setError(t('sourceEdit.nameNeeded'));
    setBusy(true);
    try {
      if (!(await loadUserName())) await saveUserName(by);
      const saved = await api['sources.updateMetadata']({ id: history.source.id, meta, by });
      setHistory(saved);
      setDraft(draftOf(saved.source));
      setError(null);
      onSaved(saved);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const set = (field: keyof Draft) => (value: string) => setDraft((d) => (d ? { ...d, [field]: value } : d));

  return (
    <Dialog title={t('sourceEdit.title')} open={sourceId !== null} onClose={onClose} className="dialog-wide" testId="edit-source-dialog">
      {!draft && !error && <p className="muted">{t('sourceEdit.loading')}</p>}
      {draft && history && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p className="dialog-hint">{t('sourceEdit.hint')}</p>
          {textFields.map((field) => (
            <label className="field" key={field}>
              {t(`sourceEdit.field.${field}`)}
              <input
                value={draft[field]}
                onChange={(e) => set(field)(e.target.value)}
                data-testid={`edit-source-${field}`}
                required={field === 'title'}
                placeholder={field === 'published' ? t('sourceEdit.datePlaceholder') : field === 'title' ? undefined : t('sourceEdit.unknown')}
              />
            </label>
          ))}
          <label className="field">
            {t('sourceEdit.field.reliability')}
            <select value={draft.reliability} onChange={(e) => set('reliability')(e.target.value)} data-testid="edit-source-reliability">
              {reliabilityTiers.map((tier) => (
                <option key={tier} value={tier}>
                  {t(`sourceEdit.reliability.${tier}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('sourceEdit.changedBy')}
            <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" data-testid="edit-source-by" />
          </label>
          <FormActions error={error} cancelLabel={t('sourceEdit.close')} onCancel={onClose} submitLabel={t('sourceEdit.save')} submitDisabled={busy} submitTestId="edit-source-save" />
          <ChangeHistory changes={history.changes} />
        </form>
      )}
      {!draft && error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}

function ChangeHistory({ changes }: { changes: SourceMetaChange[] }) {
  const { t } = useTranslation();
  const shown = (value: SourceMetaChange['old']) => (value === null ? t('sourceEdit.unknown') : Array.isArray(value) ? value.join('; ') : `“${value}”`);
  return (
    <section className="source-edit-history" data-testid="source-edit-history">
      <h3>{t('sourceEdit.historyTitle')}</h3>
      {changes.length === 0 ? (
        <p className="muted">{t('sourceEdit.noChanges')}</p>
      ) : (
        <ul>
          {changes.map((c, i) => (
            <li key={`${c.at}-${c.field}-${i}`} data-testid="source-edit-change">
              {t('sourceEdit.change', { field: t(`sourceEdit.field.${c.field === 'accessed' || c.field === 'authors' ? 'other' : c.field}`), old: shown(c.old), new: shown(c.new), by: c.by, at: formatWhen(c.at) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
