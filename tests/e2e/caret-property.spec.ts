/**
 * Property: whatever a drafter does around chips — clicks on chips and on text, arrows,
 * typing, Backspace, Delete, undo, inserting a fact from the panel — the note changes only at
 * the caret's place (issue 12, item 2). Random sequences, seeded by fast-check, in real
 * Chromium, driven by real mouse and keys; the editor state is reset in the page between
 * sequences. A failing run prints its seed and path: add it to `regressions` below.
 */
import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { readModelInPage, type CaretModel } from '../support/caret-model';
import { openNoteWith, statementOf } from '../support/editor';
import { expect, test } from '../support/fixtures';
import { content, fact, heading, paragraph, text } from '../support/note-content';

// A trace records a DOM snapshot per action: thousands of them here, for no use (the failing path is printed instead).
test.use({ trace: 'off' });

const runs = Number(process.env.CARET_PROPERTY_RUNS ?? 1000);
const seed = Number(process.env.CARET_PROPERTY_SEED ?? 20251212);
/** Seeds and paths that once failed, replayed on every run. */
const regressions: { seed: number; path: string }[] = [
  // A second click on a chip already selected: the typed key went to the start of the note ("QQQPurpose").
  { seed: 20251212, path: '13' },
  // A click that landed on another chip's popover took the focus out of the editor; Delete then did nothing.
  { seed: 20251212, path: '25' },
  // A panel insert at the very start of the note, then a key: under load the key landed before the new chip.
  { seed: 20251214, path: '39' },
];

type Step =
  | { kind: 'clickChip'; index: number }
  | { kind: 'clickText'; index: number }
  | { kind: 'key'; key: 'ArrowLeft' | 'ArrowRight' | 'Backspace' | 'Delete' | 'Control+z' }
  | { kind: 'type'; char: string }
  | { kind: 'panelInsert' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('clickChip' as const), index: fc.nat(20) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('clickText' as const), index: fc.nat(60) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('key' as const), key: fc.constantFrom('ArrowLeft', 'ArrowRight', 'Backspace', 'Delete', 'Control+z') }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('type' as const), char: fc.constantFrom('q', 'Z', 'x', ' ') }), weight: 3 },
  { arbitrary: fc.constant({ kind: 'panelInsert' as const }), weight: 1 },
);
/** Every sequence starts with a click, so the editor has a caret to act at. */
const sequenceArb = fc.tuple(fc.oneof(stepArb.filter((s) => s.kind === 'clickChip' || s.kind === 'clickText')), fc.array(stepArb, { minLength: 5, maxLength: 9 })).map(([first, rest]) => [first, ...rest]);

interface Probe extends CaretModel {
  chips: [number, number][];
  texts: [number, number][];
}

/** Installed once: reads the model plus where a click on each chip and on points of the text would land. */
function installProbe(): void {
  const w = window as unknown as { caretProbe(): Promise<Probe>; caretReset(): void; readModel(): CaretModel; initialState?: string };
  const root = document.querySelector('[data-testid="editor"]') as HTMLElement & { __lexicalEditor: { getEditorState(): { toJSON(): unknown }; parseEditorState(s: string): unknown; setEditorState(s: unknown): void; dispatchCommand(c: unknown, p: unknown): void; _commands: Map<{ type?: string }, unknown> } };
  const editor = root.__lexicalEditor;
  w.initialState = JSON.stringify(editor.getEditorState().toJSON());
  const inEditor = (x: number, y: number) => {
    const hit = document.elementFromPoint(x, y);
    return hit !== null && root.contains(hit);
  };
  w.caretReset = () => {
    editor.setEditorState(editor.parseEditorState(w.initialState!));
    for (const command of editor._commands.keys()) if (command.type === 'CLEAR_HISTORY_COMMAND') editor.dispatchCommand(command, undefined);
  };
  w.caretProbe = async () => {
    // Arrow keys inside text move the browser's caret first; Lexical reads it on selectionchange, a task later.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const chips: [number, number][] = [];
    for (const el of root.querySelectorAll('[data-testid="fact-chip"] .fact-chip-text')) {
      const rect = el.getClientRects()[0];
      if (rect && inEditor(rect.left + 4, rect.top + rect.height / 2)) chips.push([rect.left + 4, rect.top + rect.height / 2]);
    }
    const texts: [number, number][] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.fact-chip-host')) continue;
      const length = node.textContent?.length ?? 0;
      for (const offset of new Set([0, Math.floor(length / 2), length - 1])) {
        if (offset < 0 || offset >= length) continue;
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        const rect = range.getClientRects()[0];
        if (rect && rect.width > 1 && inEditor(rect.left + 1, rect.top + rect.height / 2)) texts.push([rect.left + 1, rect.top + rect.height / 2]);
      }
    }
    return { ...w.readModel(), chips, texts };
  };
}

const probe = (page: Page): Promise<Probe> => page.evaluate(() => (window as unknown as { caretProbe(): Promise<Probe> }).caretProbe());

const slice = (tokens: string[], from: number, to = tokens.length) => tokens.slice(Math.max(0, from), Math.max(0, to));

