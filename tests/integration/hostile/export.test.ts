/**
 * Notes holding every hostile string (body, fact chips, every metadata field), exported
 * through the API's `export.docx` and the CLI, then opened by LibreOffice in one batch. Every
 * file must convert, every XML part must hold only characters XML 1.0 allows, and the file
 * name offered for saving must be safe on every platform.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxParagraphCharacters } from '../../../electron/core/export/blocks';
import type { NoteMetadata, SerializedNode, StoredNote } from '../../../shared/note-format';
import { fit, hostileStrings, type HostileString } from '../../fixtures/hostile/strings';
import { xssPayloads } from '../../fixtures/hostile/xss';
import { convertToPdf, pdfText } from '../../support/libreoffice';
import { content, fact, heading, paragraph, text } from '../../support/note-content';
import { openHostileStore, storeHealth, type HostileStore } from '../../support/hostile';

let store: HostileStore;
let outDir: string;
beforeAll(() => {
  store = openHostileStore();
  outDir = mkdtempSync(join(tmpdir(), 'briefing-hostile-export-'));
});
afterAll(() => {
  store.close();
  rmSync(outDir, { recursive: true, force: true });
});

async function ok<T>(method: string, payload: unknown): Promise<T> {
  const envelope = await store.dispatch(method, payload);
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error).slice(0, 400)}`);
  return envelope.result as T;
}

const limits: Record<Exclude<keyof NoteMetadata, 'language'>, number> = {
  title: 500, classification: 100, trackingNumber: 100, date: 40, to: 500, through: 500, from: 500,
  type: 100, drafter: 200, contact: 200, approvers: 1000, consultations: 2000, profileId: 100,
  place: 200, urgency: 100, signerTitle: 500, signerName: 200, recipients: 2000,
};

/** A note whose metadata fields take the group's strings in turn and whose body holds each one. */
async function noteWith(group: HostileString[]): Promise<StoredNote> {
  const created = await ok<StoredNote>('notes.create', { templateId: 'decision' });
  const keys = Object.keys(limits) as (keyof typeof limits)[];
  const metadata: NoteMetadata = {
    ...(Object.fromEntries(keys.map((key, i) => [key, fit(group[i % group.length]!.value, limits[key])])) as Omit<NoteMetadata, 'language'>),
    language: 'en',
  };
  const body: SerializedNode[] = group.flatMap((s, i) => [
    heading(fit(s.value, 1000)),
    paragraph(text(s.value), fact(i % 2 === 0 ? 'mini-001' : 'mini-002', fit(s.value, 5000)), text(' after the chip.')),
  ]);
  await ok('notes.save', { id: created.id, metadata, content: content(...body), baseUpdatedAt: created.updatedAt, snapshot: true });
  return created;
}

const everything: HostileString[] = [...hostileStrings, ...xssPayloads];
// The 1 MB string would make a 300-page PDF and minutes of LibreOffice time: it is exported
// and its XML checked on its own below; everything else goes through LibreOffice.
const converted = everything.filter((s) => !s.large);
const groups: HostileString[][] = [];
for (let i = 0; i < converted.length; i += 12) groups.push(converted.slice(i, i + 12));

async function expectValidXmlParts(bytes: Buffer, label: string) {
  const zip = await JSZip.loadAsync(bytes);
  for (const part of Object.values(zip.files)) {
    if (!part.name.endsWith('.xml') && !part.name.endsWith('.rels')) continue;
    expect(await part.async('string'), `${part.name} of ${label}`).not.toMatch(forbiddenInXml);
  }
}

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
const forbiddenInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const windowsReserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

