import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { auditDocx, exportNoteToDocx, readProvenance } from '../../../../electron/core/export';
import { wordChange } from '../../../../shared/audit-change';
import { AuditReport } from '../../../../shared/contract/export';
import type { FactSummary, FactVersion } from '../../../../shared/model';
import { factSummary, factVersion } from '../../../support/facts';
import { fact, paragraph, sampleFacts, sampleNote, sampleResolver, text } from '../../../support/sample-note';

function store(facts: FactSummary[], history: FactSummary[] = facts) {
  const current = new Map(facts.map((f) => [f.id, f]));
  const versions = new Map<string, FactVersion>(history.map((f) => [`${f.id}@${f.version}`, factVersion(f)]));
  return {
    lookup: (id: string) => current.get(id) ?? null,
    getVersion: (id: string, v: number) => versions.get(`${id}@${v}`) ?? null,
  };
}

describe('embedded provenance', () => {
  it('carries every cited fact id, version, footnote and statement as inserted', async () => {
    const docx = await exportNoteToDocx(sampleNote(), sampleResolver, { style: 'chicago', exportedAt: new Date('2026-01-28T08:00:00Z') });
    const provenance = await readProvenance(docx);
    expect(provenance).toMatchObject({ noteId: 'note-sample-1', exportedAt: '2026-01-28T08:00:00.000Z', style: 'chicago' });
    expect(provenance!.facts.map((f) => [f.factId, f.factVersion, f.footnote])).toEqual([
      ['fact-fdi', 1, 1],
      ['fact-trade', 1, 2],
      ['fact-relations', 1, 3],
      ['fact-shift', 1, 4],
      ['fact-standing', 1, 5],
    ]);
    expect(provenance!.facts[3]!.statement).toBe(sampleFacts['fact-shift']!.statement);
  });

  it('survives hostile statements and reads back nothing from a file without it', async () => {
    const note = sampleNote();
    const hostile = 'a <b> & "c" \u0001 \'d\' ]]> Việt 🇻🇳';
    note.content.root.children = [paragraph(text('x'), fact('f-hostile', hostile))];
    const provenance = await readProvenance(await exportNoteToDocx(note, () => null, { style: 'apa' }));
    expect(provenance!.facts[0]!.statement).toBe('a <b> & "c"  \'d\' ]]> Việt 🇻🇳');
    const foreign = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('not ours')] }] }));
    expect(await readProvenance(foreign)).toBeNull();
  });
});

describe('auditDocx', () => {
  it('reports a fact revised since export (with what changed) and one retracted', async () => {
    const atExport = Object.keys(sampleFacts).map((id) => factSummary(id, { statement: sampleFacts[id]!.statement }));
    const docx = await exportNoteToDocx(sampleNote(), sampleResolver, { style: 'chicago' });

    const revised = factSummary('fact-fdi', {
      version: 2,
      statement: 'Disbursed FDI reached a record of about US$27.6 billion in 2025',
      valueLow: 27.6,
      valueHigh: null,
    });
    const retracted = factSummary('fact-trade', { status: 'retracted', statement: sampleFacts['fact-trade']!.statement });
    const now = atExport.map((f) => (f.id === 'fact-fdi' ? revised : f.id === 'fact-trade' ? retracted : f));
    const { lookup, getVersion } = store(now, [...atExport, revised]);

    const report = await auditDocx(docx, lookup, getVersion);
    expect(report.hasProvenance).toBe(true);
    const byId = new Map(report.facts.map((f) => [f.factId, f]));
    expect(byId.get('fact-fdi')).toMatchObject({ status: 'stale', exportedVersion: 1, currentVersion: 2, footnote: 1 });
    expect(byId.get('fact-fdi')!.changes).toEqual([
      { field: 'statement', old: { statement: sampleFacts['fact-fdi']!.statement, language: 'en', translations: {} }, new: { statement: revised.statement, language: 'en', translations: {} } },
      { field: 'value', old: { valueLow: 28, valueHigh: 29, unit: 'billion USD', qualifier: 'about' }, new: { valueLow: 27.6, valueHigh: null, unit: 'billion USD', qualifier: 'about' } },
    ]);
    // Each side words it with the one figure formatter: the CLI in English, the dialog in the interface's language.
    expect(byId.get('fact-fdi')!.changes.map((c) => wordChange(c, 'en'))[1]).toEqual({ old: 'about 28–29 billion USD', new: 'about 27.6 billion USD' });
    expect(AuditReport.parse(report)).toEqual(report);
    expect(byId.get('fact-trade')).toMatchObject({ status: 'retracted', changes: [] });
    expect(report.counts).toEqual({ current: 3, stale: 1, disputed: 0, retracted: 1, unlinked: 0, unverified: 0 });
  });

  it('reports facts the store does not know and disputed ones', async () => {
    const docx = await exportNoteToDocx(sampleNote(), sampleResolver, { style: 'apa' });
    const { lookup, getVersion } = store([factSummary('fact-fdi', { status: 'disputed' })]);
    const report = await auditDocx(docx, lookup, getVersion);
    expect(report.counts).toEqual({ current: 0, stale: 0, disputed: 1, retracted: 0, unlinked: 4, unverified: 0 });
  });
});
