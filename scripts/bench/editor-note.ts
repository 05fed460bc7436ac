/**
 * The editor benchmark's note: about 20,000 words with 500 fact chips citing the starter
 * store's facts, half of them figure chips (issue 12), in the stored note format (Lexical 0.52
 * serialized JSON, shared/note-format.ts).
 */
import { formatFigure, type FigureFields } from '../../shared/figure-format';
import type { NoteContent, SerializedNode } from '../../shared/note-format';

export const lastParagraphMarker = 'End of the benchmark note.';

const filler =
  'The department should weigh the costs and benefits of each option carefully before the minister decides how to proceed with partners in the region over the coming year'.split(
    ' ',
  );

const text = (value: string): SerializedNode => ({ detail: 0, format: 0, mode: 'normal', style: '', text: value, type: 'text', version: 1 });
const paragraph = (children: SerializedNode[]): SerializedNode => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type: 'paragraph',
  version: 1,
  textFormat: 0,
  textStyle: '',
});
const heading = (value: string): SerializedNode => ({ children: [text(value)], direction: 'ltr', format: '', indent: 0, type: 'heading', version: 1, tag: 'h2' });

const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length;

export interface BenchFact extends FigureFields {
  id: string;
  version: number;
  statement: string;
}

/**
 * `chips` chips spread evenly over paragraphs of filler so the whole note has about `words`
 * words; every other chip is a figure chip (cycling the facts that have a figure).
 */
export function benchNoteContent(
  facts: BenchFact[],
  words = 20_000,
  chips = 500,
): { content: NoteContent; words: number; chips: number; figureChips: number; paragraphs: number } {
  const withFigure = facts.filter((f) => formatFigure(f, 'en') !== null);
  const cited = Array.from({ length: chips }, (_, i) => {
    const figureFact = i % 2 === 0 ? withFigure[(i / 2) % Math.max(1, withFigure.length)] : undefined;
    if (figureFact) return { ...figureFact, form: 'figure' as const, text: formatFigure(figureFact, 'en')! };
    const f = facts[i % facts.length]!;
    return { ...f, form: 'statement' as const, text: f.statement };
  });
  const chipWords = cited.reduce((n, f) => n + wordsIn(f.text), 0);
  const paragraphs = 400;
  const fillerPerParagraph = Math.max(4, Math.round((words - chipWords) / paragraphs));
  const children: SerializedNode[] = [];
  let total = 0;
  let next = 0;
  for (let p = 0; p < paragraphs; p++) {
    if (p % 20 === 0) {
      children.push(heading(`Section ${p / 20 + 1}`));
      total += 2;
    }
    const chipsHere = Math.floor(((p + 1) * chips) / paragraphs) - Math.floor((p * chips) / paragraphs);
    const parts: SerializedNode[] = [];
    const slice = Math.ceil(fillerPerParagraph / (chipsHere + 1));
    let left = fillerPerParagraph;
    for (let c = 0; c <= chipsHere; c++) {
      const n = Math.min(slice, left);
      left -= n;
      const run = Array.from({ length: n }, (_, k) => filler[(p * 7 + c * 3 + k) % filler.length]).join(' ');
      total += n;
      parts.push(text(c === 0 ? `${run} ` : ` ${run} `));
      if (c < chipsHere) {
        const f = cited[next++]!;
        parts.push({ type: 'fact', version: 2, factId: f.id, factVersion: f.version, form: f.form, text: f.text });
        total += wordsIn(f.text);
      }
    }
    if (p === paragraphs - 1) {
      parts.push(text(lastParagraphMarker));
      total += wordsIn(lastParagraphMarker);
    }
    children.push(paragraph(parts));
  }
  const figureChips = cited.slice(0, next).filter((f) => f.form === 'figure').length;
  return { content: { root: { children, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } }, words: total, chips: next, figureChips, paragraphs };
}
