/** SQL for app-wide settings, one JSON value per key. */
import type { Database } from 'better-sqlite3';

export function getSettingJson(db: Database, key: string): string | undefined {
  return db.prepare('SELECT value_json FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
}

export function putSettingJson(db: Database, key: string, valueJson: string, updatedAt: string): void {
  db.prepare(
    `INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
  ).run(key, valueJson, updatedAt);
}
