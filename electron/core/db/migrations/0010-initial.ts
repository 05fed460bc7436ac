import type { Migration } from './index';

/**
 * The fact store. What must never change is enforced here, by triggers, not only by the
 * code above it: a source's stored text (quotes are anchored in it) and every fact version
 * (a note cites `fact@version`; W3C PROV: a revision is a new entity, never an edit).
 */
export const migration0010: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        publisher TEXT,
        authors TEXT NOT NULL DEFAULT '[]',  -- JSON array of names
        published TEXT,                      -- YYYY, YYYY-MM or YYYY-MM-DD; NULL = unknown
        url TEXT,
        accessed TEXT,
        language TEXT,
        reliability TEXT NOT NULL CHECK (reliability IN ('official', 'wire', 'press', 'secondary', 'unknown')),
        text TEXT NOT NULL,
        text_length INTEGER NOT NULL,        -- in UTF-16 code units, the unit of quote offsets
        sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER sources_text_never_changes BEFORE UPDATE OF text, text_length, sha256 ON sources
      BEGIN SELECT RAISE(ABORT, 'a source''s stored text never changes after import'); END;

      -- num is the FTS rowid: an INTEGER PRIMARY KEY survives VACUUM, an implicit rowid may not.
      -- The current version's comparable fields are copied here so conflicts and filters use an index.
      CREATE TABLE facts (
        num INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        current_version INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('unverified', 'verified', 'disputed', 'retracted')),
        verified_by TEXT,
        verified_at TEXT,
        metric TEXT,
        subject TEXT,
        period TEXT,
        value_low REAL,
        value_high REAL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX facts_by_claim ON facts (metric, subject, period) WHERE metric IS NOT NULL;
      CREATE INDEX facts_by_updated ON facts (updated_at DESC, num DESC);
      CREATE INDEX facts_by_status ON facts (status, updated_at DESC, num DESC);

      CREATE TABLE fact_versions (
        fact_id TEXT NOT NULL REFERENCES facts (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        statement TEXT NOT NULL,
        metric TEXT,
        subject TEXT,
        value_low REAL,
        value_high REAL,
        unit TEXT,
        qualifier TEXT,
        period TEXT,
        claimant TEXT,
        topics TEXT NOT NULL DEFAULT '[]',  -- JSON array, as written in this version
        notes TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        PRIMARY KEY (fact_id, version)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER fact_versions_never_change BEFORE UPDATE ON fact_versions
      BEGIN SELECT RAISE(ABORT, 'fact versions are immutable: revise the fact to write a new version'); END;
      CREATE TRIGGER fact_versions_never_deleted BEFORE DELETE ON fact_versions
      BEGIN SELECT RAISE(ABORT, 'fact versions are kept forever'); END;

      -- Status changes after creation (creation itself is version 1: unverified, by its author).
      CREATE TABLE fact_status_changes (
        seq INTEGER PRIMARY KEY,
        fact_id TEXT NOT NULL REFERENCES facts (id),
        status TEXT NOT NULL CHECK (status IN ('unverified', 'verified', 'disputed', 'retracted')),
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        reason TEXT NOT NULL
      ) STRICT;
      CREATE INDEX fact_status_changes_by_fact ON fact_status_changes (fact_id, seq);
      CREATE TRIGGER fact_status_changes_never_change BEFORE UPDATE ON fact_status_changes
      BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END;
      CREATE TRIGGER fact_status_changes_never_deleted BEFORE DELETE ON fact_status_changes
      BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END;

      -- Topics of each fact's current version, for the topic filter and the topic list.
      -- One b-tree keyed by topic; a revision removes the old version's topics by full key.
      CREATE TABLE fact_topics (
        topic TEXT NOT NULL,
        fact_id TEXT NOT NULL REFERENCES facts (id),
        PRIMARY KEY (topic, fact_id)
      ) STRICT, WITHOUT ROWID;

      -- A W3C Web Annotation TextQuoteSelector plus a TextPositionSelector hint. n numbers a
      -- fact's quotes in the order they were added; the evidence id is fact_id || '.e' || n.
      CREATE TABLE evidence (
        fact_id TEXT NOT NULL REFERENCES facts (id),
        n INTEGER NOT NULL CHECK (n >= 1),
        source_id TEXT NOT NULL REFERENCES sources (id),
        exact TEXT NOT NULL CHECK (length(exact) > 0),
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        PRIMARY KEY (fact_id, n)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX evidence_by_source ON evidence (source_id, fact_id);
      CREATE TRIGGER evidence_never_changes BEFORE UPDATE ON evidence
      BEGIN SELECT RAISE(ABORT, 'evidence is never edited: add new evidence instead'); END;

      -- Search text per fact (statement, claimant, quotes, topics, source titles), folded by the code
      -- (đ -> d, which Unicode does not decompose); contentless so the text is not stored twice.
      -- Prefix indexes for 2 and 3 characters: typeahead's short prefixes ("ng", "exp") would
      -- otherwise merge the lists of every word they start (about 3x faster; import about 1.4x slower).
      CREATE VIRTUAL TABLE fact_search USING fts5 (
        statement, claimant, quotes, topics, sources,
        filters,  -- one token per status, period, topic and source (facts/search-query.ts), so filters join the MATCH
        content = '', contentless_delete = 1, prefix = '2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE notes (id TEXT PRIMARY KEY, title TEXT NOT NULL) STRICT;
    `);
  },
};
