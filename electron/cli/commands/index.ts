import type { CommandSpec } from '../run';
import { appCommands } from './app';
import { notesCommands } from './notes';

/** Each capability adds its commands here (one spread per file in this folder). */
export const allCommands: Record<string, CommandSpec> = {
  ...appCommands,
  ...notesCommands,
};
