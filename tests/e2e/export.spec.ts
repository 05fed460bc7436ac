/**
 * Export to Word and Check a Word file, in the browser: the pre-export dialog, the real
 * download opened by LibreOffice, a blocker that disables Export, and the audit of a
 * downloaded file after the store moved on.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { test, expect } from '../support/fixtures';
import type { RunningApp } from '../support/host';
import { projectRoot } from '../support/host';
import { convertToPdf, pdfText, readPdf } from '../support/libreoffice';
import { editorOf } from '../support/editor';

const screens = join(projectRoot, 'test-results', 'screens');
const downloads = join(projectRoot, 'test-results', 'e2e-export');
mkdirSync(screens, { recursive: true });
mkdirSync(downloads, { recursive: true });

async function callApi<T>(app: RunningApp, method: string, body: unknown): Promise<T> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const envelope = (await response.json()) as { ok: boolean; result: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
  return envelope.result;
}

async function openSampleNote(openApp: () => Promise<Page>) {
  const page = await openApp();
  await expect(page.getByTestId('note-title')).toHaveValue(/international integration/);
  await expect(page.getByTestId('fact-chip').first()).toBeVisible();
  return page;
}

/** Ctrl+E from the note, confirm the warnings, export: the saved download's path. */
async function exportWithConfirmation(page: Page, name: string): Promise<string> {
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-run')).toBeDisabled();
  await dialog.getByLabel(/I have reviewed (this item|these \d+ items)/).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export anyway' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const path = join(downloads, name);
  await file.saveAs(path);
  await expect(dialog.getByTestId('export-done')).toContainText(file.suggestedFilename());
  return path;
}

test('Ctrl+E checks the note, lists the conflicting fact, and the downloaded Word file opens in LibreOffice', async ({ openApp, page }) => {
  await openSampleNote(openApp);
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  const conflicting = dialog.locator('[data-testid="export-finding-group"][data-group="conflicting"]');
  await expect(conflicting.locator('[data-testid="export-finding"][data-fact-id="seed-004"]')).toContainText('Resolution No. 59-NQ/TW');
  await expect(dialog.getByRole('radio', { name: /Chicago/ })).toBeChecked();
  await expect(dialog.getByTestId('export-run')).toBeDisabled();
  await expect(dialog.getByTestId('export-reason')).toContainText(/reviewed the \d+ items above/);

  expect(await seriousViolations(page, '[data-testid="export-dialog"]')).toEqual([]);
  await page.screenshot({ path: join(screens, 'export-dialog.png') });

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  const docx = await exportWithConfirmation(page, 'sample-note.docx');
  await expect(page.getByTestId('export-done')).toContainText(/\d+ KB/);
  const [pdf] = convertToPdf([docx], downloads);
  const text = pdfText(pdf!);
  for (const heading of ['Purpose', 'Summary', 'Background', 'Recommendation']) expect(text).toContain(heading);
  expect(text).toContain('UNCLASSIFIED');
  expect(text).toContain('Phạm Minh Chính');
});

