/**
 * Which of the note languages a piece of text is written in, for the Word export's `w:lang`
 * (so Word checks Vietnamese as Vietnamese and English as English) and the tests that read it
 * back. Vietnamese is recognised by its letters (đ, ơ, ư, ă and the tone-marked vowels), which
 * English text never has; English inside a Vietnamese note is Latin-letter text of a few words
 * without any of them. Anything else (numbers, one word, a name) is in the note's language.
 */
import type { NoteLanguage } from '../note-format';

const vietnameseLetters = /[đĐăĂơƠưƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýâêô]/u;

export function textLanguage(text: string, noteLanguage: NoteLanguage): NoteLanguage {
  if (vietnameseLetters.test(text.normalize('NFC'))) return 'vi';
  if (noteLanguage === 'vi') {
    const words = text.match(/\p{L}+/gu) ?? [];
    // "ASEAN" or "Bloomberg" alone stays Vietnamese; a sentence of English does not.
    if (words.length >= 3 && words.every((w) => /^[A-Za-z]+$/.test(w))) return 'en';
  }
  return noteLanguage === 'vi' ? 'vi' : 'en';
}

export interface LanguageSpan {
  text: string;
  language: NoteLanguage;
}

/**
 * The text cut where its language changes: in an English note, a Vietnamese name or phrase
 * ("Phạm Minh Chính", "Việt Nam") is its own span, with the capitalised words that belong to
 * it ("Minh" has no Vietnamese letter but sits inside the name). A Vietnamese note is one span
 * per run (`textLanguage`): English there comes as whole citations or quotes.
 */
export function languageSpans(text: string, noteLanguage: NoteLanguage): LanguageSpan[] {
  if (noteLanguage === 'vi' || !vietnameseLetters.test(text)) return text ? [{ text, language: textLanguage(text, noteLanguage) }] : [];
  const words = [...text.matchAll(/[\p{L}\p{M}]+/gu)];
  const isVi = words.map((w) => vietnameseLetters.test(w[0]));
  const capital = words.map((w) => /^\p{Lu}/u.test(w[0]));
  // Capitalised words after a Vietnamese word join it ("Minh" in "Phạm Minh Chính", "Nam" in
  // "Việt Nam"); Vietnamese family names carry a Vietnamese letter, so nothing joins backwards
  // ("Prime Minister" stays English).
  for (let i = 1; i < words.length; i++) {
    const gap = text.slice(words[i - 1]!.index + words[i - 1]![0].length, words[i]!.index);
    if (!isVi[i] && capital[i] && isVi[i - 1] && /^\s+$/.test(gap)) isVi[i] = true;
  }
  const spans: LanguageSpan[] = [];
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    if (!isVi[i]) continue;
    let j = i;
    while (j + 1 < words.length && isVi[j + 1] && /^\s+$/.test(text.slice(words[j]!.index + words[j]![0].length, words[j + 1]!.index))) j++;
    const start = words[i]!.index;
    const end = words[j]!.index + words[j]![0].length;
    if (start > at) spans.push({ text: text.slice(at, start), language: 'en' });
    spans.push({ text: text.slice(start, end), language: 'vi' });
    at = end;
    i = j;
  }
  if (at < text.length) spans.push({ text: text.slice(at), language: 'en' });
  return spans;
}
