"""The versions the state compares revisits with (state/versions.py, state/changes.py),
including in a state written before per-field digests existed."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newscrawl.items import ArticleGone
from newscrawl.state.changes import JsonLines, Revisits
from newscrawl.state.digest import content_digest
from newscrawl.state.previous import PreviousVersions
from newscrawl.state.reconcile import article_record
from newscrawl.state.runtime import CrawlState
from newscrawl.state.store import StateStore
from tests.support import read_jsonl

SITE = "baothaibinh.com.vn"
ARTICLE: dict[str, Any] = {
    "site": SITE,
    "article_id": "159670",
    "url": "https://baothaibinh.com.vn/tin-tuc/3/159670/tham-tra",
    "title": "Thẩm tra, xác minh kết quả lãnh đạo",
    "lead": "Sáng 22/9, đoàn công tác làm việc tại huyện Vũ Thư.",
    "body": "Đoạn một.\n\nĐoạn hai.",
    "authors": ["Minh Hương"],
    "published_at": "2022-09-22T19:44:00+07:00",
    "view_count": 1520,
    "fetched_at": "2025-06-01T00:00:00Z",
}
# The `articles` table as the first releases wrote it: no per-field digests, no removals.
OLD_ARTICLES = """
CREATE TABLE articles (
    site TEXT NOT NULL, article_id TEXT NOT NULL, url TEXT NOT NULL, canonical_url TEXT,
    first_seen TEXT NOT NULL, last_fetched TEXT, published_at TEXT, content_digest TEXT,
    view_count INTEGER, exported_run INTEGER, PRIMARY KEY (site, article_id)
);
"""


def _revisits(feed: JsonLines) -> Revisits:
    return Revisits(feed, PreviousVersions(None, None, lambda name: None), lambda name: None)


def _state(store: StateStore, run_id: int) -> CrawlState:
    return CrawlState(store, run_id, "baothaibinh", SITE, set(), set(), None, False)


@pytest.fixture
def revisits(tmp_path: Path) -> Iterator[tuple[StateStore, Revisits, list[str]]]:
    store = StateStore(tmp_path / "state")
    counted: list[str] = []
    feed = JsonLines(tmp_path / "changes.jsonl")
    yield (
        store,
        Revisits(feed, PreviousVersions(None, None, counted.append), counted.append),
        counted,
    )
    feed.close()
    store.close()


def test_a_revisit_of_the_same_version_changes_nothing(
    revisits: tuple[StateStore, Revisits, list[str]],
) -> None:
    store, watcher, counted = revisits
    store.record_export(1, article_record(ARTICLE), ARTICLE["fetched_at"])
    later = {**ARTICLE, "view_count": 4395, "fetched_at": "2025-07-01T00:00:00Z"}
    assert watcher.read(_state(store, 2), later) is None
    assert store.versions.changes(SITE) == []
    assert counted == []
    assert not watcher.feed.path.exists()


def test_removed_then_removed_again_then_back(
    revisits: tuple[StateStore, Revisits, list[str]],
) -> None:
    store, watcher, counted = revisits
    store.record_export(1, article_record(ARTICLE), ARTICLE["fetched_at"])
    gone = ArticleGone("159670", ARTICLE["url"], "http_404")
    assert watcher.gone(_state(store, 2), gone) is True
    assert watcher.gone(_state(store, 3), gone) is False
    assert watcher.read(_state(store, 4), {**ARTICLE, "title": "Thẩm tra"}) == "restored"
    assert store.versions.changes(SITE) == [
        ("159670", "removed", None, "http_404"),
        ("159670", "restored", ["title"], None),
    ]
    assert counted == ["changes/removed", "still_removed", "changes/restored"]
    lines = read_jsonl(watcher.feed.path)
    assert [(line["change"], line["previous_fetched_at"]) for line in lines] == [
        ("removed", ARTICLE["fetched_at"]),
        ("restored", ARTICLE["fetched_at"]),
    ]


def test_an_article_the_state_never_archived_is_not_compared(
    revisits: tuple[StateStore, Revisits, list[str]],
) -> None:
    store, watcher, _ = revisits
    assert watcher.read(_state(store, 1), ARTICLE) is None
    assert (
        watcher.gone(_state(store, 1), ArticleGone("159670", ARTICLE["url"], "http_410")) is False
    )
    assert store.versions.changes(SITE) == []


def _old_state(tmp_path: Path) -> StateStore:
    """A state the first releases wrote, holding ARTICLE as archived, opened by this one."""
    directory = tmp_path / "state"
    directory.mkdir()
    old = sqlite3.connect(directory / "state.sqlite")
    old.executescript(OLD_ARTICLES)
    old.execute(
        "INSERT INTO articles (site, article_id, url, first_seen, last_fetched, content_digest,"
        " exported_run) VALUES (?, ?, ?, ?, ?, ?, 1)",
        (SITE, "159670", ARTICLE["url"], "2025-06-01", "2025-06-01", content_digest(ARTICLE)),
    )
    old.commit()
    old.close()
    return StateStore(directory)


def test_a_state_written_before_field_digests_gains_them(tmp_path: Path) -> None:
    store = _old_state(tmp_path)
    feed = JsonLines(tmp_path / "changes.jsonl")
    watcher = _revisits(feed)
    try:
        known = store.versions.known(SITE, "159670")
        assert known is not None
        assert known.field_digests is None
        # Same title, lead and body: the state learns the per-field digests, silently.
        assert watcher.read(_state(store, 2), {**ARTICLE, "tags": ["Vũ Thư"]}) is None
        known = store.versions.known(SITE, "159670")
        assert known is not None
        assert known.field_digests is not None
        standfirst_cut = {**ARTICLE, "tags": ["Vũ Thư"], "lead": None}
        assert watcher.read(_state(store, 3), standfirst_cut) == "edited"
    finally:
        feed.close()
        store.close()
    assert [line["fields"] for line in read_jsonl(feed.path)] == [["lead"]]


def test_an_edit_in_a_state_that_cannot_tell_which_field(tmp_path: Path) -> None:
    store = _old_state(tmp_path)
    feed = JsonLines(tmp_path / "changes.jsonl")
    try:
        edited = {**ARTICLE, "body": "Đoạn một."}
        assert _revisits(feed).read(_state(store, 2), edited) == "edited"
        assert store.versions.changes(SITE) == [("159670", "edited", None, None)]
    finally:
        feed.close()
        store.close()
    assert json.loads(feed.path.read_text("utf-8"))["fields"] is None


def test_a_visit_of_any_outcome_sends_an_article_to_the_back_of_the_cycle(
    revisits: tuple[StateStore, Revisits, list[str]],
) -> None:
    store, watcher, _ = revisits
    for n, day in ((1, "01"), (2, "02"), (3, "03")):
        article = {**ARTICLE, "article_id": str(n), "fetched_at": f"2025-06-{day}T00:00:00Z"}
        store.record_export(1, article_record(article), article["fetched_at"])
    assert [i for i, _ in store.versions.stalest(SITE, 3)] == ["1", "2", "3"]
    read_again = {**ARTICLE, "article_id": "1", "fetched_at": "2025-07-01T00:00:00Z"}
    watcher.read(_state(store, 2), read_again)
    gone = ArticleGone("2", ARTICLE["url"], "http_404", observed_at="2025-07-01T00:00:05Z")
    watcher.gone(_state(store, 2), gone)
    assert [i for i, _ in store.versions.stalest(SITE, 3)] == ["3", "1", "2"]
    # Still gone at the next visit: its turn comes after the others' again.
    still = ArticleGone("2", ARTICLE["url"], "http_404", observed_at="2025-08-01T00:00:00Z")
    watcher.gone(_state(store, 3), still)
    watcher.read(_state(store, 3), {**read_again, "article_id": "3"})
    assert [i for i, _ in store.versions.stalest(SITE, 3)] == ["1", "3", "2"]


def test_a_change_whose_state_write_failed_is_written_again_never_lost(
    revisits: tuple[StateStore, Revisits, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A run killed between the feed's line and the state's commit (state/changes.py).
    store, watcher, _ = revisits
    store.record_export(1, article_record(ARTICLE), ARTICLE["fetched_at"])
    edited = {**ARTICLE, "title": "Thẩm tra", "fetched_at": "2025-07-01T00:00:00Z"}

    def killed(*args: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(store.versions, "read_again", killed)
        with pytest.raises(KeyboardInterrupt):
            watcher.read(_state(store, 2), edited)
    assert store.versions.changes(SITE) == []
    assert watcher.read(_state(store, 3), edited) == "edited"
    lines = read_jsonl(watcher.feed.path)
    assert [(line["change"], line["fields"]) for line in lines] == [("edited", ["title"])] * 2
    assert store.versions.changes(SITE) == [("159670", "edited", ["title"], None)]
