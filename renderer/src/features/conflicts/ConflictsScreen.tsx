import { useCallback, useEffect, useState } from 'react';
import type { ConflictGroup, FactSummary } from '../../../../shared/model';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { ReasonDialog } from '../curation/ReasonDialog';
import { statusLabels, valueLabel } from '../curation/labels';
import { PackChanges } from './PackChanges';
import { DivergedFacts } from '../department/DivergedFacts';
import { preferFact } from './resolveConflict';
import { useTranslation } from 'react-i18next';
import { dateLabel, publisherLabel } from '../sources/sourceLabels';
import { PaneMessages } from '../shell/PaneMessages';

interface Props {
  onOpenFact(id: string): void;
  requireName(): Promise<string | null>;
}

interface Preferring {
  group: ConflictGroup;
  fact: FactSummary;
}

/** Facts making the same claim with different values, side by side (the curator prefers one); and changes from fact packs to accept or reject. */
export function ConflictsScreen({ onOpenFact, requireName }: Props) {
  const [groups, setGroups] = useState<ConflictGroup[] | null>(null);
  const [preferring, setPreferring] = useState<Preferring | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { t } = useTranslation();

  const load = useCallback(() => {
    api['facts.conflicts']({}).then(
      (r) => setGroups(r.groups),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);
  useEffect(load, [load]);

  const prefer = async (reason: string) => {
    if (!preferring) return;
    const by = await requireName();
    if (!by) return;
    try {
      const others = preferring.group.facts.filter((f) => f.id !== preferring.fact.id);
      await preferFact(preferring.fact, others, reason, by);
      setNotice(t('conflicts.preferred', { id: preferring.fact.id }));
      setPreferring(null);
      setError(null);
      load();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const open = groups?.filter((g) => g.resolution === null);
  const resolved = groups?.filter((g) => g.resolution !== null);
  const renderGroup = (group: ConflictGroup) => (
    <section key={`${group.metric}|${group.subject}|${group.period}`} className="conflict-group" data-testid="conflict-group" aria-label={`${group.metric}, ${group.subject}, ${group.period}`}>
      <h3>
        {group.metric} <span className="muted">· {group.subject} · {group.period}</span>
      </h3>
      {group.resolution && (
        <p className="conflict-resolution" data-testid="conflict-resolution">
          {t('conflicts.resolvedBy', { id: group.resolution.preferredId, by: group.resolution.by, date: group.resolution.at.slice(0, 10), reason: group.resolution.reason })}
        </p>
      )}
      <ul className="conflict-facts">
        {group.facts.map((fact) => (
          <li key={fact.id} className="conflict-fact" data-testid="conflict-fact" data-fact-id={fact.id}>
            <p className="conflict-value">{valueLabel(fact) || t('fact.noValue')}</p>
            <p>
              <span className={`badge badge-${fact.status}`}>{statusLabels[fact.status]}</span>
              {group.preferredId === fact.id && (
                <span className="badge badge-preferred" data-testid="conflict-preferred">
                  {t('conflicts.preferredBadge')}
                </span>
              )}
            </p>
            <p className="conflict-statement">{fact.statement}</p>
            {fact.quote && <blockquote className="conflict-quote">“{fact.quote}”</blockquote>}
            <p className="muted conflict-source">
              {fact.sources.map((s) => [publisherLabel(s), s.title, dateLabel(s)].join(' · ')).join('; ') || t('panel.noSource')}
            </p>
            <div className="conflict-actions">
              <button type="button" className="button button-small" onClick={() => onOpenFact(fact.id)} aria-label={t('conflicts.openFact', { id: fact.id })}>
                {t('conflicts.open')}
              </button>
              <button
                type="button"
                className="button button-small button-primary"
                disabled={fact.status === 'retracted'}
                onClick={() => {
                  setError(null);
                  setPreferring({ group, fact });
                }}
                data-testid="prefer-fact"
                aria-label={t('conflicts.preferLabel', { id: fact.id, value: valueLabel(fact) })}
              >
                {t('conflicts.preferThis')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );

  return (
    <main className="curation-page conflicts-screen" aria-label={t('views.conflicts')} data-testid="conflicts-screen">
      <div className="page-heading">
        <h1>{t('views.conflicts')}</h1>
        <p className="muted">{t('conflicts.intro')}</p>
      </div>
      <PackChanges onOpenFact={onOpenFact} requireName={requireName} />
      <DivergedFacts onOpenFact={onOpenFact} requireName={requireName} />
      <PaneMessages notice={notice} error={preferring ? null : error} noticeTestId="conflicts-notice" />
      {groups?.length === 0 && <p className="list-empty muted">{t('conflicts.none')}</p>}
      {open && open.length > 0 && (
        <section aria-labelledby="conflicts-open-heading" data-testid="conflicts-open">
          <h2 id="conflicts-open-heading">{t('conflicts.openHeading', { count: open.length })}</h2>
          {open.map(renderGroup)}
        </section>
      )}
      {resolved && resolved.length > 0 && (
        <section aria-labelledby="conflicts-resolved-heading" data-testid="conflicts-resolved">
          <h2 id="conflicts-resolved-heading">{t('conflicts.resolvedHeading', { count: resolved.length })}</h2>
          {resolved.map(renderGroup)}
        </section>
      )}
      <ReasonDialog
        title={t('conflicts.preferTitle')}
        explanation={preferring ? t('conflicts.preferExplanation', { id: preferring.fact.id, others: preferring.group.facts.length - 1 }) : ''}
        confirmLabel={t('conflicts.prefer')}
        open={preferring !== null}
        error={preferring ? error : null}
        onClose={() => setPreferring(null)}
        onConfirm={(reason) => void prefer(reason)}
      />
    </main>
  );
}
