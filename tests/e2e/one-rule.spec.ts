/**
 * One rule, shown the same everywhere (issue 11's acceptance), in Chromium on the real host:
 * - a note's word count in the status bar, the library, the export dialog, the version history,
 *   `briefing notes list --json` and `briefing check --json`;
 * - for a fact in every status, the chip, the status bar's count, the export check and
 *   `briefing audit --json` agree (an unverified fact is a warning everywhere, never "current");
 * - for a fact with several quotes, the chip popover, the references preview and the Word
 *   footnote read back through LibreOffice show the same quote.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { SerializedNode } from '../../shared/note-format';
import { callApi, chipsOf, editorOf, waitSaved } from '../support/editor';
import { expect, test } from '../support/fixtures';
import { projectRoot, type RunningApp } from '../support/host';
import { convertToPdf, pdfText } from '../support/libreoffice';
import { content, fact, heading, paragraph, text } from '../support/note-content';

const downloads = join(projectRoot, 'test-results', 'e2e-one-rule');
mkdirSync(downloads, { recursive: true });

/** The real command line on the host's data directory (a second process on the same store). */
function cli<T>(app: RunningApp, ...args: string[]): T {
  const out = execFileSync(process.execPath, [join(projectRoot, 'bin/briefing.mjs'), ...args, '--json', '--data-dir', app.dataDir], { encoding: 'utf8' });
  return JSON.parse(out) as T;
}

const listItem = (value: number, ...children: SerializedNode[]): SerializedNode => ({ type: 'listitem', version: 1, value, direction: 'ltr', format: '', indent: 0, children });
const bulletList = (...items: SerializedNode[]): SerializedNode => ({
  type: 'list',
  version: 1,
  listType: 'bullet',
  start: 1,
  tag: 'ul',
  direction: 'ltr',
  format: '',
  indent: 0,
  children: items,
});

async function openNote(page: Page, noteId: string, title: string) {
  await page.locator(`[data-testid="note-item"][data-note-id="${noteId}"] .note-open`).click();
  await expect(page.getByTestId('note-title')).toHaveValue(title);
}

const numberIn = (s: string | null) => Number((/([\d,]+)\s+words?/.exec(s ?? '')?.[1] ?? 'NaN').replace(/,/g, ''));

/** Every place a user or script reads the word count of the open note, after an explicit save. */
async function wordCountsEverywhere(page: Page, app: RunningApp, noteId: string) {
  await page.getByTestId('save-now').click();
  await waitSaved(page);
  const statusBar = numberIn(await page.getByTestId('word-count').textContent());
  const library = numberIn(await page.locator(`[data-testid="note-item"][data-note-id="${noteId}"] .note-meta`).textContent());

  await page.getByTestId('show-history').click();
  const history = page.getByTestId('history-dialog');
  const newest = numberIn(await history.getByTestId('history-item').first().textContent());
  await history.getByRole('button', { name: 'Close' }).click();
  await expect(history).toBeHidden();

  await page.getByTestId('export-word').click();
  const dialog = page.getByTestId('export-dialog');
  const exportDialog = numberIn(await dialog.getByTestId('export-summary').textContent());
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const listed = cli<{ notes: { id: string; wordCount: number }[] }>(app, 'notes', 'list').notes.find((n) => n.id === noteId)!.wordCount;
  const checked = cli<{ wordCount: number }>(app, 'check', noteId).wordCount;
  return { statusBar, library, history: newest, exportDialog, notesList: listed, check: checked };
}

