import type { SourceSummary } from '../../../../shared/model';

import { i18n } from '../../i18n';

export const publisherLabel = (source: Pick<SourceSummary, 'publisher'>) => source.publisher ?? i18n.t('sources.publisherUnknown');
export const dateLabel = (source: Pick<SourceSummary, 'published'>) => source.published ?? i18n.t('sources.noDate');
export const factCountLabel = (count: number) => i18n.t('sources.factCount', { count });
export const reliabilityLabel = (tier: SourceSummary['reliability']) => i18n.t(`sources.reliability.${tier}`);
