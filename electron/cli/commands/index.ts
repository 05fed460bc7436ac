import type { CommandSpec } from '../run';
import { appCommands } from './app';
import { factCommands } from './facts';
import { notesCommands } from './notes';
import { exportCommands } from './export';
import { packCommands } from './packs';
import { sourcesEditCommands } from './sources-edit';
import { sourcesImportCommand } from './sources-import';
import { departmentCommands } from './department';

/** Each capability adds its commands here (one spread per file in this folder). */
export const allCommands: Record<string, CommandSpec> = {
  ...appCommands,
  ...factCommands,
  ...notesCommands,
  ...exportCommands,
  ...packCommands,
  'sources import': sourcesImportCommand,
  ...sourcesEditCommands,
  ...departmentCommands,
};
