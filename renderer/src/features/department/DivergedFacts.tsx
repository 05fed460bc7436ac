import { formatWhen } from '../../i18n/when';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DivergedFact } from '../../../../shared/contract/department';
import { FactFields } from '../../../../shared/model';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { useDepartment } from './useDepartment';
import { PaneMessages } from '../shell/PaneMessages';

interface Props {
  onOpenFact(id: string): void;
  requireName(): Promise<string | null>;
}

/**
 * The Conflicts view's diverged facts (issue 16): two desktops revised the same version while
 * offline, and the department kept both. Side by side; keeping one writes it again as a new
 * version through the facts service, which the live link pushes like any other change.
 */
export function DivergedFacts({ onOpenFact, requireName }: Props) {
  const { t } = useTranslation();
  const { department, refresh } = useDepartment();
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const diverged = department?.diverged ?? [];
  if (diverged.length === 0 && !notice) return null;

  const keep = async (fact: DivergedFact, version: number) => {
    const by = await requireName();
    if (!by) return;
    try {
      const chosen = await api['facts.get']({ id: fact.factId, version });
      const revised = await api['facts.revise']({
        id: fact.factId,
        fields: FactFields.parse(chosen),
        reason: t('conflicts.diverged.reason', { versions: fact.versions.map((v) => v.version).join(', ') }),
        by,
      });
      setNotice(t('conflicts.diverged.kept', { version: revised.version }));
      setError(null);
      refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="diverged-facts" aria-labelledby="diverged-title" data-testid="diverged-facts">
      <h2 id="diverged-title">{t('conflicts.diverged.title')}</h2>
      <p className="muted">{t('conflicts.diverged.intro')}</p>
      <PaneMessages notice={notice} error={error} />
      {diverged.map((fact) => (
        <article key={fact.factId} className="conflict-group" data-testid="diverged-fact" data-fact-id={fact.factId}>
          <button type="button" className="link-button" onClick={() => onOpenFact(fact.factId)}>
            {t('conflicts.openFact', { id: fact.factId })}
          </button>
          <div className="diverged-versions">
            {fact.versions.map((v) => (
              <div key={v.version} className="diverged-version" data-testid="diverged-version">
                <p>{v.statement}</p>
                <p className="muted">{t('conflicts.diverged.version', { version: v.version, basedOn: v.basedOn, by: v.createdBy, when: formatWhen(v.createdAt) })}</p>
                <button type="button" className="button button-small" aria-label={t('conflicts.diverged.keepLabel', { version: v.version, id: fact.factId })} onClick={() => void keep(fact, v.version)}>
                  {t('conflicts.diverged.keep')}
                </button>
              </div>
            ))}
          </div>
        </article>
      ))}
    </section>
  );
}
