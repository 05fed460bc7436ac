import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractSource, sha256Hex, importWarningText } from '../../../../electron/core/ingest';
import { expectRefusal, utf8 } from './expect-refusal';
import { formatMessage } from '../../../../shared/messages';

const seedsDir = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));
const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')) : [];

describe.skipIf(seeds.length === 0)('the real seed articles', () => {
  it.each(seeds)('%s imports byte for byte', async (file) => {
    const bytes = readFileSync(join(seedsDir, file));
    const source = await extractSource(bytes, file);
    expect(source.format).toBe('txt');
    expect(source.encoding).toBe('utf-8');
    expect(source.text).toBe(bytes.toString('utf8'));
    expect(sha256Hex(source.text)).toBe(sha256Hex(bytes));
    expect(source.warnings).toEqual([]);
    // A plain text file says nothing reliable about itself: nothing is prefilled.
    expect(source.meta).toEqual({});
    expect(source.original).toEqual({ bytes, mediaType: 'text/plain', fileName: file });
  });
});

const vietnamese = 'Thủ tướng Phạm Minh Chính chủ trì hội nghị.\nGDP tăng 8,02%.';

describe('text encodings', () => {
  it('reads UTF-8 without a byte-order mark', async () => {
    const source = await extractSource(utf8(vietnamese), 'note.txt');
    expect([source.text, source.encoding]).toEqual([vietnamese, 'utf-8']);
  });

  it('reads UTF-8 with a byte-order mark and drops the mark', async () => {
    const source = await extractSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(vietnamese)]), 'note.txt');
    expect([source.text, source.encoding]).toEqual([vietnamese, 'utf-8']);
  });

  it('reads UTF-16 little-endian with a byte-order mark', async () => {
    const source = await extractSource(Buffer.from(`\ufeff${vietnamese}`, 'utf16le'), 'note.txt');
    expect([source.text, source.encoding]).toEqual([vietnamese, 'utf-16le']);
  });

  it('reads UTF-16 big-endian with a byte-order mark', async () => {
    const source = await extractSource(Buffer.from(`\ufeff${vietnamese}`, 'utf16le').swap16(), 'note.txt');
    expect([source.text, source.encoding]).toEqual([vietnamese, 'utf-16be']);
  });

  it('falls back to Windows-1252 for curly quotes and accents, and says so', async () => {
    // “Café” — 12 € in Windows-1252: 0x93 and 0x94 are curly quotes, 0xE9 é, 0x80 the euro sign.
    const bytes = new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x97, 0x20, 0x31, 0x32, 0x20, 0x80]);
    const source = await extractSource(bytes, 'menu.txt');
    expect(source.text).toBe('“Café” — 12 €');
    expect(source.encoding).toBe('windows-1252');
    expect(source.warnings.map(importWarningText).join(' ')).toMatch(/Windows-1252/);
    // The app words the same warning in its language, from the catalogue (issue 15).
    const [warning] = source.warnings;
    expect(formatMessage('vi', `importWarnings.${warning!.key}`, warning!.params)).toMatch(/^Tệp không phải UTF-8 nên đã được đọc theo bảng mã Windows-1252/);
  });

  it('normalizes Windows and old Mac line endings to \\n and changes nothing else', async () => {
    const source = await extractSource(utf8('Line one  \r\nLine two\rLine three\r\n\r\n  indented\t'), 'crlf.txt');
    expect(source.text).toBe('Line one  \nLine two\nLine three\n\n  indented\t');
    expect(source.original.bytes).toEqual(utf8('Line one  \r\nLine two\rLine three\r\n\r\n  indented\t'));
  });

  it('refuses text in another legacy encoding instead of garbling it', async () => {
    // "你好" in GBK, repeated: not UTF-8, and far too many high bytes to be Western European text.
    const gbk = new Uint8Array(Array.from({ length: 40 }, () => [0xc4, 0xe3, 0xba, 0xc3]).flat());
    await expectRefusal(extractSource(gbk, 'chinese.txt'), 'chinese.txt', /not text in a known encoding \(UTF-8, UTF-16, Windows-1258, Windows-1252\)/);
  });

  it('refuses an odd number of bytes that looks like UTF-16 without a byte-order mark', async () => {
    await expectRefusal(extractSource(Buffer.concat([Buffer.from('Plain words in UTF-16', 'utf16le'), Buffer.from([0x41])]), 'wide.txt'), 'wide.txt', /not text in a known encoding/);
  });
});

describe('Markdown', () => {
  it('takes the title from the first level-one heading, not from code or lower headings', async () => {
    const text = '```\n# not a title\n```\n## Section\n# Báo cáo tình hình hội nhập #\n\nBody.\n';
    const source = await extractSource(utf8(text), 'report.md');
    expect(source.format).toBe('md');
    expect(source.text).toBe(text);
    expect(source.meta).toEqual({ title: 'Báo cáo tình hình hội nhập' });
    expect(source.original.mediaType).toBe('text/markdown');
  });

  it('leaves the title unknown when there is no heading', async () => {
    expect((await extractSource(utf8('Just a paragraph.\n'), 'plain.md')).meta).toEqual({});
  });
});
