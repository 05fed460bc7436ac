import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statementSegments } from '../../../../electron/core/facts/fact-diff';
import { fieldsOf } from '../../../support/fact-fields';
import { openStarterApp, type StarterApp } from '../../../support/starter-services';

let app: StarterApp;
beforeEach(() => {
  app = openStarterApp();
});
afterEach(() => app.close());

const join = (segments: { text: string; change: string }[], keep: string) => segments.filter((s) => s.change === 'same' || s.change === keep).map((s) => s.text).join('');

describe('the difference between two versions of a fact', () => {
  it('shows the statement word by word and every other field that changed, in either direction', async () => {
    const v1 = await app.call('facts.get', { id: 'seed-011' });
    const statement = `${v1.statement.replace(/\.$/, '')}, according to the customs office.`;
    await app.call('facts.revise', {
      id: 'seed-011',
      fields: { ...fieldsOf(v1), statement, valueLow: (v1.valueLow ?? 0) + 1, topics: [...v1.topics, 'customs'] },
      reason: 'figure corrected',
      by: 'Lan',
    });
    const diff = await app.call('facts.diff', { id: 'seed-011', from: 1, to: 2 });
    expect(diff.from.version).toBe(1);
    expect(diff.to).toMatchObject({ version: 2, reason: 'figure corrected', createdBy: 'Lan' });
    expect(join(diff.statement, 'removed')).toBe(v1.statement);
    expect(join(diff.statement, 'added')).toBe(statement);
    expect(diff.statement.filter((s) => s.change === 'added').map((s) => s.text.trim()).join(' ')).toMatch(/according to the customs office/);
    expect(diff.changes.map((c) => c.field)).toEqual(['statement', 'valueLow', 'topics']);
    expect(diff.changes.find((c) => c.field === 'valueLow')).toEqual({ field: 'valueLow', before: v1.valueLow, after: (v1.valueLow ?? 0) + 1 });
    expect(diff.changes.find((c) => c.field === 'topics')!.after).toEqual([...v1.topics, 'customs']);

    const back = await app.call('facts.diff', { id: 'seed-011', from: 2, to: 1 });
    expect(back.changes.find((c) => c.field === 'valueLow')).toEqual({ field: 'valueLow', before: (v1.valueLow ?? 0) + 1, after: v1.valueLow });
    const same = await app.call('facts.diff', { id: 'seed-011', from: 2, to: 2 });
    expect(same.changes).toEqual([]);
    expect(same.statement).toEqual([{ text: statement, change: 'same' }]);
  });

  it('says clearly when a fact or a version does not exist', async () => {
    const missing = await app.refusal('facts.diff', { id: 'seed-011', from: 1, to: 3 });
    expect(missing).toMatchObject({ code: 'not_found', message: 'Fact seed-011 has no version 3; its versions are 1 to 1.' });
    expect((await app.refusal('facts.diff', { id: 'nope', from: 1, to: 1 })).code).toBe('not_found');
  });

  it('marks only the words that changed', () => {
    expect(statementSegments('Exports rose 5% in 2025.', 'Exports rose 7% in 2025.')).toEqual([
      { text: 'Exports rose ', change: 'same' },
      { text: '5', change: 'removed' },
      { text: '7', change: 'added' },
      { text: '% in 2025.', change: 'same' },
    ]);
  });
});
