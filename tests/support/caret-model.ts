/**
 * The note as the editor holds it, read in one round trip: a flat list of tokens (one per
 * character, one per chip as `⟦factId⟧`, `¶` at the end of each block) and the selection as
 * token offsets. Reads Lexical's own state (the root element's `__lexicalEditor`), not the
 * DOM, so a chip's citation number or popover never counts as note text.
 */
import { expect, type Page } from '@playwright/test';

export interface CaretModel {
  tokens: string[];
  /** Selection start and end as token offsets; null when the editor has no range selection. */
  start: number | null;
  end: number | null;
  /** 'range', 'node' (a Lexical NodeSelection) or 'none'. */
  kind: 'range' | 'node' | 'none';
}

/** Runs in the page: walks the editor state. Kept self-contained (it is serialized into the page). */
export function readModelInPage(): CaretModel {
  interface Node {
    __type: string;
    __first?: string | null;
    __next?: string | null;
    __text?: string;
    __factId?: string;
  }
  interface Point {
    key: string;
    offset: number;
    type: 'text' | 'element';
  }
  const root = document.querySelector('[data-testid="editor"]') as (HTMLElement & { __lexicalEditor?: unknown }) | null;
  const editor = root?.__lexicalEditor as { getEditorState(): { _nodeMap: Map<string, Node>; _selection: unknown } } | undefined;
  if (!editor) throw new Error('no Lexical editor on the page');
  const state = editor.getEditorState();
  const map = state._nodeMap;
  const tokens: string[] = [];
  const starts = new Map<string, number>();
  const childStarts = new Map<string, number[]>();
  const ends = new Map<string, number>();
  const blocks = new Set(['paragraph', 'heading', 'listitem', 'quote']);
  const walk = (key: string) => {
    const node = map.get(key)!;
    starts.set(key, tokens.length);
    if (node.__type === 'text') for (const ch of node.__text ?? '') tokens.push(ch);
    else if (node.__type === 'fact') tokens.push(`⟦${node.__factId ?? ''}⟧`);
    else if (node.__type === 'linebreak') tokens.push('\n');
    else if (node.__first !== undefined) {
      const positions: number[] = [];
      for (let child = node.__first ?? null; child; child = map.get(child)!.__next ?? null) {
        positions.push(tokens.length);
        walk(child);
      }
      childStarts.set(key, positions);
      ends.set(key, tokens.length);
      if (blocks.has(node.__type)) tokens.push('¶');
    }
  };
  walk('root');
  const at = (point: Point): number => {
    if (point.type === 'text') return (starts.get(point.key) ?? 0) + point.offset;
    return childStarts.get(point.key)?.[point.offset] ?? ends.get(point.key) ?? 0;
  };
  const selection = state._selection as { anchor?: Point; focus?: Point; _nodes?: unknown } | null;
  if (selection?.anchor && selection.focus) {
    const [a, f] = [at(selection.anchor), at(selection.focus)];
    return { tokens, start: Math.min(a, f), end: Math.max(a, f), kind: 'range' };
  }
  return { tokens, start: null, end: null, kind: selection ? 'node' : 'none' };
}

export const readCaretModel = (page: Page): Promise<CaretModel> => page.evaluate(readModelInPage);

/** The note text with chips as ⟦id⟧ and blocks separated by ¶. */
export const modelText = (model: CaretModel): string => model.tokens.join('');

/**
 * Waits until the editor itself holds this selection (token offsets, as in CaretModel).
 * Lexical learns of clicks and caret keys from the browser's asynchronous selectionchange
 * event, so a shortcut pressed before then (copy, paste) acts on the old selection.
 */
export async function expectEditorSelection(page: Page, want: (model: CaretModel) => { start: number; end: number }): Promise<void> {
  await expect
    .poll(async () => {
      const model = await readCaretModel(page);
      const { start, end } = want(model);
      return model.kind === 'range' && model.start === start && model.end === end;
    })
    .toBe(true);
}
