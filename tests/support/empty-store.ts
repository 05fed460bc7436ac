/** An empty store (schema only) in a temp file: the colleague's machine that receives a pack. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../electron/core/db/connection';

export interface EmptyStore {
  db: Database;
  close(): void;
}

export function openEmptyStore(): EmptyStore {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-empty-'));
  const db = openDatabase(join(dir, 'briefing.sqlite'));
  return {
    db,
    close() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
