import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openZip, parseXml, XmlProblem, zipParts, ZipProblem, type PackageParts } from '../../../../electron/core/ooxml';
import { hostileZips, rawZip } from '../../../fixtures/hostile/zip-bombs';

const MB = 1024 * 1024;

function refusal(bytes: Uint8Array, limits = {}, read = true): string {
  try {
    const zip = openZip(bytes, limits);
    if (read) zip.verify();
  } catch (error) {
    expect(error).toBeInstanceOf(ZipProblem);
    return (error as Error).message;
  }
  throw new Error('the ZIP was not refused');
}

describe('openZip', () => {
  it('reads back what zipParts wrote, part for part', () => {
    const parts: PackageParts = new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', '<w:document>Việt Nam</w:document>'.repeat(1000)],
      ['word/media/a.bin', new Uint8Array([1, 2, 3])],
    ]);
    const zip = openZip(zipParts(parts));
    expect(zip.entries.map((e) => e.name)).toEqual([...parts.keys()]);
    expect(zip.readText('word/document.xml')).toBe(parts.get('word/document.xml'));
    expect([...zip.read('word/media/a.bin')]).toEqual([1, 2, 3]);
  });

  const byName = Object.fromEntries(hostileZips().map((z) => [z.fileName, z.bytes]));

  it('refuses a deflate bomb from its declared size, before inflating anything', () => {
    const started = performance.now();
    expect(refusal(byName['deflate-bomb.docx']!, {}, false)).toMatch(/“word\/document\.xml” would unpack to 1,024 MB, more than the 256 MB a part may hold/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a header that claims 1 KB of what inflates to 1 GB, stopping at the claimed size', () => {
    const before = process.memoryUsage().rss;
    expect(refusal(byName['lying-header.docx']!)).toMatch(/“word\/document\.xml” is damaged or larger than it claims/);
    // zlib stopped at 1 KB: nothing near the gigabyte was ever held.
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * MB);
  });

  it('refuses 20,000 entries', () => {
    expect(refusal(byName['many-entries.docx']!, {}, false)).toMatch(/holds 20,002 parts, more than the 10,000/);
  });

  it('refuses entries that overlap one stream', () => {
    expect(refusal(byName['overlap-bomb.docx']!, {}, false)).toMatch(/overlap/);
  });

  it('refuses a ratio no real document reaches, and takes a caller’s stricter per-part limit', () => {
    const zeros = Buffer.alloc(4 * MB);
    const entry = { name: 'word/document.xml', body: deflateRawSync(zeros), method: 8 as const, crc: crc32(zeros), uncompressedSize: zeros.length };
    expect(refusal(rawZip([entry]), {}, false)).toMatch(/compressed [\d,]+ to 1, far more than any real document/);
    // Prose as repetitive as real writing gets (a few hundred words, reshuffled): about 5 to 1.
    const words = 'kim ngạch xuất khẩu năm tăng so với trước đạt khoảng tỷ USD the trade balance rose fell against previous year figures report ministry'.split(' ');
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const prose = Buffer.from(Array.from({ length: 500_000 }, () => `${words[next() % words.length]}${next() % 7 === 0 ? ` ${next() % 1000}.` : ''}`).join(' '));
    const real = rawZip([{ ...entry, body: deflateRawSync(prose), crc: crc32(prose), uncompressedSize: prose.length }]);
    expect(openZip(real).read('word/document.xml').equals(prose)).toBe(true);
    expect(refusal(real, { maxEntryBytes: 1 * MB, maxRatio: Infinity }, false)).toMatch(/would unpack to [\d,]+ MB, more than the 1 MB a part may hold/);
  });

  it('refuses a part whose CRC-32 is wrong', () => {
    const data = Buffer.from('<x/>');
    expect(refusal(rawZip([{ name: 'a.xml', body: deflateRawSync(data), method: 8, crc: crc32(data) ^ 1, uncompressedSize: data.length }]))).toMatch(/damaged/);
  });
});

describe('parseXml', () => {
  it('reads namespaces and entities as XML does, whatever the prefix', () => {
    const doc = parseXml('<p:root xmlns:p="urn:x"><p:t>a &amp; b &#x1F1FB;&#x1F1F3;</p:t></p:root>', 'x.xml');
    expect(doc.documentElement!.namespaceURI).toBe('urn:x');
    expect(doc.documentElement!.textContent).toBe('a & b 🇻🇳');
  });

  it('refuses a DTD (billion laughs, external entities) and XML that is not well-formed', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;"><!ENTITY e SYSTEM "file:///etc/passwd">]><r>&b;&e;</r>';
    expect(() => parseXml(laughs, 'docProps/core.xml')).toThrow(XmlProblem);
    expect(() => parseXml(laughs, 'docProps/core.xml')).toThrow(/declares a DTD/);
    expect(() => parseXml('<a><b></a>', 'x.xml')).toThrow(/not well-formed/);
  });
});
