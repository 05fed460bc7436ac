/**
 * Opens everything the API needs for one data directory and returns the handlers for the
 * contract. Each capability contributes its own handlers; this file only composes them.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ApiHandlers, HandlersFor } from '../../../shared/api';
import type { appContract } from '../../../shared/contract/app';
import { openDatabase } from '../db/connection';
import { schemaVersionOf } from '../db/migrations/index';
import { countRows } from '../db/repositories/counts';
import { factsHandlers } from '../facts/handlers';
import { notesHandlers } from '../notes/handlers';
import { exportHandlers } from '../export/handlers';
import { packsHandlers } from '../packs/handlers';
import { profileHandlers } from '../profile/profile';
import { sourcesHandlers } from '../sources/handlers';
import { productName } from '../paths';

export interface AppContext {
  dataDir: string;
  resourcesDir: string;
  version: string;
  transport: 'electron' | 'browser' | 'cli';
}

export interface AppServices {
  handlers: ApiHandlers;
  db: Database;
  close(): void;
}

export const storeFileName = 'briefing.sqlite';
export const starterStoreFile = (resourcesDir: string) => join(resourcesDir, 'starter', storeFileName);

/** On first run the shipped starter store becomes the user's store (copied, never opened in place). */
export function ensureStore(ctx: AppContext): string {
  mkdirSync(ctx.dataDir, { recursive: true });
  const file = join(ctx.dataDir, storeFileName);
  const starter = starterStoreFile(ctx.resourcesDir);
  if (!existsSync(file) && existsSync(starter)) {
    const partial = `${file}.copying`;
    copyFileSync(starter, partial);
    renameSync(partial, file);
  }
  return file;
}

export function openAppServices(ctx: AppContext): AppServices {
  const file = ensureStore(ctx);
  const db = openDatabase(file);
  const handlers: ApiHandlers = {
    ...appHandlers(ctx, db),
    ...factsHandlers(db),
    ...sourcesHandlers(db),
    ...notesHandlers(db),
    ...exportHandlers(db),
    ...packsHandlers(db),
    ...profileHandlers(db),
  };
  return {
    handlers,
    db,
    close: () => db.close(),
  };
}

function appHandlers(ctx: AppContext, db: Database): HandlersFor<typeof appContract> {
  return {
    'app.info': () => ({
      name: productName,
      version: ctx.version,
      dataDir: ctx.dataDir,
      schemaVersion: schemaVersionOf(db),
      transport: ctx.transport,
      counts: countRows(db),
    }),
  };
}
