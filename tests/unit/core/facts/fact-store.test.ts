import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/errors';
import type { FactFields } from '../../../../shared/model';
import { selectorForUniqueQuote } from '../../../../electron/core/facts/anchoring';
import { createFactStore, type FactStore } from '../../../../electron/core/facts/fact-store';
import { importTwoSeeds, openTempStore, seedText, vnsFile, type TempStore } from '../../../support/temp-store';

let store: TempStore;
let facts: FactStore;
let vov: string;
let tick = 0;
const clock = () => `2026-02-01T00:00:${String(tick++).padStart(2, '0')}.000Z`;

beforeEach(() => {
  tick = 0;
  store = openTempStore();
  vov = importTwoSeeds(store.db).vov;
  facts = createFactStore(store.db, { now: clock });
});
afterEach(() => store.close());

const fdi: FactFields = {
  statement: 'Disbursed FDI reached a record of about US$28-29 billion in 2025.',
  metric: 'FDI disbursed', subject: 'Vietnam', valueLow: 28, valueHigh: 29, unit: 'USD billion',
  qualifier: 'about', period: '2025', claimant: 'Pham Minh Chinh', topics: ['investment', 'fdi'], notes: '',
};
const quote = () => ({ sourceId: 'vov', selector: selectorForUniqueQuote(vov, 'a record high of about US$28-29 billion') });

function refusal(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('creating a fact', () => {
  it('stores version 1, unverified, with its quote anchored and a history row', () => {
    const fact = facts.createFact({ id: 'fdi', fields: fdi, evidence: [quote()], by: 'analyst' });
    expect(fact).toMatchObject({ id: 'fdi', version: 1, status: 'unverified', verifiedBy: null, corroborated: false, inConflict: false });
    expect(fact.evidence).toHaveLength(1);
    expect(fact.evidence[0]).toMatchObject({ sourceId: 'vov', anchor: 'anchored', sourceTitle: expect.stringMatching(/Government leader/) });
    expect(fact.history).toEqual([{ status: 'unverified', by: 'analyst', at: '2026-02-01T00:00:00.000Z', reason: 'created' }]);
    expect(fact.sources.map((s) => s.id)).toEqual(['vov']);
    expect(fact.quote).toBe('a record high of about US$28-29 billion');
  });

  it('generates an id when none is given, and refuses a duplicate id', () => {
    const fact = facts.createFact({ fields: fdi, evidence: [quote()], by: 'analyst' });
    expect(fact.id).toMatch(/^f_[0-9a-f]{16}$/);
    expect(refusal(() => facts.createFact({ id: fact.id, fields: fdi, evidence: [quote()], by: 'a' })).code).toBe('conflict');
  });

  it('refuses evidence from an unknown source and leaves nothing behind', () => {
    const error = refusal(() => facts.createFact({ id: 'x', fields: fdi, evidence: [{ ...quote(), sourceId: 'nope' }], by: 'a' }));
    expect(error.code).toBe('not_found');
    expect(refusal(() => facts.getFact('x')).code).toBe('not_found');
  });

  it('refuses a range whose high value is below its low value', () => {
    expect(refusal(() => facts.createFact({ fields: { ...fdi, valueLow: 29, valueHigh: 28 }, evidence: [quote()], by: 'a' })).code).toBe('invalid_request');
  });
});

describe('revising a fact', () => {
  it('writes a new version with its reason; the old version stays readable', () => {
    facts.createFact({ id: 'fdi', fields: fdi, evidence: [quote()], by: 'analyst' });
    const revised = facts.reviseFact({ id: 'fdi', fields: { ...fdi, statement: 'FDI disbursed hit US$28-29 billion in 2025.' }, reason: 'shorter', by: 'editor' });
    expect(revised.version).toBe(2);
    expect(revised.statement).toBe('FDI disbursed hit US$28-29 billion in 2025.');
    expect(revised.versions.map((v) => [v.version, v.reason, v.createdBy])).toEqual([[1, 'created', 'analyst'], [2, 'shorter', 'editor']]);
    const old = facts.getFact('fdi', 1);
    expect(old.version).toBe(1);
    expect(old.statement).toBe(fdi.statement);
    expect(refusal(() => facts.getFact('fdi', 3)).code).toBe('not_found');
  });

  it('asks for verification again when verified content changes', () => {
    facts.createFact({ id: 'fdi', fields: fdi, evidence: [quote()], by: 'analyst' });
    facts.verifyFact({ id: 'fdi', by: 'checker' });
    const revised = facts.reviseFact({ id: 'fdi', fields: { ...fdi, valueLow: 28.5, valueHigh: null }, reason: 'new figure', by: 'editor' });
    expect(revised.status).toBe('unverified');
    expect(revised.verifiedBy).toBeNull();
    expect(revised.history.map((h) => h.status)).toEqual(['unverified', 'verified', 'unverified']);
  });
});

describe('verifying, disputing, retracting', () => {
  it('records who verified and when', () => {
    facts.createFact({ id: 'fdi', fields: fdi, evidence: [quote()], by: 'analyst' });
    const verified = facts.verifyFact({ id: 'fdi', by: 'checker' });
    expect(verified).toMatchObject({ status: 'verified', verifiedBy: 'checker', verifiedAt: '2026-02-01T00:00:01.000Z' });
    const disputed = facts.disputeFact({ id: 'fdi', by: 'reviewer', reason: 'VNS says "around"' });
    expect(disputed).toMatchObject({ status: 'disputed', verifiedBy: null });
    const retracted = facts.retractFact({ id: 'fdi', by: 'reviewer', reason: 'withdrawn' });
    expect(retracted.history.map((h) => [h.status, h.by, h.reason])).toEqual([
      ['unverified', 'analyst', 'created'],
      ['verified', 'checker', 'verified against its sources'],
      ['disputed', 'reviewer', 'VNS says "around"'],
      ['retracted', 'reviewer', 'withdrawn'],
    ]);
    expect(refusal(() => facts.verifyFact({ id: 'fdi', by: 'checker' })).code).toBe('refused');
    expect(refusal(() => facts.reviseFact({ id: 'fdi', fields: fdi, reason: 'r', by: 'e' })).code).toBe('refused');
  });

  it('refuses to verify while a quote is ambiguous or orphaned, naming it', () => {
    const at = vov.indexOf('international integration');
    const ambiguous = { sourceId: 'vov', selector: { exact: 'international integration', prefix: '', suffix: '', start: at, end: at + 25 } };
    facts.createFact({ id: 'vague', fields: fdi, evidence: [quote(), ambiguous], by: 'analyst' });
    const error = refusal(() => facts.verifyFact({ id: 'vague', by: 'checker' }));
    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/"international integration" is ambiguous/);
    expect(facts.getFact('vague').status).toBe('unverified');

    const orphan = { sourceId: 'vov', selector: { exact: 'US$99 billion', prefix: '', suffix: '', start: 0, end: 13 } };
    facts.createFact({ id: 'lost', fields: fdi, evidence: [orphan], by: 'analyst' });
    expect(facts.getFact('lost').evidence[0]!.anchor).toBe('orphan');
    expect(refusal(() => facts.verifyFact({ id: 'lost', by: 'checker' })).message).toMatch(/is orphan/);
  });

  it('verifies a fact whose quote moved (relocated)', () => {
    const moved = quote();
    facts.createFact({ id: 'moved', fields: fdi, evidence: [{ ...moved, selector: { ...moved.selector, start: 0, end: moved.selector.exact.length } }], by: 'a' });
    expect(facts.getFact('moved').evidence[0]!.anchor).toBe('relocated');
    expect(facts.verifyFact({ id: 'moved', by: 'checker' }).status).toBe('verified');
  });
});

