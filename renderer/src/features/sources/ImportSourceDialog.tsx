import { useEffect, useState } from 'react';
import type { SourcesExtractResponse } from '../../../../shared/contract/sources';
import { reliabilityTiers, type SourceMeta } from '../../../../shared/model';
import { Dialog, FormActions } from '../shell/Dialog';
import { useTranslation } from 'react-i18next';
import { reliabilityLabel } from './sourceLabels';

export interface PendingImport {
  fileName: string;
  base64: string;
  extracted: SourcesExtractResponse;
}

interface Props {
  pending: PendingImport | null;
  busy: boolean;
  error: string | null;
  onCancel(): void;
  onImport(meta: Partial<SourceMeta>): void;
}

const partialDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

interface MetaDraft {
  title: string;
  publisher: string;
  authors: string;
  published: string;
  url: string;
  language: string;
  reliability: SourceMeta['reliability'];
}

function draftOf(meta: Partial<SourceMeta>): MetaDraft {
  return {
    title: meta.title ?? '',
    publisher: meta.publisher ?? '',
    authors: (meta.authors ?? []).join('; '),
    published: meta.published ?? '',
    url: meta.url ?? '',
    language: meta.language ?? '',
    reliability: meta.reliability ?? 'unknown',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** What the file revealed, all editable; an empty field is stored as unknown, never guessed. */
export function ImportSourceDialog({ pending, busy, error, onCancel, onImport }: Props) {
  const [draft, setDraft] = useState<MetaDraft>(draftOf({}));
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useTranslation();
  useEffect(() => {
    if (pending) setDraft(draftOf(pending.extracted.meta));
    setProblem(null);
  }, [pending]);

  const set = (change: Partial<MetaDraft>) => setDraft((d) => ({ ...d, ...change }));
  const submit = () => {
    if (draft.published.trim() && !partialDate.test(draft.published.trim())) {
      return setProblem(t('import.badDate'));
    }
    setProblem(null);
    onImport({
      ...(draft.title.trim() ? { title: draft.title.trim() } : {}),
      publisher: orNull(draft.publisher),
      authors: draft.authors.split(';').map((a) => a.trim()).filter(Boolean),
      published: orNull(draft.published),
      url: orNull(draft.url),
      language: orNull(draft.language),
      reliability: draft.reliability,
    });
  };

  const extracted = pending?.extracted;
  return (
    <Dialog title={t('import.title')} open={pending !== null} onClose={onCancel} className="dialog-wide" testId="import-dialog">
      {pending && extracted && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <p className="dialog-hint import-file">
            <strong>{pending.fileName}</strong> · {t(`import.formats.${extracted.format}`)}
            {extracted.encoding ? ` · ${extracted.encoding}` : ''} · {t('import.characters', { count: extracted.textLength })}
          </p>
          {extracted.alreadyImportedAs && (
            <p className="import-already" role="note" data-testid="import-already">
              {t('import.already', { title: extracted.alreadyImportedAs.title })}
            </p>
          )}
          {extracted.warnings.length > 0 && (
            <ul className="import-warnings" data-testid="import-warnings" aria-label={t('import.warnings')}>
              {extracted.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <div className="import-grid">
            <label className="field field-span">
              {t('library.titleField')}
              <input data-testid="import-title" value={draft.title} placeholder={pending.fileName.replace(/\.[^.]+$/, '')} onChange={(e) => set({ title: e.target.value })} />
            </label>
            <label className="field">
              {t('import.publisher')}
              <input data-testid="import-publisher" value={draft.publisher} placeholder={t('sources.reliability.unknown')} onChange={(e) => set({ publisher: e.target.value })} />
            </label>
            <label className="field">
              {t('import.authors')}
              <input data-testid="import-authors" value={draft.authors} placeholder={t('sources.reliability.unknown')} onChange={(e) => set({ authors: e.target.value })} />
            </label>
            <label className="field">
              {t('import.published')}
              <input data-testid="import-published" value={draft.published} placeholder={t('sources.reliability.unknown')} onChange={(e) => set({ published: e.target.value })} />
            </label>
            <label className="field">
              {t('settings.language')}
              <input data-testid="import-language" value={draft.language} placeholder={t('import.languageHint')} onChange={(e) => set({ language: e.target.value })} />
            </label>
            <label className="field field-span">
              {t('import.url')}
              <input data-testid="import-url" value={draft.url} placeholder={t('sources.reliability.unknown')} onChange={(e) => set({ url: e.target.value })} />
            </label>
            <label className="field">
              {t('import.reliability')}
              <select data-testid="import-reliability" value={draft.reliability} onChange={(e) => set({ reliability: e.target.value as MetaDraft['reliability'] })}>
                {reliabilityTiers.map((r) => (
                  <option key={r} value={r}>
                    {reliabilityLabel(r)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <details className="import-preview">
            <summary>{t('import.preview')}</summary>
            <pre data-testid="import-preview">{extracted.preview}</pre>
          </details>
          <FormActions
            error={problem ?? error}
            errorTestId="import-error"
            onCancel={onCancel}
            submitLabel={busy ? t('import.importing') : extracted.alreadyImportedAs ? t('import.openSource') : t('import.import')}
            submitDisabled={busy}
            submitTestId="import-confirm"
          />
        </form>
      )}
    </Dialog>
  );
}
