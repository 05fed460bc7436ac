import type { NoteCitation } from '../../../../shared/note-format';

export interface NumberedCitation {
  number: number;
  factId: string;
  /** The version and text of the fact's first chip in the note. */
  factVersion: number;
  text: string;
}

/** Numbers citations by first appearance; a fact cited again reuses its number. */
export function numberCitations(chips: readonly Pick<NoteCitation, 'factId' | 'factVersion' | 'text'>[]): { numbers: Map<string, number>; citations: NumberedCitation[] } {
  const numbers = new Map<string, number>();
  const citations: NumberedCitation[] = [];
  for (const chip of chips) {
    if (numbers.has(chip.factId)) continue;
    const number = citations.length + 1;
    numbers.set(chip.factId, number);
    citations.push({ number, factId: chip.factId, factVersion: chip.factVersion, text: chip.text });
  }
  return { numbers, citations };
}
