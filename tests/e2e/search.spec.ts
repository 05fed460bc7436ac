/**
 * Issue 12 item 3 in the browser: the `@` menu and the fact panel find what drafters type
 * (figures with their punctuation, hyphenated words, abbreviations), and the menu always
 * answers: results, or "no fact matches" with a way on. Starter store.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { caretUnder, chipsOf, createNote, editorOf } from '../support/editor';

const acceptance = [
  ['FDI', 'seed-013'], // "Disbursed foreign direct investment … US$28–29 billion in 2025": found through the alias list
  ['US$920', 'seed-011'],
  ['786.29', 'seed-015'],
  ['88%', 'seed-020'],
  ['double-digit', 'seed-069'],
] as const;

async function panelResultIds(page: Page, query: string): Promise<string[]> {
  await page.getByTestId('fact-search').fill(query);
  await expect(page.locator('aside[aria-label="Facts"]')).toContainText(new RegExp(`\\d+ facts? for “${query.replace(/[$.]/g, '\\$&')}”`));
  return page.getByTestId('fact-result').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-fact-id') ?? ''));
}

test('the @ menu and the fact panel find figures, hyphenated words and abbreviations', async ({ openApp }) => {
  test.slow(); // ten searches, each through the debounce
  const page = await openApp();
  await createNote(page, 'decision', 'Search as drafters type');
  const paragraph = await caretUnder(page, 'Purpose');
  for (const [query, id] of acceptance) {
    await page.keyboard.type(`@${query}`);
    await expect(page.getByTestId('typeahead-menu')).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator(`[data-testid="typeahead-option"][data-fact-id="${id}"]`), `@${query} shows ${id}`).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('typeahead-menu')).toHaveCount(0);
    // Clear the typed query before the next one (Escape leaves it as text).
    for (let i = 0; i <= query.length; i++) await page.keyboard.press('Backspace');
    await expect(paragraph).toHaveText('');
  }
  for (const [query, id] of acceptance) expect(await panelResultIds(page, query), `panel: ${query}`).toContain(id);
});

test('Enter right after typing takes the answer for the whole query, not the last one shown', async ({ openApp }) => {
  const page = await openApp();
  await createNote(page, 'decision', 'Fast Enter');
  const paragraph = await caretUnder(page, 'Purpose');
  const paragraphs = await editorOf(page).locator('p').count();
  await page.keyboard.type('Turnover passed @US$920');
  await page.keyboard.press('Enter');
  await expect(editorOf(page).locator('p')).toHaveCount(paragraphs);
  await expect(chipsOf(page)).toHaveCount(1);
  await expect(chipsOf(page).first()).toHaveAttribute('data-fact-id', 'seed-011');
  await expect(paragraph).not.toContainText('@US$920');
});

test('no match: the menu says so and offers the panel or a new fact; Enter never starts a new paragraph', async ({ openApp }) => {
  const page = await openApp();
  await createNote(page, 'decision', 'No match');
  const paragraph = await caretUnder(page, 'Purpose');
  const paragraphs = await editorOf(page).locator('p').count();
  await page.keyboard.type('Exports of @zebra-striped 4417.5');
  const menu = page.getByTestId('typeahead-menu');
  await expect(menu.getByTestId('typeahead-no-match')).toHaveText('No fact matches “zebra-striped 4417.5”');
  await expect(menu.getByTestId('typeahead-search-panel')).toHaveText('Search in the fact panel');
  await expect(menu.getByTestId('typeahead-create-fact')).toHaveText('Create a fact…');
  await expect(menu.getByTestId('typeahead-search-panel')).toHaveAttribute('aria-selected', 'true');

  // Enter takes the highlighted action: the words move to the panel's search, the note gets no new paragraph.
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(editorOf(page).locator('p')).toHaveCount(paragraphs);
  await expect(paragraph).toHaveText('Exports of');
  await expect(page.getByTestId('fact-search')).toHaveValue('zebra-striped 4417.5');
  await expect(page.getByTestId('fact-search')).toBeFocused();
  await expect(page.locator('aside[aria-label="Facts"]')).toContainText('0 facts for “zebra-striped 4417.5”');

  // "Create a fact…" opens the Sources screen, where a fact is made from a passage.
  await paragraph.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' @qqqzzz');
  await expect(menu.getByTestId('typeahead-no-match')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByTestId('typeahead-create-fact')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('view-sources')).toHaveAttribute('aria-current', 'page');
  await expect(editorOf(page).locator('p')).toHaveCount(paragraphs);
});
