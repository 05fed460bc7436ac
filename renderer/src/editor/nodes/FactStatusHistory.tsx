import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactDetail, FactStatus, FactSummary } from '../../../../shared/model';
import { api } from '../../api';

type StatusChange = FactDetail['history'][number];

const shownChanges = 4;

/**
 * Who changed a fact's status, when and why, newest first (issue 12, item 4): a disputed or
 * retracted fact shows its reason, and an earlier verification stays in view instead of the
 * popover saying "Not verified". Fetched when the popover opens, so a note of 500 chips asks
 * for no history until the drafter looks at one.
 */
export function FactStatusHistory({ fact }: { fact: Pick<FactSummary, 'id' | 'status' | 'version' | 'verifiedBy' | 'verifiedAt'> }) {
  const { id: factId, status, version } = fact;
  const { t } = useTranslation();
  const [history, setHistory] = useState<StatusChange[] | null>(null);
  useEffect(() => {
    let live = true;
    api['facts.get']({ id: factId }).then(
      (detail) => live && setHistory(detail.history),
      () => live && setHistory([]),
    );
    return () => {
      live = false;
    };
    // The status or version in the live store changed: the history has a new entry.
  }, [factId, status, version]);
  const statusLabel = (s: FactStatus) => t(`chip.status.${s}`);
  return (
    <span className="fact-popover-history" data-testid="chip-history">
      <span className="fact-popover-label">{t('chip.history.title')}</span>
      {(history === null || history.length === 0) && fact.verifiedBy ? (
        // Until the history arrives (or where it cannot be read), the verification the summary knows.
        <span className="fact-popover-history-entry" data-testid="chip-history-entry" data-status="verified">
          {t('chip.history.entry', { status: statusLabel('verified'), by: fact.verifiedBy, date: fact.verifiedAt?.slice(0, 10) ?? '' })}
        </span>
      ) : history === null ? (
        <span className="muted">{t('chip.history.loading')}</span>
      ) : history.length === 0 ? (
        <span className="muted">{t('chip.history.none')}</span>
      ) : (
        [...history]
          .reverse()
          .slice(0, shownChanges)
          .map((change, i) => (
            <span key={i} className="fact-popover-history-entry" data-testid="chip-history-entry" data-status={change.status}>
              {t('chip.history.entry', { status: statusLabel(change.status), by: change.by, date: change.at.slice(0, 10) })}
              {change.reason ? ` — ${change.reason}` : ''}
            </span>
          ))
      )}
    </span>
  );
}
