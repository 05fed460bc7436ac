import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchAlias } from '../../../../shared/contract/facts';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { Dialog } from '../shell/Dialog';

interface Props {
  open: boolean;
  onClose(): void;
  requireName(): Promise<string | null>;
}

/** The abbreviations search expands ("FDI" also finds "foreign direct investment"): read the list, add to it. */
export function AliasesDialog({ open, onClose, requireName }: Props) {
  const { t } = useTranslation();
  const [aliases, setAliases] = useState<SearchAlias[]>([]);
  const [abbreviation, setAbbreviation] = useState('');
  const [expansion, setExpansion] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    api['facts.aliases']({})
      .then((r) => current && setAliases(r.aliases))
      .catch((e: unknown) => current && setError(errorMessage(e)));
    return () => {
      current = false;
    };
  }, [open]);

  const add = async () => {
    const by = await requireName();
    if (!by) return;
    try {
      const r = await api['facts.addAlias']({ abbreviation: abbreviation.trim(), expansion: expansion.trim(), by });
      setError(null);
      setMessage(t(r.added ? 'aliases.added' : 'aliases.alreadyThere', { abbreviation: r.alias.abbreviation, expansion: r.alias.expansion }));
      setAbbreviation('');
      setExpansion('');
      setAliases((await api['facts.aliases']({})).aliases);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const origin = (a: SearchAlias) =>
    a.origin === 'standard' ? t('aliases.fromStandard') : a.origin === 'source' ? t('aliases.fromSource', { source: a.sourceId ?? '' }) : t('aliases.fromCurator', { name: a.addedBy, date: a.addedAt.slice(0, 10) });

  return (
    <Dialog title={t('aliases.title')} open={open} onClose={onClose} className="dialog-wide" testId="aliases-dialog">
      <p className="dialog-hint">{t('aliases.explanation')}</p>
      <form
        className="aliases-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (abbreviation.trim() && expansion.trim()) void add();
        }}
      >
        <label className="field">
          {t('aliases.abbreviation')}
          <input value={abbreviation} maxLength={40} onChange={(e) => setAbbreviation(e.target.value)} data-testid="alias-abbreviation" />
        </label>
        <label className="field">
          {t('aliases.expansion')}
          <input value={expansion} maxLength={200} onChange={(e) => setExpansion(e.target.value)} data-testid="alias-expansion" />
        </label>
        <button type="submit" className="button button-primary" disabled={!abbreviation.trim() || !expansion.trim()} data-testid="alias-add">
          {t('aliases.add')}
        </button>
      </form>
      {message && (
        <p role="status" data-testid="alias-message">
          {message}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="table-scroll aliases-list">
        <table className="facts-table" data-testid="aliases-table">
          <thead>
            <tr>
              <th scope="col">{t('aliases.abbreviation')}</th>
              <th scope="col">{t('aliases.expansion')}</th>
              <th scope="col">{t('aliases.from')}</th>
            </tr>
          </thead>
          <tbody>
            {aliases.map((a) => (
              <tr key={a.id} data-testid="alias-row">
                <td>{a.abbreviation}</td>
                <td lang={a.language ?? undefined}>{a.expansion}</td>
                <td className="muted">{origin(a)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