describe('adding evidence', () => {
  it('adds a quote from a second source, which corroborates the fact', () => {
    const vns = seedText(vnsFile);
    facts.createFact({ id: 'fdi', fields: fdi, evidence: [quote()], by: 'analyst' });
    const more = facts.addEvidence({ id: 'fdi', evidence: { sourceId: 'vns', selector: selectorForUniqueQuote(vns, 'a historic high of around $28–29 billion') }, by: 'analyst' });
    expect(more.evidence.map((e) => [e.id, e.sourceId, e.anchor])).toEqual([['fdi.e1', 'vov', 'anchored'], ['fdi.e2', 'vns', 'anchored']]);
    expect(more.corroborated).toBe(true);
    expect(more.sources.map((s) => s.id)).toEqual(['vov', 'vns']);
  });

  it('will not give a verified fact a quote that cannot be found', () => {
    facts.createFact({ id: 'fdi', fields: fdi, evidence: [quote()], by: 'analyst' });
    facts.verifyFact({ id: 'fdi', by: 'checker' });
    const orphan = { sourceId: 'vov', selector: { exact: 'US$99 billion', prefix: '', suffix: '', start: 0, end: 13 } };
    expect(refusal(() => facts.addEvidence({ id: 'fdi', evidence: orphan, by: 'a' })).code).toBe('refused');
    expect(facts.getFact('fdi').evidence).toHaveLength(1);
  });
});
