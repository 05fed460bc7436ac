/**
 * axe-core on every screen of the editor, each also saved as a 1440×900 screenshot under
 * test-results/screens/ for a human to look at. Serious and critical violations fail the test.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { projectRoot } from '../support/host';
import { caretUnder, chipsOf, createNote, editorOf, waitSaved } from '../support/editor';

const screensDir = join(projectRoot, 'test-results', 'screens');

async function checkScreen(page: Page, name: string): Promise<void> {
  mkdirSync(screensDir, { recursive: true });
  await page.screenshot({ path: join(screensDir, `${name}.png`) });
  const serious = await axeViolations(page);
  for (const v of serious) {
    console.log(`[${name}] ${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n  ')}`);
  }
  expect.soft(serious.map((v) => `${v.id} (${v.nodes.length})`), `serious or critical axe violations on "${name}"`).toEqual([]);
}

/** The sample note is open on first run, with its chips checked against the store. */
async function openSample(openApp: () => Promise<Page>): Promise<Page> {
  const page = await openApp();
  await expect(chipsOf(page).first()).not.toHaveAttribute('data-state', 'checking');
  await expect(page.getByTestId('fact-result').first()).toBeVisible();
  return page;
}

// One walk over the screens (each a step, each checked even when an earlier one fails): every
// test that opens the app pays for a host and a page load, and these screens need nothing fresh.
test('every screen of the editor, one after another', async ({ openApp }) => {
  test.setTimeout(180_000);
  const page = await openSample(openApp);
  const screen = async (name: string, reach: () => Promise<void>, leave?: () => Promise<void>) =>
    test.step(name, async () => {
      await reach();
      await checkScreen(page, name);
      await leave?.();
    });
  const escapeFrom = (testId: string) => async () => {
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(testId)).toBeHidden();
  };

  await screen('main', async () => {
    await expect(page.getByRole('navigation', { name: 'Notes library' })).toBeVisible();
    await expect(page.locator('aside[aria-label="Facts"]')).toBeVisible();
  });
  await screen(
    'chip-popover',
    async () => {
      await chipsOf(page).first().hover();
      await expect(page.getByRole('tooltip')).toBeVisible();
    },
    async () => {
      await page.mouse.move(720, 880);
      await expect(page.getByRole('tooltip')).toBeHidden();
    },
  );
  await screen(
    'new-note-dialog',
    async () => {
      await page.getByTestId('new-note').click();
      await expect(page.getByTestId('template-decision')).toBeVisible();
    },
    escapeFrom('template-decision'),
  );
  await screen(
    'settings-dialog',
    async () => {
      await page.getByTestId('open-settings').click();
      await expect(page.getByTestId('setting-smart-quotes')).toBeVisible();
    },
    escapeFrom('setting-smart-quotes'),
  );
  await screen(
    'about-dialog',
    async () => {
      await page.getByRole('button', { name: /Briefing Studio \d/ }).click();
      await expect(page.getByTestId('app-info')).toBeVisible();
    },
    escapeFrom('app-info'),
  );
  await screen(
    'details-panel',
    async () => {
      await page.getByTestId('metadata-toggle').click();
      await expect(page.getByTestId('classification')).toBeVisible();
    },
    async () => {
      await page.getByTestId('metadata-toggle').click();
      await expect(page.getByTestId('classification')).toBeHidden();
    },
  );
  await screen(
    'find-bar',
    async () => {
      await editorOf(page).locator('p').first().click();
      await page.keyboard.press('Control+f');
      await page.getByTestId('find-input').fill('integration');
      await expect(page.locator('.find-count')).toHaveText(/\d+ of \d+/);
    },
    escapeFrom('find-input'),
  );
  await screen(
    'history-dialog',
    async () => {
      await editorOf(page).locator('p').first().click();
      await page.keyboard.type('A change worth keeping. ');
      await page.keyboard.press('Control+s');
      await waitSaved(page);
      await page.getByTestId('show-history').click();
      await expect(page.getByTestId('history-item').first()).toBeVisible();
    },
    escapeFrom('history-item'),
  );
  await screen(
    'panes-collapsed',
    async () => {
      await page.getByRole('button', { name: 'Show notes library' }).click();
      await page.getByRole('button', { name: 'Show fact panel' }).click();
      await expect(page.getByRole('navigation', { name: 'Notes library' })).toBeHidden();
      await expect(page.locator('aside[aria-label="Facts"]')).toBeHidden();
    },
    async () => {
      await page.getByRole('button', { name: 'Show notes library' }).click();
      await page.getByRole('button', { name: 'Show fact panel' }).click();
      await expect(page.getByRole('navigation', { name: 'Notes library' })).toBeVisible();
    },
  );
  await screen('typeahead', async () => {
    await createNote(page, 'decision', 'Typeahead');
    await caretUnder(page, 'Purpose');
    await page.keyboard.type('Exports reached @export');
    await expect(page.getByTestId('typeahead-option').first()).toBeVisible();
  }, escapeFrom('typeahead-option'));
  await screen('trash', async () => {
    await createNote(page, 'information', 'Superseded note');
    const library = page.getByRole('navigation', { name: 'Notes library' });
    // The item's actions appear on hover or focus, as for a mouse user.
    const item = library.getByTestId('note-list').getByTestId('note-item').filter({ has: page.getByText('Superseded note', { exact: true }) });
    await item.hover();
    await item.getByRole('button', { name: 'Move Superseded note to trash' }).click();
    await page.getByTestId('show-trash').click();
    await expect(library.getByTestId('trash-list').getByTestId('note-item')).toHaveCount(1);
  });
});

test('dark theme', async ({ openApp, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSample(openApp);
  await checkScreen(page, 'dark-main');
  await chipsOf(page).first().hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await checkScreen(page, 'dark-chip-popover');
  // The popover closes once the pointer leaves the chip.
  await page.mouse.move(720, 880);
  await expect(page.getByRole('tooltip')).toBeHidden();
  await page.getByTestId('new-note').click();
  await expect(page.getByTestId('template-decision')).toBeVisible();
  await checkScreen(page, 'dark-new-note-dialog');
});
