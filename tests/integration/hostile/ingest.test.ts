/**
 * Every hostile file through source import (`extractSource`, then `sources.import` through
 * the dispatcher, as the app and `briefing sources import` do): a refusal that names the file
 * and says what is wrong, or the right text, stored exactly (a source's text is never
 * cleaned: quotes are offsets into it), and the store stays intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractSource, importWarningText } from '../../../electron/core/ingest';
import { ApiError } from '../../../shared/errors';
import { hostileFiles, minimalDocx, type HostileFile } from '../../fixtures/hostile/files';
import { canonicalText } from '../../../shared/stored-text';
import { hostileStrings } from '../../fixtures/hostile/strings';
import { xssPayloads } from '../../fixtures/hostile/xss';
import { openHostileStore, storeHealth, type HostileStore } from '../../support/hostile';

let store: HostileStore;
let files: HostileFile[];
beforeAll(async () => {
  store = openHostileStore();
  files = await hostileFiles();
}, 120_000);
afterAll(() => store.close());

/**
 * The same file through the API the import dialog uses (`sources.importFile`: bytes in, source
 * stored): the same refusal, or the text stored exactly as extracted.
 */
async function storeAndReadBack(bytes: Uint8Array, fileName: string): Promise<void> {
  const source = await extractSource(bytes, fileName);
  const name = fileName.split(/[\\/]/).pop()!;
  const imported = await store.dispatch('sources.importFile', { fileName: name, base64: Buffer.from(bytes).toString('base64'), meta: {} });
  if (!imported.ok) {
    // A name longer than any file system allows (255) is refused by the contract, naming the field.
    if (name.length > 255) return expect(imported.error.issues?.[0]?.path).toBe('fileName');
    throw new Error(`sources.importFile refused what extractSource accepted: ${imported.error.message}`);
  }
  const { source: stored } = imported.result as { source: { id: string } };
  const got = await store.dispatch('sources.get', { id: stored.id });
  expect(got.ok && (got.result as { text: string }).text === source.text).toBe(true);
}

/** A refused file is refused by the API with the same message. */
async function expectApiRefusal(bytes: Uint8Array, fileName: string, message: string): Promise<void> {
  const name = fileName.split(/[\\/]/).pop()!;
  const imported = await store.dispatch('sources.importFile', { fileName: name, base64: Buffer.from(bytes).toString('base64'), meta: {} });
  expect(imported.ok).toBe(false);
  if (!imported.ok) expect(imported.error).toMatchObject({ code: 'refused', message });
}

/** The outcome a user sees: the refusal message, or the text that would be stored. */
async function outcome(bytes: Uint8Array, fileName: string): Promise<{ refused: string } | { text: string; warnings: string[] }> {
  const started = Date.now();
  try {
    const source = await extractSource(bytes, fileName);
    return { text: source.text, warnings: source.warnings.map(importWarningText) };
  } catch (error) {
    if (!(error instanceof ApiError)) throw new Error(`${fileName}: not a clear message but ${String(error)}`, { cause: error });
    expect(error.code).toBe('refused');
    return { refused: error.message };
  } finally {
    expect(Date.now() - started, 'still responsive').toBeLessThan(30_000);
  }
}

