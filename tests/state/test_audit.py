"""`newscrawl audit`: a scheduled job's archive checked against its promise, on a real crawl of
the replica with state and WARC, then with the losses an archive meets made to a copy of it."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscrawl.cli import main
from newscrawl.state.audit import _record_verdict
from tests.support import REPLICA, read_jsonl, recording_server, run_crawl

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("audit")
    server = recording_server(REPLICA)
    settings = {
        "NEWSCRAWL_STATE_DIR": str(root / "state"),
        "NEWSCRAWL_WARC_DIR": str(root / "warc"),
        "NEWSCRAWL_WARC_MEDIA": "False",
    }
    try:
        run_crawl(root / "run", "-a", f"base_url={server.url}", settings=settings)
    finally:
        server.running.close()
    return root


def _copy(archive: Path, to: Path) -> Path:
    """The archive moved elsewhere, its state pointing at the moved feed."""
    shutil.copytree(archive, to)
    with sqlite3.connect(to / "state" / "state.sqlite") as db:
        db.execute("UPDATE runs SET feeds = ?", (json.dumps([str(to / "run" / "articles.jsonl")]),))
    return to


def _audit(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main(["audit", str(root / "state"), "--warc", str(root / "warc"), "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_a_sound_archive_passes(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, found = _audit(archive, capsys)
    assert (code, found["ok"], found["problems"]) == (0, True, {})
    assert (found["archived"], found["lines"], found["warc_checked"]) == (53, 53, 53)
    assert found["captures_checked"] == 53
    assert (found["runs"], found["feeds"]) == (1, 1)


def test_every_loss_and_every_line_twice_is_named(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(archive, tmp_path / "copy")
    feed = root / "run" / "articles.jsonl"
    items = read_jsonl(feed)
    first, lost, moved, renamed = items[0], items[1], items[2], items[3]
    moved["warc"] = {
        **moved["warc"],
        "record_id": "<urn:uuid:00000000-0000-0000-0000-000000000000>",
    }
    renamed["warc"] = {**renamed["warc"], "file": "gone.warc.gz"}
    kept = [first, first, moved, renamed, *items[4:]]
    feed.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in kept) + "{oops\n")
    code, found = _audit(root, capsys)
    assert code == 1
    assert found["problems"] == {
        "unreadable_line": [f"{feed}:54"],
        "warc_record_mismatch": [
            f"{name(moved)}: {moved['warc']['file']} at {moved['warc']['offset']}"
        ],
        "warc_file_missing": [f"{name(renamed)}: gone.warc.gz"],
        "duplicate": [f"{name(first)} (2 lines)"],
        "not_in_feeds": [f"{name(lost)} (run 1)"],
    }


def name(item: dict[str, Any]) -> str:
    return f"{item['site']}/{item['article_id']}"


def test_the_captures_revisits_compare_with_are_checked(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Revisits moved three articles' captures to later files (state/previous.py); the archive
    # then moved, its old directory gone: captures are looked for in the directory given.
    root = _copy(archive, tmp_path / "copy")
    with sqlite3.connect(root / "state" / "state.sqlite") as db:
        rows = db.execute("SELECT article_id, capture FROM articles ORDER BY article_id")
        captures = {article_id: json.loads(capture) for article_id, capture in rows}
        first, second, third, *_ = captures
        later = root / "warc" / "newscrawl-20991231000000-00000.warc.gz"
        data, record_id = _warc(tampered=False)
        later.write_bytes(data)
        changed = {
            first: {"file": later.name, "offset": 0, "record_id": record_id},
            second: {"file": "newscrawl-20991231000000-00001.warc.gz", "offset": 0},
            third: {"file": later.name, "offset": 0, "record_id": "<urn:uuid:x>"},
        }
        for article_id, capture in captures.items():
            moved = {**capture, "dir": "/nonexistent/warc", **changed.get(article_id, {})}
            db.execute(
                "UPDATE articles SET capture = ? WHERE article_id = ?",
                (json.dumps(moved), article_id),
            )
    code, found = _audit(root, capsys)
    site = "baothaibinh.com.vn"
    assert code == 1
    assert found["problems"] == {
        "capture_file_missing": [
            f"{site}/{second}: /nonexistent/warc/newscrawl-20991231000000-00001.warc.gz"
        ],
        "capture_record_mismatch": [f"{site}/{third}: {later} at 0"],
    }
    assert found["captures_checked"] == 53


def test_a_feed_gone_loses_its_articles(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(archive, tmp_path / "copy")
    (root / "run" / "articles.jsonl").unlink()
    assert main(["audit", str(root / "state")]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("PROBLEMS: 53 articles archived; 0 lines in 1 feeds")
    assert "  feed_missing: 1 " in out
    assert "  not_in_feeds: 53 " in out
    assert "... and 48 more (--json lists them all)" in out


def test_runs_appending_to_one_feed_are_read_once(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A cron job that appends every run to one file (`-o articles.jsonl`): each run records it.
    root = _copy(archive, tmp_path / "copy")
    with sqlite3.connect(root / "state" / "state.sqlite") as db:
        db.execute(
            "INSERT INTO runs (spider, started_at, status, complete, args, feeds)"
            " SELECT spider, started_at, 'finished', 1, args, feeds FROM runs"
        )
    code, found = _audit(root, capsys)
    assert (code, found["problems"]) == (0, {})
    assert (found["runs"], found["feeds"], found["lines"]) == (2, 1, 53)


def test_a_run_that_wrote_no_local_feed_cannot_be_checked_and_says_so(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `-o s3://...` or stdout: the state records no file for the run.
    root = _copy(archive, tmp_path / "copy")
    with sqlite3.connect(root / "state" / "state.sqlite") as db:
        db.execute("UPDATE runs SET feeds = '[]'")
    code, found = _audit(root, capsys)
    assert (code, found["problems"], found["unverifiable"]) == (0, {}, 53)


def test_a_directory_without_state_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", str(tmp_path)]) == 2
    assert not (tmp_path / "state.sqlite").exists()


def _warc(tampered: bool) -> tuple[bytes, str]:
    """One response record, uncompressed; `tampered`: a byte of its payload changed since."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        "https://baothaibinh.com.vn/tin-tuc/3/1/a",
        "response",
        payload=io.BytesIO(b"<html>bai viet</html>"),
        http_headers=http,
    )
    writer.write_record(record)
    data = buffer.getvalue()
    if tampered:
        data = data.replace(b"bai viet", b"bai VIET")
    return data, record.rec_headers.get_header("WARC-Record-ID")


@pytest.mark.parametrize(
    ("tampered", "offset", "right_id", "verdict"),
    [
        (False, 0, True, None),
        (True, 0, True, "warc_digest_bad"),
        (False, 0, False, "warc_record_mismatch"),
        (False, 7, True, "warc_record_mismatch"),  # inside the record, not at its start
    ],
)
def test_a_record_pointed_at_is_checked(
    tmp_path: Path, tampered: bool, offset: int, right_id: bool, verdict: str | None
) -> None:
    data, record_id = _warc(tampered)
    path = tmp_path / "one.warc"
    path.write_bytes(data)
    assert _record_verdict(path, offset, record_id if right_id else "<urn:uuid:x>") == verdict
