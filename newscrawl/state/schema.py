"""The tables of the crawl's state database (`state/store.py`): runs, articles and their
exports, failures, view-count observations. Each statement is idempotent, run on every open."""

from __future__ import annotations

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    spider TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    -- running | finished | failed; a row left 'running' is a run that was killed
    status TEXT NOT NULL,
    -- 1 when the run walked every listing to its end (or to the known frontier) and finished
    complete INTEGER NOT NULL DEFAULT 0,
    args TEXT NOT NULL,
    feeds TEXT NOT NULL DEFAULT '[]',
    report TEXT
);
CREATE TABLE IF NOT EXISTS articles (
    site TEXT NOT NULL,
    article_id TEXT NOT NULL,
    url TEXT NOT NULL,
    canonical_url TEXT,
    first_seen TEXT NOT NULL,
    last_fetched TEXT,
    published_at TEXT,
    content_digest TEXT,
    -- per-field digests of the version last read, as JSON (state/digest.py; NULL in states
    -- written before them); and when a revisit found the article gone (state/versions.py)
    field_digests TEXT,
    removed_at TEXT,
    -- when a revisit last fetched it, or found it gone (the stalest are revisited first)
    last_revisited TEXT,
    -- where the version last read is in the WARC files (JSON: directory, file, offset, record
    -- id; NULL when it was not archived), and what read it (state/previous.py)
    capture TEXT,
    extractor TEXT,
    view_count INTEGER,
    -- the run that exported it; NULL while it is only discovered (the frontier)
    exported_run INTEGER,
    PRIMARY KEY (site, article_id)
);
CREATE INDEX IF NOT EXISTS articles_pending ON articles (exported_run) WHERE exported_run IS NULL;
-- Articles whose fetch failed and that no run has exported since (see docs/faults.md).
CREATE TABLE IF NOT EXISTS failures (
    site TEXT NOT NULL,
    article_id TEXT NOT NULL,
    url TEXT NOT NULL,
    reason TEXT NOT NULL,
    -- how many runs failed to fetch it, and the last of them
    failed_runs INTEGER NOT NULL,
    last_run INTEGER NOT NULL,
    last_failed_at TEXT NOT NULL,
    PRIMARY KEY (site, article_id)
);
CREATE TABLE IF NOT EXISTS views (
    site TEXT NOT NULL,
    article_id TEXT NOT NULL,
    view_count INTEGER NOT NULL,
    observed_at TEXT NOT NULL,
    run_id INTEGER NOT NULL
);
"""