test('a retracted fact blocks the export, "Show in note" leads to its chip; a resolved conflict is not flagged and its chip offers the preferred fact', async ({ openApp, page, app }) => {
  // Issue 12, item 5: the curator preferred seed-005 over seed-004, which the note cites.
  await callApi(app, 'conflicts.resolve', { factIds: ['seed-004', 'seed-005'], preferredId: 'seed-005', by: 'Minh Tran', reason: 'the Politburo site dates it 22 December 2024' });
  await openSampleNote(openApp);
  await callApi(app, 'facts.retract', { id: 'seed-013', by: 'E2E Analyst', reason: 'the source withdrew the figure' });
  await page.getByTestId('export-word').click();
  const dialog = page.getByTestId('export-dialog');
  const groups = dialog.getByTestId('export-finding-group');
  await expect(groups.first()).toHaveAttribute('data-group', 'retracted');
  await expect(groups.first()).toContainText('retracted fact');
  await expect(dialog.getByTestId('export-run')).toBeDisabled();
  await expect(dialog.getByTestId('export-reason')).toContainText('1 retracted fact must be removed or replaced');
  await expect(dialog.getByTestId('export-confirm')).toHaveCount(0);
  await expect(dialog.locator('[data-testid="export-finding-group"][data-group="disputed"] [data-testid="export-finding"][data-fact-id="seed-004"]')).toBeVisible();
  await expect(dialog.locator('[data-testid="export-finding-group"][data-group="conflicting"]')).toHaveCount(0);
  expect(await seriousViolations(page, '[data-testid="export-dialog"]')).toEqual([]);

  await groups.first().getByRole('button', { name: 'Show in note' }).click();
  await expect(dialog).toBeHidden();
  const chip = page.locator('[data-testid="fact-chip"][data-fact-id="seed-013"]').first();
  await expect(chip).toBeInViewport();
  await expect(chip).toHaveClass(/fact-chip--selected/);
  // Focus is on the note with the chip selected, not back on the Export button.
  await expect(editorOf(page)).toBeFocused();

  const notPreferred = page.locator('[data-testid="fact-chip"][data-fact-id="seed-004"]').first();
  await expect(notPreferred).toHaveAttribute('data-preferred-instead', 'seed-005');
  const form = await notPreferred.getAttribute('data-form');
  await notPreferred.click();
  const notice = page.getByTestId('chip-not-preferred');
  await expect(notice).toContainText(/Not preferred: Minh Tran preferred seed-005 on \d{4}-\d{2}-\d{2}\. Reason: the Politburo site dates it 22 December 2024/);
  await notice.getByTestId('chip-cite-preferred').click();
  const swapped = page.locator('[data-testid="fact-chip"][data-fact-id="seed-005"]').first();
  await expect(swapped).toHaveAttribute('data-form', form!);
  await expect(swapped).toHaveAttribute('data-state', 'current');
  await expect(page.locator('[data-testid="fact-chip"][data-fact-id="seed-004"]')).toHaveCount(0);
  // One undo brings the citation back as it was.
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-testid="fact-chip"][data-fact-id="seed-004"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="fact-chip"][data-fact-id="seed-005"]')).toHaveCount(0);
});

test('Check a Word file shows a fact revised since export, with what changed', async ({ openApp, page, app }) => {
  await openSampleNote(openApp);
  const docx = await exportWithConfirmation(page, 'to-audit.docx');
  await page.getByTestId('export-dialog').getByRole('button', { name: 'Done' }).click();

  const fact = await callApi<Record<string, unknown>>(app, 'facts.get', { id: 'seed-047' });
  const fields = Object.fromEntries(['statement', 'metric', 'subject', 'valueLow', 'valueHigh', 'unit', 'qualifier', 'period', 'claimant', 'topics', 'notes'].map((k) => [k, fact[k]]));
  const revised = `${String(fact.statement)} (revised after checking the transcript)`;
  await callApi(app, 'facts.revise', { id: 'seed-047', fields: { ...fields, statement: revised }, reason: 'wording checked', by: 'E2E Analyst' });

  await page.getByTestId('check-word-file').click();
  const dialog = page.getByTestId('audit-dialog');
  // A file dropped on the dialog is checked too; a file that is not a DOCX is turned away clearly.
  const dropped = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['just text'], 'notes.txt', { type: 'text/plain' }));
    return transfer;
  });
  await dialog.locator('.audit-drop').dispatchEvent('drop', { dataTransfer: dropped });
  await expect(dialog.getByTestId('audit-error')).toContainText('notes.txt could not be checked. This is not a Word (.docx) file.');
  await dialog.getByLabel('Word file exported from Briefing Studio').setInputFiles(docx);
  const report = dialog.getByTestId('audit-report');
  await expect(report.getByTestId('audit-note-title')).toContainText('international integration');
  const row = report.locator('[data-testid="audit-fact"][data-fact-id="seed-047"]');
  await expect(row).toHaveAttribute('data-status', 'stale');
  await expect(row).toContainText('Revised since export');
  const changes = report.locator('[data-testid="audit-changes"][data-fact-id="seed-047"]');
  await expect(changes.locator('[data-field="statement"] ins')).toContainText('(revised after checking the transcript)');
  await expect(report.locator('[data-testid="audit-fact"][data-status="current"]').first()).toBeVisible();

  expect(await seriousViolations(page, '[data-testid="audit-dialog"]')).toEqual([]);
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screens, 'audit-report.png') });
});

