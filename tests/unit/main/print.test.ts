/**
 * Print / Save as PDF in Electron with a faked `electron` (the binary cannot run here): the
 * save dialog, printToPDF on the note profile's page and the file written. Only a real Electron
 * binary proves the PDF itself; the browser-mode e2e (tests/e2e/export.spec.ts) reads one made
 * by Chromium from the same print CSS.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialog, IpcMain } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinProfiles, printPage } from '../../../shared/document-profiles';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));

const { bindPrint, printChannel } = await import('../../../electron/main/print');

type Handler = (event: unknown, payload: unknown) => Promise<{ saved: string | null }>;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function boundPrint(choice: { canceled: boolean; filePath?: string }) {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) };
  const dialog = { showSaveDialog: vi.fn(() => Promise.resolve(choice)) };
  bindPrint(ipcMain as unknown as IpcMain, dialog as unknown as Pick<Dialog, 'showSaveDialog'>);
  expect([...handlers.keys()]).toEqual([printChannel]);
  return { print: handlers.get(printChannel)!, dialog };
}

/** The app's own window asking: its main frame, with printToPDF recording what it was given. */
function appWindow(url = 'app://briefing/index.html', main = true) {
  const printToPDF = vi.fn(() => Promise.resolve(Buffer.from('%PDF-1.7 fake')));
  const mainFrame = { url: 'app://briefing/index.html' };
  const senderFrame = main ? Object.assign(mainFrame, { url }) : { url };
  return { event: { sender: { mainFrame, printToPDF }, senderFrame }, printToPDF };
}

const toTrinh = builtinProfiles.find((p) => p.id === 'vn-decree30-to-trinh')!;

describe('bindPrint', () => {
  it('asks where to save, prints on the profile page (A4, Decree 30 margins) and writes the PDF there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'print-'));
    dirs.push(dir);
    const target = join(dir, 'to-trinh.pdf');
    const { print, dialog } = boundPrint({ canceled: false, filePath: target });
    const { event, printToPDF } = appWindow();
    const answer = await print(event, { title: 'Về kết quả: hội nhập/2025', page: printPage(toTrinh) });
    expect(answer).toEqual({ saved: target });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'Về kết quả hội nhập 2025.pdf' }));
    const options = (printToPDF.mock.calls[0] as unknown as [{ pageSize: { width: number; height: number }; margins: Record<string, number> }])[0];
    // A4 in inches; the left margin is Decree 30's 30 mm.
    expect(options.pageSize.width).toBeCloseTo(210 / 25.4, 3);
    expect(options.pageSize.height).toBeCloseTo(297 / 25.4, 3);
    expect(options.margins.left * 25.4).toBeCloseTo(toTrinh.page.margins.left, 2);
    expect(toTrinh.page.margins.left).toBeGreaterThanOrEqual(30);
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('prints nothing when the save dialog is cancelled', async () => {
    const { print } = boundPrint({ canceled: true });
    const { event, printToPDF } = appWindow();
    expect(await print(event, { title: 'x', page: printPage(toTrinh) })).toEqual({ saved: null });
    expect(printToPDF).not.toHaveBeenCalled();
  });

  it('refuses a frame that is not the app window, and a page outside the schema', async () => {
    const { print, dialog } = boundPrint({ canceled: false, filePath: '/tmp/never.pdf' });
    await expect(print(appWindow('https://evil.example/').event, { title: 'x', page: printPage(toTrinh) })).rejects.toThrow(/app window/);
    await expect(print(appWindow().event, { title: 'x', page: { widthMm: 210 } })).rejects.toThrow();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
