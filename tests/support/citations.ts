/** A fact's citation as a desk prints it, and what a source with an original-language title must look like in it (issue 15). */
import { expect } from 'vitest';
import { citationStyles } from '../../shared/citations';
import { withDesk } from './department';

/** The note citation and the bibliography of a fact version on a desk's store, in every style (English notes). */
export async function printedCitations(desk: string, factId: string, factVersion = 1): Promise<string[]> {
  return withDesk(desk, async (call) => {
    const printed: string[] = [];
    for (const style of citationStyles) {
      const served = await call('export.citations', { citations: [{ factId, factVersion }], style, language: 'en' });
      printed.push(served.notes[0]!.text, served.bibliography.join(' '));
    }
    return printed;
  });
}

/** "Original [Translated]": the original exactly as written (never title-cased), the translation after it as the style cases titles. */
export function expectOriginalBeforeTranslation(printed: readonly string[], original: string, title: string): void {
  for (const text of printed) {
    expect(text).toContain(`${original} [`);
    expect(text.toLowerCase()).toContain(`${original} [${title}]`.toLowerCase());
  }
}
