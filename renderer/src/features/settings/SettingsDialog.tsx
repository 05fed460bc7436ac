import type { Preferences } from '../../../../shared/contract/profile';
import { Dialog } from '../shell/Dialog';
import { useTranslation } from 'react-i18next';
import type { UiLanguageChoice } from '../../../../shared/ui-language';
import { systemUiLanguage } from '../../i18n';
import { DepartmentSettings } from '../department/DepartmentSettings';

interface Props {
  open: boolean;
  preferences: Preferences;
  error: string | null;
  onChange(change: Partial<Preferences>): void;
  onClose(): void;
  /** Opened from the status bar's department state: that section takes focus. */
  section?: 'department';
}

const languageNames = { en: 'English', vi: 'Tiếng Việt' } as const;

export function SettingsDialog({ open, preferences, error, onChange, onClose, section }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('settings.title')} open={open} onClose={onClose} testId="settings-dialog">
      <label className="field field-checkbox">
        <input
          type="checkbox"
          {...(section === undefined ? { 'data-autofocus': true } : {})}
          data-testid="setting-smart-quotes"
          checked={preferences.smartQuotes}
          onChange={(e) => onChange({ smartQuotes: e.target.checked })}
        />
        {t('settings.smartQuotes')}
      </label>
      <label className="field">
        <span>{t('settings.language')}</span>
        <select
          data-testid="setting-ui-language"
          value={preferences.uiLanguage}
          onChange={(e) => onChange({ uiLanguage: e.target.value as UiLanguageChoice })}
        >
          <option value="">{t('settings.languageSystem', { language: languageNames[systemUiLanguage()] })}</option>
          <option value="en" lang="en">{languageNames.en}</option>
          <option value="vi" lang="vi">{languageNames.vi}</option>
        </select>
      </label>
      <DepartmentSettings focus={section === 'department'} />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('common.done')}
        </button>
      </div>
    </Dialog>
  );
}
