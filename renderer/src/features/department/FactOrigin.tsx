import { formatWhen } from '../../i18n/when';
import { useTranslation } from 'react-i18next';
import type { FactSummary } from '../../../../shared/model';

const labelKey = { department: 'fact.department.department', shared: 'fact.department.shared', local: 'fact.department.localOnly' } as const;

/** "Department" or "Local only" on a fact (issue 16): where it lives, from `facts.origin`. */
export function FactOriginBadge({ fact }: { fact: Pick<FactSummary, 'origin'> }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge badge-origin badge-origin-${fact.origin}`}
      data-testid="fact-origin"
      data-origin={fact.origin}
      title={t(fact.origin === 'local' ? 'fact.department.localOnlyTitle' : 'fact.department.departmentTitle')}
    >
      {t(labelKey[fact.origin])}
    </span>
  );
}

/** "Verified by carl, 27 Nov 2026, 23:30": the verifier is the PostgreSQL role for department facts. */
export function VerifiedBy({ fact, className }: { fact: Pick<FactSummary, 'status' | 'verifiedBy' | 'verifiedAt'>; className?: string }) {
  const { t } = useTranslation();
  if (fact.status !== 'verified' || !fact.verifiedBy) return null;
  return (
    <p className={className ?? 'muted'} data-testid="fact-verified-by">
      {fact.verifiedAt ? t('fact.verifiedByAt', { name: fact.verifiedBy, when: formatWhen(fact.verifiedAt) }) : t('fact.verifiedBy', { name: fact.verifiedBy })}
    </p>
  );
}