test('a fact retracted while the dialog is open: the export is refused with the reason, and "Check again" shows the blocker', async ({ openApp, page, app }) => {
  await openSampleNote(openApp);
  await page.getByTestId('export-word').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel(/I have reviewed (this item|these \d+ items)/).check();
  await callApi(app, 'facts.retract', { id: 'seed-013', by: 'E2E Analyst', reason: 'withdrawn' });
  await dialog.getByRole('button', { name: 'Export anyway' }).click();
  await expect(dialog.getByTestId('export-error')).toContainText('The Word file was not made.');
  await expect(dialog.getByTestId('export-error')).toContainText(/retracted/i);
  await dialog.getByRole('button', { name: 'Check again' }).click();
  await expect(dialog.getByTestId('export-finding-group').first()).toHaveAttribute('data-group', 'retracted');
  await expect(dialog.getByTestId('export-run')).toBeDisabled();
  await page.screenshot({ path: join(screens, 'export-blocked.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a source printing "[publisher unknown]" is a finding; Edit details from the export dialog fixes it and the finding goes', async ({ openApp, page, app }) => {
  await openSampleNote(openApp);
  await page.getByTestId('export-word').click();
  const dialog = page.getByTestId('export-dialog');
  const steering = dialog.locator('[data-testid="export-finding"][data-kind="source-placeholder"]', { hasText: 'Untitled report: National Steering Committee' });
  await expect(steering).toContainText('[publisher unknown]');
  await steering.getByTestId('finding-edit-source').click();
  const edit = page.getByTestId('edit-source-dialog');
  await expect(edit.getByTestId('edit-source-publisher')).toHaveValue('');
  await expect(edit.getByTestId('source-edit-history')).toContainText('No changes since the source was imported.');
  await edit.getByTestId('edit-source-title').fill('National Steering Committee for International Integration reviews its 2025 performance');
  await edit.getByTestId('edit-source-originalTitle').fill('Ban Chỉ đạo quốc gia về hội nhập quốc tế đánh giá kết quả năm 2025');
  await edit.getByTestId('edit-source-publisher').fill('Government News');
  await edit.getByTestId('edit-source-by').fill('E2E Analyst');
  await edit.getByTestId('edit-source-save').click();
  await expect(edit).toBeHidden();
  await expect(dialog.getByTestId('export-findings')).toBeVisible();
  await expect(dialog.locator('[data-testid="export-finding"][data-kind="source-placeholder"]', { hasText: 'National Steering Committee' })).toHaveCount(0);
  // The other source without a publisher is still listed; the change is recorded with who made it.
  await expect(dialog.locator('[data-testid="export-finding"][data-kind="source-placeholder"]')).toHaveCount(1);
  const history = await callApi<{ changes: { field: string; new: unknown; by: string }[] }>(app, 'sources.metadataHistory', { id: 'src-steering-2026-01-14' });
  expect(history.changes.map((c) => [c.field, c.new, c.by]).sort()).toEqual([
    ['originalTitle', 'Ban Chỉ đạo quốc gia về hội nhập quốc tế đánh giá kết quả năm 2025', 'E2E Analyst'],
    ['publisher', 'Government News', 'E2E Analyst'],
    ['title', 'National Steering Committee for International Integration reviews its 2025 performance', 'E2E Analyst'],
  ]);
});

test('Ctrl+P prints the Tờ trình in its Decree 30 layout: A4, the 30 mm left margin, Times, a note per citation, the note without the app', async ({ openApp, page }) => {
  await openApp();
  await page.locator('[data-note-id="sample-to-trinh-vi"] .note-open').click();
  await expect(page.getByTestId('note-title')).toHaveValue(/hội nhập quốc tế năm 2025/);
  await expect(page.getByTestId('fact-chip').first()).toBeVisible();
  await expect(page.getByTestId('references')).toBeVisible();
  // The page's own print dialog cannot be driven: record the call instead, then make the PDF
  // Chromium would print (print media, the page's @page size) with page.pdf().
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'true');
  });
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+p');
  await expect(page.locator('body[data-printed="true"]')).toBeAttached();
  // Decree 30 gives a repeated citation a note of its own, as its Word file does (the Tờ trình
  // cites seed-013 twice; export-profiles.test.ts compares the texts with Word's footnotes): one
  // note per citation, numbered in order, where the references panel lists one per fact.
  const chips = await page.getByTestId('editor').getByTestId('fact-chip').count();
  expect(await page.locator('[data-testid="references"] li').count()).toBeLessThan(chips);
  await expect(page.locator('#print-document .print-endnotes li')).toHaveCount(chips);
  await expect(page.locator('#print-document .print-fact .fact-chip-number')).toHaveText(Array.from({ length: chips }, (_, i) => String(i + 1)));
  const file = join(downloads, 'to-trinh-print.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true });

  const pdf = readPdf(file);
  // A4: 595 × 842 pt.
  expect(pdf.pages[0]!.width).toBeCloseTo(595, 0);
  expect(pdf.pages[0]!.height).toBeCloseTo(842, 0);
  const page1 = pdf.words.filter((w) => w.page === 1);
  const leftMm = (Math.min(...page1.map((w) => w.x)) / 72) * 25.4;
  expect(leftMm).toBeGreaterThanOrEqual(29.5);
  expect(leftMm).toBeLessThanOrEqual(35.5);
  expect(pdf.fonts).toMatch(/Times|LiberationSerif|Liberation Serif/);
  const text = pdf.text.replace(/\s+/g, ' ');
  expect(text).toContain('TỜ TRÌNH');
  expect(text).toContain('Về kết quả hội nhập quốc tế năm 2025');
  expect(text).toContain('Thực hiện chỉ đạo của Ban Chỉ đạo quốc gia');
  // None of the app: the header's, the toolbar's and the status bar's words.
  const statusBar = (await page.getByTestId('word-count').textContent())!;
  for (const chrome of ['Export to Word', 'Check a Word file', 'Save version', 'History', statusBar]) expect(text).not.toContain(chrome);
  // The heading and closing blocks are the Word export's (shared/document-profiles/page-blocks.ts):
  // the motto in the top-right half of page 1, "Nơi nhận:" in the left half of the last page.
  const { width, height } = pdf.pages[0]!;
  const motto = page1.find((w) => w.text === 'Độc')!;
  expect(motto.x).toBeGreaterThan(width / 2);
  expect(motto.y).toBeLessThan(height / 4);
  const agency = page1.find((w) => w.text === 'Số:')!;
  expect(agency.x2).toBeLessThan(width / 2);
  const last = pdf.pages.length;
  const recipients = pdf.words.find((w) => w.page === last && w.text === 'Nơi')!;
  expect(recipients.x2).toBeLessThan(width / 2);
  // The signer's authority beside it in the right half, the notes above: the closing ends the document.
  const authority = pdf.words.find((w) => w.page === last && w.text === 'PHÓ')!;
  expect(authority.x).toBeGreaterThan(width / 2);
  expect(Math.abs(authority.y - recipients.y)).toBeLessThan(20);
});
