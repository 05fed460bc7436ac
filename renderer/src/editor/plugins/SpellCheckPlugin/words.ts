/** The words of the note as the page shows them, each with its language: what the spelling check reads. */

export interface WordOnScreen {
  node: Text;
  start: number;
  end: number;
  word: string;
  language: string;
}

// Letters and combining marks, with inner apostrophes ("don't", "Nam’s").
const wordPattern = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * Every word in `root`'s text, in the language of its nearest `lang` attribute (a paragraph or
 * phrase marked as another language) or the note's. Fact chips (not editable) are skipped: a
 * statement is the fact store's wording, not the drafter's. Acronyms in capitals are skipped.
 */
export function wordsOnScreen(root: HTMLElement, noteLanguage: string): WordOnScreen[] {
  const words: WordOnScreen[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[contenteditable="false"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const marked = node.parentElement?.closest('[lang]');
    const language = marked && root.contains(marked) ? marked.getAttribute('lang')!.split('-')[0]! : noteLanguage;
    for (const m of (node.textContent ?? '').matchAll(wordPattern)) {
      const word = m[0].normalize('NFC');
      if (word.length < 2 || word === word.toUpperCase()) continue;
      words.push({ node, start: m.index, end: m.index + m[0].length, word, language });
    }
  }
  return words;
}
