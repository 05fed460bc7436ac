/**
 * The renderer's wording rules outside the catalogues themselves: timestamps in the interface's
 * language (one formatter, `i18n/when.ts`) and the message format, which hands only messages
 * with ICU syntax to the ICU formatter.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, setUiLanguage } from '../../../renderer/src/i18n';
import { formatWhen } from '../../../renderer/src/i18n/when';

afterEach(() => setUiLanguage('en'));

describe('timestamps on screen', () => {
  const now = new Date(2026, 10, 28, 15, 0);

  it('lists today by its time, this year by day and month, an older one with its year', () => {
    expect(formatWhen(new Date(2026, 10, 28, 9, 5).toISOString(), 'listed', now)).toMatch(/^0?9:05/);
    expect(formatWhen(new Date(2026, 0, 5, 9, 5).toISOString(), 'listed', now)).toBe('Jan 5');
    expect(formatWhen(new Date(2025, 0, 5, 9, 5).toISOString(), 'listed', now)).toBe('Jan 5, 2025');
  });

  it('follows a change of language at once', async () => {
    const iso = new Date(2025, 0, 5, 9, 5).toISOString();
    const english = formatWhen(iso, 'long');
    expect(english).toContain('January');
    await setUiLanguage('vi');
    expect(formatWhen(iso, 'long')).toContain('tháng 1');
    expect(formatWhen(iso, 'listed', now)).toMatch(/5 thg 1,? 2025/);
  });

  it('shows a value that is not a date as it was given', () => {
    expect(formatWhen('not a date')).toBe('not a date');
  });
});

describe('the message format', () => {
  it('fills arguments and plurals, and leaves plain text exactly as written', async () => {
    i18n.addResource('en', 'translation', 'test.plain', "Don't close # the window | now");
    i18n.addResource('en', 'translation', 'test.plural', '{count, plural, one {# fact} other {# facts}} in {title}');
    expect(i18n.t('test.plain')).toBe("Don't close # the window | now");
    expect(i18n.t('test.plural', { count: 1, title: 'Note' })).toBe('1 fact in Note');
    expect(i18n.t('test.plural', { count: 3, title: 'Note' })).toBe('3 facts in Note');
  });
});
