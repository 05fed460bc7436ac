import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogues, resolveUiLanguage, systemUiLanguage, uiLanguageOf, uiLanguages } from '../../../shared/ui-language';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The arguments a message takes ({title}, {count, plural, …}), so both languages fill the same blanks. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      into.add(e.value);
      for (const option of Object.values(e.options)) argumentsOf(option.value, into);
    }
    if (e.type === TYPE.tag) argumentsOf(e.children, into);
  }
  return into;
}

const flat = Object.fromEntries(uiLanguages.map((lang) => [lang, flatten(catalogues[lang] as unknown as Tree)]));

describe('interface catalogues', () => {
  it('have the same keys in English and Vietnamese', () => {
    expect([...flat.vi!.keys()].sort()).toEqual([...flat.en!.keys()].sort());
    expect(flat.en!.size).toBeGreaterThan(200);
  });

  it('are valid ICU messages taking the same arguments in both languages', () => {
    for (const [key, english] of flat.en!) {
      const vietnamese = flat.vi!.get(key)!;
      const en = parse(english);
      const vi = parse(vietnamese);
      expect(argumentsOf(vi), key).toEqual(argumentsOf(en));
      expect(vietnamese.trim(), key).not.toBe('');
    }
  });

  it('word plurals per language: English has one/other, Vietnamese one form', () => {
    const en = new IntlMessageFormat(catalogues.en.library.words, 'en');
    const vi = new IntlMessageFormat(catalogues.vi.library.words, 'vi');
    expect(en.format({ count: 1 })).toBe('1 word');
    expect(en.format({ count: 2 })).toBe('2 words');
    expect(vi.format({ count: 1 })).toBe('1 từ');
    expect(vi.format({ count: 1234 })).toBe('1.234 từ');
  });
});

describe('the interface language', () => {
  it('follows the first preferred language with a catalogue, else English', () => {
    expect(systemUiLanguage(['vi-VN', 'en-US'])).toBe('vi');
    expect(systemUiLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(systemUiLanguage(['fr-FR'])).toBe('en');
    expect(systemUiLanguage([])).toBe('en');
  });

  it('is the choice in Settings when there is one', () => {
    expect(resolveUiLanguage('vi', ['en-US'])).toBe('vi');
    expect(resolveUiLanguage('', ['vi'])).toBe('vi');
    expect(resolveUiLanguage(undefined, ['en'])).toBe('en');
  });

  it('is named by the language i18next reports, region or not, else English', () => {
    expect(uiLanguageOf('vi')).toBe('vi');
    expect(uiLanguageOf('VI-vn')).toBe('vi');
    expect(uiLanguageOf('en-GB')).toBe('en');
    expect(uiLanguageOf('cimode')).toBe('en');
  });
});
