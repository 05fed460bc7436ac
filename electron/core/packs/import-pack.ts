/** Importing a fact pack: read and check it completely, then merge it through the facts service. */
import type { Database } from 'better-sqlite3';
import type { PackImportReport } from '../../../shared/contract/packs';
import { mergePack, type MergeOptions } from './merge-pack';
import { readPack } from './read-pack';

export function importPack(db: Database, bytes: string | Uint8Array, options: MergeOptions = {}): Promise<PackImportReport> {
  return mergePack(db, readPack(bytes), options);
}