test('one note shows the same word count everywhere: a note with chips, lists and headings, and the starter sample', async ({ openApp, page, app }) => {
  await openApp();
  // The sample note, as a new user first meets it.
  await expect(page.getByTestId('note-title')).toHaveValue(/international integration/);
  const sampleId = (await callApi(app, 'notes.list', {})).notes.find((n) => /international integration/.test(n.title))!.id;
  const sample = await wordCountsEverywhere(page, app, sampleId);
  expect(sample.statusBar).toBeGreaterThan(300);
  expect(sample).toEqual({ statusBar: sample.statusBar, library: sample.statusBar, history: sample.statusBar, exportDialog: sample.statusBar, notesList: sample.statusBar, check: sample.statusBar });

  // Tokens the three old rules split differently: "US$28–29", a lone dash, "59-NQ/TW", a word
  // split by bold mid-way, chips right against punctuation, list items and headings.
  const created = await callApi(app, 'notes.create', { templateId: 'information', title: 'Word count check' });
  const body = content(
    heading('Purpose — and scope'),
    paragraph(text('Disbursed FDI reached '), fact('seed-001', 'US$28–29 billion in 2025'), text(', a record – see Resolution 59-NQ/TW.')),
    paragraph(text('Imp'), text('ortant', 1), text(' figures follow:')),
    bulletList(listItem(1, text('exports '), fact('seed-003', '17.3% growth')), listItem(2, text('trade surplus • steady'))),
    heading('Next steps'),
    paragraph(text("Officials' review; 2026-01-15 … then sign-off.")),
  );
  await callApi(app, 'notes.save', { id: created.id, metadata: created.metadata, content: body, baseUpdatedAt: created.updatedAt, snapshot: true });
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await openNote(page, created.id, 'Word count check');
  await expect(chipsOf(page)).toHaveCount(2);
  const mixed = await wordCountsEverywhere(page, app, created.id);
  expect(mixed.statusBar).toBeGreaterThan(20);
  expect(mixed).toEqual({ statusBar: mixed.statusBar, library: mixed.statusBar, history: mixed.statusBar, exportDialog: mixed.statusBar, notesList: mixed.statusBar, check: mixed.statusBar });
});

interface Case {
  name: string;
  /** Puts the case's fact in its status through the API (as the curation views do), after the export. */
  apply(app: RunningApp, factId: string): Promise<void>;
  chip: string;
  findings: string[];
  audit: string;
  conflicted: boolean;
}

const by = 'E2E Curator';
const cases: Case[] = [
  { name: 'verified', apply: async () => undefined, chip: 'current', findings: [], audit: 'current', conflicted: false },
  { name: 'unverified', apply: async () => undefined, chip: 'unverified', findings: ['unverified'], audit: 'unverified', conflicted: false },
  {
    name: 'disputed',
    apply: async (app, id) => void (await callApi(app, 'facts.dispute', { id, by, reason: 'a second source disagrees' })),
    chip: 'disputed',
    findings: ['disputed'],
    audit: 'disputed',
    conflicted: false,
  },
  {
    name: 'retracted',
    apply: async (app, id) => void (await callApi(app, 'facts.retract', { id, by, reason: 'the source withdrew it' })),
    chip: 'retracted',
    findings: ['retracted'],
    audit: 'retracted',
    conflicted: false,
  },
  {
    name: 'revised after insertion',
    apply: async (app, id) => {
      const f = await callApi(app, 'facts.get', { id });
      const { statement, metric, subject, valueLow, valueHigh, unit, qualifier, period, claimant, topics, notes } = f;
      await callApi(app, 'facts.revise', {
        id,
        by,
        reason: 'wording checked',
        fields: { statement: `${statement} (checked)`, metric, subject, valueLow, valueHigh, unit, qualifier, period, claimant, topics, notes },
      });
      // Revised and verified again: only the revision is left to flag.
      await callApi(app, 'facts.verify', { id, by });
    },
    chip: 'stale',
    findings: ['stale'],
    audit: 'stale',
    conflicted: false,
  },
  { name: 'in an open conflict', apply: async () => undefined, chip: 'current', findings: ['conflicting'], audit: 'current', conflicted: true },
];

