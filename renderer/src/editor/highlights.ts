/**
 * Marks in the note painted with the CSS Custom Highlight API (find matches, long sentences),
 * so the note's DOM, which Lexical owns, is never touched.
 */
export const supportsHighlights = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** Paints `ranges` under `name`, or clears the name when there are none. */
export function paintHighlight(name: string, ranges: readonly Range[]): void {
  if (!supportsHighlights()) return;
  if (ranges.length > 0) CSS.highlights.set(name, new Highlight(...ranges));
  else CSS.highlights.delete(name);
}

/** The first text node inside `element`: a Lexical text node renders its text in one. */
export function firstTextNode(element: Node): Text | null {
  return document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
}
