import type { Migration } from './index';

export const migration0010: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        title TEXT
      ) STRICT;
      CREATE TABLE facts (
        id TEXT PRIMARY KEY
      ) STRICT;
      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL
      ) STRICT;
    `);
  },
};
