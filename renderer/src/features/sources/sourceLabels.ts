import type { SourceSummary } from '../../../../shared/model';

export const publisherLabel = (source: Pick<SourceSummary, 'publisher'>) => source.publisher ?? 'publisher unknown';
export const dateLabel = (source: Pick<SourceSummary, 'published'>) => source.published ?? 'n.d.';
export const factCountLabel = (count: number) => `${count} ${count === 1 ? 'fact' : 'facts'}`;
