// @vitest-environment jsdom
/**
 * The export entry points as Electron delivers them: the preload bridge (faked here, since
 * the Electron binary cannot run in unit tests) carries the API and the menu commands.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingBridge, MenuCommand } from '../../../../../shared/api';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const calls: { method: string; request: unknown }[] = [];
const menuListeners = new Set<(command: MenuCommand) => void>();
const downloads: string[] = [];
let check = { findings: [] as unknown[], blocked: false, wordCount: 120, pageEstimate: 0.4 };

const answers: Record<string, () => unknown> = {
  'export.check': () => check,
  'export.docx': () => ({ fileName: 'Briefing.docx', base64: btoa('PK fake docx'), bytes: 12, check }),
};

beforeAll(() => {
  window.briefing = {
    api: new Proxy({}, {
      get: (_target, method: string) => async (request: unknown) => {
        calls.push({ method, request });
        return { ok: true, result: answers[method]!() };
      },
    }) as BriefingBridge['api'],
    onAppEvent: () => () => undefined,
    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    printToPdf: () => Promise.resolve({ saved: null }),
  };
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
  URL.createObjectURL = () => 'blob:briefing/1';
  URL.revokeObjectURL = () => undefined;
  // jsdom does not download; record what the link would have saved.
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  };
});

let root: Root;
let saves = 0;
beforeAll(async () => {
  const { ExportControls } = await import('../../../../../renderer/src/features/export/ExportControls');
  const container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () =>
    root.render(<ExportControls noteId="note-1" saveNote={async () => (saves++, true)} editorRef={{ current: null }} />),
  );
});
afterAll(() => act(() => root.unmount()));

const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
const dialogOpen = () => document.querySelector<HTMLDialogElement>('[data-testid="export-dialog"]')!.open;

describe('Export to Word entry points (Electron)', () => {
  it('Ctrl+E and the menu accelerator arriving together start one export, which saves first and downloads the file', async () => {
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', ctrlKey: true, cancelable: true }));
      menuListeners.forEach((listener) => listener('note.export'));
    });
    await flush();
    expect(saves).toBe(1);
    expect(calls.map((c) => c.method)).toEqual(['export.check', 'export.docx']);
    expect(calls[1]!.request).toEqual({ noteId: 'note-1', style: 'chicago', confirmed: false });
    expect(downloads).toEqual(['Briefing.docx']);
    expect(document.querySelector('[data-testid="export-done"]')!.textContent).toContain('Briefing.docx (12 bytes)');
  });

  it('Done closes; a note with findings then stops at the review', async () => {
    const closeButton = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Done')!;
    await act(async () => closeButton.click());
    expect(dialogOpen()).toBe(false);
    calls.length = 0;
    check = { findings: [{ kind: 'stale', severity: 'warning', factId: 'f-1', message: '“6.1%” cites version 1.' }], blocked: false, wordCount: 120, pageEstimate: 0.4 };
    await act(async () => menuListeners.forEach((listener) => listener('note.export')));
    await flush();
    expect(calls.map((c) => c.method)).toEqual(['export.check']);
    expect(dialogOpen()).toBe(true);
    expect(document.querySelector('[data-testid="export-finding-group"]')!.getAttribute('data-group')).toBe('stale');
  });

  it('the menu opens Check a Word file', async () => {
    await act(async () => menuListeners.forEach((listener) => listener('note.auditDocx')));
    expect(document.querySelector<HTMLDialogElement>('[data-testid="audit-dialog"]')!.open).toBe(true);
  });
});