function expectSafeFileName(name: string) {
  expect(name).toMatch(/\.docx$/);
  expect(name).not.toMatch(/[/\\<>:"|?*]/);
  expect(name).not.toMatch(forbiddenInXml);
  expect(name).not.toMatch(/^[.\s]/);
  expect(name.replace(/\.docx$/, '')).not.toMatch(windowsReserved);
  // Linux and macOS allow 255 bytes per name.
  expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(255);
}

describe('export of hostile notes', () => {
  const docxFiles: string[] = [];

  it(`exports ${groups.length} notes holding all ${converted.length} hostile strings, each XML part valid`, async () => {
    for (const [i, group] of groups.entries()) {
      const note = await noteWith(group);
      const exported = await ok<{ fileName: string; base64: string }>('export.docx', { noteId: note.id, confirmed: true });
      expectSafeFileName(exported.fileName);
      const bytes = Buffer.from(exported.base64, 'base64');
      await expectValidXmlParts(bytes, `group ${i}`);
      const file = join(outDir, `hostile-${String(i).padStart(2, '0')}.docx`);
      writeFileSync(file, bytes);
      docxFiles.push(file);
    }
  });

  it('the 10,000-character string exports with valid XML; the 1 MB paragraph is refused, naming it', async () => {
    const note = await noteWith(everything.filter((s) => s.large && s.value.length <= maxParagraphCharacters));
    const exported = await ok<{ base64: string }>('export.docx', { noteId: note.id, confirmed: true });
    await expectValidXmlParts(Buffer.from(exported.base64, 'base64'), 'the large strings');

    const huge = await noteWith(everything.filter((s) => s.name === '1 MB string'));
    const refused = await store.dispatch('export.docx', { noteId: huge.id, confirmed: true });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('refused');
      expect(refused.error.message).toMatch(/^A paragraph of this note is 1,0\d\d,\d{3} characters long \(it starts “Lorem ipsum dolor sit amet, 28 tỷ USD\.[^”]*…”\)\. Word and LibreOffice take minutes or fail to open a paragraph of more than 100,000 characters: break it into shorter paragraphs and export again\.$/);
    }
  });

  it('a paragraph at the limit (100,000 characters, in one run) opens in LibreOffice, all of it', async () => {
    const created = await ok<StoredNote>('notes.create', { templateId: 'information' });
    const words = 'Kim ngạch xuất khẩu đạt 28 tỷ USD, ';
    const long = (words.repeat(Math.ceil(maxParagraphCharacters / words.length)).slice(0, maxParagraphCharacters - 3) + 'END').trim();
    expect(long.length).toBe(maxParagraphCharacters);
    await ok('notes.save', { id: created.id, metadata: created.metadata, content: content(paragraph(text(long))), baseUpdatedAt: created.updatedAt, snapshot: true });
    const exported = await ok<{ base64: string }>('export.docx', { noteId: created.id, confirmed: true });
    const file = join(outDir, 'paragraph-at-limit.docx');
    writeFileSync(file, Buffer.from(exported.base64, 'base64'));
    const [pdf] = convertToPdf([file], outDir, 240_000);
    const shown = pdfText(pdf!).replace(/\s+/g, '');
    // The last characters, then the last page's footer: nothing was cut.
    expect(/ENDPage(\d+)of\1/.test(shown)).toBe(true);
    // Every phrase is there but for one cut by each page's header and footer.
    const phrases = long.split('Kim ngạch').length - 1;
    expect(shown.split('Kimngạch').length - 1).toBeGreaterThan(phrases - 30);
  }, 300_000);

  it('every exported file opens in LibreOffice, with the markup shown as text', () => {
    expect(docxFiles.length).toBe(groups.length);
    const pdfs = convertToPdf(docxFiles, outDir, 540_000);
    for (const pdf of pdfs) {
      expect(existsSync(pdf), pdf).toBe(true);
      expect(statSync(pdf).size).toBeGreaterThan(1000);
    }
    const all = pdfs.map(pdfText).join('\n');
    expect(all).toContain('Thủ tướng Phạm Minh Chính');
    expect(all).toContain('DROP TABLE facts');
    expect(all).toContain('<script>globalThis.__xss=1</script>');
  }, 600_000);

  it('the offered file name is safe for every hostile title', async () => {
    const created = await ok<StoredNote>('notes.create', { templateId: 'information' });
    const titles = [...everything.map((s) => fit(s.value, 500)), 'CON', 'nul.txt', 'com1', '.hidden', '...', '中'.repeat(500), '😀'.repeat(250), 'a'.repeat(119) + '😀'];
    let updatedAt = created.updatedAt;
    for (const title of titles) {
      const saved = await ok<{ updatedAt: string }>('notes.save', { id: created.id, metadata: { ...created.metadata, title }, content: created.content, baseUpdatedAt: updatedAt });
      updatedAt = saved.updatedAt;
      const exported = await ok<{ fileName: string }>('export.docx', { noteId: created.id, confirmed: true });
      expectSafeFileName(exported.fileName);
      // The name can really be used to save the file here.
      writeFileSync(join(outDir, exported.fileName), 'x');
    }
  });

  it('briefing export writes a hostile note where --out says, and nowhere else', async () => {
    const note = await noteWith(hostileStrings.slice(0, 12));
    const out = join(outDir, 'cli', 'note.docx');
    execFileSync('mkdir', ['-p', join(outDir, 'cli')]);
    const result = await store.cli('export', note.id, '--out', out);
    expect(result.stderr.replace(/^.*\n/gm, (l) => (l.startsWith('briefing:') ? l : ''))).toBe('');
    expect(result.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(1000);
  });
});

describe('the store after every hostile export', () => {
  it('passes integrity_check and foreign_key_check', () => {
    expect(storeHealth(store.dataDir)).toEqual({ integrity: 'ok', foreignKeyProblems: [] });
  });
});
