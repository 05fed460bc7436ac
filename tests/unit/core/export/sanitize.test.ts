import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeXmlText, writeDocxAtomically } from '../../../../electron/core/export';

describe('sanitizeXmlText', () => {
  it('removes every C0 control except tab, line feed and carriage return', () => {
    const all = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    expect(sanitizeXmlText(`a${all}b`)).toBe('a\t\n\rb');
  });

  it('removes U+FFFE and U+FFFF and marks lone surrogates with U+FFFD', () => {
    expect(sanitizeXmlText('x\ufffey\uffffz')).toBe('xyz');
    expect(sanitizeXmlText('a\ud800b\udc00c')).toBe('a\ufffdb\ufffdc');
    expect(sanitizeXmlText('end\ud83d')).toBe('end\ufffd');
  });

  it('keeps Vietnamese, right-to-left text, emoji and zero-width characters exactly', () => {
    const text = 'Thủ tướng Phạm Minh Chính — Việt Nam; مرحبا; שלום; 👩🏽‍💻🇻🇳; a\u200bb\u200d; \u007f\u0085';
    expect(sanitizeXmlText(text)).toBe(text);
    expect(sanitizeXmlText('Nguyễn Thị Hằng'.normalize('NFD'))).toBe('Nguyễn Thị Hằng'.normalize('NFD'));
  });
});

describe('writeDocxAtomically', () => {
  it('writes the file and leaves no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-write-'));
    const path = join(dir, 'note.docx');
    writeFileSync(path, 'old version');
    await writeDocxAtomically(path, Buffer.from('new version'));
    expect(readFileSync(path, 'utf8')).toBe('new version');
    expect(readdirSync(dir)).toEqual(['note.docx']);
  });

  it('fails without creating anything when the folder does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-write-'));
    await expect(writeDocxAtomically(join(dir, 'missing', 'note.docx'), Buffer.from('x'))).rejects.toThrow();
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
