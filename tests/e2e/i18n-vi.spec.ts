/**
 * The interface in Vietnamese (issue 15, item 1), in Chromium: switched in Settings without a
 * restart, then every main screen walked at 900 px wide, checking that
 *  - no rendered string (text, aria-label, title, placeholder) is an English interface string
 *    left untranslated, and no text outside user content is hard-coded English;
 *  - no control's text overflows it (scrollWidth > clientWidth);
 *  - axe finds nothing serious, in Vietnamese and in English (see `seriousAxe` for which screens).
 * Screenshots of the editor, the export dialog and a fact page go to test-results/i18n-vi/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { projectRoot } from '../support/host';
import { chipsOf, editorOf } from '../support/editor';

const shots = join(projectRoot, 'test-results', 'i18n-vi');
mkdirSync(shots, { recursive: true });

type Tree = { [key: string]: string | Tree };
const load = (lang: string) => JSON.parse(readFileSync(join(projectRoot, 'shared', 'locales', `${lang}.json`), 'utf8')) as Tree;
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
const en = new Map(flatten(load('en')));
const vi = new Map(flatten(load('vi')));

/** The literal words of an ICU message (arguments and plural syntax dropped). */
const literals = (message: string): string[] =>
  message
    .replace(/\{[^{}]*\{([^{}]*)\}[^{}]*\}/g, ' $1 ')
    .replace(/\{[^{}]*\}/g, '¶')
    .split(/¶|#/)
    .map((s) => s.trim())
    .filter(Boolean);
const viText = [...vi.values()].flatMap(literals).join('\n');
/** English interface phrases (two words or more) that the Vietnamese catalogue does not share. */
const englishPhrases = [...en]
  .filter(([key, text]) => vi.get(key) !== text)
  .flatMap(([, text]) => literals(text))
  .filter((s) => s.split(/\s+/).length >= 2 && s.length >= 8 && !viText.includes(s));
const englishWords = new Set([...en].filter(([key, text]) => vi.get(key) !== text && /^[A-Za-z][a-z]+$/.test(text)).map(([, text]) => text));

/** User content (note text, fact statements, sources, names): whatever language it is in, it is not the interface. */
const userContent = [
  '[data-testid="editor"]',
  '.note-title',
  '.app-title',
  '.fact-card-statement',
  // A fact's figure, written in the note's language (shared/figure-format.ts), not the interface's.
  '.fact-card-figure',
  '.typeahead-figure',
  '.fact-card-quote',
  '.fact-card-source',
  '.fact-card-period',
  '.source-text',
  '[data-testid="source-title"]',
  '.source-item-title',
  '.source-item-meta',
  '.reader-header',
  '[data-testid="fact-statement"]',
  '.evidence blockquote',
  '.evidence-meta .link-button',
  '.cell-statement',
  '.cell-source',
  '.cell-period',
  '.cell-when',
  '.conflict-quote',
  '.conflict-statement',
  '.conflict-source',
  '.conflict-value',
  '[aria-labelledby="references-heading"] li',
  '[data-testid="reference-quote"]',
  '.classification-badge',
  '.template-sections',
  '.metadata-summary',
  '.fact-fields dd',
  '.version-list',
  '.status-history',
  '.export-finding-message',
  '.conflict-group h3',
  '.conflict-fact p',
  '.fact-id',
  '[data-testid="data-dir"]',
  '.typeahead-text',
  '.typeahead-meta',
  'option',
].join(', ');

/** Words that are the same in both interfaces (names, formats, units). */
const sameInBoth = /^(Briefing Studio|Markdown|PDF|Word|Chicago|APA|English|Tiếng Việt|URL|KB|MB|Ctrl\+\w|[BIU]|v\d+|seed-\d+|[\d\s.,:–—%()+≈/·×↑↓↶↷❝-]*)$/;

interface Rendered {
  text: string;
  where: string;
}

async function renderedStrings(page: Page): Promise<{ texts: Rendered[]; attributes: Rendered[] }> {
  return page.evaluate((skip) => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
    const texts: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || parent.closest(skip) || parent.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
      if (!parent.checkVisibility()) continue;
      texts.push({ text, where: describe(parent) });
    }
    const attributes: { text: string; where: string }[] = [];
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (el.closest('[data-testid="editor"]')) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name)?.trim();
        if (value) attributes.push({ text: value, where: `${describe(el)}@${name}` });
      }
    }
    return { texts, attributes };
  }, userContent);
}

