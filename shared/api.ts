/**
 * The API contract: the single source of truth for every call the renderer may make.
 * Each method has a name and zod schemas for its request and response; the types used on
 * both sides are inferred from them. The Electron IPC binding, the preload client and the
 * browser host are generic over this object: adding a method here is all the wiring needed.
 */
import type { z } from 'zod';
import { appContract } from './contract/app';
import { factsContract } from './contract/facts';
import { sourcesContract } from './contract/sources';
import { notesContract } from './contract/notes';
import { exportContract } from './contract/export';
import { packsContract } from './contract/packs';
import { profileContract } from './contract/profile';
import { departmentContract } from './contract/department';
import type { ApiEnvelope } from './errors';
import type { PrintToPdfRequest, PrintToPdfResult } from './document-profiles/print';

export type { HandlersFor, MethodSpec } from './contract/define';
import type { MethodSpec } from './contract/define';

/**
 * Each noun (facts, sources, notes, export, packs, profile, app) declares its methods in
 * shared/contract/<noun>.ts; this object joins them. Method names are `<capability>.<verb>`.
 */
export const contract = {
  ...appContract,
  ...factsContract,
  ...sourcesContract,
  ...notesContract,
  ...exportContract,
  ...packsContract,
  ...profileContract,
  ...departmentContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
export type ParsedRequestOf<M extends MethodName> = z.output<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;

/** The typed client the renderer uses, whatever carries it. */
export type BriefingApi = {
  [M in MethodName]: (request: RequestOf<M>) => Promise<ResponseOf<M>>;
};

/** What the back end implements: one handler per method, given an already-validated request. */
export type ApiHandlers = {
  [M in MethodName]: (request: ParsedRequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;
};

export const methodNames = Object.keys(contract) as MethodName[];

/** Whether a successful call of `method` may change how a cited fact reads (declared in the contract). */
export function changesFacts(method: MethodName): boolean {
  return (contract[method] as MethodSpec).changesFacts === true;
}

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Names of the events the main process may push to the renderer (menu commands). */
export const menuCommands = [
  'note.new',
  'note.save',
  'note.export',
  'note.auditDocx',
  'note.print',
  'source.import',
  'edit.find',
  'help.about',
  'app.settings',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/**
 * What the back end tells the renderer unasked: `facts-changed` when facts changed outside
 * this window's calls (a department pull), `department-changed` when the sync state moved.
 */
export const appEvents = ['facts-changed', 'department-changed'] as const;
export type AppEventName = (typeof appEvents)[number];

/** The same client before unwrapping: what crosses the process boundary (errors keep their fields). */
export type EnvelopeApi = {
  [M in MethodName]: (request: RequestOf<M>) => Promise<ApiEnvelope<ResponseOf<M>>>;
};

/** What the preload exposes on `window.briefing` (Electron): the typed client plus menu events. */
export interface BriefingBridge {
  api: EnvelopeApi;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Print / Save as PDF: the laid-out window as a PDF on the profile's page, saved where the user says (electron/main/print.ts). */
  printToPdf(request: PrintToPdfRequest): Promise<PrintToPdfResult>;
  onAppEvent(listener: (event: AppEventName) => void): () => void;
}
