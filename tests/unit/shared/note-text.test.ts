import { describe, expect, it } from 'vitest';
import { countWords, noteText, searchKey } from '../../../shared/note-text';
import { content, fact, heading, paragraph, text } from '../../support/note-content';

describe('noteText and countWords', () => {
  it('count words as a reader does: chips count their text, bold runs join the word around them', () => {
    const note = content(
      heading('Summary'),
      paragraph(text('Unem'), text('ployment', 1), text(' fell to '), fact('F-1', '5.1 per cent'), text('.')),
      { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('one item')] }] },
      paragraph(text('a'), { type: 'linebreak', version: 1 }, text('b — c')),
    );
    expect(noteText(note)).toBe('Summary\nUnemployment fell to 5.1 per cent.\none item\n\na\nb — c\n');
    expect(countWords(noteText(note))).toBe(1 + 6 + 2 + 3);
  });

  it('count nothing in an empty note', () => {
    expect(countWords(noteText(content(paragraph())))).toBe(0);
  });
});

describe('searchKey', () => {
  it('folds case and diacritics, including letters without a combining mark', () => {
    expect(searchKey('Phạm Minh Chính')).toBe('pham minh chinh');
    expect(searchKey('Đà Nẵng')).toBe('da nang');
    expect(searchKey('  Montréal\tÉTÉ  ')).toBe('montreal ete');
    expect(searchKey('Straße, Łódź, Ørsted')).toBe('strasse, lodz, orsted');
  });
});
