import { join } from 'node:path';
import { fieldsOf } from '../support/fact-fields';
import { expect, test } from '../support/fixtures';
import { projectRoot } from '../support/host';
import { expectEditorSelection, type CaretModel } from '../support/caret-model';
import { content, fact, paragraph, text } from '../support/note-content';
import { callApi, caretFromEnd, expectCaretAfter, chipsOf, editorOf, openNoteWith, statementOf, waitSaved } from '../support/editor';

const surplus = 'seed-012';
const ftas = 'seed-024';
const wto = 'seed-023';

test('a revised fact turns its chip stale until the user updates it; a retracted fact is flagged red', async ({ openApp, app, page }) => {
  await openApp();
  const [surplusText, ftasText] = [await statementOf(app, surplus), await statementOf(app, ftas)];
  await openNoteWith(page, app, 'Live chips', content(paragraph(text('Trade: '), fact(surplus, surplusText), text(' and '), fact(ftas, ftasText), text('.'))));
  const surplusChip = chipsOf(page).and(page.locator(`[data-fact-id="${surplus}"]`));
  const ftasChip = chipsOf(page).and(page.locator(`[data-fact-id="${ftas}"]`));
  await expect(surplusChip).toHaveAttribute('data-state', 'current');
  await expect(ftasChip).toHaveAttribute('data-state', 'current');

  const before = await callApi(app, 'facts.get', { id: surplus });
  const revisedText = 'Viet Nam recorded a trade surplus of about US$20.0 billion in 2025 (revised).';
  await callApi(app, 'facts.revise', { id: surplus, fields: { ...fieldsOf(before), statement: revisedText }, reason: 'GSO final figures', by: 'e2e analyst' });
  // A revision goes back to unverified; a second analyst verifies it, so the updated chip is current.
  await callApi(app, 'facts.verify', { id: surplus, by: 'e2e verifier' });
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(surplusChip).toHaveAttribute('data-state', 'stale');
  // The text is never changed without the user's action.
  await expect(surplusChip).toContainText(surplusText);
  await expect(surplusChip).toHaveAttribute('data-fact-version', String(before.version));

  await surplusChip.getByTestId('chip-update').click();
  await expect(surplusChip).toHaveAttribute('data-state', 'current');
  await expect(surplusChip).toHaveAttribute('data-fact-version', String(before.version + 1));
  await expect(surplusChip).toContainText(revisedText);
  await expect(surplusChip).not.toContainText(surplusText);
  await expect(surplusChip.getByTestId('chip-update')).toHaveCount(0);

  await callApi(app, 'facts.retract', { id: ftas, by: 'e2e analyst', reason: 'count included signed but not ratified agreements' });
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(ftasChip).toHaveAttribute('data-state', 'retracted');
  await expect(ftasChip).toContainText(ftasText);
  const background = await ftasChip.evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (background.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  expect(r! - Math.max(g!, b!), `retracted chip background ${background} is red`).toBeGreaterThan(10);
  await expect(surplusChip).toHaveAttribute('data-state', 'current');

  // The update is part of the note: it is saved and survives a reload.
  await waitSaved(page);
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect(surplusChip).toContainText(revisedText);
  await expect(ftasChip).toHaveAttribute('data-state', 'retracted');
});

test('deleting a chip can be undone and redone', async ({ openApp, app, page }) => {
  await openApp();
  const wtoText = await statementOf(app, wto);
  await openNoteWith(page, app, 'Undo chips', content(paragraph(text('Before '), fact(wto, wtoText), text(' after'))));
  const line = editorOf(page).locator('p').first();
  await expect(chipsOf(page)).toHaveCount(1);

  await caretFromEnd(page, line, ' after'.length);
  await expectCaretAfter(chipsOf(page).first());
  await page.keyboard.press('Backspace');
  await expect(chipsOf(page)).toHaveCount(0);
  await expect(line).toHaveText('Before  after');

  await page.keyboard.press('Control+z');
  await expect(chipsOf(page)).toHaveCount(1);
  await expect(chipsOf(page).first()).toHaveAttribute('data-fact-id', wto);
  await expect(line).toContainText(`Before ${wtoText}`);

  await page.keyboard.press('Control+y');
  await expect(chipsOf(page)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(chipsOf(page)).toHaveCount(1);
  await waitSaved(page);
});

test('a copied chip pastes as a second chip citing the same fact', async ({ openApp, app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await openApp();
  const wtoText = await statementOf(app, wto);
  await openNoteWith(page, app, 'Copy chips', content(paragraph(text('Joined: '), fact(wto, wtoText), text(' end')), paragraph(text('Again: '))));
  const first = editorOf(page).locator('p').first();
  await caretFromEnd(page, first, ' end'.length);
  await expectCaretAfter(chipsOf(page).first());
  await page.keyboard.press('Shift+ArrowLeft');
  const chipToken = (model: CaretModel) => model.tokens.indexOf(`⟦${wto}⟧`);
  await expectEditorSelection(page, (model) => ({ start: chipToken(model), end: chipToken(model) + 1 }));
  await page.keyboard.press('Control+c');

  await caretFromEnd(page, editorOf(page).locator('p').nth(1), 0);
  // The caret at the end of the note (before its last block's ¶), not still on the chip.
  await expectEditorSelection(page, (model) => ({ start: model.tokens.length - 1, end: model.tokens.length - 1 }));
  await page.keyboard.press('Control+v');
  await expect(chipsOf(page)).toHaveCount(2);
  const ids = await chipsOf(page).evaluateAll((chips) => chips.map((c) => c.getAttribute('data-fact-id')));
  expect(ids).toEqual([wto, wto]);
  await expect(editorOf(page).locator('p').nth(1).getByTestId('fact-chip')).toContainText(wtoText);
  // Both cite one fact, so both carry the same citation number.
  await expect(chipsOf(page).locator('.fact-chip-number')).toHaveText(['1', '1']);
  await waitSaved(page);
});

test('of two adjacent chips, Backspace removes only the one before the caret', async ({ openApp, app, page }) => {
  await openApp();
  const [wtoText, ftasText] = [await statementOf(app, wto), await statementOf(app, ftas)];
  await openNoteWith(page, app, 'Adjacent chips', content(paragraph(text('A '), fact(wto, wtoText), fact(ftas, ftasText), text(' B'))));
  await expect(chipsOf(page)).toHaveCount(2);

  await caretFromEnd(page, editorOf(page).locator('p').first(), ' B'.length);
  await expectCaretAfter(chipsOf(page).nth(1));
  await page.keyboard.press('Backspace');
  await expect(chipsOf(page)).toHaveCount(1);
  await expect(chipsOf(page).first()).toHaveAttribute('data-fact-id', wto);
  // The caret sits after the remaining chip: typing goes between it and " B".
  await page.keyboard.type('X');
  await expect(editorOf(page).locator('p').first()).toHaveText(`A ${wtoText}1X B`);
  await waitSaved(page);
});

test('select-all and copy take the chips at both edges of the note', async ({ openApp, app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await openApp();
  const [wtoText, ftasText] = [await statementOf(app, wto), await statementOf(app, ftas)];
  await openNoteWith(page, app, 'Edge chips', content(paragraph(fact(wto, wtoText), text(' middle '), fact(ftas, ftasText))));
  await editorOf(page).locator('p').first().getByText('middle').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe(`${wtoText} middle ${ftasText}`);
});

test('Find matches a figure inside a fact chip, highlights it there and selects the chip', async ({ openApp, app, page }) => {
  await openApp();
  const surplusText = await statementOf(app, surplus);
  const figure = /US\$\d+ billion/.exec(surplusText)![0];
  await openNoteWith(page, app, 'Find in chips', content(paragraph(text('The surplus: '), fact(surplus, surplusText), text('. Not the figure itself.'))));
  const chip = chipsOf(page).first();
  await expect(chip).toHaveAttribute('data-state', 'current');
  await editorOf(page).locator('p').first().click();
  await page.keyboard.press('Control+f');
  await page.getByTestId('find-input').fill(figure.toLowerCase());
  await expect(page.locator('.find-count')).toHaveText('1 of 1');
  // The highlight covers the figure in the chip's statement, not its footnote number.
  const highlighted = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('find-current') ?? [])][0] as Range | undefined;
    return range ? { text: range.toString(), inChip: !!range.startContainer.parentElement?.closest('.fact-chip-text') } : null;
  });
  expect(highlighted).toEqual({ text: figure, inChip: true });
  await page.getByTestId('find-input').press('Enter');
  await expect(chip).toHaveClass(/fact-chip--selected/);
  // Typing in the find box never changed the note.
  await page.getByTestId('find-input').press('Escape');
  await expect(chip).toContainText(surplusText);
});

