/**
 * The department live in the app (issue 16), on a real PostgreSQL: desktop B (the app in browser
 * mode, its own data folder) joins from Settings; a curator on desktop A (the CLI) retracts a
 * fact B's open note cites, and B's chip turns retracted through the live link (LISTEN, then the
 * back end's event to the page), with no reload; B's export is blocked; when the server stops,
 * the status bar says so with the changes waiting. Skipped, with the reason, without PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliOn } from '../support/cli';
import { callOnDesk, startDepartment, usePgpass } from '../support/department';
import { callApi, chipsOf, openNoteWith } from '../support/editor';
import { expect, test } from '../support/fixtures';
import { content, fact, paragraph, text } from '../support/note-content';
import { postgresSkipReason, type PgCluster } from '../support/postgres';

const skipReason = postgresSkipReason();
const pw = { carl: 'carl-Cur4tor?e2e', dana: 'dana-Dr4fter#e2e' };
let pgc: PgCluster | undefined;
let root: string;

test.skip(skipReason !== undefined, `department e2e skipped: ${skipReason}`);

test.beforeAll(async () => {
  if (skipReason) return;
  pgc = await startDepartment({ carl: { password: pw.carl, group: 'briefing_curator' }, dana: { password: pw.dana, group: 'briefing_drafter' } });
  root = mkdtempSync(join(tmpdir(), 'briefing-e2e-department-'));
  // Browser mode never keeps a password: both desktops read libpq's password file (PGPASSFILE, inherited by the host).
  usePgpass(root, pgc.port, 'dept', pw);
});

test.afterAll(() => {
  delete process.env.PGPASSFILE;
  pgc?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('B joins from Settings; a retraction by a curator on A turns B\'s open chip retracted live; offline shows the changes waiting', async ({ openApp, app, page }) => {
  const port = pgc!.port;
  const deskA = join(root, 'A');
  const cliA = cliOn(deskA);
  const onA = async (...argv: string[]) => {
    const r = await cliA(...argv, '--json');
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as unknown;
  };

  // A (carl, a curator) joins and shares a fact with the department.
  await onA('department', 'connect', '--url', `postgres://carl@127.0.0.1:${port}/dept`);
  const sourceText = 'Vietnam GDP grew 8.02% in 2025, the General Statistics Office said.';
  const exact = 'GDP grew 8.02% in 2025';
  const source = await callOnDesk(deskA, 'sources.import', { fileName: 'gso.txt', text: sourceText, meta: { title: 'GSO', reliability: 'official' }, format: 'txt' });
  const made = await callOnDesk(deskA, 'facts.create', {
    fields: { statement: 'Vietnam GDP grew 8.02% in 2025.', metric: 'gdp growth', subject: 'Vietnam', valueLow: 8.02, valueHigh: null, unit: '%', qualifier: null, period: '2025', claimant: 'GSO', topics: [], notes: '' },
    evidence: [{ sourceId: source.source.id, selector: { exact, prefix: 'Vietnam ', suffix: ', the', start: 8, end: 8 + exact.length } }],
    by: 'carl',
  });
  await onA('department', 'sync');

  // B (dana) joins from Settings: Test connection says who she is, Connect follows the department.
  await openApp();
  await page.getByTestId('open-settings').click();
  const settings = page.getByTestId('department-settings');
  await settings.getByTestId('department-url').fill(`postgres://dana@127.0.0.1:${port}/dept`);
  await settings.getByTestId('department-test').click();
  await expect(settings.getByTestId('department-identity')).toContainText('You are “dana” in database “dept”');
  await expect(settings.getByTestId('department-identity')).toContainText('drafter');
  await settings.getByTestId('department-connect').click();
  await expect(settings.getByTestId('department-link')).toContainText(`as “dana”`);
  await page.getByTestId('settings-dialog').getByRole('button', { name: 'Done' }).click();
  const status = page.getByTestId('department-status');
  await expect(status).toHaveText(/^Department: synced · /, { timeout: 15_000 });

  // B's note cites the department's fact (pulled by the live link).
  await expect.poll(async () => (await callApi(app, 'facts.status', { ids: [made.id] })).facts.length, { timeout: 15_000 }).toBe(1);
  const noteId = await openNoteWith(page, app, 'Department brief', content(paragraph(text('Growth: '), fact(made.id, '8.02%'), text('.'))));
  const chip = chipsOf(page).and(page.locator(`[data-fact-id="${made.id}"]`));
  await expect(chip).not.toHaveAttribute('data-state', 'retracted');
  expect((await callApi(app, 'export.check', { noteId })).blocked).toBe(false);

  // Carl retracts it on A; B's chip turns retracted without a reload (the goal is 2 s; measured, not asserted).
  await onA('facts', 'retract', made.id, '--reason', 'GSO revised the figure');
  const pushing = Date.now();
  await onA('department', 'sync');
  const pushed = Date.now();
  await expect(chip).toHaveAttribute('data-state', 'retracted', { timeout: 15_000 });
  // An upper bound: from the start of A's push (A's whole CLI sync included), and from its end.
  console.log(`department e2e: B's open chip turned retracted ${Date.now() - pushing} ms after A's sync began, ${Date.now() - pushed} ms after it returned`);
  expect((await callApi(app, 'export.check', { noteId })).blocked).toBe(true);

  // The server stops: the status bar says offline, with the changes waiting, and opens Settings.
  pgc!.pause();
  await expect(status).toHaveText(/^Department: offline, \d+ changes? waiting$/, { timeout: 15_000 });
  await status.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('department-url')).toBeFocused();
  // Settings says why, in the catalogue's words (the server was stopped: refused, or the connection lost).
  await expect(page.getByTestId('department-offline-reason')).toHaveText(/connection was refused|could not be reached/);
});
