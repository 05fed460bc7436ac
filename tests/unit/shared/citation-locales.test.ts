import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationCacheKey } from '../../../electron/core/export/citation-cache';
import { citationLocaleFor, formatCitations, type CitedItem } from '../../../shared/citations';
import { parsedLocale } from '../../../scripts/build-csl-locales';

const source = {
  title: 'Giải ngân vốn FDI năm 2025 đạt kỷ lục',
  publisher: 'Bộ Tài chính',
  authors: [],
  published: '2026-01-14',
  url: 'https://mof.gov.vn/fdi-2025',
  accessed: '2026-02-03',
  language: 'vi',
};
const items: CitedItem[] = [{ factId: 'f', factVersion: 1, statement: 's', quote: 'q', sources: [source] }];

describe('citations in the note\'s language', () => {
  it('bundles the vi-VN locale exactly as the CSL locales package has it', () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '../../../shared/csl/locales-vi-VN.json'), 'utf8')) as unknown;
    expect(committed).toEqual(parsedLocale('vi-VN'));
  });

  it('writes dates and terms with the vi-VN locale for a Vietnamese note, and en-US for an English one', async () => {
    expect(citationLocaleFor('vi')).toBe('vi-VN');
    const vi = await formatCitations(items, 'apa', citationLocaleFor('vi'));
    const en = await formatCitations(items, 'apa', citationLocaleFor('en'));
    expect(vi.bibliography[0]).toContain('Tháng Giêng 14');
    expect(en.bibliography[0]).toContain('January 14');
    expect(vi.bibliography[0]).not.toContain('January');
  });

  it('keeps formatted citations apart per locale', () => {
    expect(citationCacheKey(items, 'chicago', 'vi-VN')).not.toBe(citationCacheKey(items, 'chicago', 'en-US'));
  });
});
