// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ExportDialog } from '../../../../../renderer/src/features/export/ExportDialog';
import type { Finding, PreExportCheck } from '../../../../../renderer/src/features/export/findings';
import type { ExportFlow, ExportPhase } from '../../../../../renderer/src/features/export/useExportFlow';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

const retracted: Finding = { kind: 'retracted', severity: 'blocker', factId: 'seed-001', message: '“38 nurses” cites a retracted fact; remove or replace it before exporting.' };
const conflicting: Finding = { kind: 'conflicting', severity: 'warning', factId: 'seed-004', message: '“6.1%” conflicts with another fact on the same figure.' };
const noDate: Finding = { kind: 'missing-metadata', severity: 'warning', field: 'date', message: 'The note has no date.' };

function render(check: PreExportCheck, phase: ExportPhase = { kind: 'review', check }) {
  const calls: { exported: [PreExportCheck, boolean][]; shown: string[]; closed: number } = { exported: [], shown: [], closed: 0 };
  const flow: ExportFlow = {
    phase,
    style: 'chicago',
    setStyle: () => undefined,
    start: async () => undefined,
    close: () => void calls.closed++,
    recheck: async () => undefined,
    exportNow: (c, confirmed) => void calls.exported.push([c, confirmed]),
  };
  const container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  act(() => root!.render(<ExportDialog flow={flow} onShowFact={(id) => calls.shown.push(id)} />));
  return calls;
}

const exportButton = () => document.querySelector<HTMLButtonElement>('[data-testid="export-run"]')!;
const click = (el: HTMLElement) => act(() => el.click());

describe('the pre-export dialog', () => {
  it('lists the blocker first with the fact text, disables Export and says why', () => {
    const calls = render({ findings: [conflicting, retracted, noDate], blocked: true, wordCount: 300, pageEstimate: 1.2 });
    const groups = [...document.querySelectorAll<HTMLElement>('[data-testid="export-finding-group"]')];
    expect(groups.map((g) => g.dataset.group)).toEqual(['retracted', 'conflicting', 'metadata']);
    expect(groups[0]!.textContent).toContain('38 nurses');
    expect(exportButton().disabled).toBe(true);
    const reason = document.querySelector('[data-testid="export-reason"]')!;
    expect(reason.textContent).toMatch(/retracted fact must be removed/);
    expect(exportButton().getAttribute('aria-describedby')).toBe(reason.id);
    // No confirmation offered: confirming cannot lift a blocker.
    expect(document.querySelector('[data-testid="export-confirm"]')).toBeNull();
    click(exportButton());
    expect(calls.exported).toEqual([]);
  });

  it('asks for "I have reviewed these N items" before Export anyway, and passes the confirmation on', () => {
    const check = { findings: [conflicting, noDate], blocked: false, wordCount: 300, pageEstimate: 1.2 };
    const calls = render(check);
    expect(exportButton().textContent).toBe('Export anyway');
    expect(exportButton().disabled).toBe(true);
    const box = document.querySelector<HTMLInputElement>('[data-testid="export-confirm"]')!;
    expect(box.closest('label')!.textContent).toBe('I have reviewed these 2 items');
    click(box);
    expect(exportButton().disabled).toBe(false);
    click(exportButton());
    expect(calls.exported).toEqual([[check, true]]);
  });

  it('"Show in note" is offered for fact findings only and names the fact', () => {
    const calls = render({ findings: [conflicting, noDate], blocked: false, wordCount: 300, pageEstimate: 1.2 });
    const items = [...document.querySelectorAll<HTMLElement>('[data-testid="export-finding"]')];
    const buttons = items.map((li) => li.querySelector('button'));
    expect(buttons[1]).toBeNull();
    click(buttons[0]!);
    expect(calls.shown).toEqual(['seed-004']);
  });

  it('Cancel closes', () => {
    const calls = render({ findings: [conflicting], blocked: false, wordCount: 300, pageEstimate: 1.2 });
    const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!;
    click(cancel);
    expect(calls.closed).toBe(1);
  });
});

describe('building and delivering the file', () => {
  const clean: PreExportCheck = { findings: [], blocked: false, wordCount: 300, pageEstimate: 1.2 };

  afterEach(() => vi.useRealTimers());

  it('shows the progress bar with elapsed seconds only once the build takes longer than a moment', () => {
    vi.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') });
    const calls = render(clean, { kind: 'building', check: clean, startedAt: Date.now() });
    expect(document.body.textContent).toContain('No problems found');
    expect(document.querySelector('[data-testid="export-progress"]')).toBeNull();
    act(() => vi.advanceTimersByTime(2_100));
    const progress = document.querySelector('[data-testid="export-progress"]')!;
    expect(progress.textContent).toContain('Building the Word document… 2 s');
    expect(progress.querySelector('[role="progressbar"]')!.getAttribute('aria-valuetext')).toBe('2 seconds elapsed');
    const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!;
    click(cancel);
    expect(calls.closed).toBe(1);
  });

  it('names the file and its size when done', () => {
    render(clean, { kind: 'done', check: clean, fileName: 'Deepening Viet Nam’s integration.docx', bytes: 48_300 });
    expect(document.querySelector('[data-testid="export-done"]')!.textContent).toContain('Exported Deepening Viet Nam’s integration.docx (47 KB)');
  });
});
