/**
 * The four fact filters (status, topic, source, period) as the fact panel and the facts table
 * both show them: one component, so the two screens filter the same way.
 */
import type { FactStatus, SourceSummary } from '../../../../shared/model';
import { factStatuses } from '../../../../shared/model';
import { statusLabels } from '../curation/labels';
import { useTranslation } from 'react-i18next';

export interface FactFilterValues {
  status: FactStatus | '';
  topic: string;
  sourceId: string;
  period: string;
}

interface Props {
  value: FactFilterValues;
  onChange(change: Partial<FactFilterValues>): void;
  topics: readonly string[];
  sources: readonly Pick<SourceSummary, 'id' | 'title'>[];
  /** Stable hooks for end-to-end tests (`filter-status`, ...), where a screen has them. */
  testIds?: boolean;
}

export function FactFilterFields({ value, onChange, topics, sources, testIds = false }: Props) {
  const id = (name: string) => (testIds ? `filter-${name}` : undefined);
  const { t } = useTranslation();
  return (
    <>
      <label className="field">
        {t('facts.columns.status')}
        <select data-testid={id('status')} value={value.status} onChange={(e) => onChange({ status: e.target.value as FactFilterValues['status'] })}>
          <option value="">{t('filters.anyStatus')}</option>
          {factStatuses.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('filters.topic')}
        <select data-testid={id('topic')} value={value.topic} onChange={(e) => onChange({ topic: e.target.value })}>
          <option value="">{t('filters.anyTopic')}</option>
          {topics.map((topic) => (
            <option key={topic} value={topic}>
              {topic}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('facts.columns.source')}
        <select data-testid={id('source')} value={value.sourceId} onChange={(e) => onChange({ sourceId: e.target.value })}>
          <option value="">{t('filters.anySource')}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('facts.columns.period')}
        <input data-testid={id('period')} value={value.period} placeholder={t('filters.periodHint')} onChange={(e) => onChange({ period: e.target.value })} />
      </label>
    </>
  );
}