/** What the note must read after a step, given what it read before; null when any earlier state is allowed (undo). */
function expectedAfter(step: Step, before: Probe, insertedToken: string): string[] | null {
  const { tokens } = before;
  if (step.kind === 'clickChip' || step.kind === 'clickText' || (step.kind === 'key' && step.key.startsWith('Arrow'))) return tokens;
  if (step.kind === 'key' && step.key === 'Control+z') return null;
  const s = before.start!;
  const e = before.end!;
  const collapsed = s === e;
  if (step.kind === 'type') return [...slice(tokens, 0, s), step.char, ...slice(tokens, e)];
  if (step.kind === 'panelInsert') {
    // A chip the caret spans is kept; the new one goes right after it.
    const spansChip = e - s === 1 && tokens[s]!.startsWith('⟦');
    const at = spansChip ? e : s;
    return [...slice(tokens, 0, at), insertedToken, ...slice(tokens, e)];
  }
  if (step.key === 'Backspace') return collapsed ? (s === 0 ? tokens : [...slice(tokens, 0, s - 1), ...slice(tokens, s)]) : [...slice(tokens, 0, s), ...slice(tokens, e)];
  // Delete at the very end of the note has nothing to delete.
  if (collapsed && s >= tokens.length - 1) return tokens;
  return collapsed ? [...slice(tokens, 0, s), ...slice(tokens, s + 1)] : [...slice(tokens, 0, s), ...slice(tokens, e)];
}

const show = (p: Pick<CaretModel, 'tokens' | 'start' | 'end'>) => {
  const t = [...p.tokens];
  if (p.end !== null) t.splice(p.end, 0, '|');
  if (p.start !== null && p.start !== p.end) t.splice(p.start, 0, '|');
  return t.join('');
};

/**
 * Sequences per page load. One page running all 1,000 slowed from 0.3 s to about 1.5 s a
 * sequence (something in the page accumulates over thousands of edits and resets; see the
 * issue-12 note), so each chunk starts from a fresh page, with its own seed: seed, seed+1, …
 */
const chunk = 200;

test('around chips, each step changes the note only at the caret', async ({ openApp, app, page }) => {
  // About 65 s per 200 sequences on a quiet machine; room for a loaded one (1.2 s a sequence at a load average of 15).
  test.setTimeout(120_000 + runs * 1_500);
  const ids = ['seed-023', 'seed-024', 'seed-012'];
  const [a, b, c] = await Promise.all(ids.map((id) => statementOf(app, id)));
  let insertedToken = '';
  let cardPoint: [number, number] = [0, 0];
  /** A fresh page with a new note of three chips, the probe installed. */
  const freshPage = async (title: string) => {
    await openApp();
    await openNoteWith(
      page,
      app,
      title,
      content(heading('Purpose'), paragraph(text('Alpha '), fact(ids[0]!, a!), text(' beta '), fact(ids[1]!, b!), text(' gamma')), paragraph(fact(ids[2]!, c!), text(' end.'))),
    );
    // The panel's first result is the fact every panel insert uses.
    const card = page.getByTestId('fact-result').first();
    await expect(card).toBeVisible();
    insertedToken = `⟦${(await card.getAttribute('data-fact-id'))!}⟧`;
    const cardBox = (await card.boundingBox())!;
    cardPoint = [cardBox.x + 20, cardBox.y + 10];
    // CARET_PROPERTY_CPU=4 slows the page's CPU that many times, to replay races seen on a loaded machine.
    if (process.env.CARET_PROPERTY_CPU) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CARET_PROPERTY_CPU) });
    await page.evaluate(`window.readModel = ${readModelInPage.toString()}`);
    await page.evaluate(installProbe);
  };

  const property = fc.asyncProperty(sequenceArb, async (steps) => {
    await page.evaluate(() => (window as unknown as { caretReset(): void }).caretReset());
    let before = await probe(page);
    const history = [before.tokens.join('\u0000')];
    const log: string[] = [`start ${show(before)}`];
    for (const step of steps) {
      if (step.kind === 'clickChip' || step.kind === 'clickText') {
        const points = step.kind === 'clickChip' && before.chips.length > 0 ? before.chips : before.texts;
        const [x, y] = points[step.index % points.length]!;
        await page.mouse.click(x, y);
      } else if (step.kind === 'key') await page.keyboard.press(step.key);
      else if (step.kind === 'type') await page.keyboard.type(step.char);
      else await page.mouse.click(...cardPoint);
      const after = await probe(page);
      log.push(`${JSON.stringify(step)} → ${show(after)}`);
      const where = `\n${log.join('\n')}`;
      expect(after.kind, `the editor keeps a caret${where}`).toBe('range');
      const expected = expectedAfter(step, before, insertedToken);
      if (expected) expect(after.tokens.join(''), `the note changes only at the caret${where}`).toBe(expected.join(''));
      else expect(history, `undo goes back to an earlier state${where}`).toContain(after.tokens.join('\u0000'));
      history.push(after.tokens.join('\u0000'));
      before = after;
    }
  });
  const check = async (parameters: fc.Parameters<[Step[]]>) => {
    const started = Date.now();
    const details = await fc.check(property, { ...parameters, endOnFailure: true });
    // What the page holds afterwards, to see whether anything grows from sequence to sequence.
    const held = await page.evaluate(() => `${Math.round((performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20)} MB heap, ${document.getElementsByTagName('*').length} elements`);
    console.log(`caret property: ${details.numRuns} sequences in ${((Date.now() - started) / 1000).toFixed(1)} s (${held})`);
    if (details.failed) {
      console.log(`caret property failed: add { seed: ${details.seed}, path: '${details.counterexamplePath}' } to regressions`);
      console.log(details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance));
    }
    expect(details.failed, fc.defaultReportMessage(details)).toBe(false);
  };
  await freshPage('Caret property');
  for (const regression of regressions) await check({ ...regression, numRuns: 1 });
  for (let done = 0, n = 0; done < runs; done += chunk, n++) {
    if (n > 0) await freshPage(`Caret property ${n + 1}`);
    await check({ seed: seed + n, numRuns: Math.min(chunk, runs - done) });
  }
});
