/**
 * Quotes in a source's text: selectors for a selected passage, DOM selections mapped to text
 * offsets, and the text cut into runs for highlighting. Pure except `selectionOffsetsIn`.
 */
import type { QuoteSelector } from '../../../../shared/model';

/** Characters of context kept each side of a quote: the same as the store (electron/core/facts/anchoring.ts). */
export const contextLength = 32;

/** The selector for text[start, end), never cutting a surrogate pair in the context. */
export function selectorFor(text: string, start: number, end: number): QuoteSelector {
  let prefix = text.slice(Math.max(0, start - contextLength), start);
  let suffix = text.slice(end, end + contextLength);
  if (/^[\uDC00-\uDFFF]/.test(prefix)) prefix = prefix.slice(1);
  if (/[\uD800-\uDBFF]$/.test(suffix)) suffix = suffix.slice(0, -1);
  return { exact: text.slice(start, end), prefix, suffix, start, end };
}

/** A selection trimmed of the spaces and line breaks a mouse drag picks up at its ends. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * The text offsets of the current selection inside `root`, whose text content is exactly the
 * source's text (the reader renders it as text nodes only). Null when nothing is selected there.
 */
export function selectionOffsetsIn(root: HTMLElement): { start: number; end: number } | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  return { start: offsetOf(root, range.startContainer, range.startOffset), end: offsetOf(root, range.endContainer, range.endOffset) };
}

/** Selects text[start, end) inside `root` (the keyboard's way to pick a passage: find it, then quote it). */
export function selectTextRange(root: HTMLElement, start: number, end: number): Range | null {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (!started && start < seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return range;
    }
    seen += length;
  }
  return null;
}

function offsetOf(root: HTMLElement, node: Node, offset: number): number {
  const before = root.ownerDocument.createRange();
  before.setStart(root, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

export interface Highlight {
  start: number;
  end: number;
  factId: string;
  status: string;
}

export interface TextRun {
  start: number;
  end: number;
  /** The highlights covering this run (quotes may overlap). */
  highlights: Highlight[];
}

/** The text cut at every highlight boundary, so each run is plain or covered by the same quotes. */
export function textRuns(length: number, highlights: readonly Highlight[]): TextRun[] {
  const inside = highlights.filter((h) => h.start >= 0 && h.end <= length && h.end > h.start);
  const cuts = [...new Set([0, length, ...inside.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    runs.push({ start, end, highlights: inside.filter((h) => h.start <= start && h.end >= end) });
  }
  return runs;
}
