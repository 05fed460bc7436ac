/**
 * Helpers for the editor end-to-end specs: calling the host's API from the test (as another
 * window or the command line would), creating notes through the UI, and waiting on the
 * save state the status bar reports.
 */
import type { Locator, Page } from '@playwright/test';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/api';
import type { NoteContent, TemplateId } from '../../shared/note-format';
import { expect } from './fixtures';
import type { RunningApp } from './host';

/** Calls the running host's API with its token, the way the renderer does. */
export async function callApi<M extends MethodName>(app: Pick<RunningApp, 'origin' | 'token'>, method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { ok: boolean; result?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.result as ResponseOf<M>;
}

export const editorOf = (page: Page): Locator => page.getByTestId('editor');
export const chipsOf = (page: Page): Locator => editorOf(page).getByTestId('fact-chip');
export const saveStateOf = (page: Page): Locator => page.getByTestId('save-state');

/** Waits until the status bar says everything typed so far is saved. */
export async function waitSaved(page: Page, timeout = 10_000): Promise<void> {
  await expect(saveStateOf(page)).toHaveAttribute('data-state', 'saved', { timeout });
  await expect(saveStateOf(page)).toHaveText('Saved');
}

/** Creates a note from a template through the new-note dialog and waits until it is open in the editor. */
export async function createNote(page: Page, template: TemplateId, title: string): Promise<void> {
  await page.getByTestId('new-note').click();
  const dialog = page.getByRole('dialog', { name: 'New briefing note' });
  await dialog.getByLabel('Title (optional)').fill(title);
  await dialog.getByTestId(`template-${template}`).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('note-title')).toHaveValue(title);
  await expect(editorOf(page).locator('h2').first()).toBeVisible();
}

/** Puts the caret in the empty paragraph under a template section heading. */
export async function caretUnder(page: Page, heading: string): Promise<Locator> {
  const paragraph = editorOf(page).locator(`h2:has-text("${heading}") + p`);
  await paragraph.click();
  await page.keyboard.press('End');
  return paragraph;
}

/** Searches the fact panel and returns its result cards once they answer this query. */
export async function searchFacts(page: Page, query: string): Promise<Locator> {
  await page.getByTestId('fact-search').fill(query);
  // The panel says "n facts for “query”" once this query's results are in (the search is debounced).
  await expect(page.locator('aside[aria-label="Facts"]')).toContainText(new RegExp(`\\d+ facts? for “${query}”`));
  await expect(page.getByTestId('fact-result').first()).toBeVisible();
  return page.getByTestId('fact-result');
}

/** The starter store's statement of a fact, as the chip shows it when inserted. */
export async function statementOf(app: RunningApp, id: string): Promise<string> {
  const detail = await callApi(app, 'facts.get', { id });
  return detail.statement;
}

/**
 * Creates a note through the API with the given body (hand-built Lexical JSON, as the editor
 * saves it) and opens it from the library. Returns the note id.
 */
export async function openNoteWith(page: Page, app: RunningApp, title: string, content: NoteContent): Promise<string> {
  const created = await callApi(app, 'notes.create', { templateId: 'information', title });
  await callApi(app, 'notes.save', { id: created.id, metadata: created.metadata, content, baseUpdatedAt: created.updatedAt, snapshot: false });
  const library = page.getByRole('navigation', { name: 'Notes library' });
  // The library lists the new note on its next refresh: searching for it triggers one.
  await library.getByTestId('note-search').fill(title);
  const item = library.getByTestId('note-list').locator(`[data-note-id="${created.id}"]`);
  await item.getByRole('button').first().click();
  await expect(page.getByTestId('note-title')).toHaveValue(title);
  await library.getByTestId('note-search').fill('');
  return created.id;
}

/** Puts the caret `fromEnd` characters before the end of the paragraph's last line (a chip counts as one). */
export async function caretFromEnd(page: Page, paragraph: Locator, fromEnd: number): Promise<void> {
  const box = await paragraph.boundingBox();
  if (!box) throw new Error('paragraph is not visible');
  // Click right of the last line's text: the caret lands at the paragraph's end.
  await page.mouse.click(box.x + box.width - 2, box.y + box.height - 4);
  await page.keyboard.press('End');
  for (let i = 0; i < fromEnd; i++) await page.keyboard.press('ArrowLeft');
}

/**
 * Waits until the editor itself has the caret next to this chip (it then outlines the chip
 * and shows its popover). Lexical learns of arrow-key caret moves from the browser's
 * asynchronous selectionchange event; a key pressed before that lands acts on the old caret.
 */
export async function expectCaretAfter(chip: Locator): Promise<void> {
  await expect(chip).toHaveClass(/fact-chip--selected/);
}