test('Replace (Ctrl+H) changes the drafter\'s words and never a fact chip, in one undo step', async ({ openApp, app, page }) => {
  await openApp();
  const surplusText = await statementOf(app, surplus);
  const word = /trade/i.exec(surplusText)![0];
  await openNoteWith(page, app, 'Replace around chips', content(paragraph(text(`The ${word} gap narrowed; `), fact(surplus, surplusText), text(` and ${word} grew.`))));
  const chip = chipsOf(page).first();
  await expect(chip).toHaveAttribute('data-state', 'current');
  const paragraphText = editorOf(page).locator('p').first();
  await paragraphText.click();
  await page.keyboard.press('Control+h');
  await page.getByTestId('find-input').fill(word);
  await expect(page.locator('.find-count').first()).toHaveText('1 of 3');
  await page.getByTestId('replace-input').fill('commerce');
  await page.getByTestId('replace-all').click();
  await expect(page.getByTestId('replace-report')).toHaveText('2 replaced. 1 in fact chips left as cited.');
  await expect(paragraphText).toContainText('The commerce gap narrowed;');
  await expect(paragraphText).toContainText(' and commerce grew.');
  await expect(chip).toContainText(surplusText);
  await expect(chip).toHaveAttribute('data-fact-id', surplus);
  // The one match left is in the chip: Replace is disabled on it.
  await expect(page.locator('.find-count').first()).toHaveText('1 of 1');
  await expect(page.getByTestId('replace-one')).toBeDisabled();
  await page.getByTestId('find-input').press('Escape');
  await page.keyboard.press('Control+z');
  await expect(paragraphText).toContainText(`The ${word} gap narrowed;`);
  await expect(paragraphText).toContainText(` and ${word} grew.`);
});