/** Untranslated (an English catalogue phrase) or hard-coded (English text no catalogue has). */
async function untranslated(page: Page): Promise<string[]> {
  const { texts, attributes } = await renderedStrings(page);
  const problems: string[] = [];
  for (const { text, where } of [...texts, ...attributes]) {
    // Whole strings only: an attribute may wrap user content ("Chèn dữ kiện: <an English statement>").
    if (englishPhrases.includes(text) || englishWords.has(text)) problems.push(`untranslated at ${where}: “${text}”`);
  }
  for (const { text, where } of texts) {
    // Dates as Intl writes them in Vietnamese ("26 thg 1", "00:00 1 thg 2, 2026") are not English.
    if (sameInBoth.test(text) || viText.includes(text) || /\d thg \d/.test(text)) continue;
    if (/^[\x20-\x7E’“”…]+$/.test(text) && /[A-Za-z]{3}/.test(text)) problems.push(`hard-coded at ${where}: “${text}”`);
  }
  return [...new Set(problems)];
}

/** Controls whose text does not fit them. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, [role="tab"], [role="menuitem"], label, .view-tab, .badge, legend, th')]
      .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden') && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()} “${el.textContent?.trim().slice(0, 60)}” (${el.scrollWidth} > ${el.clientWidth})`),
  );
}

/**
 * axe through @axe-core/playwright re-injects axe-core (half a megabyte) on every call: 5–9 s a
 * screen on this loaded 2-core machine, minutes for the walk. Injected once per page load and
 * run for violations only, on the WCAG 2 A and AA rules, it takes 0.5–2 s a screen (7 s for the
 * first, with the injection), so one page walks every screen in English, then again in
 * Vietnamese, with axe on each screen both times.
 */
const axeSource = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeWindow {
  axe?: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact?: string | null; nodes: { target: string[] }[] }[] }> };
}

async function seriousAxe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe)))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // A source's full text and the note are user content, and axe takes minutes over a long one.
    const { violations } = await (window as AxeWindow).axe!.run(
      { exclude: [['[data-testid="source-text"]'], ['[data-testid="editor"]']] },
      { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } },
    );
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function chooseLanguage(page: Page, language: '' | 'en' | 'vi'): Promise<void> {
  await page.getByTestId('open-settings').click();
  await page.getByTestId('setting-ui-language').selectOption(language);
  await page.getByTestId('settings-dialog').locator('.dialog-actions button').click();
}

