import { join } from 'node:path';
import Database from 'better-sqlite3';
import { storeFileName } from '../../electron/core/app/services';
import { expect, test } from '../support/fixtures';
import { startApp } from '../support/host';
import { caretUnder, createNote, editorOf, saveStateOf, waitSaved } from '../support/editor';

test('after the host is killed mid-typing, the note reopens with everything up to the last autosave and the store is intact', async ({ openApp, app, page }) => {
  await openApp();
  await createNote(page, 'decision', 'Crash trial');
  const purpose = await caretUnder(page, 'Purpose');
  const autosaved = 'This sentence was typed and autosaved before the crash.';
  await page.keyboard.type(autosaved);
  // Autosave, not Ctrl+S: the debounce alone must have written it.
  await waitSaved(page);
  await expect(purpose).toHaveText(autosaved);

  const afterSave = ' More words typed within the autosave window.';
  await page.keyboard.type(afterSave);
  await expect(saveStateOf(page)).toHaveAttribute('data-state', /dirty|saving/);
  await app.stop('SIGKILL');
  expect(app.process.signalCode).toBe('SIGKILL');

  const restarted = await startApp(app.dataDir);
  try {
    await page.goto(restarted.url);
    await expect(page.locator('[data-ready="true"]')).toBeVisible();
    const library = page.getByRole('navigation', { name: 'Notes library' });
    await library.getByTestId('note-list').getByTestId('note-item').filter({ has: page.getByText('Crash trial', { exact: true }) }).getByRole('button').first().click();
    await expect(page.getByTestId('note-title')).toHaveValue('Crash trial');
    const reopened = editorOf(page).locator('h2:has-text("Purpose") + p');
    await expect(reopened).toContainText(autosaved);
    // Everything up to the last autosave, and nothing that was never typed: a prefix of what was typed.
    const text = await reopened.innerText();
    expect(text.startsWith(autosaved)).toBe(true);
    expect((autosaved + afterSave).startsWith(text.replace(/\u00a0/g, ' '))).toBe(true);
  } finally {
    await restarted.stop();
  }

  const db = new Database(join(app.dataDir, storeFileName), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const saved = db.prepare("SELECT count(*) FROM notes WHERE title = 'Crash trial' AND deleted_at IS NULL AND instr(content_json, ?) > 0").pluck().get(autosaved);
    expect(saved).toBe(1);
  } finally {
    db.close();
  }
});
