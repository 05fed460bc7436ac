/**
 * Issue 13, item 3: a read-only store (here a 0444 file) opens for reading in the app and says
 * so; a change is refused in plain words, never "attempt to write a readonly database".
 */
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';
import { editorOf } from '../support/editor';
import { freshDataDir, projectRoot, startApp } from '../support/host';

test('a 0444 store opens read-only: the app says so, the sample note opens, a save is refused in plain words', async ({ page, requests }) => {
  void requests;
  const dataDir = freshDataDir('briefing-read-only-');
  expect(spawnSync(process.execPath, [join(projectRoot, 'bin', 'briefing.mjs'), 'info', '--data-dir', dataDir]).status).toBe(0);
  chmodSync(join(dataDir, 'briefing.sqlite'), 0o444);
  const app = await startApp(dataDir);
  try {
    await page.goto(app.url);
    await expect(page.locator('[data-ready="true"]')).toBeVisible();
    await expect(page.getByTestId('read-only-notice')).toContainText('open read-only');
    await expect(page.getByTestId('read-only-notice')).toContainText('you can read, search and export');
    const editor = editorOf(page);
    await expect(editor).toContainText('integration');
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' A change that cannot be saved.');
    const failed = page.getByTestId('save-failed');
    await expect(failed).toContainText('is read-only', { timeout: 15_000 });
    await expect(failed).not.toContainText('attempt to write');
  } finally {
    await app.stop();
  }
});
