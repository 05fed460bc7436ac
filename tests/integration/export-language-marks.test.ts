/**
 * Text the writer marked as another language (issue 15) reaches Word with its `w:lang`: an
 * English phrase inside a Vietnamese paragraph, a paragraph marked English, a chip inside the
 * phrase; every other run stays in the note's language (the document default).
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportNoteToDocx } from '../../electron/core/export';
import type { SerializedNode } from '../../shared/note-format';
import { fact, paragraph, sampleFacts, sampleNote, sampleResolver, text } from '../support/sample-note';

const englishPhrase: SerializedNode = { type: 'language-span', version: 1, lang: 'en', children: [text('the goverment decided '), fact('fact-fdi', sampleFacts['fact-fdi']!.statement)] };
const englishParagraph: SerializedNode = { ...paragraph(text('Two words')), $: { lang: 'en' } };

describe('a note with text marked as another language, exported', () => {
  it('writes w:lang="en-GB" on the marked phrase and paragraph, and the note’s vi-VN everywhere else', async () => {
    const note = sampleNote({ language: 'vi', title: 'Ghi chú' });
    note.content = { root: { type: 'root', children: [paragraph(text('Bộ trưởng nói '), englishPhrase, text(' và đồng ý.')), englishParagraph, paragraph(text('Hết'))] } };
    const docx = await exportNoteToDocx(note, sampleResolver, { style: 'chicago' });
    const zip = await JSZip.loadAsync(docx);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="vi-VN"/s);
    const body = (await zip.file('word/document.xml')!.async('string')).split('<w:body>')[1]!;
    const runs = [...body.matchAll(/<w:r>(.*?)<\/w:r>/gs)]
      .map((run) => ({
        text: [...run[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
        lang: /<w:lang w:val="([^"]+)"/.exec(run[1]!)?.[1] ?? 'vi-VN',
      }))
      .filter((r) => /\p{L}/u.test(r.text));
    const english = new Set(['the goverment decided ', sampleFacts['fact-fdi']!.statement, 'Two words']);
    // Without the mark, "Two words" (two plain words) would read as Vietnamese: the mark decides.
    for (const run of runs.filter((r) => english.has(r.text) || ['Bộ trưởng nói ', ' và đồng ý.', 'Hết'].includes(r.text))) {
      expect(run.lang, run.text).toBe(english.has(run.text) ? 'en-GB' : 'vi-VN');
    }
    expect(runs.map((r) => r.text)).toEqual(expect.arrayContaining([...english, 'Bộ trưởng nói ', ' và đồng ý.', 'Hết']));
  });
});
