"""An archive's audit: does what months of scheduled runs left keep their promise?

Every article the state counts as archived is in a feed its runs wrote, exactly once; every
line of those feeds is an article the state knows; and, given the WARC directory, every line's
`warc` pointer leads to its response record, whose digests are right. `newscrawl audit`
(docs/scheduled-runs.md, "Auditing an archive") prints what it finds; a problem is something
lost or written twice, not a figure to note.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from newscrawl.state.previous import capture_file
from newscrawl.state.store import StateStore

# What can be wrong, for the report's `problems` (each with the articles or files concerned).
PROBLEMS = {
    "feed_missing": "a run's feed file is gone: the articles it held are in no export",
    "not_in_feeds": "archived according to the state, but in no feed file",
    "duplicate": "in more than one line of the feeds",
    "not_in_state": "in a feed, but the state does not count it as archived",
    "unreadable_line": "a feed line that is not JSON",
    "warc_file_missing": "its `warc` names a file the WARC directory does not hold",
    "warc_record_mismatch": "its `warc` offset holds no response record with its record id",
    "warc_digest_bad": "its response record's digests are wrong (the bytes changed)",
    # The version revisits compare an article with (state/previous.py), where it is not the
    # exported one: a revisit's capture.
    "capture_file_missing": "the capture revisits compare it with is in a WARC file that is gone",
    "capture_record_mismatch": "the capture revisits compare it with is not at its offset",
    "capture_digest_bad": "the capture revisits compare it with has wrong digests",
}


@dataclass
class Audit:
    runs: int = 0
    feeds: int = 0
    lines: int = 0
    archived: int = 0  # articles the state counts as archived
    warc_checked: int = 0
    captures_checked: int = 0
    # Archived by runs that wrote no local feed (`-o s3://...`, stdout): not checked.
    unverifiable: int = 0
    pictures_unarchived: int = 0
    problems: dict[str, list[str]] = field(default_factory=dict)

    def add(self, problem: str, what: str) -> None:
        self.problems.setdefault(problem, []).append(what)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "ok": self.ok}


def audit(store: StateStore, warc_dir: Path | None) -> Audit:
    result = Audit(pictures_unarchived=store.pictures.count())
    archived = store.exported()
    result.archived = len(archived)
    seen: Counter[tuple[str, str]] = Counter()
    # Each file once, named by the first run that wrote to it: runs that append to one file
    # (`-o articles.jsonl`) each record it.
    feeds: dict[Path, int] = {}
    checked: set[tuple[str, int]] = set()  # (file, offset) of the feeds' `warc` pointers
    no_local_feed = set()
    for run in store.runs(None):
        result.runs += 1
        for feed in map(Path, run.feeds):
            feeds.setdefault(feed, run.id)
        if not run.feeds:
            no_local_feed.add(run.id)
    for feed, run_id in feeds.items():
        result.feeds += 1
        if not feed.is_file():
            result.add("feed_missing", f"{feed} (run {run_id})")
            continue
        for item in _lines(feed, result):
            result.lines += 1
            key = (str(item.get("site")), str(item["article_id"]))
            seen[key] += 1
            if warc_dir is not None and isinstance(item.get("warc"), dict):
                _check_warc(item["warc"], key, warc_dir, result)
                checked.add((str(item["warc"].get("file")), int(item["warc"].get("offset") or 0)))
    for key, count in sorted(seen.items()):
        if count > 1:
            result.add("duplicate", f"{_name(key)} ({count} lines)")
        if key not in archived:
            result.add("not_in_state", _name(key))
    for key in sorted(set(archived) - set(seen)):
        if archived[key] in no_local_feed:
            result.unverifiable += 1
        else:
            result.add("not_in_feeds", f"{_name(key)} (run {archived[key]})")
    if warc_dir is not None:
        _check_captures(store, warc_dir, checked, result)
    return result


def _check_captures(
    store: StateStore, warc_dir: Path, checked: set[tuple[str, int]], result: Audit
) -> None:
    """The captures the state compares revisits with, found as revisits find them (where
    they were written, else in the WARC directory given); a feed's pointer is not read twice."""
    for site, article_id, capture in store.versions.captures():
        result.captures_checked += 1
        where = (str(capture["file"]), int(capture["offset"]))
        if where in checked:
            continue
        path = capture_file(capture, warc_dir)
        what = f"{_name((site, article_id))}: {path}"
        if not path.is_file():
            result.add("capture_file_missing", what)
            continue
        verdict = _record_verdict(path, where[1], str(capture["record_id"]))
        if verdict is not None:
            result.add(verdict.replace("warc_", "capture_"), f"{what} at {where[1]}")


def _lines(feed: Path, result: Audit) -> Iterator[dict[str, Any]]:
    with feed.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError:
                result.add("unreadable_line", f"{feed}:{number}")
                continue
            if isinstance(item, dict) and item.get("article_id"):
                yield item


def _check_warc(where: dict[str, Any], key: tuple[str, str], warc_dir: Path, result: Audit) -> None:
    result.warc_checked += 1
    path = warc_dir / str(where.get("file"))
    if not path.is_file():
        result.add("warc_file_missing", f"{_name(key)}: {where.get('file')}")
        return
    verdict = _record_verdict(path, int(where.get("offset") or 0), str(where.get("record_id")))
    if verdict is not None:
        result.add(verdict, f"{_name(key)}: {where.get('file')} at {where.get('offset')}")


def _record_verdict(path: Path, offset: int, record_id: str) -> str | None:
    try:
        with path.open("rb") as stream:
            stream.seek(offset)
            record = next(iter(ArchiveIterator(stream, check_digests=True)))
            if record.rec_type != "response":
                return "warc_record_mismatch"
            if record.rec_headers.get_header("WARC-Record-ID") != record_id:
                return "warc_record_mismatch"
            record.content_stream().read()
            return "warc_digest_bad" if record.digest_checker.passed is False else None
    except Exception:  # an offset inside a record, a truncated file: not the record said
        return "warc_record_mismatch"


def _name(key: tuple[str, str]) -> str:
    return f"{key[0]}/{key[1]}"
