import { describe, expect, it } from 'vitest';
import { factQueryMatch } from '../../../../../renderer/src/editor/plugins/FactTypeaheadPlugin/factQueryMatch';

describe('what opens the @ menu', () => {
  it.each(['472.5', 'US$920', '88%', 'double-digit', '28–29', '59-NQ/TW', 'FDI', 'trade surplus', ''])('@%s keeps it open, with the query as typed', (query) => {
    expect(factQueryMatch(`Exports reached @${query}`)).toEqual({ leadOffset: 'Exports reached '.length, matchingString: query, replaceableString: `@${query}` });
  });

  it('opens at the start of a line and after "("', () => {
    expect(factQueryMatch('@88%')?.matchingString).toBe('88%');
    expect(factQueryMatch('(see @WTO')?.matchingString).toBe('WTO');
  });

  it('stays shut inside an e-mail address, on a new line, and past 60 characters', () => {
    expect(factQueryMatch('write to lan@mofa.gov.vn')).toBeNull();
    expect(factQueryMatch('@FDI\nnext line')).toBeNull();
    expect(factQueryMatch(`@${'x'.repeat(61)}`)).toBeNull();
    expect(factQueryMatch(`@${'x'.repeat(60)}`)).not.toBeNull();
  });
});
