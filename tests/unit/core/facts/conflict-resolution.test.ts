import type { ConflictGroup } from '../../../../shared/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStarterApp, type StarterApp } from '../../../support/starter-services';
import { storeFingerprint } from '../../../support/store-dump';

let app: StarterApp;
beforeEach(() => {
  app = openStarterApp();
});
afterEach(() => app.close());

const resolution59 = (groups: ConflictGroup[]) => groups.find((g) => g.facts.some((f) => f.id === 'seed-004'));
const reason = 'VOV reports the date from the conference itself; the Bao Tin Tuc date is a later retrospective';

describe('resolving a conflict (the Resolution 59 date: seed-004 vs seed-005)', () => {
  it('verifies the preferred fact and disputes the other, with name, one time and the reason, and the group shows the choice', async () => {
    const before = resolution59((await app.call('facts.conflicts', {})).groups)!;
    expect(before.facts.map((f) => f.id)).toEqual(['seed-005', 'seed-004']);
    expect(before.preferredId).toBeNull();

    const { group } = await app.call('conflicts.resolve', { factIds: ['seed-005', 'seed-004'], preferredId: 'seed-004', by: 'Lan Nguyễn', reason });
    expect(group.preferredId).toBe('seed-004');
    expect(group.facts.map((f) => [f.id, f.status])).toEqual([['seed-005', 'disputed'], ['seed-004', 'verified']]);

    const preferred = await app.call('facts.get', { id: 'seed-004' });
    const other = await app.call('facts.get', { id: 'seed-005' });
    const chosen = preferred.history.at(-1)!;
    expect(chosen).toMatchObject({ status: 'verified', by: 'Lan Nguyễn', reason: `Preferred over seed-005: ${reason}` });
    expect(preferred).toMatchObject({ verifiedBy: 'Lan Nguyễn', verifiedAt: chosen.at });
    expect(other.history.at(-1)).toEqual({ status: 'disputed', by: 'Lan Nguyễn', at: chosen.at, reason: `Preferred seed-004: ${reason}` });
    expect(Date.parse(chosen.at)).toBeGreaterThan(Date.parse('2026-02-01'));

    // The values still differ, so the conflict stays listed, now with its preferred fact.
    expect(resolution59((await app.call('facts.conflicts', {})).groups)!.preferredId).toBe('seed-004');
  });

  it('lets the curator change their mind: preferring the other fact disputes the first', async () => {
    await app.call('conflicts.resolve', { factIds: ['seed-004', 'seed-005'], preferredId: 'seed-004', by: 'Lan', reason: 'first look' });
    const { group } = await app.call('conflicts.resolve', { factIds: ['seed-004', 'seed-005'], preferredId: 'seed-005', by: 'Minh', reason: 'checked the Politburo site' });
    expect(group.preferredId).toBe('seed-005');
    expect(group.facts.map((f) => [f.id, f.status, f.verifiedBy])).toEqual([['seed-005', 'verified', 'Minh'], ['seed-004', 'disputed', null]]);
  });

  it('refuses to prefer a fact whose quote no longer anchors, and changes nothing', async () => {
    const vov = await app.call('sources.get', { id: 'src-vov-2026-01-14' });
    const at = vov.text.indexOf('the ');
    // A quote of a word found all over the source, with context that matches none of them: ambiguous.
    await app.call('facts.addEvidence', {
      id: 'seed-005',
      evidence: { sourceId: vov.id, selector: { exact: 'the ', prefix: 'no such context', suffix: 'anywhere', start: at, end: at + 4 } },
      by: 'tester',
    });
    const fingerprint = storeFingerprint(app.services.db);
    const error = await app.refusal('conflicts.resolve', { factIds: ['seed-004', 'seed-005'], preferredId: 'seed-005', by: 'Lan', reason: 'r' });
    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/^Cannot verify fact seed-005: .*"the " is ambiguous in "Government leader calls/);
    expect(error.message).toMatch(/Nothing was changed\.$/);
    expect(storeFingerprint(app.services.db)).toBe(fingerprint);
  });

  it('refuses when the group changed since it was shown, or the preferred fact is not in it', async () => {
    const stale = await app.refusal('conflicts.resolve', { factIds: ['seed-004', 'seed-005', 'seed-011'], preferredId: 'seed-004', by: 'Lan', reason: 'r' });
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/changed since it was shown \(it now holds seed-005, seed-004\)/);
    const outside = await app.refusal('conflicts.resolve', { factIds: ['seed-004', 'seed-005'], preferredId: 'seed-011', by: 'Lan', reason: 'r' });
    expect(outside.code).toBe('invalid_request');
    const noReason = await app.refusal('conflicts.resolve', { factIds: ['seed-004', 'seed-005'], preferredId: 'seed-004', by: 'Lan', reason: '  ' });
    expect(noReason.code).toBe('invalid_request');
  });

  it('writes everything or nothing: a failure while disputing undoes the verification too', async () => {
    const fingerprint = storeFingerprint(app.services.db);
    // A real SQLite failure half-way (as a full disk would cause), after the verification was written.
    app.services.db.exec(`CREATE TEMP TRIGGER fail_dispute BEFORE INSERT ON fact_status_changes WHEN new.status = 'disputed'
      BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    const error = await app.refusal('conflicts.resolve', { factIds: ['seed-004', 'seed-005'], preferredId: 'seed-004', by: 'Lan', reason: 'r' });
    expect(error.message).toMatch(/simulated failure/);
    app.services.db.exec('DROP TRIGGER temp.fail_dispute');
    expect(storeFingerprint(app.services.db)).toBe(fingerprint);
  });
});

describe('a resolved conflict is closed everywhere (issue 12, item 5)', () => {
  const note = 'sample-decision-note'; // cites seed-004
  const flagsOf = async (id: string) => (await app.call('export.check', { noteId: note })).findings.filter((f) => f.factId === id).map((f) => f.kind);
  const auditOf = async (id: string) => {
    const docx = await app.call('export.docx', { noteId: note, confirmed: true });
    return (await app.call('export.audit', { fileName: docx.fileName, base64: docx.base64 })).facts.find((f) => f.factId === id)!;
  };

  it('preferring the cited fact: listed as resolved with who, when and why; the check, the chips and audit stop flagging it', async () => {
    expect(await flagsOf('seed-004')).toContain('conflicting');
    const { group } = await app.call('conflicts.resolve', { factIds: ['seed-005', 'seed-004'], preferredId: 'seed-004', by: 'Lan Nguyễn', reason });
    expect(group.resolution).toEqual({ preferredId: 'seed-004', by: 'Lan Nguyễn', at: expect.any(String), reason });
    expect(resolution59((await app.call('facts.conflicts', {})).groups)!.resolution?.by).toBe('Lan Nguyễn');

    const { facts } = await app.call('facts.status', { ids: ['seed-004', 'seed-005'] });
    expect(facts.map((f) => [f.id, f.inConflict, f.conflictResolution?.preferredId])).toEqual([
      ['seed-004', false, 'seed-004'],
      ['seed-005', false, 'seed-004'],
    ]);
    expect(await flagsOf('seed-004')).toEqual([]);
    expect(await auditOf('seed-004')).toMatchObject({ status: 'current', conflicted: false, issues: [] });
    // The Facts table's "In conflict" filter agrees: the pair is no longer listed, and is among the rest.
    const inConflict = await app.call('facts.list', { limit: 200, inConflict: true });
    expect(inConflict.facts.map((f) => f.id)).not.toContain('seed-004');
    expect(inConflict.facts.every((f) => f.inConflict)).toBe(true);
    expect(inConflict.total).toBe(inConflict.facts.length);
    const rest = await app.call('facts.list', { limit: 200, inConflict: false });
    expect(rest.facts.map((f) => f.id)).toEqual(expect.arrayContaining(['seed-004', 'seed-005']));
    expect(rest.total + inConflict.total).toBe((await app.call('facts.list', { limit: 200 })).total);
  });

  it('preferring the other fact: the cited one is disputed, says which was preferred, and no longer conflicting', async () => {
    await app.call('conflicts.resolve', { factIds: ['seed-005', 'seed-004'], preferredId: 'seed-005', by: 'Minh', reason: 'checked the Politburo site' });
    expect(await flagsOf('seed-004')).toEqual(['disputed']);
    const cited = (await app.call('facts.status', { ids: ['seed-004'] })).facts[0]!;
    expect(cited.conflictResolution).toMatchObject({ preferredId: 'seed-005', by: 'Minh', reason: 'checked the Politburo site' });
    expect(cited.inConflict).toBe(false);
  });

  it('reopens when the fact set aside is verified again, keeping the earlier choice on show', async () => {
    await app.call('conflicts.resolve', { factIds: ['seed-005', 'seed-004'], preferredId: 'seed-004', by: 'Lan', reason: 'first look' });
    await app.call('facts.verify', { id: 'seed-005', by: 'Minh' });
    const group = resolution59((await app.call('facts.conflicts', {})).groups)!;
    expect(group).toMatchObject({ preferredId: 'seed-004', resolution: null });
    expect(group.facts.every((f) => f.inConflict && f.conflictResolution === null)).toBe(true);
    expect(await flagsOf('seed-004')).toContain('conflicting');
  });
});
