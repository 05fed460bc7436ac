import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../shared/api';
import { editorKeys, type EditorKeyAction } from '../../../shared/editor-keys';

vi.mock('electron', () => ({}));

const { menuTemplate } = await import('../../../electron/main/menu');

const submenu = (item: MenuItemConstructorOptions) => item.submenu as MenuItemConstructorOptions[];

describe('menuTemplate', () => {
  it('has File, Edit, View and Help', () => {
    const template = menuTemplate(() => {}, false);
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(menuTemplate(() => {}, true)[0]).toEqual({ role: 'appMenu' });
  });

  it('offers Export to Word on Ctrl/Cmd+E and sends the command to the window', () => {
    const sent: MenuCommand[] = [];
    const [file] = menuTemplate((c) => sent.push(c), false);
    const exportItem = submenu(file!).find((i) => i.label === 'Export to Word…');
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+E');
    (exportItem!.click as () => void)();
    const save = submenu(file!).find((i) => i.label === 'Save');
    expect(save?.accelerator).toBe('CmdOrCtrl+S');
    (save!.click as () => void)();
    expect(sent).toEqual(['note.export', 'note.save']);
  });

  it('offers Check a Word File under File, after Export, and sends note.auditDocx', () => {
    const sent: MenuCommand[] = [];
    const items = submenu(menuTemplate((c) => sent.push(c), false)[0]!);
    const labels = items.map((i) => i.label);
    const check = items.find((i) => i.label === 'Check a Word File…');
    expect(labels.indexOf('Check a Word File…')).toBe(labels.indexOf('Export to Word…') + 1);
    (check!.click as () => void)();
    expect(sent).toEqual(['note.auditDocx']);
  });

  it('offers Print / Save as PDF on Ctrl/Cmd+P after Check a Word File and sends note.print', () => {
    const sent: MenuCommand[] = [];
    const items = submenu(menuTemplate((c) => sent.push(c), false)[0]!);
    const labels = items.map((i) => i.label);
    const print = items.find((i) => i.label === 'Print / Save as PDF…');
    expect(print?.accelerator).toBe('CmdOrCtrl+P');
    expect(labels.indexOf('Print / Save as PDF…')).toBe(labels.indexOf('Check a Word File…') + 1);
    (print!.click as () => void)();
    expect(sent).toEqual(['note.print']);
  });

  it('has the usual editing commands', () => {
    const edit = menuTemplate(() => {}, false)[1]!;
    const roles = submenu(edit).map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(submenu(edit).find((i) => i.role === 'redo')?.accelerator).toBe('Ctrl+Y');
    const macEdit = menuTemplate(() => {}, true)[2]!;
    expect(submenu(macEdit).find((i) => i.role === 'redo')?.accelerator).toBe('Cmd+Shift+Z');
  });

  it('gives no menu item a key the editor uses itself, on any platform, except to the editor’s own command (Ctrl+I is Italic, not Import Source)', () => {
    // The menu items that may hold an editor key: the editor's own roles, and Find (it opens the editor's Find bar).
    const owners: Partial<Record<EditorKeyAction, (item: MenuItemConstructorOptions, sent: MenuCommand[]) => boolean>> = {
      undo: (item) => item.role === 'undo',
      redo: (item) => item.role === 'redo',
      redoMac: (item) => item.role === 'redo',
      selectAll: (item) => item.role === 'selectAll',
      cut: (item) => item.role === 'cut',
      copy: (item) => item.role === 'copy',
      paste: (item) => item.role === 'paste',
      find: (_item, sent) => sent.join() === 'edit.find',
    };
    const roleKeys: Record<string, string> = { undo: 'Z', redo: 'Shift+Z', cut: 'X', copy: 'C', paste: 'V', selectAll: 'A' };
    const editorActionOf = (key: string) => (Object.keys(editorKeys) as EditorKeyAction[]).find((action) => editorKeys[action] === key);
    const itemsOf = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? itemsOf(i.submenu) : [])]);
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      let checked = 0;
      for (const item of itemsOf(menuTemplate(() => {}, platform === 'darwin'))) {
        // A role without its own accelerator keeps Electron's default for it.
        const accelerator = typeof item.accelerator === 'string' ? item.accelerator : item.role ? roleKeys[item.role] && `CmdOrCtrl+${roleKeys[item.role]}` : undefined;
        if (!accelerator) continue;
        const key = accelerator.replace(/^(CmdOrCtrl|Cmd|Ctrl|Command|Control)\+/, '');
        const action = editorActionOf(key);
        if (!action) continue;
        const sent: MenuCommand[] = [];
        const withSend = item.click ? itemsOf(menuTemplate((c) => sent.push(c), platform === 'darwin')).find((i) => i.label === item.label) : undefined;
        (withSend?.click as (() => void) | undefined)?.();
        expect(owners[action]?.(item, sent), `${platform}: ${accelerator} (${String(item.label ?? item.role)}) takes the editor's ${action}`).toBe(true);
        checked += 1;
      }
      expect(checked, platform).toBeGreaterThanOrEqual(7);
      const redo = itemsOf(menuTemplate(() => {}, platform === 'darwin')).find((i) => i.role === 'redo');
      expect(redo?.accelerator, platform).toBe(platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y');
    }
    const importItem = submenu(menuTemplate(() => {}, false)[0]!).find((i) => i.label === 'Import Source…');
    expect(importItem?.accelerator).toBe('CmdOrCtrl+Shift+O');
  });

  it('speaks the chosen interface language, roles included, with the same commands and keys', () => {
    const sent: MenuCommand[] = [];
    const vi = menuTemplate((c) => sent.push(c), false, 'vi');
    const en = menuTemplate(() => {}, false, 'en');
    expect(vi.map((m) => m.label)).toEqual(['&Tệp', '&Sửa', '&Xem', '&Trợ giúp']);
    const exportItem = submenu(vi[0]!).find((i) => i.label === 'Xuất ra Word…');
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+E');
    (exportItem!.click as () => void)();
    expect(sent).toEqual(['note.export']);
    expect(submenu(vi[1]!).find((i) => i.role === 'copy')?.label).toBe('Sao chép');
    const accelerators = (t: MenuItemConstructorOptions[]) => t.flatMap((m) => submenu(m).map((i) => i.accelerator ?? i.role ?? i.type));
    expect(accelerators(vi)).toEqual(accelerators(en));
  });
});
