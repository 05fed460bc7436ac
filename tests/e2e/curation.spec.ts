/**
 * Sources and curation (issue 6) in the real renderer over the real host: import a seed file,
 * quote a sentence as a new fact, verify it, cite it in a note; imported HTML never runs;
 * the curation screens pass axe. Screenshots of each screen go to test-results/screens/.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { appRoot } from '../../electron/core/paths';
import { expect, test } from '../support/fixtures';
import { callApi } from '../support/editor';
import { projectRoot } from '../support/host';
import { convertToPdf, pdfText } from '../support/libreoffice';
import { appendAndRetractPack } from '../fixtures/hostile/packs';

const seed = join(appRoot(), '..', 'shared', 'seeds', 'vns-2026-01-15-pm-urges-deeper-integration.txt');
const sentence =
  'The number of international agreements signed during high-level diplomatic activities has continued to rise, with a stronger focus on strategic priorities such as science and technology, innovation and sustainable development.';
const screens = join(appRoot(), 'test-results', 'screens');

/** Selects `text` in the reader the way a mouse drag would: a DOM Range over the text nodes holding it. */
async function selectInReader(page: Page, text: string) {
  await page.getByTestId('source-text').evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const whole = nodes.map((n) => n.data).join('');
    const start = whole.indexOf(wanted);
    if (start < 0) throw new Error('text not in the reader');
    const locate = (offset: number, isEnd: boolean): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        const inside = isEnd ? offset <= seen + node.data.length : offset < seen + node.data.length;
        if (inside) return [node, offset - seen];
        seen += node.data.length;
      }
      throw new Error('offset outside the text');
    };
    const range = document.createRange();
    range.setStart(...locate(start, false));
    range.setEnd(...locate(start + wanted.length, true));
    // Scrolled into view first, as a user sees what they select.
    (range.startContainer.parentElement ?? root).closest('.reader-scroll')?.scrollBy(0, range.getBoundingClientRect().top - 320);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, text);
}

