// @vitest-environment jsdom
/**
 * The department where the user sees it (issue 16), over a faked preload bridge: the status
 * bar's sync state follows the back end's events and opens Settings; the Conflicts view's
 * diverged list shows both versions and keeping one is a revision through the facts service.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppEventName, BriefingBridge } from '../../../../../shared/api';
import type { DepartmentState } from '../../../../../shared/contract/department';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const calls: { method: string; request: unknown }[] = [];
const appListeners = new Set<(event: AppEventName) => void>();
let state: DepartmentState;
const base: DepartmentState = {
  state: 'synced', url: 'postgres://dana@db.example:5432/dept', role: 'dana', waiting: 0, refused: 0, lastSyncAt: new Date(Date.now() - 2 * 60_000 - 5000).toISOString(),
  offlineReason: null, passwordStorage: 'safeStorage', passwordKept: true, diverged: [],
};
const fields = {
  statement: '', metric: 'exports growth', subject: 'Vietnam', valueLow: 14, valueHigh: null, unit: '%', qualifier: null, period: '2025', claimant: null, topics: [], notes: '',
};
const answers: Record<string, (request: unknown) => unknown> = {
  'department.status': () => state,
  'facts.get': (r) => ({ ...fields, statement: `statement of version ${(r as { version: number }).version}`, id: 'f-1', status: 'unverified' }),
  'facts.revise': () => ({ ...fields, id: 'f-1', version: 4 }),
};

beforeAll(async () => {
  window.briefing = {
    api: new Proxy({}, {
      get: (_target, method: string) => async (request: unknown) => {
        calls.push({ method, request });
        return { ok: true, result: answers[method]!(request) };
      },
    }) as BriefingBridge['api'],
    printToPdf: () => Promise.resolve({ saved: null }),
    onAppEvent(listener) {
      appListeners.add(listener);
      return () => appListeners.delete(listener);
    },
    onMenuCommand: () => () => undefined,
  };
  const { relayAppEvents } = await import('../../../../../renderer/src/api');
  relayAppEvents();
});

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  calls.length = 0;
});
const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
async function show(element: React.ReactElement): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () => root!.render(element));
  await flush();
  return container;
}

describe('the status bar\'s department state', () => {
  it('says synced and how long ago, then offline with the changes waiting after the back end says so; it opens Settings', async () => {
    state = base;
    const { DepartmentStatus } = await import('../../../../../renderer/src/features/department/DepartmentStatus');
    let opened = 0;
    const view = await show(<DepartmentStatus onOpen={() => opened++} />);
    const button = () => view.querySelector<HTMLButtonElement>('[data-testid="department-status"]')!;
    expect(button().textContent).toBe('Department: synced · 2 min ago');
    state = { ...base, state: 'offline', waiting: 3, offlineReason: { key: 'department.refused', params: { host: 'db.example', port: '5432' } } };
    await act(async () => appListeners.forEach((l) => l('department-changed')));
    await flush();
    expect(button().textContent).toBe('Department: offline, 3 changes waiting');
    expect(button().tagName).toBe('BUTTON');
    button().click();
    expect(opened).toBe(1);
  });

  it('is absent when this data folder has joined no department', async () => {
    state = { ...base, state: 'none', url: null, role: null };
    const { DepartmentStatus } = await import('../../../../../renderer/src/features/department/DepartmentStatus');
    const view = await show(<DepartmentStatus onOpen={() => undefined} />);
    expect(view.querySelector('[data-testid="department-status"]')).toBeNull();
  });
});

describe('the diverged list in the Conflicts view', () => {
  it('shows both versions side by side; keeping one revises the fact with that version\'s fields', async () => {
    state = {
      ...base,
      diverged: [{ factId: 'f-1', versions: [
        { version: 2, basedOn: 1, statement: 'Exports rose 14.1% (customs).', createdBy: 'carl', createdAt: '2026-11-01T10:00:00Z' },
        { version: 3, basedOn: 1, statement: 'Exports rose 13.9% (GSO).', createdBy: 'cleo', createdAt: '2026-11-01T10:05:00Z' },
      ] }],
    };
    const { DivergedFacts } = await import('../../../../../renderer/src/features/department/DivergedFacts');
    const view = await show(<DivergedFacts onOpenFact={() => undefined} requireName={() => Promise.resolve('Mai')} />);
    const versions = [...view.querySelectorAll('[data-testid="diverged-version"]')];
    expect(versions.map((v) => v.querySelector('p')!.textContent)).toEqual(['Exports rose 14.1% (customs).', 'Exports rose 13.9% (GSO).']);
    expect(versions[1]!.textContent).toContain('revised from version 1 by cleo');
    state = { ...state, diverged: [] };
    await act(async () => versions[1]!.querySelector('button')!.click());
    await flush();
    const revise = calls.find((c) => c.method === 'facts.revise')!.request as { id: string; fields: { statement: string }; by: string; reason: string };
    expect(revise).toMatchObject({ id: 'f-1', by: 'Mai', fields: { statement: 'statement of version 3' }, reason: 'Chosen from diverged versions 2, 3' });
    expect(calls.find((c) => c.method === 'facts.get')!.request).toEqual({ id: 'f-1', version: 3 });
    expect(view.textContent).toContain('Saved as version 4.');
    expect(view.querySelectorAll('[data-testid="diverged-fact"]')).toHaveLength(0);
  });
});