test('for a fact in every status, the chip, the status-bar count, the export check and `briefing audit --json` agree', async ({ openApp, page, app }) => {
  test.setTimeout(120_000);
  await openApp();
  // Facts of the starter store to put in each state: verified ones outside any conflict, an
  // unverified one, and one in an open conflict.
  const { facts } = await callApi(app, 'facts.list', { limit: 200 });
  const plain = facts.filter((f) => f.status === 'verified' && !f.inConflict).map((f) => f.id);
  const unverified = facts.find((f) => f.status === 'unverified' && !f.inConflict)!.id;
  const conflicted = facts.find((f) => f.status === 'verified' && f.inConflict)!.id;
  const factOf = (c: Case, i: number) => (c.name === 'unverified' ? unverified : c.name === 'in an open conflict' ? conflicted : plain[i]!);

  // One note per case, each a single short chip (no plain-language hint to count), and one
  // note citing them all, exported while every fact still stood, for the audit.
  const chipText = 'the figure';
  const noteIds: string[] = [];
  for (const [i, c] of cases.entries()) {
    const note = await callApi(app, 'notes.create', { templateId: 'information', title: `State ${c.name}` });
    await callApi(app, 'notes.save', { id: note.id, metadata: note.metadata, content: content(paragraph(fact(factOf(c, i), chipText))), baseUpdatedAt: note.updatedAt, snapshot: true });
    noteIds.push(note.id);
  }
  const all = await callApi(app, 'notes.create', { templateId: 'information', title: 'All states' });
  await callApi(app, 'notes.save', {
    id: all.id,
    metadata: all.metadata,
    content: content(...cases.map((c, i) => paragraph(fact(factOf(c, i), chipText)))),
    baseUpdatedAt: all.updatedAt,
    snapshot: true,
  });
  const docx = join(downloads, 'all-states.docx');
  execFileSync(process.execPath, [join(projectRoot, 'bin/briefing.mjs'), 'export', all.id, '--out', docx, '--data-dir', app.dataDir], { stdio: 'ignore' });
  for (const [i, c] of cases.entries()) await c.apply(app, factOf(c, i));

  const audit = cli<{ facts: { factId: string; status: string; conflicted: boolean; issues: { kind: string }[] }[]; counts: Record<string, number> }>(app, 'audit', docx);
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  for (const [i, c] of cases.entries()) {
    const factId = factOf(c, i);
    await openNote(page, noteIds[i]!, `State ${c.name}`);
    const chip = chipsOf(page).first();
    await expect(chip, c.name).toHaveAttribute('data-state', c.chip);
    if (c.conflicted) await expect(chip, c.name).toHaveAttribute('data-conflict', 'true');
    else await expect(chip, c.name).not.toHaveAttribute('data-conflict', /.*/);
    await expect(page.getByTestId('warning-count'), c.name).toHaveText(`${c.findings.length} ${c.findings.length === 1 ? 'warning' : 'warnings'}`);

    const check = cli<{ findings: { kind: string; factId?: string }[] }>(app, 'check', noteIds[i]!);
    expect(check.findings.filter((f) => f.factId).map((f) => f.kind), c.name).toEqual(c.findings);
    // The app's own check dialog lists the same fact findings.
    await page.getByTestId('export-word').click();
    const dialog = page.getByTestId('export-dialog');
    // A fresh note lacks its To/From details, so the check always has something to list.
    await expect(dialog.getByTestId('export-findings'), c.name).toBeVisible();
    await expect(dialog.locator('[data-testid="export-finding"][data-fact-id]'), c.name).toHaveCount(c.findings.length);
    expect(await dialog.locator('[data-testid="export-finding"][data-fact-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))), c.name).toEqual(c.findings);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    const audited = audit.facts.find((f) => f.factId === factId)!;
    expect({ status: audited.status, conflicted: audited.conflicted, issues: audited.issues.map((x) => x.kind) }, c.name).toEqual({
      status: c.audit,
      conflicted: c.conflicted,
      issues: c.findings,
    });
  }
  expect(audit.counts.unverified).toBe(1);
  expect(audit.counts.current).toBe(2);
});

test('for a fact with several quotes, the chip popover, the references preview and the Word footnote show the same quote', async ({ openApp, page, app }) => {
  test.setTimeout(180_000);
  await openApp();
  const multi = (await callApi(app, 'facts.list', { limit: 200 })).facts.find((f) => f.status === 'verified' && !f.inConflict && f.sources.length > 1)!;
  const detail = await callApi(app, 'facts.get', { id: multi.id });
  expect(detail.evidence.length).toBeGreaterThan(1);

  const note = await callApi(app, 'notes.create', { templateId: 'information', title: 'Quotes agree' });
  await callApi(app, 'notes.save', {
    id: note.id,
    metadata: { ...note.metadata, classification: 'UNCLASSIFIED', date: '2026-01-28', to: 'Director', from: 'Analyst', trackingNumber: 'BN-1', drafter: 'Analyst' },
    content: content(paragraph(text('As reported, '), fact(multi.id, multi.statement), text('.'))),
    baseUpdatedAt: note.updatedAt,
    snapshot: true,
  });
  const served = (await callApi(app, 'export.citations', { citations: [{ factId: multi.id, factVersion: multi.version }], style: 'chicago' })).notes[0]!;
  const quote = served.quote!.text;
  expect(detail.evidence.map((e) => e.selector.exact)).toContain(quote);

  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await openNote(page, note.id, 'Quotes agree');
  const chip = chipsOf(page).first();
  await chip.hover();
  await expect(page.getByTestId('chip-quote')).toHaveText(quote);
  const quoteSource = served.sources.find((s) => s.id === served.quote!.sourceId)!;
  await expect(page.getByRole('tooltip')).toContainText(quoteSource.title);
  await editorOf(page).hover({ position: { x: 5, y: 5 } });

  const reference = page.getByTestId('references').locator(`li[data-fact-id="${multi.id}"]`);
  await expect(reference.getByTestId('reference-quote')).toHaveText(quote);
  await expect(reference).toContainText(served.text);

  const docx = join(downloads, 'quotes-agree.docx');
  execFileSync(process.execPath, [join(projectRoot, 'bin/briefing.mjs'), 'export', note.id, '--out', docx, '--data-dir', app.dataDir], { stdio: 'ignore' });
  const [pdf] = convertToPdf([docx], downloads);
  const printed = pdfText(pdf!).replace(/\s+/g, ' ');
  expect(printed).toContain(`“${quote.replace(/\s+/g, ' ')}”`);
  // No other quote of the fact is printed.
  for (const other of detail.evidence.map((e) => e.selector.exact).filter((q) => q !== quote)) expect(printed).not.toContain(other.replace(/\s+/g, ' '));
});

test('a chip citing a fact or version that does not exist blocks the export; the findings list relinks or removes it', async ({ openApp, page, app }) => {
  await openApp();
  const note = await callApi(app, 'notes.create', { templateId: 'information', title: 'Phantom citations' });
  const current = (await callApi(app, 'facts.status', { ids: ['seed-003'] })).facts[0]!;
  await callApi(app, 'notes.save', {
    id: note.id,
    metadata: note.metadata,
    content: content(
      paragraph(text('Gone: '), fact('no-such-fact', 'a figure from nowhere'), text('.')),
      paragraph(text('Future: '), fact('seed-003', 'a version not yet written', current.version + 5), text('.')),
    ),
    baseUpdatedAt: note.updatedAt,
    snapshot: true,
  });
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await openNote(page, note.id, 'Phantom citations');
  await expect(chipsOf(page).nth(0)).toHaveAttribute('data-state', 'unlinked');
  await expect(chipsOf(page).nth(1)).toHaveAttribute('data-state', 'unlinked');

  await page.getByTestId('export-word').click();
  const dialog = page.getByTestId('export-dialog');
  const phantoms = dialog.locator('[data-testid="export-finding"][data-kind="unlinked"]');
  await expect(phantoms).toHaveCount(2);
  await expect(dialog.getByTestId('export-finding-group').first()).toHaveAttribute('data-severity', 'blocker');
  await expect(dialog.getByTestId('export-run')).toBeDisabled();
  await expect(dialog.getByTestId('export-reason')).toContainText('2 citations of a fact or version not in this store must be relinked or removed');
  // The command line refuses it too, and writes nothing.
  expect(() =>
    execFileSync(process.execPath, [join(projectRoot, 'bin/briefing.mjs'), 'export', note.id, '--out', join(downloads, 'phantom.docx'), '--data-dir', app.dataDir], { stdio: 'pipe' }),
  ).toThrow(/cannot be exported yet/);

  // Relink the phantom version to the fact's current version.
  await phantoms.filter({ hasText: 'version' }).getByTestId('finding-relink').click();
  await dialog.locator(`[data-testid="relink-option"][data-fact-id="seed-003"]`).click();
  await expect(phantoms).toHaveCount(1);
  await expect(chipsOf(page).nth(1)).toHaveAttribute('data-fact-version', String(current.version));
  await expect(chipsOf(page).nth(1)).toHaveText(new RegExp(current.statement.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

  // Remove the chip citing a fact the store never had.
  await phantoms.getByTestId('finding-remove').click();
  await expect(dialog.locator('[data-testid="export-finding"][data-kind="unlinked"]')).toHaveCount(0);
  await expect(chipsOf(page)).toHaveCount(1);
  await expect(editorOf(page)).not.toContainText('a figure from nowhere');
  await expect(dialog.getByTestId('export-reason')).not.toContainText('must be relinked');
  const check = cli<{ findings: { kind: string }[]; blocked: boolean }>(app, 'check', note.id);
  expect(check.findings.filter((f) => f.kind === 'unlinked')).toEqual([]);
  expect(check.blocked).toBe(false);
});
