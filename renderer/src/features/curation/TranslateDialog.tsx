import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactDetail } from '../../../../shared/model';
import type { NoteLanguage } from '../../../../shared/note-format';
import { Dialog, FormActions } from '../shell/Dialog';

interface Props {
  fact: FactDetail;
  language: NoteLanguage | null;
  error: string | null;
  onClose(): void;
  onSave(statement: string): void;
}

/** The fact's statement in another language; saved as a new version (facts.translate). The quote is never translated. */
export function TranslateDialog({ fact, language, error, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const [statement, setStatement] = useState('');
  useEffect(() => {
    if (language) setStatement(fact.translations[language] ?? '');
  }, [language, fact]);
  const languageName = language ? t(`language.${language}`) : '';
  return (
    <Dialog title={t('translate.heading', { language: languageName })} open={language !== null} onClose={onClose} testId="translate-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (statement.trim()) onSave(statement.trim());
        }}
      >
        <p className="dialog-hint" lang={fact.language}>
          {fact.statement}
        </p>
        <label className="field">
          {t('translate.label', { language: languageName })}
          <textarea data-testid="translate-input" required rows={3} autoFocus lang={language ?? undefined} value={statement} onChange={(e) => setStatement(e.target.value)} />
        </label>
        <p className="dialog-hint">{t('translate.note')}</p>
        <FormActions error={error} cancelLabel={t('translate.cancel')} onCancel={onClose} submitLabel={t('translate.save')} submitDisabled={!statement.trim()} submitTestId="translate-save" />
      </form>
    </Dialog>
  );
}
