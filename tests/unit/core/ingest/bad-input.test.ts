import { describe, expect, it } from 'vitest';
import { checkSourceSize, extractSource, MAX_SOURCE_BYTES, importWarningText } from '../../../../electron/core/ingest';
import { expectRefusal, utf8 } from './expect-refusal';

/** Deterministic "random" bytes, so a failure can be reproduced. */
function garbage(length: number, lowest: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let seed = 12345;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bytes[i] = lowest + ((seed >>> 16) % (256 - lowest));
  }
  return bytes;
}

describe('files that cannot be imported', () => {
  it('refuses an empty file', async () => {
    await expectRefusal(extractSource(new Uint8Array(0), 'blank.txt'), 'blank.txt', /the file is empty/);
  });

  it('refuses a file one byte over 50 MB, naming the limit', async () => {
    const big = new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61);
    await expectRefusal(extractSource(big, 'huge.txt'), 'huge.txt', /50 MB/);
  });

  it('accepts a file of exactly 50 MB', async () => {
    expect(() => checkSourceSize(MAX_SOURCE_BYTES, 'max.txt')).not.toThrow();
  });

  it('names only the file, not the folder it came from', async () => {
    const message = await expectRefusal(extractSource(new Uint8Array(0), '/home/official/secret plans/blank.txt'), 'blank.txt', /empty/);
    expect(message).not.toContain('secret plans');
  });

  it('refuses binary garbage with zero bytes', async () => {
    await expectRefusal(extractSource(garbage(4096, 0), 'data.txt'), 'data.txt', /does not contain text/);
  });

  it('refuses binary garbage without a single zero byte', async () => {
    await expectRefusal(extractSource(garbage(4096, 1), 'data.txt'), 'data.txt', /does not contain text/);
  });

  it('refuses a file made of control characters', async () => {
    const controls = new Uint8Array(200).map((_, i) => 1 + (i % 8));
    await expectRefusal(extractSource(controls, 'controls.txt'), 'controls.txt', /does not contain text/);
  });

  it('keeps a few stray control characters in real text, and warns', async () => {
    const text = 'Budget rose\u0007 by 5%\u000b in 2025.\n';
    const source = await extractSource(utf8(text), 'memo.txt');
    expect(source.text).toBe(text);
    expect(source.warnings.map(importWarningText).join(' ')).toMatch(/2 invisible control characters/);
  });

  it('refuses an image even when it is called .txt, and says what it is', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expectRefusal(extractSource(png, 'chart.txt'), 'chart.txt', /image \(PNG\)/);
  });

  it('refuses an old binary Word file with advice to save as .docx', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    await expectRefusal(extractSource(doc, 'minutes.doc'), 'minutes.doc', /save it as \.docx/);
  });

  it('reads text with an unknown extension as plain text, and warns', async () => {
    const source = await extractSource(utf8('year,value\n2025,8.02\n'), 'gdp.csv');
    expect(source.format).toBe('txt');
    expect(source.text).toBe('year,value\n2025,8.02\n');
    expect(source.warnings.map(importWarningText).join(' ')).toMatch(/does not know the file type “\.csv”/);
  });

  it('refuses a text file that holds only blank lines', async () => {
    await expectRefusal(extractSource(utf8('\n  \n\t\n'), 'spaces.txt'), 'spaces.txt', /no readable text/);
  });
});
