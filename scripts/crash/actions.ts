/**
 * What a trial does to the app: typing marked bursts at the end of the note, inserting facts
 * (fact panel or `@` typeahead), revising a fact and importing a fact pack through the API.
 */
import type { Page } from '@playwright/test';
import { fieldsOf } from '../../tests/support/fact-fields';
import type { RunningApp } from '../../tests/support/host';
import { packDigest } from '../../electron/core/packs/pack-digest';
import type { FactSummary } from '../../shared/model';
import { callHost } from './host-api';
import type { Prng } from './prng';
import type { CommittedVersion, PackImportAttempt } from './store-check';
import type { Burst } from './typing-ledger';

export interface ActionContext {
  page: Page;
  app: RunningApp;
  prng: Prng;
  trial: number;
  facts: FactSummary[];
  /** The exported pack every import copies under new ids (parsed JSON). */
  pack: Record<string, unknown>;
  bursts: Burst[];
  versions: CommittedVersion[];
  packs: PackImportAttempt[];
  serial(): number;
  /** Set once the host is killed: typing stops and nothing more counts. */
  killed(): boolean;
}

/** Types one burst a key at a time, noting when each key had been handled. */
export async function typeBurst(ctx: ActionContext): Promise<void> {
  let text = ` ZQ${ctx.trial}.${ctx.serial()}:`;
  const length = ctx.prng.int(6, 24);
  while (text.length < length + 8) text += ` ${ctx.prng.word(ctx.prng.int(2, 7))}`;
  await keepTypingInTheNote(ctx.page);
  const burst: Burst = { trial: ctx.trial, text, times: [] };
  ctx.bursts.push(burst);
  for (const ch of text) {
    if (ctx.killed()) break;
    await ctx.page.keyboard.type(ch);
    burst.times.push(Date.now());
  }
  // Keys never typed (the kill came first) are not part of the burst.
  burst.text = text.slice(0, burst.times.length);
}

function queryWord(ctx: ActionContext): string {
  const words = ctx.prng.pick(ctx.facts).statement.split(/\W+/).filter((w) => w.length >= 5);
  return words.length ? ctx.prng.pick(words).toLowerCase() : 'population';
}

/** Typing must land in the note: if a popover or the fact panel kept the focus, go back to the end of the note. */
async function keepTypingInTheNote(page: Page): Promise<void> {
  const inEditor = await page.evaluate(() => document.activeElement?.closest('[data-testid="editor"]') !== null && document.activeElement !== null);
  if (!inEditor) await backToEndOfNote(page);
}

async function backToEndOfNote(page: Page): Promise<void> {
  await page.getByTestId('editor').focus();
  await page.keyboard.press('Control+End');
}

export async function insertFactFromPanel(ctx: ActionContext): Promise<void> {
  const { page } = ctx;
  await page.getByTestId('fact-search').fill(queryWord(ctx));
  const result = page.getByTestId('fact-result').first();
  if (await result.waitFor({ timeout: 3000 }).then(() => true, () => false)) await result.click();
  await backToEndOfNote(page);
}

export async function insertFactByTypeahead(ctx: ActionContext): Promise<void> {
  const { page } = ctx;
  // The typeahead opens only on an `@` that starts a word.
  await page.keyboard.type(` @${queryWord(ctx)}`);
  const option = page.getByTestId('typeahead-option').first();
  if (await option.waitFor({ timeout: 3000 }).then(() => true, () => false)) await page.keyboard.press('Enter');
  else await page.keyboard.press('Escape');
  await backToEndOfNote(page);
}

/** Sends a revision; a 200 means the version is committed and must survive any later kill. */
export async function reviseFact(ctx: ActionContext): Promise<string> {
  const fact = ctx.prng.pick(ctx.facts);
  const notes = `crash trial ${ctx.trial}.${ctx.serial()}`;
  const answer = await callHost<{ version: number }>(ctx.app, 'facts.revise', {
    id: fact.id,
    fields: { ...fieldsOf(fact), notes },
    reason: 'crash trial revision',
    by: 'crash-trials',
  }).catch(() => null);
  if (answer?.ok) ctx.versions.push({ factId: fact.id, version: answer.value!.version, notes });
  return answer ? `revise ${answer.status}` : 'revise (no answer)';
}

/** Imports a copy of the run's pack under new fact and quote ids, so every import adds facts. */
export async function importPack(ctx: ActionContext): Promise<string> {
  const suffix = `-crash${ctx.trial}.${ctx.serial()}`;
  const copy = structuredClone(ctx.pack) as { facts: { id: string; versions: { factId: string }[]; evidence: { id: string }[] }[]; digest?: string };
  for (const fact of copy.facts) {
    fact.id += suffix;
    for (const v of fact.versions) v.factId = fact.id;
    for (const e of fact.evidence) e.id += suffix;
  }
  copy.digest = packDigest(copy as unknown as Record<string, unknown>);
  const attempt: PackImportAttempt = { factIds: copy.facts.map((f) => f.id), versionCounts: copy.facts.map((f) => f.versions.length), committed: false };
  ctx.packs.push(attempt);
  const answer = await callHost<{ added: string[] }>(ctx.app, 'packs.import', { json: JSON.stringify(copy) }).catch(() => null);
  attempt.committed = answer?.ok === true;
  return answer ? `import ${answer.status}` : 'import (no answer)';
}

export async function waitForSaved(page: Page, timeout = 5000): Promise<boolean> {
  return page
    .locator('[data-testid="save-state"][data-state="saved"]')
    .waitFor({ timeout })
    .then(() => true, () => false);
}
