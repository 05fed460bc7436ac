import type { Migration } from './index';

/**
 * A large pull writes the facts first and the search index once at the end (issue 16 item 2,
 * core/facts/fact-replica.ts). This row says the index is behind the facts: written in the
 * transaction of every page applied without indexing, deleted in the transaction that rebuilds
 * the index. A store opened with it set rebuilds the index before search answers, and search
 * meanwhile says it is rebuilding instead of returning too few facts.
 */
export const migration0095: Migration = {
  version: 95,
  name: 'search-index-pending',
  up(db) {
    db.exec(`
      CREATE TABLE search_index_pending (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        since TEXT NOT NULL
      ) STRICT;
    `);
  },
};
