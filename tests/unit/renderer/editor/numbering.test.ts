// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { numberCitations } from '../../../../renderer/src/editor/citations/numbering';

describe('numberCitations', () => {
  it('numbers facts by first appearance and reuses the number when a fact is cited again', () => {
    const { numbers, citations } = numberCitations([
      { factId: 'b', factVersion: 1, text: 'B' },
      { factId: 'a', factVersion: 2, text: 'A' },
      { factId: 'b', factVersion: 1, text: 'B again' },
      { factId: 'c', factVersion: 1, text: 'C' },
    ]);
    expect([...numbers]).toEqual([['b', 1], ['a', 2], ['c', 3]]);
    expect(citations.map((c) => [c.number, c.factId, c.text])).toEqual([[1, 'b', 'B'], [2, 'a', 'A'], [3, 'c', 'C']]);
  });
});
