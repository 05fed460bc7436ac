import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStarterApp, type StarterApp } from '../../../support/starter-services';

let app: StarterApp;
beforeEach(() => {
  app = openStarterApp();
});
afterEach(() => app.close());

describe('the quotes in a source, for the reader\'s highlights', () => {
  it('lists every quote taken from the source in reading order, with its fact, status and place', async () => {
    const vov = await app.call('sources.get', { id: 'src-vov-2026-01-14' });
    const { sourceId, quotes } = await app.call('sources.quotesIn', { sourceId: vov.id });
    expect(sourceId).toBe(vov.id);
    expect(quotes.length).toBe((await app.call('facts.list', { sourceId: vov.id, limit: 200 })).total);
    expect(quotes.map((q) => q.start)).toEqual([...quotes.map((q) => q.start)].sort((a, b) => a! - b!));
    const q4 = quotes.find((q) => q.factId === 'seed-004')!;
    expect(q4).toMatchObject({ evidenceId: 'seed-004.e1', version: 1, status: 'verified', anchor: 'anchored', start: q4.selector.start, end: q4.selector.end });
    expect(q4.statement).toMatch(/Resolution/);
    for (const q of quotes) expect(vov.text.slice(q.start!, q.end!)).toBe(q.selector.exact);
  });

  it('gives where a quote is now when its recorded place is off, and no place when it cannot be told apart', async () => {
    const vov = await app.call('sources.get', { id: 'src-vov-2026-01-14' });
    const exact = 'Politburo Resolution No. 59';
    const at = vov.text.indexOf(exact);
    expect(vov.text.indexOf(exact, at + 1)).toBe(-1);
    await app.call('facts.addEvidence', { id: 'seed-020', evidence: { sourceId: vov.id, selector: { exact, prefix: '', suffix: '', start: 3, end: 3 + exact.length } }, by: 't' });
    const the = vov.text.indexOf('the ');
    await app.call('facts.addEvidence', { id: 'seed-020', evidence: { sourceId: vov.id, selector: { exact: 'the ', prefix: 'x', suffix: 'y', start: the, end: the + 4 } }, by: 't' });
    const { quotes } = await app.call('sources.quotesIn', { sourceId: vov.id });
    const mine = quotes.filter((q) => q.factId === 'seed-020');
    expect(mine.map((q) => [q.anchor, q.start, q.end])).toEqual([
      ['relocated', at, at + exact.length],
      ['ambiguous', null, null],
    ]);
    expect(quotes.at(-1)!.anchor).toBe('ambiguous'); // unplaceable quotes come last
    expect(mine[0]).toMatchObject({ status: 'unverified' });
  });

  it('says so when the source does not exist', async () => {
    expect(await app.refusal('sources.quotesIn', { sourceId: 'nope' })).toMatchObject({ code: 'not_found', message: 'No source with id nope.' });
  });
});
