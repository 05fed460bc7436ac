import { describe, expect, it } from 'vitest';
import { aliasesInText } from '../../../../electron/core/facts/aliases-in-text';

describe('abbreviations a source defines', () => {
  it('learns "long form (ABBR)" and "ABBR (long form)"', () => {
    expect(aliasesInText('In 2024 accumulated foreign direct investment (FDI) will reach over 502 billion USD.')).toEqual([
      { abbreviation: 'FDI', expansion: 'foreign direct investment' },
    ]);
    expect(aliasesInText('Viet Nam joined the WTO (World Trade Organization) in 2007.')).toEqual([{ abbreviation: 'WTO', expansion: 'World Trade Organization' }]);
    expect(aliasesInText('signed 17 free trade agreements (FTAs), including')).toEqual([{ abbreviation: 'FTAs', expansion: 'free trade agreements' }]);
  });

  it('does not learn what the letters do not spell, a lone word, or a figure', () => {
    expect(aliasesInText('đầu tư trực tiếp nước ngoài (FDI)')).toEqual([]);
    expect(aliasesInText('the conference (online) and the Hanoi (HN) meeting')).toEqual([]);
    expect(aliasesInText('turnover (US$920 billion) and growth (8%)')).toEqual([]);
    expect(aliasesInText('as the Prime Minister said (PM)')).toEqual([]);
    expect(aliasesInText('as the Prime Minister (PM) said')).toEqual([{ abbreviation: 'PM', expansion: 'Prime Minister' }]);
  });
});
