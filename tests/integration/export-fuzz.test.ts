/**
 * Fuzz: 200 generated notes full of hostile text (every C0 control, lone surrogates,
 * U+FFFE/U+FFFF, right-to-left text, emoji, zero-width characters, 10,000-character
 * paragraphs, XML metacharacters) exported and every one opened by LibreOffice. Word is
 * stricter than LibreOffice about XML 1.0 (docx #345), so every XML part is also checked for
 * characters XML forbids.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportNoteToDocx, type CitedFactSources } from '../../electron/core/export';
import type { SerializedNode, StoredNote } from '../../shared/note-format';
import { pdfText } from '../support/libreoffice';

const noteCount = 200;
const batches = 4;

/** Small deterministic PRNG (mulberry32), so a failing note can be regenerated from its number. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const c0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const hostilePieces = [
  c0,
  '\u000c',
  '\ud800',
  '\udfff',
  'x\udc00y',
  '\ufffe\uffff',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202eRTL override\u202c',
  '\u200f\u200e',
  '👩🏽‍💻🇻🇳🏳️‍🌈',
  '\u200b\u200c\u200d\ufeff',
  'Thủ tướng Phạm Minh Chính',
  'Nguyễn Thị Hằng'.normalize('NFD'),
  '<w:p>&amp;</w:p> ]]> "\' &',
  '\t\r\n',
  '\u0085\u2028\u2029',
  'e\u0301\u0302\u0303',
  '{{PAGE}} %1 $& \\',
];

function hostileText(rand: () => number, maxPieces = 6): string {
  let out = '';
  const n = 1 + Math.floor(rand() * maxPieces);
  for (let i = 0; i < n; i++) out += hostilePieces[Math.floor(rand() * hostilePieces.length)]! + (rand() < 0.5 ? ' word ' : '');
  return out;
}

function textNode(rand: () => number, long = false): SerializedNode {
  const text = long ? hostileText(rand, 3) + 'lorem ipsum '.repeat(834) : hostileText(rand);
  return { type: 'text', version: 1, text, format: Math.floor(rand() * 128), detail: 0, mode: 'normal', style: '' };
}

function inline(rand: () => number, n: number, facts: string[]): SerializedNode[] {
  const nodes: SerializedNode[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.2) {
      const factId = rand() < 0.1 ? hostileText(rand, 2) || 'f' : `fact-${Math.floor(rand() * 8)}`;
      facts.push(factId);
      nodes.push({ type: 'fact', version: 1, factId, factVersion: 1 + Math.floor(rand() * 3), text: hostileText(rand) });
    } else if (r < 0.25) nodes.push({ type: 'linebreak', version: 1 });
    else nodes.push(textNode(rand, rand() < 0.02));
  }
  return nodes;
}

function list(rand: () => number, depth: number, facts: string[]): SerializedNode {
  const items: SerializedNode[] = [];
  const n = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    const nested = depth < 10 && rand() < 0.3 ? [list(rand, depth + 1, facts)] : [];
    items.push({ type: 'listitem', version: 1, value: i + 1, children: [...inline(rand, 2, facts), ...nested] });
  }
  return { type: 'list', version: 1, listType: rand() < 0.5 ? 'bullet' : 'number', start: 1, children: items };
}

function fuzzNote(n: number): { note: StoredNote; facts: string[] } {
  const rand = random(n + 1);
  const facts: string[] = [];
  const children: SerializedNode[] = [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: `FUZZ-NOTE-${n}`, format: 0 }] }];
  const blocks = 3 + Math.floor(rand() * 12);
  for (let i = 0; i < blocks; i++) {
    const r = rand();
    if (r < 0.15) children.push({ type: 'heading', version: 1, tag: `h${1 + Math.floor(rand() * 6)}`, children: inline(rand, 2, facts) });
    else if (r < 0.3) children.push(list(rand, 0, facts));
    else if (r < 0.4) children.push({ type: 'quote', version: 1, children: inline(rand, 3, facts) });
    else if (r < 0.45) children.push({ type: 'mystery-block', version: 1, children: inline(rand, 2, facts) });
    else children.push({ type: 'paragraph', version: 1, format: ['', 'center', 'justify', 'bogus'][Math.floor(rand() * 4)], children: inline(rand, 5, facts) });
  }
  // Every tenth note carries a 10,000-character paragraph for sure.
  if (n % 10 === 0) children.push({ type: 'paragraph', version: 1, children: [textNode(rand, true)] });
  const h = () => hostileText(rand, 3);
  return {
    facts,
    note: {
      id: `fuzz-${n}-${h()}`,
      formatVersion: 1,
      templateId: 'information',
      createdAt: rand() < 0.5 ? '2026-01-01T00:00:00Z' : h(),
      updatedAt: h(),
      metadata: {
        title: h(),
        classification: rand() < 0.2 ? '' : h(),
        trackingNumber: h(),
        date: h(),
        to: h(),
        through: h(),
        from: h(),
        type: h(),
        drafter: h(),
        contact: h(),
        approvers: h(),
        consultations: h(),
        language: 'en',
        profileId: '',
      },
      content: { root: { type: 'root', version: 1, children } },
    },
  };
}

function hostileResolver(n: number) {
  const rand = random(10_000 + n);
  return (factId: string): CitedFactSources | null => {
    if (rand() < 0.15) return null;
    const h = () => hostileText(rand, 3);
    return {
      quote: rand() < 0.2 ? null : h(),
      sources: [
        {
          id: `src-${factId.length % 3}`,
          title: h() || 'untitled',
          publisher: rand() < 0.4 ? null : h(),
          authors: rand() < 0.5 ? [] : [h(), h()],
          published: rand() < 0.4 ? null : '2026-01-14',
          url: rand() < 0.5 ? null : `https://example.org/${h()}`,
          accessed: null,
        },
      ],
    };
  };
}

// XML 1.0 Char production, negated: what must never reach a part Word parses.
// eslint-disable-next-line no-control-regex
const forbiddenInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const run = promisify(execFile);

describe('export fuzz', () => {
  it(`exports ${noteCount} hostile notes that LibreOffice opens, with only XML 1.0 characters inside`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-fuzz-'));
    const files: string[] = [];
    for (let n = 0; n < noteCount; n++) {
      const { note } = fuzzNote(n);
      const docx = await exportNoteToDocx(note, hostileResolver(n), { style: n % 2 ? 'apa' : 'chicago' });
      const zip = await JSZip.loadAsync(docx);
      for (const name of Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f))) {
        const xml = await zip.file(name)!.async('string');
        expect(forbiddenInXml.test(xml), `note ${n}, ${name}`).toBe(false);
      }
      const path = join(dir, `fuzz-${String(n).padStart(3, '0')}.docx`);
      writeFileSync(path, docx);
      files.push(path);
    }

    // A few soffice runs with many files each (start-up costs seconds), two at a time, each with its own profile.
    const size = Math.ceil(files.length / batches);
    const groups = Array.from({ length: batches }, (_, i) => files.slice(i * size, (i + 1) * size));
    const convert = async (group: string[], i: number) => {
      const profile = mkdtempSync(join(tmpdir(), `lo-fuzz-${i}-`));
      try {
        await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...group], {
          timeout: 240_000,
        });
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    };
    for (let i = 0; i < groups.length; i += 2) await Promise.all(groups.slice(i, i + 2).map((g, j) => convert(g, i + j)));

    const unopened = files.filter((f) => {
      const pdf = f.replace(/\.docx$/, '.pdf');
      return !existsSync(pdf) || statSync(pdf).size === 0;
    });
    expect(unopened).toEqual([]);
    // The body made it through, not just an empty page.
    for (const [n, f] of files.entries()) expect(pdfText(f.replace(/\.docx$/, '.pdf'))).toContain(`FUZZ-NOTE-${n}`);
    rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});