test('retracting a fact on its fact page flags the chip in the open note as soon as the user goes back', async ({ openApp, app, page }) => {
  await openApp();
  const surplusText = await statementOf(app, surplus);
  await openNoteWith(page, app, 'Retract here', content(paragraph(text('Trade: '), fact(surplus, surplusText), text('.'))));
  const chip = chipsOf(page).first();
  await expect(chip).toHaveAttribute('data-state', 'current');

  await page.getByTestId('view-facts').click();
  await page.locator(`[data-testid="fact-row"][data-fact-id="${surplus}"]`).getByRole('button').first().click();
  await page.getByTestId('action-retract').click();
  await page.getByTestId('reason-input').fill('GSO withdrew the preliminary figure');
  await page.getByTestId('reason-confirm').click();
  await page.getByTestId('profile-name').fill('Minh Tran');
  await page.getByTestId('profile-save').click();
  await expect(page.getByTestId('fact-status')).toContainText(/retracted/i);

  await page.getByTestId('view-notes').click();
  // Well inside the 10 s periodic check: the retraction itself told the note.
  await expect(chip).toHaveAttribute('data-state', 'retracted', { timeout: 2_000 });
});

test('a chip whose figure another fact contradicts is flagged and counted, until the conflict is settled by retracting one', async ({ openApp, app, page }) => {
  await openApp();
  const { groups } = await callApi(app, 'facts.conflicts', {});
  // The verified side: its chip is otherwise "current", so the conflict is the only warning.
  const cited = groups[0]!.facts.find((f) => f.status === 'verified');
  const other = groups[0]!.facts.find((f) => f.id !== cited?.id);
  // Far down a long note, so the findings list has somewhere to jump to.
  const filler = Array.from({ length: 60 }, (_, i) => paragraph(text(`Background paragraph ${i + 1}.`)));
  await openNoteWith(page, app, 'Conflict', content(...filler, paragraph(text('Dated: '), fact(cited!.id, cited!.statement), text('.'))));
  const chip = chipsOf(page).first();
  await expect(chip).toHaveAttribute('data-conflict', 'true');
  await expect(page.getByTestId('warning-count')).toHaveText('1 warning');

  // Issue 12, item 6: "1 warning" opens the export check's findings; Escape returns to the note.
  await expect(chip).not.toBeInViewport();
  await page.getByTestId('warning-count').click();
  const list = page.getByTestId('findings-list');
  const finding = list.getByTestId('finding-jump');
  await expect(finding).toHaveCount(1);
  await expect(finding).toHaveAttribute('data-kind', 'conflicting');
  await expect(finding).toContainText('conflicts with another fact on the same figure');
  await expect(finding).toBeFocused();
  await page.screenshot({ path: join(projectRoot, 'test-results', 'findings-list.png') });
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(editorOf(page)).toBeFocused();
  // From the keyboard: open, Enter on the finding, and the chip is selected in view, the keyboard on the note.
  await page.getByTestId('warning-count').focus();
  await page.keyboard.press('Enter');
  await expect(finding).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(chip).toBeInViewport();
  await expect(chip).toHaveClass(/fact-chip--selected/);
  await expect(editorOf(page)).toBeFocused();
  await chip.hover();
  await expect(page.getByTestId('chip-conflict')).toContainText('different value for this figure');
  await page.screenshot({ path: join(projectRoot, 'test-results', 'screens', 'chip-conflict.png') });

  // The store settles it (the other fact retracted): the flag and the warning go.
  await callApi(app, 'facts.retract', { id: other!.id, by: 'e2e analyst', reason: 'the resolution text is dated otherwise' });
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(chip).not.toHaveAttribute('data-conflict', 'true');
  await expect(page.getByTestId('warning-count')).toHaveText('0 warnings');
});
