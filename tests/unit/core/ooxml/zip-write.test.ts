import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipParts, type PackageParts } from '../../../../electron/core/ooxml';

const parts: PackageParts = new Map<string, string | Uint8Array>([
  ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'],
  ['word/document.xml', `<w:document>${'<w:p><w:r><w:t>Việt Nam 🇻🇳</w:t></w:r></w:p>'.repeat(5000)}</w:document>`],
  ['customXml/ghi-chú.xml', '<x/>'],
  ['word/empty.xml', ''],
  ['word/media/noise.bin', new Uint8Array(randomBytes(4096))],
]);

describe('zipParts', () => {
  it('writes every part, in order and byte for byte, as JSZip reads it', async () => {
    const zip = await JSZip.loadAsync(zipParts(parts));
    expect(Object.keys(zip.files)).toEqual([...parts.keys()]);
    for (const [path, data] of parts) {
      const read = await zip.file(path)!.async('uint8array');
      expect(Buffer.from(read).equals(typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data))).toBe(true);
    }
  });

  it('passes Python zipfile’s CRC check, compresses text and stores what does not compress', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-parts-'));
    try {
      const file = join(dir, 'parts.zip');
      const bytes = zipParts(parts);
      writeFileSync(file, bytes);
      const script =
        'import json, sys, zipfile\n' +
        'z = zipfile.ZipFile(sys.argv[1])\n' +
        'print(json.dumps({"bad": z.testzip(), "entries": [[i.filename, i.compress_type, i.file_size, i.compress_size, i.date_time[0]] for i in z.infolist()]}))\n';
      const run = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const { bad, entries } = JSON.parse(run.stdout) as { bad: string | null; entries: [string, number, number, number, number][] };
      expect(bad).toBeNull();
      const byName = new Map(entries.map((e) => [e[0], e]));
      expect(byName.get('customXml/ghi-chú.xml')).toBeDefined();
      const document = byName.get('word/document.xml')!;
      expect(document[1]).toBe(8); // deflated
      expect(document[3]).toBeLessThan(document[2] / 20);
      expect(byName.get('word/media/noise.bin')![1]).toBe(0); // stored: deflate would not shrink it
      expect(entries.every((e) => e[4] === 1980)).toBe(true);
      // Same parts, same bytes: nothing in the container depends on the clock.
      expect(zipParts(parts).equals(bytes)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
