import { describe, expect, it } from 'vitest';
import { preExportCheck } from '../../../../electron/core/export';
import type { FactSummary } from '../../../../shared/model';
import { factSummary } from '../../../support/facts';
import { fact, paragraph, sampleFacts, sampleNote, text } from '../../../support/sample-note';

const allVerified = () => new Map(Object.keys(sampleFacts).map((id) => [id, factSummary(id)] as [string, FactSummary]));

describe('preExportCheck', () => {
  it('finds nothing to report in a complete note citing verified, current facts', () => {
    const result = preExportCheck(sampleNote(), allVerified());
    expect(result.findings).toEqual([]);
    expect(result.blocked).toBe(false);
    expect(result.wordCount).toBeGreaterThan(100);
  });

  it('blocks on a retracted fact and a phantom citation, and warns on unverified, disputed, stale and conflicting ones', () => {
    const facts = allVerified();
    facts.set('fact-fdi', factSummary('fact-fdi', { status: 'retracted' }));
    facts.set('fact-trade', factSummary('fact-trade', { status: 'unverified' }));
    facts.set('fact-relations', factSummary('fact-relations', { status: 'disputed', inConflict: true }));
    facts.set('fact-standing', factSummary('fact-standing', { version: 3, statement: 'the newer statement' }));
    facts.delete('fact-shift');
    const result = preExportCheck(sampleNote(), facts);
    const kinds = result.findings.map((f) => [f.kind, f.factId, f.severity]);
    expect(kinds).toEqual([
      ['retracted', 'fact-fdi', 'blocker'],
      ['unverified', 'fact-trade', 'warning'],
      ['disputed', 'fact-relations', 'warning'],
      ['conflicting', 'fact-relations', 'warning'],
      ['unlinked', 'fact-shift', 'blocker'],
      ['stale', 'fact-standing', 'warning'],
    ]);
    expect(result.blocked).toBe(true);
    expect(result.findings.find((f) => f.kind === 'stale')!.message).toContain('version 3: “the newer statement”');
  });

  it('blocks a chip citing a version the fact never had (issue 13: phantom citations), and says how to fix it', () => {
    const facts = allVerified();
    const note = sampleNote();
    note.content.root.children.push(paragraph(fact('fact-trade', 'A version from nowhere', 7)));
    const result = preExportCheck(note, facts);
    expect(result.findings.map((f) => [f.kind, f.factId, f.factVersion, f.severity])).toEqual([['unlinked', 'fact-trade', 7, 'blocker']]);
    expect(result.findings[0]!.message).toMatch(/version 7 of a fact whose newest version is 1.*relink it or remove it/);
    expect(result.blocked).toBe(true);
  });

  it('reports a missing classification and missing metadata', () => {
    const result = preExportCheck(sampleNote({ classification: '', to: '', trackingNumber: ' ' }), allVerified());
    expect(result.findings.map((f) => [f.kind, f.field])).toEqual([
      ['missing-classification', 'classification'],
      ['missing-metadata', 'to'],
      ['missing-metadata', 'trackingNumber'],
    ]);
    expect(result.blocked).toBe(false);
  });

  it('flags a marking that is not a standard one', () => {
    const result = preExportCheck(sampleNote({ classification: 'SORT OF SECRET' }), allVerified());
    expect(result.findings.map((f) => f.kind)).toEqual(['unusual-classification']);
  });

  it('reads the marking rule from the profile: a Decree 30 note is unmarked unless secret, and MẬT is one of its marks', () => {
    const decree30 = { language: 'vi' as const, profileId: 'vn-decree30-to-trinh' };
    const marking = (metadata: Parameters<typeof sampleNote>[0]) => preExportCheck(sampleNote(metadata), allVerified()).findings.filter((f) => f.field === 'classification');
    expect(marking({ ...decree30, classification: '' })).toEqual([]);
    expect(marking({ ...decree30, classification: 'MẬT' })).toEqual([]);
    const unusual = marking({ ...decree30, classification: 'PROTECTED B' });
    expect(unusual.map((f) => f.kind)).toEqual(['unusual-classification']);
    expect(unusual[0]!.message).toContain('MẬT, TỐI MẬT, TUYỆT MẬT');
    // The international briefing note still needs one.
    expect(marking({ classification: '' }).map((f) => f.kind)).toEqual(['missing-classification']);
  });

  it('warns when the note runs past about two pages', () => {
    const note = sampleNote();
    note.content.root.children.push(paragraph(text('word '.repeat(1200)), fact('fact-fdi', 'four more words here')));
    const result = preExportCheck(note, allVerified());
    expect(result.findings.map((f) => f.kind)).toEqual(['too-long']);
    expect(result.findings[0]!.message).toContain(`about ${result.pageEstimate} pages (${result.wordCount.toLocaleString('en')} words`);
    expect(result.pageEstimate).toBeGreaterThan(2);
  });
});
