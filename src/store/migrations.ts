/**
 * Versioned schema. Each entry upgrades the database from version `index` to `index + 1`; the current
 * version is kept in SQLite's `user_version`. Never edit a released migration: add a new one.
 *
 * Layout: an article's text is stored once; every layer is a table of spans into it with real columns
 * for what the API filters on. Entity references inside a layer use the article-local id (E1, …) as in the
 * annotation record, plus the global `entities.id` where queries join across articles. Fields a stage adds
 * beyond the contract ride along in an `extra` JSON column so the record round-trips exactly.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    published TEXT NOT NULL,
    published_day TEXT NOT NULL,
    title TEXT,
    source TEXT,
    url TEXT,
    text TEXT NOT NULL,
    -- Sentence spans as a JSON array of [start, end] pairs: read with the article, never queried alone,
    -- and one column instead of a row per sentence keeps ingest fast.
    sentences TEXT NOT NULL,
    origin_path TEXT,
    origin_line INTEGER,
    origin_item INTEGER,
    date_source TEXT,
    format TEXT,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_by_day ON articles(published_day);
  CREATE INDEX articles_by_source ON articles(source, published_day);

  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  END;

  -- One row per real-world entity across all articles, keyed by its KB id or normalized name.
  CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    kb_source TEXT,
    kb_id TEXT,
    country TEXT,
    sector TEXT,
    article_count INTEGER NOT NULL DEFAULT 0,
    mention_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX entities_by_name ON entities(name COLLATE NOCASE);
  CREATE INDEX entities_by_type ON entities(type, mention_count);

  CREATE TABLE article_entities (
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    entity INTEGER NOT NULL REFERENCES entities(id),
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    kb_source TEXT,
    kb_id TEXT,
    country TEXT,
    sector TEXT,
    mention_count INTEGER NOT NULL,
    extra TEXT,
    PRIMARY KEY (article, local_id)
  ) WITHOUT ROWID;
  CREATE INDEX article_entities_by_entity ON article_entities(entity, article);

  CREATE TABLE mentions (
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    kind TEXT
  );
  CREATE INDEX mentions_by_article ON mentions(article, local_id);

  CREATE TABLE timexes (
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    mod TEXT,
    extra TEXT,
    PRIMARY KEY (article, idx)
  ) WITHOUT ROWID;

  CREATE TABLE events (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    local_id TEXT NOT NULL,
    event TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    place TEXT,
    place_entity INTEGER REFERENCES entities(id),
    date TEXT,
    date_from TEXT NOT NULL,
    modality TEXT NOT NULL,
    score REAL,
    goldstein REAL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    extra TEXT,
    UNIQUE (article, idx)
  );
  CREATE INDEX events_by_type ON events(event, date);
  CREATE INDEX events_by_date ON events(date);

  CREATE TABLE event_participants (
    event INTEGER NOT NULL REFERENCES events(rowid) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    position INTEGER NOT NULL,
    local_id TEXT NOT NULL,
    entity INTEGER REFERENCES entities(id),
    PRIMARY KEY (event, role, position)
  ) WITHOUT ROWID;
  CREATE INDEX event_participants_by_entity ON event_participants(entity, role);

  CREATE TABLE quotes (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    speaker TEXT,
    speaker_entity INTEGER REFERENCES entities(id),
    addressee TEXT,
    addressee_entity INTEGER REFERENCES entities(id),
    source_start INTEGER, source_end INTEGER,
    cue_start INTEGER, cue_end INTEGER,
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
    direct INTEGER NOT NULL,
    extra TEXT,
    UNIQUE (article, idx)
  );
  CREATE INDEX quotes_by_speaker ON quotes(speaker_entity);

  CREATE TABLE claims (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value REAL NOT NULL,
    qualifier TEXT NOT NULL,
    about TEXT,
    about_entity INTEGER REFERENCES entities(id),
    source TEXT,
    source_entity INTEGER REFERENCES entities(id),
    as_of TEXT,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    extra TEXT,
    UNIQUE (article, idx)
  );
  CREATE INDEX claims_series ON claims(kind, about_entity, as_of);

  CREATE TABLE ingest_errors (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    path TEXT NOT NULL,
    line INTEGER,
    item INTEGER,
    reason TEXT NOT NULL
  );
  `,
];
