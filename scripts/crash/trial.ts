/**
 * One crash trial: start the host on the run's data directory, open the run's note in a new
 * page, do a few random things, SIGKILL the host at a chosen moment, then read the store.
 */
import type { Browser, BrowserContext } from '@playwright/test';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../tests/support/host';
import type { FactSummary } from '../../shared/model';
import { importPack, insertFactByTypeahead, insertFactFromPanel, reviseFact, typeBurst, waitForSaved, type ActionContext } from './actions';
import { mustCall } from './host-api';
import { watchPage, type PageWatch } from './page-watch';
import type { Prng } from './prng';
import { checkStore, type CommittedVersion, type PackImportAttempt } from './store-check';
import { measureLoss, type Burst, type LossFindings } from './typing-ledger';

export type KillMoment = 'anytime' | 'autosave' | 'mid-save' | 'revision' | 'pack-import';

export interface CrashRun {
  prng: Prng;
  browser: Browser;
  dataDir: string;
  debounceMs: number;
  noteId: string | null;
  noteTitle: string;
  facts: FactSummary[];
  pack: Record<string, unknown> | null;
  bursts: Burst[];
  /** Per burst, the characters found in the note by the check after its trial. */
  settled: number[];
  versions: CommittedVersion[];
  packs: PackImportAttempt[];
  saveRoundTrips: number[];
  serial: number;
}

export interface TrialResult {
  trial: number;
  killMoment: KillMoment;
  actions: string[];
  /** Broken store: integrity or foreign keys, a note that vanished, a half-applied pack, a host that would not start. */
  corruption: string[];
  missingCommitted: number;
  loss: LossFindings;
  savesAcknowledged: number;
  /** notes.save answers other than 200: the app could not save (a failure, unlike a kill). */
  saveRefusals: string[];
  saveStates: string[];
  longestSavingMs: number;
  durationMs: number;
  /** What this trial typed (marker, keys typed, kept) and the end of the note, to read a failure. */
  bursts: { text: string; firstKeyAt: number; lastKeyAt: number; kept: number }[];
  killAt: number;
  noteTail: string;
  acknowledgedTail: string | null;
}

const storeFile = (dataDir: string) => join(dataDir, 'briefing.sqlite');

/** First trial of a run: the note every trial types into, the facts to use, the pack to import. */
async function prepareRun(run: CrashRun, app: RunningApp): Promise<void> {
  const note = await mustCall<{ id: string; metadata: { title: string } }>(app, 'notes.create', { templateId: 'information', title: run.noteTitle });
  run.noteId = note.id;
  const { results } = await mustCall<{ results: FactSummary[] }>(app, 'facts.search', { query: '', limit: 50 });
  run.facts = results.filter((f) => f.status !== 'retracted');
  if (run.facts.length < 2) throw new Error('The starter store should hold facts to cite and revise.');
  const exported = await mustCall<{ json: string }>(app, 'packs.export', { factIds: run.facts.slice(0, 2).map((f) => f.id) });
  run.pack = JSON.parse(exported.json) as Record<string, unknown>;
}