/** The main screens, each checked once it has rendered. */
async function walk(page: Page, check: (screen: string) => Promise<void>): Promise<void> {
  await expect(chipsOf(page).first()).not.toHaveAttribute('data-state', 'checking');
  await expect(page.getByTestId('fact-result').first()).toBeVisible();
  await check('editor');

  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('setting-ui-language')).toBeVisible();
  await check('settings');
  await page.getByTestId('settings-dialog').locator('.dialog-actions button').click();

  await page.getByTestId('export-word').click();
  await expect(page.getByTestId('export-summary')).toBeVisible();
  await check('export-dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toBeHidden();

  await page.getByTestId('check-word-file').click();
  await expect(page.getByTestId('audit-file')).toBeAttached();
  await check('audit-dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('audit-dialog')).toBeHidden();

  await page.getByTestId('view-facts').click();
  await expect(page.getByTestId('fact-row').first()).toBeVisible();
  await check('facts');
  await page.getByTestId('fact-row').first().locator('.row-link').click();
  await expect(page.getByTestId('fact-page')).toBeVisible();
  await check('fact-page');

  await page.getByTestId('view-sources').click();
  await expect(page.getByTestId('source-title')).toBeVisible();
  await check('sources');

  await page.getByTestId('view-conflicts').click();
  await expect(page.getByTestId('conflict-group').first()).toBeVisible();
  await check('conflicts');
  await page.getByTestId('view-notes').click();
}

test('every main screen passes axe in English, then in Vietnamese is translated, fits at 900 px and passes axe', async ({ openApp, page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 900, height: 900 });
  await openApp();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const problems: string[] = [];
  await walk(page, async (screen) => {
    problems.push(...(await seriousAxe(page)).map((p) => `[${screen}, English] axe: ${p}`));
  });
  // A sentence over 30 words, so the editor shows a plain-language hint (a tooltip the plugin writes, not React).
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(`${'Integration keeps moving forward '.repeat(9).trim()}.`);
  const hint = page.getByTestId('editor').locator('[data-hint]').last();
  await expect(hint).toHaveAttribute('title', /^A sentence here has \d+ words/);
  await chooseLanguage(page, 'vi');
  // No restart: the open window switches, <html lang> with it.
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByTestId('export-word')).toHaveText('Xuất ra Word…');
  // The hint is worded again too.
  await expect(hint).toHaveAttribute('title', /^Một câu ở đây có \d+ từ/);

  await walk(page, async (screen) => {
    if (['editor', 'export-dialog', 'fact-page'].includes(screen)) await page.screenshot({ path: join(shots, `${screen}.png`) });
    problems.push(...(await untranslated(page)).map((p) => `[${screen}] ${p}`));
    problems.push(...(await overflowing(page)).map((p) => `[${screen}] overflow: ${p}`));
    problems.push(...(await seriousAxe(page)).map((p) => `[${screen}] axe: ${p}`));
  });
  expect(problems).toEqual([]);

  // The choice is kept: a reload comes back in Vietnamese.
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByTestId('export-word')).toHaveText('Xuất ra Word…');
});

test('the main path in Vietnamese: open the Vietnamese sample, insert a fact by typing @đầu tư, export, read the Word file', async ({ openApp, page }) => {
  test.setTimeout(120_000);
  await openApp();
  await chooseLanguage(page, 'vi');
  const title = 'Về kết quả hội nhập quốc tế năm 2025 và định hướng năm 2026';
  await page.getByRole('button', { name: new RegExp(`^${title}`) }).first().click();
  await expect(page.getByTestId('note-title')).toHaveValue(title);
  await expect(chipsOf(page).first()).not.toHaveAttribute('data-state', 'checking');
  const before = await chipsOf(page).count();
  await editorOf(page).locator('p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' @đầu tư');
  const option = page.getByTestId('typeahead-option').first();
  await expect(option).toBeVisible();
  const statement = ((await option.locator('.typeahead-text').textContent()) ?? '').normalize('NFC');
  // The Vietnamese statement, found by the words as typed.
  expect(statement.toLocaleLowerCase('vi')).toContain('đầu tư');
  await page.keyboard.press('Enter');
  await expect(chipsOf(page)).toHaveCount(before + 1);

  await page.getByTestId('export-word').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-summary')).toContainText('Kiểm tra phát hiện');
  const confirm = dialog.getByTestId('export-confirm');
  if (await confirm.isVisible()) await confirm.check();
  const download = page.waitForEvent('download');
  await dialog.getByTestId('export-run').click();
  const docx = join(shots, 'main-path.docx');
  await (await download).saveAs(docx);
  await expect(dialog.getByTestId('export-done')).toContainText('Đã xuất');
  // The Word file's own text (LibreOffice reads the Tờ trình back in tests/integration/export-profiles.test.ts).
  const zip = await JSZip.loadAsync(readFileSync(docx));
  const document = await zip.file('word/document.xml')!.async('string');
  const body = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/&amp;/g, '&').normalize('NFC');
  expect(body.replace(/\s+/g, ' ')).toContain(statement.replace(/\s+/g, ' ').slice(0, 40));
  expect(await zip.file('word/styles.xml')!.async('string')).toMatch(/<w:docDefaults>.*<w:lang w:val="vi-VN"/s);
});
