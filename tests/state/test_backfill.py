"""Captures for versions a state recorded before it kept them (state/backfill.py): found once,
through the feeds' `warc` pointers, for the files the WARC directory holds."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newscrawl.state import backfill
from newscrawl.state.backfill import UNRECORDED, backfill_captures
from newscrawl.state.previous import capture_of, extractor_id
from newscrawl.state.reconcile import article_record
from newscrawl.state.store import StateStore

SITE = "baothaibinh.com.vn"


def _line(article_id: str, warc_file: str | None) -> dict[str, Any]:
    pointer = {"file": warc_file, "offset": 310, "record_id": f"<urn:uuid:{article_id}>"}
    return {
        "site": SITE,
        "article_id": article_id,
        "url": f"https://baothaibinh.com.vn/tin-tuc/3/{article_id}/a",
        "title": f"Bài {article_id}",
        "body": "Đoạn một.",
        "fetched_at": "2025-06-01T00:00:00Z",
        "warc": pointer if warc_file else None,
    }


def _run(store: StateStore, feed: Path, lines: list[dict[str, Any]], new: bool = False) -> None:
    """A run that exported `lines` to `feed`, recorded as an older release did (`new`: as this
    one does, saying what read them)."""
    run_id = store.start_run("baothaibinh", {})
    store.set_feeds(run_id, [str(feed)])
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    for line in lines:
        record = article_record(line, None, extractor_id() if new else None)
        store.record_export(run_id, record, line["fetched_at"])


def test_captures_are_found_once_for_the_files_the_directory_holds(tmp_path: Path) -> None:
    warc = tmp_path / "warc"
    warc.mkdir()
    (warc / "newscrawl-1.warc.gz").write_bytes(b"")
    store = StateStore(tmp_path / "state")
    try:
        old = [_line("1", "newscrawl-1.warc.gz"), _line("2", "elsewhere.warc.gz"), _line("3", None)]
        _run(store, tmp_path / "old.jsonl", old)
        _run(store, tmp_path / "new.jsonl", [_line("4", "newscrawl-1.warc.gz")], new=True)
        assert set(store.versions.unexamined()) == {1}
        assert backfill_captures(store, warc) == 1
        known = {i: store.versions.known(SITE, i) for i in "1234"}
        assert known["1"] is not None
        assert known["1"].capture == capture_of(old[0]["warc"], warc)
        assert [(k.capture, k.extractor) for i, k in known.items() if i in "23" and k] == [
            (None, UNRECORDED)
        ] * 2
        assert known["4"] is not None
        assert (known["4"].capture, known["4"].extractor) == (None, extractor_id())
        # Looked at once: the feeds are not read again, even when the file arrives later.
        (tmp_path / "old.jsonl").unlink()
        (warc / "elsewhere.warc.gz").write_bytes(b"")
        assert store.versions.unexamined() == {}
        assert backfill_captures(store, warc) == 0
    finally:
        store.close()


def test_a_state_without_such_versions_reads_no_feed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = StateStore(tmp_path / "state")

    def read(path: Path) -> Iterator[dict[str, Any]]:
        raise AssertionError(f"{path} read")

    monkeypatch.setattr(backfill, "feed_items", read)
    try:
        _run(store, tmp_path / "new.jsonl", [_line("4", "a.warc.gz")], new=True)
        assert backfill_captures(store, tmp_path) == 0
    finally:
        store.close()
