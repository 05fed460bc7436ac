/**
 * Issue 12, item 1: three ways to cite a fact — its figure mid-sentence, its statement, the
 * writer's own words — inserted through `@` and the fact panel, switched on the chip, saved.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';
import { projectRoot } from '../support/host';
import { content, paragraph, text } from '../support/note-content';
import { callApi, caretFromEnd, editorOf, expectCaretAfter, openNoteWith, searchFacts, statementOf, waitSaved } from '../support/editor';
import { factNodesInOrder } from '../../shared/note-format';

const fdi = 'seed-013';
const resolution = 'seed-004';
const surplus = 'seed-012';
const turnover = 'seed-011';
const ownWords = 'trade with the world passed nine hundred billion dollars';

test('each form inserted through @ and the fact panel, switched on the chip, and saved', async ({ openApp, app, page }) => {
  test.setTimeout(150_000);
  await openApp();
  await openNoteWith(
    page,
    app,
    'Three ways to cite',
    content(paragraph(text('Disbursed FDI reached')), paragraph(text('The policy basis: ')), paragraph(text(`In 2025 ${ownWords} for the first time.`)), paragraph(text('The surplus was '))),
  );
  const [p0, p1, p2, p3] = [0, 1, 2, 3].map((i) => editorOf(page).locator('p').nth(i));

  // The figure through @: Alt+Enter inserts the highlighted fact's figure, mid-sentence.
  await caretFromEnd(page, p0!, 0);
  await page.keyboard.type(' @Disbursed foreign direct investment');
  const option = page.getByTestId('typeahead-option').first();
  await expect(option).toHaveAttribute('data-fact-id', fdi);
  await expect(option.getByTestId('typeahead-figure')).toHaveText('about US$28–29 billion');
  await page.keyboard.press('Alt+Enter');
  const figureChip = p0!.getByTestId('fact-chip');
  await expect(figureChip).toHaveAttribute('data-form', 'figure');
  await expect(figureChip.locator('.fact-chip-text')).toHaveText('about US$28–29 billion');
  await page.keyboard.type(' in 2025.');
  await expect(p0!).toHaveText(/^Disbursed FDI reached about US\$28–29 billion1? in 2025\.$/);

  // The statement through @ (Enter), as before.
  await caretFromEnd(page, p1!, 0);
  await page.keyboard.type('@is dated');
  await expect(page.getByTestId('typeahead-option').first()).toHaveAttribute('data-fact-id', resolution);
  await page.keyboard.press('Enter');
  await expect(p1!.getByTestId('fact-chip')).toHaveAttribute('data-form', 'statement');
  await expect(p1!.getByTestId('fact-chip').locator('.fact-chip-text')).toHaveText(await statementOf(app, resolution));

  // The figure from the panel, where the caret is.
  await caretFromEnd(page, p3!, 0);
  const surplusCard = (await searchFacts(page, 'trade surplus')).and(page.locator(`[data-fact-id="${surplus}"]`));
  await surplusCard.locator('..').getByTestId('insert-figure').click();
  await expect(p3!.getByTestId('fact-chip')).toHaveAttribute('data-form', 'figure');
  await expect(p3!.getByTestId('fact-chip').locator('.fact-chip-text')).toHaveText('more than US$21 billion');

  // Own words: select the phrase, then "Attach to selected words" on the fact in the panel.
  await p2!.evaluate((el, words) => {
    const node = el.querySelector('span')!.firstChild!;
    const start = node.textContent!.indexOf(words);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + words.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, ownWords);
  await expect(page.getByTestId('cite-words')).toBeEnabled();
  await page.getByTestId('cite-words').click();
  await expect(page.getByTestId('fact-search')).toBeFocused();
  const turnoverCard = (await searchFacts(page, 'export-import turnover')).and(page.locator(`[data-fact-id="${turnover}"]`));
  await turnoverCard.locator('..').getByTestId('attach-fact').click();
  const phrase = p2!.getByTestId('fact-phrase');
  await expect(phrase).toHaveText(ownWords);
  await expect(phrase).toHaveAttribute('data-fact-id', turnover);
  await expect(phrase).toHaveAttribute('data-number', '3');
  await expect(p2!).toHaveText(`In 2025 ${ownWords} for the first time.`);
  // The words stay the writer's: editable in place, still cited.
  await phrase.click();
  await page.keyboard.press('End');
  await expect(page.getByTestId('citation-forms')).toBeVisible();

  const shots = join(projectRoot, 'test-results');
  mkdirSync(shots, { recursive: true });
  await page.mouse.move(0, 0);
  const [top, bottom] = [await p0!.boundingBox(), await p3!.boundingBox()];
  await page.screenshot({ path: join(shots, 'cite-forms.png'), clip: { x: top!.x - 12, y: top!.y - 12, width: top!.width + 24, height: bottom!.y + bottom!.height - top!.y + 24 } });

  // Switching on the chip: the popover's control, then the keyboard (Alt+Shift+C).
  await figureChip.hover();
  await page.getByTestId('cite-as-statement').click();
  await expect(figureChip).toHaveAttribute('data-form', 'statement');
  await expect(figureChip.locator('.fact-chip-text')).toHaveText(await statementOf(app, fdi));
  await page.mouse.move(0, 0);
  await caretFromEnd(page, p0!, ' in 2025.'.length);
  await expectCaretAfter(figureChip);
  await page.keyboard.press('Alt+Shift+C');
  await expect(figureChip).toHaveAttribute('data-form', 'figure');
  await expect(figureChip.locator('.fact-chip-text')).toHaveText('about US$28–29 billion');
  // The resolution's statement chip can become its figure (a date).
  await p1!.getByTestId('fact-chip').hover();
  await expect(page.getByTestId('cite-as-figure')).toBeEnabled();
  await page.mouse.move(0, 0);

  await waitSaved(page);
  const noteId = (await callApi(app, 'notes.list', {})).notes.find((n) => n.title === 'Three ways to cite')!.id;
  const stored = await callApi(app, 'notes.get', { id: noteId });
  expect(factNodesInOrder(stored.content).map((c) => [c.factId, c.form, c.text])).toEqual([
    [fdi, 'figure', 'about US$28–29 billion'],
    [resolution, 'statement', await statementOf(app, resolution)],
    [turnover, 'own-words', ownWords],
    [surplus, 'figure', 'more than US$21 billion'],
  ]);
});

test('a fact without a value offers no figure and says why', async ({ openApp, page }) => {
  await openApp();
  const cards = await searchFacts(page, 'key pillar');
  const card = cards.first().locator('..');
  await expect(card.getByTestId('insert-figure')).toBeDisabled();
  await expect(card.getByTestId('insert-figure')).toHaveAttribute('title', 'This fact has no value to show as a figure');
});
