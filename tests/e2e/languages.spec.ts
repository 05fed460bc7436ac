/**
 * Notes and facts in either language (issue 15): a Vietnamese note citing a fact that has only
 * an English statement shows the marker and a pre-export finding; adding the Vietnamese
 * statement from that finding makes a new version and clears both.
 */
import { test, expect } from '../support/fixtures';
import { caretUnder, editorOf } from '../support/editor';

test('a Vietnamese note marks a fact with no Vietnamese statement, and adding one clears the marker and the finding', async ({ openApp, page }) => {
  // Many steps (two views, a dialog, two checks); the default 60 s is tight on a loaded 2-core machine.
  test.setTimeout(150_000);
  await openApp();
  await page.getByTestId('new-note').click();
  const newNote = page.getByRole('dialog', { name: 'New briefing note' });
  await newNote.getByTestId('new-note-language').selectOption('vi');
  await newNote.getByLabel('Title (optional)').fill('Hội nhập quốc tế');
  await newNote.getByTestId('template-decision').click();
  await expect(page.getByTestId('note-title')).toHaveValue('Hội nhập quốc tế');

  await caretUnder(page, 'Purpose');
  // seed-023 has only its English statement; seed-013 has a Vietnamese one in the starter set.
  await page.keyboard.type('@World Trade Organization');
  await expect(page.getByTestId('typeahead-option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.type(' @');
  await page.keyboard.insertText('giải ngân 28');
  await expect(page.getByTestId('typeahead-option').first()).toContainText('tỷ USD');
  await page.keyboard.press('Enter');

  const wto = editorOf(page).locator('[data-testid="fact-chip"][data-fact-id="seed-023"]');
  const fdi = editorOf(page).locator('[data-testid="fact-chip"][data-fact-id="seed-013"]');
  await expect(wto).toContainText('World Trade Organization');
  await expect(wto.getByTestId('chip-language')).toHaveText('EN');
  await expect(wto.getByRole('img', { name: /no Vietnamese statement/ })).toBeVisible();
  await expect(fdi).toContainText('Vốn đầu tư trực tiếp nước ngoài giải ngân');
  await expect(fdi.getByTestId('chip-language')).toHaveCount(0);

  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  const untranslated = dialog.locator('[data-testid="export-finding-group"][data-group="untranslated"] [data-testid="export-finding"]');
  await expect(untranslated).toHaveCount(1);
  await expect(untranslated).toHaveAttribute('data-fact-id', 'seed-023');
  await untranslated.getByTestId('finding-add-translation').click();

  const translate = page.getByTestId('translate-dialog');
  await expect(translate).toBeVisible();
  await translate.getByTestId('translate-input').fill('Việt Nam gia nhập Tổ chức Thương mại Thế giới (WTO) năm 2007.');
  await translate.getByTestId('translate-save').click();
  await page.getByTestId('profile-name').fill('Lan Nguyen');
  await page.getByTestId('profile-save').click();
  await expect(translate).toBeHidden();
  await expect(page.getByTestId('fact-statement-vi')).toContainText('Tổ chức Thương mại Thế giới');
  await expect(page.getByTestId('version-list')).toContainText('Version 2');
  await expect(page.getByTestId('version-list')).toContainText('translation');

  await page.getByTestId('view-notes').click();
  await expect(wto).toHaveAttribute('data-state', 'stale');
  await expect(wto.getByTestId('chip-language')).toHaveCount(0);
  await page.keyboard.press('Control+e');
  await expect(dialog.locator('[data-testid="export-finding-group"][data-group="stale"]')).toBeVisible();
  await expect(dialog.locator('[data-testid="export-finding-group"][data-group="untranslated"]')).toHaveCount(0);
});
