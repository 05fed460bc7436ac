/**
 * The importer thread (electron/core/ingest/isolated.ts): it answers exactly what extractSource
 * answers in-process, and a file that needs more memory or time than allowed is refused with a
 * message naming the file, instead of taking the process down. Limits are chosen small here so
 * the cap, not the file's size check, is what refuses.
 */
import { describe, expect, it } from 'vitest';
import { extractSource, extractSourceIsolated } from '../../../../electron/core/ingest';
import { MAX_XML_PART_BYTES } from '../../../../electron/core/ingest/docx';
import { expandingXmlDocx } from '../../../fixtures/hostile/expanding';
import { minimalDocx } from '../../../fixtures/hostile/files';
import { expectRefusal } from './expect-refusal';

const utf8 = (text: string) => new TextEncoder().encode(text);
// Within the per-part XML limit and compressed like prose, so the ZIP checks accept it; its tree is far too big for a small heap.
const bigTreeDocx = () => expandingXmlDocx(Math.min(MAX_XML_PART_BYTES, 3 * 1024 * 1024), { varied: true });

describe('extractSourceIsolated', () => {
  it('answers what extractSource answers, and hands back the caller’s own bytes as the original', async () => {
    const docx = await minimalDocx(['Exports rose 17% in 2025.', 'Imports rose 9%.']);
    const text = utf8('GDP grew 8.02% in 2025.\n');
    for (const [bytes, name] of [[docx, 'trade.docx'], [text, 'gdp.txt']] as const) {
      const isolated = await extractSourceIsolated(bytes, name);
      expect(isolated).toEqual(await extractSource(bytes, name));
      expect(isolated.original.bytes).toBe(bytes);
    }
  }, 60_000);

  it('passes a refusal through with its code and words', async () => {
    await expectRefusal(extractSourceIsolated(utf8('\n  \n'), 'spaces.txt'), 'spaces.txt', /no readable text/);
    // Refused before any thread is started.
    await expectRefusal(extractSourceIsolated(new Uint8Array(0), 'blank.txt'), 'blank.txt', /the file is empty/);
  }, 60_000);

  it('refuses a file that needs more memory than the heap cap, and the caller carries on', async () => {
    const message = await expectRefusal(extractSourceIsolated(await bigTreeDocx(), 'huge-tables.docx', { heapMb: 96 }), 'huge-tables.docx', /needs more than the 96 MB of memory/);
    expect(message).toMatch(/damaged or malicious file\?/);
    // The same cap reads an ordinary document: the cap, not the thread, refused the big one.
    const ordinary = await extractSourceIsolated(await minimalDocx(['Fine.']), 'fine.docx', { heapMb: 96 });
    expect(ordinary.text).toBe('Fine.');
  }, 120_000);

  it('refuses a file that takes longer than the time limit', async () => {
    const started = performance.now();
    // 100 ms: less than starting a thread and unpacking 3 MB of XML takes on any machine, so the
    // limit (not the machine's speed) decides the outcome.
    await expectRefusal(extractSourceIsolated(await bigTreeDocx(), 'slow.docx', { timeLimitMs: 100 }), 'slow.docx', /took longer than 100 ms/);
    // Stopped at the limit (plus the time to start and stop a thread), not when mammoth finished.
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 120_000);
});