async function seriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('import a seed article, quote a sentence as a fact, verify it, cite it in a note, export the note to Word', async ({ openApp, page }) => {
  await openApp();
  await page.getByTestId('import-file-input').setInputFiles(seed);
  const form = page.getByTestId('import-dialog');
  await expect(form.getByTestId('import-preview')).toContainText('Prime Minister Phạm Minh Chính');
  // The starter store already holds this article: the form says so before anything is stored.
  await expect(form.getByTestId('import-already')).toContainText('already in the library as “Prime Minister urges deeper');
  await form.getByTestId('import-title').fill('PM urges deeper integration');
  await form.getByTestId('import-publisher').fill('Việt Nam News');
  await form.getByTestId('import-published').fill('2026-01-15');
  await form.getByTestId('import-reliability').selectOption('press');
  await page.screenshot({ path: join(screens, 'import-dialog.png') });
  await form.getByTestId('import-confirm').click();

  // The same text is never stored twice: the existing source opens.
  await expect(page.getByTestId('import-done')).toContainText('already in the library');
  await expect(page.getByTestId('view-sources')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('source-text')).toContainText(sentence);

  await selectInReader(page, sentence);
  await page.getByTestId('selection-action').click();
  const dialog = page.getByTestId('new-fact-dialog');
  await expect(dialog.getByTestId('new-fact-quote').locator('mark')).toHaveText(sentence);
  await dialog.getByTestId('fact-field-statement').fill('International agreements signed at high-level meetings kept rising in 2025.');
  await dialog.getByTestId('fact-field-period').fill('2025');
  await dialog.getByTestId('fact-field-topics').fill('diplomacy, integration');
  await page.screenshot({ path: join(screens, 'new-fact-dialog.png') });
  await dialog.getByTestId('create-fact').click();

  // First action that records a name: the one-time profile prompt.
  await page.getByTestId('profile-name').fill('Lan Nguyen');
  await page.getByTestId('profile-save').click();
  const created = page.getByTestId('fact-created');
  await expect(created.getByTestId('created-status')).toHaveAttribute('data-status', 'unverified');
  await created.getByTestId('verify-created').click();
  await expect(created.getByTestId('created-status')).toHaveAttribute('data-status', 'verified');
  await expect(page.locator('[data-testid="quote-mark"]', { hasText: 'international agreements signed' })).toBeVisible();
  await page.screenshot({ path: join(screens, 'sources-reader.png') });

  // The fact page shows who verified it.
  await created.getByRole('button', { name: 'Open fact page' }).click();
  const factPage = page.getByTestId('fact-page');
  await expect(factPage.getByTestId('fact-status')).toHaveText('Verified');
  await expect(factPage).toContainText('Verified by Lan Nguyen');
  const factId = (await factPage.getAttribute('data-fact-id'))!;

  // A revision is a new version; the page shows what changed, word by word.
  await factPage.getByTestId('action-revise').click();
  const revise = page.getByTestId('revise-dialog');
  await revise.getByTestId('fact-field-statement').fill('International agreements signed at high-level meetings kept rising through 2025.');
  await revise.getByTestId('revise-reason').fill('Clearer wording');
  await revise.getByTestId('revise-confirm').click();
  await expect(factPage.getByTestId('version-list').locator('li')).toHaveCount(2);
  await expect(factPage.getByTestId('version-diff').locator('ins')).toContainText('through');
  await expect(factPage.getByTestId('version-diff').locator('del')).toContainText('in');
  await page.screenshot({ path: join(screens, 'fact-page.png'), fullPage: true });

  // Cite it in the open note from the fact panel.
  await page.getByTestId('view-notes').click();
  await page.getByTestId('fact-search').fill('agreements signed high-level through');
  await page.locator(`[data-testid="fact-result"][data-fact-id="${factId}"]`).click();
  await expect(page.locator(`[data-testid="editor"] [data-testid="fact-chip"][data-fact-id="${factId}"]`)).toBeVisible();
  await page.screenshot({ path: join(screens, 'notes-with-new-fact.png') });

  // Export the note: the new fact is in the Word file, footnoted with its quote.
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+e');
  const exportDialog = page.getByTestId('export-dialog');
  await exportDialog.getByLabel(/I have reviewed/).check();
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export anyway' }).click();
  const outDir = join(projectRoot, 'test-results', 'e2e-curation');
  mkdirSync(outDir, { recursive: true });
  const docx = join(outDir, 'note-with-new-fact.docx');
  await (await download).saveAs(docx);
  const [pdf] = convertToPdf([docx], outDir);
  const text = pdfText(pdf!).replace(/\s+/g, ' ');
  expect(text).toContain('International agreements signed at high-level meetings kept rising through 2025.');
  expect(text).toContain(sentence.replace(/\s+/g, ' ').slice(0, 40));
});

