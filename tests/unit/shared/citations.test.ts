import { describe, expect, it } from 'vitest';
import { formatCitations, htmlToSegments, noSourceText, unknownPublisherText, type CitedItem } from '../../../shared/citations';
import { baotintuc, steering, toLam, vns, vov } from '../../support/seed-sources';

const cite = (factId: string, sources: CitedItem['sources'], quote: string | null = `quote of ${factId}`): CitedItem => ({
  factId,
  factVersion: 1,
  statement: `statement ${factId}`,
  quote,
  sources,
});

describe('formatCitations, Chicago notes', () => {
  it('numbers facts by first appearance and gives a repeated fact its first number', async () => {
    const { notes } = await formatCitations([cite('a', [vov]), cite('b', [vns]), cite('a', [vov]), cite('c', [toLam])], 'chicago');
    expect(notes.map((n) => [n.number, n.factId])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
  });

  it('gives the full note the first time a source is cited and the short form after', async () => {
    const { notes } = await formatCitations([cite('a', [vov]), cite('b', [vns]), cite('c', [vov])], 'chicago');
    expect(notes[0]!.text).toBe('“Government Leader Calls for Deeper, More Effective International Integration,” VOV.VN, January 14, 2026.');
    expect(notes[2]!.text).toBe('“Government Leader Calls for Deeper, More Effective International Integration.”');
  });

  it('prints missing date and publisher honestly instead of inventing them', async () => {
    const { notes, bibliography } = await formatCitations([cite('a', [toLam])], 'chicago');
    expect(notes[0]!.text).toContain('Le Van');
    expect(notes[0]!.text).toContain('n.d.');
    expect(notes[0]!.text).toContain(unknownPublisherText);
    expect(bibliography).toEqual([
      'Le Van. “General Secretary To Lam: International Integration Is a Key Driver Developments.” [publisher unknown], n.d.',
    ]);
  });

  it('in a Vietnamese note, says what is missing in Vietnamese too (vi-VN)', async () => {
    const { notes } = await formatCitations([cite('a', [toLam]), cite('b', [], null)], 'chicago', 'vi-VN');
    expect(notes[0]!.text).toContain('[không rõ nơi xuất bản]');
    expect(notes[0]!.text).not.toContain(unknownPublisherText);
    expect(notes[1]!.text).toBe('Không có nguồn nào được ghi nhận cho dữ kiện này.');
  });

  it('keeps the URL and the outlet exactly as written', async () => {
    const { notes } = await formatCitations([cite('a', [baotintuc])], 'chicago');
    expect(notes[0]!.text).toContain(baotintuc.url);
    expect(notes[0]!.text).toContain('baotintuc.vn,');
    expect(notes[0]!.text).toContain('November 6, 2025');
  });

  it('returns plain text with the outlet as an italic segment', async () => {
    const { notes } = await formatCitations([cite('a', [vov])], 'chicago');
    expect(notes[0]!.text).not.toMatch(/[<>]|&#/);
    expect(notes[0]!.segments.filter((s) => s.italic).map((s) => s.text)).toEqual(['VOV.VN']);
  });

  it('says so when a fact has no source, and keeps the quote for the footnote', async () => {
    const { notes, bibliography } = await formatCitations([cite('a', [], 'the quote')], 'chicago');
    expect(notes[0]!.text).toBe(noSourceText);
    expect(notes[0]!.quote).toBe('the quote');
    expect(bibliography).toEqual([]);
  });

  it('lists each source once in the bibliography however often it is cited', async () => {
    const { bibliography } = await formatCitations(
      [cite('a', [vov]), cite('b', [vov, vns]), cite('c', [steering]), cite('d', [baotintuc])],
      'chicago',
    );
    expect(bibliography).toHaveLength(4);
    expect(bibliography[0]).toMatch(/^baotintuc\.vn\./);
  });
});

describe('formatCitations between calls', () => {
  it('never serves a source’s old metadata after it changes', async () => {
    await formatCitations([cite('a', [vov])], 'chicago');
    const { notes } = await formatCitations([cite('a', [{ ...vov, title: 'A corrected title', published: '2026-01-16' }])], 'chicago');
    expect(notes[0]!.text).toBe('“A Corrected Title,” VOV.VN, January 16, 2026.');
  });
});

describe('formatCitations, APA', () => {
  it('gives in-text citations and a reference list', async () => {
    const { notes, bibliography } = await formatCitations([cite('a', [toLam]), cite('b', [vov])], 'apa');
    expect(notes[0]!.text).toBe('(Le Van, n.d.)');
    expect(notes[1]!.text).toContain('2026)');
    expect(bibliography).toContain(
      'Government leader calls for deeper, more effective international integration. (2026, January 14). VOV.VN.',
    );
  });
});

describe('htmlToSegments', () => {
  it('decodes entities and follows nested italics', () => {
    expect(htmlToSegments('A &#38; B <i>C <span style="font-style:normal;">D</span></i>&lt;')).toEqual([
      { text: 'A & B ', italic: false },
      { text: 'C ', italic: true },
      { text: 'D<', italic: false },
    ]);
  });
});
