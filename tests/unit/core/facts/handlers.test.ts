import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../../electron/core/api/dispatch';
import { openAppServices, type AppServices } from '../../../../electron/core/app/services';
import { selectorForUniqueQuote } from '../../../../electron/core/facts/anchoring';
import { importTwoSeeds, openTempStore, type TempStore } from '../../../support/temp-store';
import { join } from 'node:path';

let temp: TempStore;
let services: AppServices;
let call: Dispatch;
let vov: string;

beforeEach(() => {
  temp = openTempStore();
  vov = importTwoSeeds(temp.db).vov;
  temp.db.close();
  services = openAppServices({ dataDir: temp.dir, resourcesDir: join(temp.dir, 'none'), version: 'test', transport: 'browser' });
  call = createDispatcher(services.handlers);
});
afterEach(() => {
  services.close();
  temp.close();
});

const fields = {
  statement: 'Disbursed FDI reached about US$28-29 billion in 2025.', metric: 'FDI disbursed', subject: 'Vietnam',
  valueLow: 28, valueHigh: 29, unit: 'USD billion', qualifier: 'about', period: '2025', claimant: null, topics: ['investment'], notes: '',
};

describe('the facts contract, through the dispatcher the app uses', () => {
  it('creates, revises, verifies and reads a fact by version', async () => {
    const selector = selectorForUniqueQuote(vov, 'a record high of about US$28-29 billion');
    const created = await call('facts.create', { fields, evidence: [{ sourceId: 'vov', selector }], by: 'analyst' });
    expect(created.ok).toBe(true);
    const id = created.ok ? (created.result as { id: string }).id : '';
    expect(await call('facts.revise', { id, fields: { ...fields, valueLow: 28.5, valueHigh: null }, reason: 'midpoint', by: 'editor' })).toMatchObject({ ok: true, result: { version: 2 } });
    expect(await call('facts.verify', { id, by: 'checker' })).toMatchObject({ ok: true, result: { status: 'verified', verifiedBy: 'checker' } });
    expect(await call('facts.get', { id, version: 1 })).toMatchObject({ ok: true, result: { version: 1, valueLow: 28, valueHigh: 29, status: 'verified' } });
    expect(await call('facts.status', { ids: [id, 'gone'] })).toMatchObject({ ok: true, result: { facts: [{ id, version: 2 }], missing: ['gone'] } });
    expect(await call('facts.topics', {})).toMatchObject({ ok: true, result: { topics: [{ topic: 'investment', count: 1 }] } });
    expect(await call('sources.get', { id: 'vov' })).toMatchObject({ ok: true, result: { id: 'vov', factCount: 1, text: vov } });
    expect(await call('facts.corroborated', {})).toMatchObject({ ok: true, result: { facts: [] } });
  });

  it('answers a refused verification and a missing reason with the contract\'s error codes', async () => {
    const at = vov.indexOf('international integration');
    const ambiguous = { exact: 'international integration', prefix: '', suffix: '', start: at, end: at + 25 };
    const created = await call('facts.create', { fields, evidence: [{ sourceId: 'vov', selector: ambiguous }], by: 'analyst' });
    const id = created.ok ? (created.result as { id: string }).id : '';
    expect(await call('facts.verify', { id, by: 'checker' })).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(await call('facts.dispute', { id, by: 'checker', reason: '  ' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await call('facts.get', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('facts.search', { query: '((( zzqx' })).toMatchObject({ ok: true, result: { results: [], total: 0 } });
    // No words at all: the most recently updated facts.
    expect(await call('facts.search', { query: '(((' })).toMatchObject({ ok: true, result: { results: [{ id }], total: 1 } });
  });
});