async function openRunNote(ctx: ActionContext, noteId: string, title: string): Promise<void> {
  const { page } = ctx;
  await page.goto(ctx.app.url);
  await page.locator('.app[data-ready="true"]').waitFor({ timeout: 20_000 });
  await page.locator(`[data-testid="note-item"][data-note-id="${noteId}"] .note-open`).click();
  await page.waitForFunction((t) => (document.querySelector('[data-testid="note-title"]') as HTMLInputElement | null)?.value === t, title, { timeout: 10_000 });
  await waitForSaved(page, 10_000);
  // Top-left corner: the first heading, never a chip (a click on a chip opens its popover).
  await page.getByTestId('editor').click({ position: { x: 4, y: 4 } });
  await page.keyboard.press('Control+End');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Hosts this process started and has not killed yet: stopped if the run itself is interrupted. */
export const runningHosts = new Set<RunningApp>();

export async function runTrial(run: CrashRun, trial: number): Promise<TrialResult> {
  const started = Date.now();
  const corruption: string[] = [];
  const actions: string[] = [];
  const { prng } = run;
  let app: RunningApp;
  try {
    app = await startApp(run.dataDir);
  } catch (error) {
    throw new CorruptStoreError(`the host did not restart: ${(error as Error).message}`);
  }
  runningHosts.add(app);
  let killed = false;
  let killAt = 0;
  const kill = async () => {
    killAt = Date.now();
    killed = true;
    await app.stop('SIGKILL');
    runningHosts.delete(app);
  };
  const killMoment = prng.weighted<KillMoment>({ anytime: 3, autosave: 3, 'mid-save': 2, revision: 2, 'pack-import': 2 });
  let watch: PageWatch | null = null;
  let context: BrowserContext | null = null;
  try {
    if (!run.noteId) await prepareRun(run, app);
    context = await run.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    watch = await watchPage(page);
    const ctx: ActionContext = {
      page,
      app,
      prng,
      trial,
      facts: run.facts,
      pack: run.pack!,
      bursts: run.bursts,
      versions: run.versions,
      packs: run.packs,
      serial: () => ++run.serial,
      killed: () => killed,
    };
    await openRunNote(ctx, run.noteId!, run.noteTitle);
    const count = prng.int(1, 5);
    for (let i = 0; i < count; i++) {
      const action = prng.weighted({ type: 6, pause: 2, saved: 1, panel: 1, typeahead: 1, revise: 1, import: 1 });
      actions.push(action);
      if (action === 'type') await typeBurst(ctx);
      else if (action === 'pause') await sleep(prng.int(100, 1200));
      else if (action === 'saved') await waitForSaved(page);
      else if (action === 'panel') await insertFactFromPanel(ctx);
      else if (action === 'typeahead') await insertFactByTypeahead(ctx);
      else if (action === 'revise') actions.push(await reviseFact(ctx));
      else actions.push(await importPack(ctx));
    }
    actions.push(`kill: ${killMoment}`);
    if (killMoment === 'autosave') {
      // Inside the debounce + save window of the last keystroke.
      await typeBurst(ctx);
      await sleep(prng.int(0, run.debounceMs + 300));
      await kill();
    } else if (killMoment === 'mid-save') {
      // While the server is inside the notes.save request (parse, transaction, commit).
      const saveSent = page.waitForRequest((r) => r.url().includes('/api/notes.save'), { timeout: run.debounceMs * 3 }).catch(() => null);
      await typeBurst(ctx);
      if (!(await saveSent)) actions.push('(no save sent)');
      // A save takes ~10-30 ms here: kill inside it, not after it.
      await sleep(prng.int(0, 5));
      await kill();
    } else if (killMoment === 'anytime') {
      const typing = typeBurst(ctx);
      await sleep(prng.int(0, 1500));
      await kill();
      await typing;
    } else {
      const request = killMoment === 'revision' ? reviseFact(ctx) : importPack(ctx);
      await sleep(prng.int(0, 50));
      await kill();
      actions.push(await request);
    }
  } finally {
    if (!killed) await kill();
    if (watch) run.saveRoundTrips.push(...watch.saveRoundTrips);
    await context?.close();
  }
  const seen = watch!;

  const store = checkStore(storeFile(run.dataDir), { noteId: run.noteId, versions: run.versions, packs: run.packs });
  if (store.integrity.join() !== 'ok') corruption.push(`integrity_check: ${store.integrity.slice(0, 5).join('; ')}`);
  if (store.foreignKeyViolations) corruption.push(`foreign_key_check: ${store.foreignKeyViolations} rows`);
  if (store.tornPacks.length) corruption.push(`pack imports half applied: ${store.tornPacks.join(' | ')}`);
  if (store.noteText === null) corruption.push('the note is gone');
  while (run.settled.length < run.bursts.length) run.settled.push(0);
  const { findings, present } = measureLoss({
    bursts: run.bursts,
    trial,
    killAt,
    noteText: store.noteText ?? '',
    settled: run.settled,
    acknowledgedText: seen.lastAcknowledgedText(),
    savedShownBoundary: seen.savedShownBoundary(killAt),
  });
  run.settled = run.settled.map((s, i) => Math.max(s, present[i]!));
  return {
    trial,
    killMoment,
    actions,
    corruption,
    missingCommitted: store.missingVersions.length + store.missingPackFacts.length,
    loss: findings,
    savesAcknowledged: seen.savesAcknowledged(),
    saveRefusals: seen.saveRefusals,
    saveStates: seen.states,
    longestSavingMs: seen.longestSavingMs(killAt),
    bursts: run.bursts
      .map((b, i) => ({ text: b.text, firstKeyAt: b.times[0] ?? 0, lastKeyAt: b.times.at(-1) ?? 0, kept: present[i]!, trial: b.trial }))
      .filter((b) => b.trial === trial)
      .map(({ trial: _trial, ...b }) => b),
    killAt,
    noteTail: (store.noteText ?? '').slice(-600),
    acknowledgedTail: seen.lastAcknowledgedText()?.slice(-600) ?? null,
    durationMs: Date.now() - started,
  };
}

/** The store no longer opens: no later trial can run on it. */
export class CorruptStoreError extends Error {}
