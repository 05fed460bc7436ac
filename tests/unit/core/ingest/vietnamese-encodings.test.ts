import { describe, expect, it } from 'vitest';
import { anchorQuote, selectorFor, selectorForUniqueQuote } from '../../../../electron/core/facts/anchoring';
import { extractSource } from '../../../../electron/core/ingest';
import { encodeWindows1258, tcvn3Bytes, vietnameseParagraph, vniBytes } from '../../../support/vietnamese-bytes';
import { expectRefusal, utf8 } from './expect-refusal';

describe('Vietnamese sources in any encoding', () => {
  it('a Windows-1258 file and an NFD UTF-8 file import to the same NFC text as typed', async () => {
    const fromCodePage = await extractSource(encodeWindows1258(vietnameseParagraph), 'bao-cao-1258.txt');
    const fromNfd = await extractSource(utf8(vietnameseParagraph.normalize('NFD')), 'bao-cao-nfd.txt');
    expect(fromCodePage.encoding).toBe('windows-1258');
    expect(fromNfd.encoding).toBe('utf-8');
    expect(fromCodePage.text).toBe(vietnameseParagraph);
    expect(fromNfd.text).toBe(vietnameseParagraph);
    expect(fromCodePage.warnings).toEqual([]);
  });

  it('a quote selected in one anchors in the other, and a quote typed in NFD finds its words', async () => {
    const a = (await extractSource(encodeWindows1258(vietnameseParagraph), 'a.txt')).text;
    const b = (await extractSource(utf8(vietnameseParagraph.normalize('NFD')), 'b.txt')).text;
    const start = a.indexOf('Chính phủ');
    const selector = selectorFor(a, start, start + 'Chính phủ đặt mục tiêu'.length);
    expect(anchorQuote(b, selector)).toEqual({ state: 'anchored', start, end: selector.end });
    expect(selectorForUniqueQuote(b, 'thu hút đầu tư'.normalize('NFD')).exact).toBe('thu hút đầu tư');
  });

  it.each([
    ['little-endian', 'utf16le', (t: string) => Buffer.from(t, 'utf16le')],
    ['big-endian', 'utf16be', (t: string) => Buffer.from(t, 'utf16le').swap16()],
  ] as const)('reads UTF-16 %s without a byte-order mark', async (_name, _enc, encode) => {
    const source = await extractSource(encode(vietnameseParagraph.normalize('NFD')), 'wide.txt');
    expect(source.text).toBe(vietnameseParagraph);
    expect(source.encoding).toBe(_enc === 'utf16le' ? 'utf-16le' : 'utf-16be');
  });

  it('refuses TCVN3 (ABC) text, naming the encoding', async () => {
    const message = await expectRefusal(extractSource(tcvn3Bytes, 'vantime.txt'), 'vantime.txt', /TCVN3 \(ABC/);
    expect(message).toMatch(/Convert it to Unicode/);
  });

  it('refuses VNI text, naming the encoding', async () => {
    await expectRefusal(extractSource(vniBytes, 'vni-times.txt'), 'vni-times.txt', /legacy VNI \(the VNI-Times fonts\) font encoding/);
  });

  it('still reads Western European text that is not UTF-8 as Windows-1252', async () => {
    const french = Buffer.from('Le café de Montréal est très réputé, déjà à côté de la cathédrale. Über die Brücke für Jürgen. El año pasado.', 'latin1');
    const source = await extractSource(french, 'cafe.txt');
    expect(source.encoding).toBe('windows-1252');
    expect(source.text).toBe(french.toString('latin1'));
  });
});
