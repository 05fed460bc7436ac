import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackChange } from '../../../../shared/contract/packs';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { statusLabels, valueLabel } from '../curation/labels';
import { PaneMessages } from '../shell/PaneMessages';

interface Props {
  onOpenFact(id: string): void;
  requireName(): Promise<string | null>;
}

/**
 * What imported fact packs would change in facts this store holds. Nothing of it is applied
 * until someone here accepts it; the names it carries are the pack's claims, and the pack's
 * checksum only shows the file arrived whole, not who made it.
 */
export function PackChanges({ onOpenFact, requireName }: Props) {
  const { t } = useTranslation();
  const [changes, setChanges] = useState<PackChange[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    api['packs.pendingChanges']({}).then(
      (r) => setChanges(r.changes),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);
  useEffect(load, [load]);

  const decide = async (change: PackChange, accept: boolean) => {
    const by = await requireName();
    if (!by) return;
    try {
      await (accept ? api['packs.acceptChange'] : api['packs.rejectChange'])({ id: change.id, by });
      setNotice(t(accept ? 'packChanges.accepted' : 'packChanges.rejected', { factId: change.factId }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
    load();
  };

  if (changes === null || (changes.length === 0 && !notice && !error)) return null;
  return (
    <section className="pack-changes" aria-label={t('packChanges.title')} data-testid="pack-changes">
      <h2>{t('packChanges.title')}</h2>
      <p className="muted">{t('packChanges.intro')}</p>
      <PaneMessages notice={notice} error={error} noticeTestId="pack-changes-notice" />
      <ul className="conflict-facts">
        {changes.map((change) => (
          <li key={change.id} className="conflict-fact" data-testid="pack-change" data-fact-id={change.factId}>
            <p>
              <strong>{change.factId}</strong> v{change.current.version} <span className={`badge badge-${change.current.status}`}>{statusLabels[change.current.status]}</span>{' '}
              {valueLabel({ ...change.current, qualifier: null })}
            </p>
            <p className="conflict-statement">{change.current.statement}</p>
            <ul className="pack-change-lines">
              {change.summaryWordings.map((line, i) => (
                <li key={i}>{t(`packChangeSummary.${line.key}`, line.params)}</li>
              ))}
            </ul>
            <p className="muted">
              {t(change.claimedBy ? 'packChanges.fromClaimed' : 'packChanges.from', {
                fileName: change.fileName,
                claimedBy: change.claimedBy,
                importedBy: change.importedBy,
                date: change.importedAt.slice(0, 10),
              })}
            </p>
            <div className="conflict-actions">
              <button type="button" className="button button-small" onClick={() => onOpenFact(change.factId)} aria-label={t('conflicts.openFact', { id: change.factId })}>
                {t('conflicts.open')}
              </button>
              <button type="button" className="button button-small" onClick={() => void decide(change, false)} data-testid="reject-pack-change">
                {t('packChanges.reject')}
              </button>
              <button type="button" className="button button-small button-primary" onClick={() => void decide(change, true)} data-testid="accept-pack-change">
                {t('packChanges.accept')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