describe('hostile files', () => {
  const expected: Record<string, RegExp | ((text: string) => void)> = {
    'empty file': /empty/,
    'empty DOCX': /empty/,
    'empty PDF': /empty/,
    'binary garbage as .txt': /does not contain text|not text/,
    'binary garbage as .docx': /does not contain text|not text|cannot be imported/,
    'binary garbage as .pdf': /does not contain text|not text|cannot be imported/,
    'truncated DOCX zip': /cannot be imported/,
    'zip with no document.xml': /cannot be imported/,
    'DOCX with malformed XML': /cannot be imported/,
    'zip bomb DOCX': /cannot be imported/,
    'PDF header only': /cannot be imported/,
    'truncated PDF': /cannot be imported/,
    'deeply nested HTML (10,000 levels)': /nested more than 2,000 levels deep/,
    'invalid UTF-8 text': /cannot be imported|encoding/,
    'UTF-16 text with BOM': (text) => expect(text).toBe('Hi'),
    'NUL bytes in text': /cannot be imported/,
    '10 MB text': (text) => expect(text.length).toBe(10 * 1024 * 1024),
    'path traversal file name': (text) => expect(text).toBe('traversal name'),
    'windows traversal file name': (text) => expect(text).toBe('traversal name'),
    'very long file name': (text) => expect(text).toBe('long name'),
    'no extension': (text) => expect(text).toBe('plain text, no extension'),
    'control chars in file name': (text) => expect(text).toBe('ctrl name'),
  };

  it('every generated file has an expectation', async () => {
    expect(files.map((f) => f.name).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))('%s', async (name) => {
    const file = files.find((f) => f.name === name)!;
    const result = await outcome(file.bytes, file.fileName);
    const want = expected[name]!;
    if (want instanceof RegExp) {
      expect(result, JSON.stringify(result).slice(0, 200)).toHaveProperty('refused');
      if ('refused' in result) {
        expect(result.refused).toMatch(want);
        // The message names the file by its own name, never a path the name spelled.
        expect(result.refused).toContain(`“${file.fileName.split(/[\\/]/).pop()}”`);
        await expectApiRefusal(file.bytes, file.fileName, result.refused);
      }
      return;
    }
    expect(result, JSON.stringify(result).slice(0, 200)).toHaveProperty('text');
    if (!('text' in result)) return;
    want(result.text);
    await storeAndReadBack(file.bytes, file.fileName);
  });
});

// eslint-disable-next-line no-control-regex -- the characters import may rightly change
const changedOnImport = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff\u2028\u2029]/;

describe('hostile strings inside files', () => {
  const cases = [...hostileStrings, ...xssPayloads].filter((s) => s.value.trim() !== '');

  it.each(cases.map((s) => [s.name, s.value] as const))('%s', async (_name, value) => {
    const docx = await minimalDocx([`Before. ${value} After.`]);
    for (const [bytes, fileName] of [[new TextEncoder().encode(`Before. ${value} After.`), 'hostile.txt'], [docx, 'hostile.docx']] as const) {
      const result = await outcome(bytes, fileName);
      if ('refused' in result) {
        expect(result.refused).toMatch(/^“hostile\.(txt|docx)” cannot be imported: /);
        await expectApiRefusal(bytes, fileName, result.refused);
        continue;
      }
      // Markup in a text or Word file is text: it comes through as written, in NFC. (Controls, broken
      // surrogates and line separators are the cases where import may rightly change the text.)
      if (!changedOnImport.test(value)) expect(result.text).toContain(canonicalText(value.trim()));
      await storeAndReadBack(bytes, fileName);
    }
  });
});

describe('deep but plausible HTML', () => {
  it('a page nested 1,500 levels deep is read, quickly enough', async () => {
    const html = '<html><body>' + '<div>'.repeat(1_500) + 'deep text' + '</div>'.repeat(1_500) + '</body></html>';
    const result = await outcome(new TextEncoder().encode(html), 'deep.html');
    expect(result).toEqual({ text: 'deep text', warnings: [] });
  });

  it('a page of 20,000 unclosed <p> is not mistaken for a deep one', async () => {
    const html = '<html><body>' + '<p>para '.repeat(20_000) + '</body></html>';
    const result = await outcome(new TextEncoder().encode(html), 'flat.html');
    expect(result).toHaveProperty('text');
  });
});

describe('the store after every hostile import', () => {
  it('passes integrity_check and foreign_key_check', () => {
    expect(storeHealth(store.dataDir)).toEqual({ integrity: 'ok', foreignKeyProblems: [] });
  });
});
