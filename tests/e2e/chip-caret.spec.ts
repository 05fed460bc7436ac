/**
 * The caret around a chip behaves as around a Word field (issue 12, item 2): a click selects
 * the chip, typing replaces it in place, arrows step over it, Backspace removes it whole,
 * undo brings it back, and a fact inserted from the panel lands where the caret was.
 */
import type { Page } from '@playwright/test';
import type { LexicalEditor } from 'lexical';
import { expect, test } from '../support/fixtures';
import { content, fact, heading, paragraph, text } from '../support/note-content';
import { expectEditorSelection, modelText, readCaretModel } from '../support/caret-model';
import { callApi, chipsOf, editorOf, openNoteWith, statementOf } from '../support/editor';

const noteText = async (page: Page) => modelText(await readCaretModel(page));

const wto = 'seed-023';
const ftas = 'seed-024';

const chip = (id: string) => `⟦${id}⟧`;

test('typing after clicking a chip lands at the chip, never at the start of the note', async ({ openApp, app, page }) => {
  await openApp();
  const wtoText = await statementOf(app, wto);
  await openNoteWith(page, app, 'Caret QQQ', content(heading('Purpose'), paragraph(text('Before '), fact(wto, wtoText), text(' after'))));
  await chipsOf(page).first().click();
  await expect(chipsOf(page).first()).toHaveClass(/fact-chip--selected/);
  await page.keyboard.type('QQQ');
  // Like a selected Word field, typing replaces the chip in place.
  await expect.poll(() => noteText(page)).toBe('Purpose¶Before QQQ after¶');
  // Undo takes back the typing, then the replacement: the chip is back, with its fact.
  await page.keyboard.press('Control+z');
  await expect.poll(() => noteText(page)).toBe('Purpose¶Before Q after¶');
  await page.keyboard.press('Control+z');
  await expect.poll(() => noteText(page)).toBe(`Purpose¶Before ${chip(wto)} after¶`);
  await expect(chipsOf(page)).toHaveCount(1);
});

test('arrows step over a chip; Backspace and Delete remove it whole; undo restores it', async ({ openApp, app, page }) => {
  await openApp();
  const wtoText = await statementOf(app, wto);
  await openNoteWith(page, app, 'Caret arrows', content(heading('Purpose'), paragraph(text('ab'), fact(wto, wtoText), text('cd'))));
  await editorOf(page).locator('p').first().getByText('cd').click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type('X');
  await expect.poll(() => noteText(page)).toBe(`Purpose¶ab${chip(wto)}Xcd¶`);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('Y');
  await expect.poll(() => noteText(page)).toBe(`Purpose¶abY${chip(wto)}Xcd¶`);
  await page.keyboard.press('Delete');
  await expect.poll(() => noteText(page)).toBe('Purpose¶abYXcd¶');
  await page.keyboard.press('Control+z');
  await expect.poll(() => noteText(page)).toBe(`Purpose¶abY${chip(wto)}Xcd¶`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Backspace');
  await expect.poll(() => noteText(page)).toBe('Purpose¶abYXcd¶');
  await page.keyboard.press('Control+z');
  await expect.poll(() => noteText(page)).toBe(`Purpose¶abY${chip(wto)}Xcd¶`);
});

test('a fact inserted from the panel after clicking a chip goes next to that chip, not into the heading', async ({ openApp, app, page }) => {
  await openApp();
  const [wtoText, ftasText] = [await statementOf(app, wto), await statementOf(app, ftas)];
  await openNoteWith(page, app, 'Caret panel', content(heading('Purpose'), paragraph(text('Before '), fact(wto, wtoText), text(' after'))));
  await chipsOf(page).first().click();
  await page.getByTestId('fact-search').fill(ftasText.slice(0, 30));
  await page.locator(`[data-testid="fact-result"][data-fact-id="${ftas}"]`).click();
  await expect.poll(() => noteText(page)).toBe(`Purpose¶Before ${chip(wto)}${chip(ftas)} after¶`);
  // The caret follows the inserted chip: typing continues after it.
  await page.keyboard.type(' next');
  await expect.poll(() => noteText(page)).toBe(`Purpose¶Before ${chip(wto)}${chip(ftas)} next after¶`);
  // At the very start of the note, a chip first in its block: a key typed at once goes after it,
  // not before it (Chrome reports that caret as the block's start; caret property seed 20251214 path 39).
  // Only in a state the editor was given whole, as opening a note gives it: set the note's own state again.
  await page.evaluate(() => {
    const editor = (document.querySelector('[data-testid="editor"]') as HTMLElement & { __lexicalEditor: LexicalEditor }).__lexicalEditor;
    editor.setEditorState(editor.parseEditorState(JSON.stringify(editor.getEditorState().toJSON())));
  });
  const start = (await editorOf(page).getByText('Purpose').boundingBox())!;
  await page.mouse.click(start.x + 1, start.y + start.height / 2);
  await expectEditorSelection(page, () => ({ start: 0, end: 0 }));
  await page.locator(`[data-testid="fact-result"][data-fact-id="${ftas}"]`).click();
  await page.keyboard.type('Q');
  await expect.poll(() => noteText(page)).toBe(`${chip(ftas)}QPurpose¶Before ${chip(wto)}${chip(ftas)} next after¶`);
});

test('the popover of a disputed fact says who disputed it, when and why, and keeps the earlier verification', async ({ openApp, app, page }) => {
  await openApp();
  const wtoText = await statementOf(app, wto);
  await callApi(app, 'facts.verify', { id: wto, by: 'Lan Nguyen' });
  await callApi(app, 'facts.dispute', { id: wto, by: 'Minh Tran', reason: 'WTO accession date is 11 January 2007; check the month' });
  await openNoteWith(page, app, 'Disputed popover', content(heading('Purpose'), paragraph(text('Since '), fact(wto, wtoText), text(' trade grew.'))));
  const chipEl = chipsOf(page).first();
  await expect(chipEl).toHaveAttribute('data-state', 'disputed');
  await chipEl.hover();
  const popover = page.getByRole('tooltip');
  const entries = popover.getByTestId('chip-history-entry');
  await expect(entries.first()).toContainText('Disputed by Minh Tran');
  await expect(entries.first()).toContainText('check the month');
  await expect(entries.filter({ hasText: 'Verified by Lan Nguyen' })).toHaveCount(1);
  await expect(popover).not.toContainText('Not verified');
  await page.screenshot({ path: 'test-results/disputed-fact-popover.png' });
});
