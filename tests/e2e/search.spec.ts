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
    await expect(page.getByTestId('typeahead-menu')).toHaveAttribute('data-busy', 'false');
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
  test.slow(); // on a loaded machine the app alone takes a large part of the default minute
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
  test.slow(); // two menus, the panel and the Sources screen
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

test('a curator adds an abbreviation in the Facts screen, and the @ menu finds by it at once', async ({ openApp }) => {
  test.slow(); // two screens and a note
  const page = await openApp();
  await page.getByTestId('view-facts').click();
  await page.getByTestId('open-aliases').click();
  const dialog = page.getByTestId('aliases-dialog');
  await expect(dialog.getByTestId('alias-row').filter({ hasText: 'đầu tư trực tiếp nước ngoài' })).toContainText('FDI');
  await dialog.getByTestId('alias-abbreviation').fill('XTO');
  await dialog.getByTestId('alias-expansion').fill('World Trade Organization');
  await dialog.getByTestId('alias-add').click();
  await page.getByTestId('profile-name').fill('Lan Nguyen');
  await page.getByTestId('profile-save').click();
  await expect(dialog.getByTestId('alias-message')).toHaveText('Added: XTO = World Trade Organization');
  await expect(dialog.getByTestId('alias-row').filter({ hasText: 'XTO' })).toContainText('added by Lan Nguyen');
  await page.keyboard.press('Escape');
  await page.getByTestId('view-notes').click();
  await createNote(page, 'decision', 'Curated abbreviation');
  await caretUnder(page, 'Purpose');
  await page.keyboard.type('@XTO');
  await expect(page.locator('[data-testid="typeahead-option"][data-fact-id="seed-023"]')).toBeVisible();
});