test('an imported web page never runs its scripts, and its text is readable', async ({ openApp, page }) => {
  await openApp();
  const html = `<!doctype html><html><head><title>Harbour figures</title></head><body>
    <script>window.__xss = 1</script>
    <h1>Harbour figures</h1><p>Container throughput at the harbour rose 12 per cent in 2025.</p>
    <img src=x onerror="window.__xss = 1"><p onclick="window.__xss = 1">Second paragraph.</p></body></html>`;
  await page.getByTestId('import-file-input').setInputFiles({ name: 'harbour.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  const form = page.getByTestId('import-dialog');
  await expect(form.getByTestId('import-title')).toHaveValue('Harbour figures');
  await form.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText('Imported “Harbour figures”');
  const text = page.getByTestId('source-text');
  await expect(text).toContainText('Container throughput at the harbour rose 12 per cent in 2025.');
  await expect(text).not.toContainText('__xss');
  await expect(text.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // Listed with its unknowns said plainly.
  await expect(page.locator('[data-testid="source-item"]', { hasText: 'Harbour figures' })).toContainText('publisher unknown · n.d. · 0 facts');
});

test('a file that is not a document is refused with a clear message', async ({ openApp, page }) => {
  await openApp();
  await page.getByTestId('import-file-input').setInputFiles({ name: 'garbage.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 3, 255, 254, 0, 9, 0, 0, 7]) });
  await expect(page.getByTestId('import-refused')).toContainText('“garbage.txt” cannot be imported');
  await expect(page.getByTestId('import-dialog')).not.toBeVisible();
});

test('the curation screens have no serious or critical accessibility violations', async ({ openApp, page }) => {
  await openApp();
  await page.getByTestId('view-sources').click();
  await expect(page.getByTestId('source-text')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('view-facts').click();
  await expect(page.getByTestId('fact-row').first()).toBeVisible();
  await page.screenshot({ path: join(screens, 'facts-table.png') });
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('fact-row').first().getByRole('button').click();
  await expect(page.getByTestId('fact-page')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('view-conflicts').click();
  await expect(page.getByTestId('conflict-group').first()).toBeVisible();
  await page.screenshot({ path: join(screens, 'conflicts.png') });
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('import-file-input').setInputFiles(seed);
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="import-dialog"]')).toEqual([]);
});

test('with the keyboard: find a passage in another source and add it as evidence', async ({ openApp, page }) => {
  await openApp();
  await page.getByTestId('view-facts').click();
  // The table reloads from the store on a filter change: wait for that answer before focusing a row.
  const filtered = page.waitForResponse((r) => r.url().endsWith('/api/facts.list') && r.request().postData()?.includes('"verified"') === true);
  await page.getByTestId('filter-status').selectOption('verified');
  await filtered;
  // ...and for the table to show it, so the row focused is a verified fact's.
  await expect(page.getByTestId('fact-row').filter({ hasNot: page.locator('.badge-verified') })).toHaveCount(0);
  const row = page.getByTestId('fact-row').first();
  await row.getByRole('button').focus();
  await page.keyboard.press('Enter');
  const factPage = page.getByTestId('fact-page');
  // Count the quotes once the page has loaded them (every fact has at least one).
  await expect(factPage.getByTestId('evidence-list').locator('li').first()).toBeVisible();
  const before = await factPage.getByTestId('evidence-list').locator('li').count();

  await factPage.getByTestId('action-evidence').click();
  const dialog = page.getByTestId('evidence-dialog');
  const vov = await dialog.getByTestId('evidence-source').locator('option', { hasText: 'Government leader calls for deeper' }).getAttribute('value');
  await dialog.getByTestId('evidence-source').selectOption(vov!);
  await dialog.getByTestId('reader-find').fill('the highest level to date');
  await dialog.getByTestId('reader-find').press('Enter');
  await dialog.getByTestId('selection-action-toolbar').click();
  await expect(dialog.getByTestId('evidence-picked')).toHaveText('the highest level to date');
  await page.screenshot({ path: join(screens, 'add-evidence-dialog.png') });
  await dialog.getByTestId('evidence-confirm').click();
  await page.getByTestId('profile-name').fill('Minh Tran');
  await page.getByTestId('profile-name').press('Enter');
  await expect(factPage.getByTestId('evidence-list').locator('li')).toHaveCount(before + 1);
  await expect(factPage.getByTestId('evidence-list')).toContainText('the highest level to date');
});

test('prefer one fact of a conflict: it is verified, the others disputed with the reason', async ({ openApp, page }) => {
  await openApp();
  await page.getByTestId('view-conflicts').click();
  const group = page.getByTestId('conflict-group').first();
  const facts = group.getByTestId('conflict-fact');
  await expect(facts).toHaveCount(2);
  const disputed = facts.filter({ hasText: 'Disputed' });
  const preferredId = (await disputed.getAttribute('data-fact-id'))!;
  await disputed.getByTestId('prefer-fact').click();
  await page.getByTestId('reason-input').fill('The resolution text itself is dated 22 December 2024');
  await page.getByTestId('reason-confirm').click();
  await page.getByTestId('profile-name').fill('Minh Tran');
  await page.getByTestId('profile-save').click();
  await expect(page.getByTestId('conflicts-notice')).toContainText(`Preferred ${preferredId}`);
  const preferred = page.locator(`[data-testid="conflict-fact"][data-fact-id="${preferredId}"]`);
  await expect(preferred).toContainText('Verified');
  await expect(page.getByTestId('conflict-fact').filter({ hasText: 'Disputed' })).toHaveCount(1);
  // Issue 12, item 5: the conflict is closed, listed under Resolved with who, when and why.
  const resolved = page.getByTestId('conflicts-resolved');
  await expect(resolved.getByTestId('conflict-group')).toHaveCount(1);
  await expect(resolved.getByTestId('conflict-resolution')).toContainText(
    new RegExp(`Resolved: Minh Tran preferred ${preferredId} on \\d{4}-\\d{2}-\\d{2}\\. Reason: The resolution text itself is dated 22 December 2024`),
  );
  await expect(resolved.locator(`[data-testid="conflict-fact"][data-fact-id="${preferredId}"]`).getByTestId('conflict-preferred')).toBeVisible();

  // The other fact's history records who, and why.
  await page.getByTestId('conflict-fact').filter({ hasText: 'Disputed' }).getByRole('button', { name: /^Open fact/ }).click();
  await expect(page.getByTestId('status-history')).toContainText(`Minh Tran — Preferred ${preferredId}: The resolution text itself is dated 22 December 2024`);
});

test('a pack that would rewrite a fact you hold waits in Conflicts; rejected, the fact is as it was', async ({ app, openApp, page }) => {
  const before = await callApi(app, 'facts.get', { id: 'seed-004' });
  const exported = await callApi(app, 'packs.export', { factIds: ['seed-004'] });
  const report = await callApi(app, 'packs.import', { json: appendAndRetractPack(exported.json, 'seed-004'), fileName: 'append-and-retract.json', by: 'Local Analyst' });
  expect(report.toReview.map((c) => c.factId)).toEqual(['seed-004']);
  await openApp();
  await page.getByTestId('view-conflicts').click();
  const change = page.locator('[data-testid="pack-change"][data-fact-id="seed-004"]');
  await expect(change).toContainText('by “Minister of Foreign Affairs” (as the pack claims)');
  await expect(change).toContainText('retracted by “Briefing Studio starter set” (as the pack claims)');
  await expect(change).toContainText('From append-and-retract.json');
  expect(await seriousViolations(page, '[data-testid="pack-changes"]')).toEqual([]);
  await page.screenshot({ path: join(screens, 'pack-changes.png') });
  await change.getByTestId('reject-pack-change').click();
  await page.getByTestId('profile-name').fill('Minh Tran');
  await page.getByTestId('profile-save').click();
  await expect(page.getByTestId('pack-changes-notice')).toContainText('Rejected the pack\'s change to seed-004');
  await expect(page.getByTestId('pack-change')).toHaveCount(0);
  expect(await callApi(app, 'facts.get', { id: 'seed-004' })).toEqual(before);
});

test('a file dropped onto the window opens the import form', async ({ openApp, page }) => {
  await openApp();
  const drop = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Rice exports reached 8 million tonnes in 2025.\n'], 'rice.md', { type: 'text/markdown' }));
    return data;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: drop });
  await expect(page.getByTestId('drop-overlay')).toHaveText('Drop to import');
  await page.dispatchEvent('body', 'drop', { dataTransfer: drop });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
  const form = page.getByTestId('import-dialog');
  await expect(form.getByTestId('import-preview')).toHaveText('Rice exports reached 8 million tonnes in 2025.\n');
  await form.getByTestId('import-confirm').click();
  await expect(page.getByTestId('source-title')).toHaveText('rice');
  await expect(page.getByTestId('source-text')).toHaveText('Rice exports reached 8 million tonnes in 2025.\n');
});

test('the facts table sorts and filters', async ({ openApp, page }) => {
  await openApp();
  await page.getByTestId('view-facts').click();
  await expect(page.getByTestId('facts-count')).toContainText('69 of 69 facts');
  await page.getByTestId('filter-conflict').check();
  await expect(page.getByTestId('fact-row')).toHaveCount(2);
  await page.getByTestId('filter-conflict').uncheck();
  await page.getByTestId('filter-status').selectOption('unverified');
  const rows = page.getByTestId('fact-row');
  await expect(rows.first().locator('.badge').first()).toHaveText('Unverified');
  await page.getByTestId('sort-statement').click();
  await expect(page.locator('th[aria-sort="ascending"]')).toHaveText(/Statement/);
  const statements = await rows.locator('.row-link').allTextContents();
  expect(statements).toEqual([...statements].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
});

test('verifying a fact whose quote is not in its source is refused, and the page says why', async ({ openApp, page }) => {
  await openApp();
  const created = await page.evaluate(async () => {
    const exact = 'A sentence that no source contains.';
    const response = await fetch('/api/facts.create', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem('briefing.token')}` },
      body: JSON.stringify({
        fields: { statement: 'An unsupported claim.', metric: null, subject: null, valueLow: null, valueHigh: null, unit: null, qualifier: null, period: null, claimant: null, topics: [], notes: '' },
        evidence: [{ sourceId: 'src-vov-2026-01-14', selector: { exact, prefix: '', suffix: '', start: 0, end: exact.length } }],
        by: 'test',
      }),
    });
    return (await response.json()) as { ok: boolean; result: { id: string } };
  });
  expect(created.ok).toBe(true);
  await page.getByTestId('view-facts').click();
  await page.locator(`[data-testid="fact-row"][data-fact-id="${created.result.id}"]`).getByRole('button').click();
  const factPage = page.getByTestId('fact-page');
  await expect(factPage.getByTestId('anchor-state')).toHaveText('Not found in the source');
  await factPage.getByTestId('action-verify').click();
  await page.getByTestId('profile-name').fill('Minh Tran');
  await page.getByTestId('profile-save').click();
  await expect(factPage.getByTestId('fact-error')).toContainText(`Cannot verify fact ${created.result.id}: every quote must be found once in its source`);
  await expect(factPage.getByTestId('fact-status')).toHaveText('Unverified');
});

test('the facts table finds facts by their words, diacritics folded, together with the filters', async ({ openApp, app, page }) => {
  await openApp();
  await page.getByTestId('view-facts').click();
  await expect(page.getByTestId('facts-count')).toHaveText('69 of 69 facts');
  // The words are looked for in statements, quotes, claimants, topics and source titles, as the fact panel's search does.
  const { results } = await callApi(app, 'facts.search', { query: 'Pham Minh Chinh', limit: 200 });
  expect(results.length).toBeGreaterThan(0);
  expect(results.length).toBeLessThan(69);
  await page.getByTestId('facts-table-search').fill('Pham Minh Chinh');
  await expect(page.getByTestId('facts-count')).toHaveText(`${results.length} of ${results.length} facts`);
  const shown = await page.getByTestId('fact-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-fact-id')));
  expect(new Set(shown)).toEqual(new Set(results.map((f) => f.id)));
  // With a filter too: only verified facts among them.
  await page.getByTestId('filter-status').selectOption('verified');
  const verified = results.filter((f) => f.status === 'verified').length;
  await expect(page.getByTestId('facts-count')).toHaveText(`${verified} of ${verified} ${verified === 1 ? 'fact' : 'facts'}`);
  // Words that match nothing say so.
  await page.getByTestId('facts-table-search').fill('zzzz-no-such-word');
  await expect(page.getByText('No facts match these words and filters.')).toBeVisible();
});
