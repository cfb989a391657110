"""A revisit compares like with like (state/previous.py): the version the state holds is read
again from its capture by the newscrawl that read the new one, so a change in how newscrawl reads
a page is not taken for an editor's. Without a capture, the stored digests decide, and a change
found then says whether another newscrawl made them."""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscrawl import extract_article
from newscrawl.pages.profile import get_profile
from newscrawl.state.changes import JsonLines, Revisits
from newscrawl.state.digest import field_digests
from newscrawl.state.previous import PreviousVersions, capture_of, extractor_id, files_digest
from newscrawl.state.reconcile import article_record
from newscrawl.state.runtime import CrawlState
from newscrawl.state.store import StateStore
from tests.support import ROOT, read_jsonl

SITE = "baothaibinh.com.vn"
URL = "https://baothaibinh.com.vn/tin-tuc/3/18598/khai-mac-ky-hop-thu-6-hdnd-tinh-khoa-xv"
PAGE = ROOT / "fixtures/portal/tin-tuc/3/18598/khai-mac-ky-hop-thu-6-hdnd-tinh-khoa-xv.html"
OLDER_NEWSCRAWL = "newscrawl/0.0.9+000000000000 python/3.11.0 lxml/5.0.0.0 libxml2/2.12.0"
PROFILE = get_profile("baothaibinh")


def _archive(directory: Path, body: bytes, gzipped: bool = False, url: str = URL) -> dict[str, Any]:
    """A WARC file holding a warcinfo and one response; the `warc` pointer an export holds."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "newscrawl-20250601000000-00000.warc.gz"
    headers = [("Content-Type", "text/html; charset=utf-8")]
    if gzipped:
        body = gzip.compress(body)
        headers.append(("Content-Encoding", "gzip"))
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        offset = stream.tell()
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                           http_headers=http)  # fmt: skip
        writer.write_record(record)
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    return {"file": path.name, "offset": offset, "record_id": record_id}


def _article() -> dict[str, Any]:
    article = dict(extract_article(PAGE.read_bytes(), URL, profile=PROFILE))
    return {**article, "fetched_at": "2025-06-01T00:00:00Z"}


# -- what read it, and where its capture is -----------------------------------------------


def test_the_extractor_is_named_by_release_files_and_what_it_reads_through() -> None:
    named = extractor_id()
    assert named == extractor_id()
    python = ".".join(map(str, sys.version_info[:3]))
    lxml = ".".join(map(str, etree.LXML_VERSION))
    libxml2 = ".".join(map(str, etree.LIBXML_VERSION))
    assert re.fullmatch(
        rf"newscrawl/0\.1\.0\+[0-9a-f]{{12}} python/{python} lxml/{lxml} libxml2/{libxml2}",
        named,
    )


def test_any_file_of_the_package_changes_its_digest_and_bytecode_does_not(tmp_path: Path) -> None:
    (tmp_path / "vn").mkdir()
    (tmp_path / "vn" / "dates.py").write_text("RULE = 1\n")
    (tmp_path / "profiles.json").write_text("{}")
    before = files_digest(tmp_path)
    (tmp_path / "vn" / "__pycache__").mkdir()
    (tmp_path / "vn" / "__pycache__" / "dates.cpython-311.pyc").write_bytes(b"\0")
    assert files_digest(tmp_path) == before
    (tmp_path / "vn" / "dates.py").write_text("RULE = 2\n")
    assert files_digest(tmp_path) != before
    (tmp_path / "vn" / "dates.py").write_text("RULE = 1\n")
    (tmp_path / "profiles.json").rename(tmp_path / "profile.json")
    assert files_digest(tmp_path) != before


def test_a_capture_is_kept_with_its_directory_made_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    pointer = {"file": "a.warc.gz", "offset": 310, "record_id": "<urn:uuid:1>"}
    kept = json.loads(capture_of(pointer, Path("warc")) or "")
    assert kept == {**pointer, "dir": str(tmp_path / "warc")}
    assert capture_of(pointer, None) is None
    assert capture_of(None, Path("warc")) is None


# -- reading a capture again ----------------------------------------------------------------


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "content-encoding-gzip"])
def test_a_capture_is_read_again_as_the_crawl_reads_the_page(tmp_path: Path, gzipped: bool) -> None:
    counted: list[str] = []
    capture = capture_of(_archive(tmp_path, PAGE.read_bytes(), gzipped), tmp_path)
    article = PreviousVersions(PROFILE, None, counted.append).read(capture)
    assert article == dict(extract_article(PAGE.read_bytes(), URL, profile=PROFILE))
    assert counted == ["previous/reread"]


def test_a_capture_is_read_with_the_crawl_s_fallback_charsets(tmp_path: Path) -> None:
    # Undeclared and not UTF-8: decoded with NEWSCRAWL_FALLBACK_CHARSETS, as the crawl read it
    # (0xD2 is a combining hook in windows-1258, the default, and "Ò" in windows-1252).
    paragraphs = "".join(f"<p>{'Doan van ban cua bai viet nay. ' * 6}</p>" for _ in range(2))
    page = f"<html><head><title>Tin Ò ngan</title></head><body><h1>Tin Ò ngan</h1>{paragraphs}"
    body = page.encode("cp1252")
    url = "https://news.example.org/tin/1"  # a site no profile knows: the generic layers
    capture = capture_of(_archive(tmp_path, body, url=url), tmp_path)
    fallbacks = ("cp1252",)
    read = PreviousVersions(None, None, lambda name: None, fallbacks).read(capture)
    crawled = extract_article(body, url, fallback_charsets=fallbacks)
    assert read is not None
    assert read["title"] == crawled["title"] == "Tin Ò ngan"
    assert extract_article(body, url)["title"] != crawled["title"]


@pytest.mark.parametrize(
    ("damage", "says"),
    [
        ({"record_id": "<urn:uuid:another>"}, "the record there is <urn:uuid:"),
        # what warcio makes of bytes inside a gzip member varies with them: only the warning
        ({"offset": 3}, "(offset 3) cannot be read again"),
        ({"file": "gone.warc.gz"}, "gone.warc.gz cannot be read"),
    ],
    ids=["another-record", "inside-a-record", "file-gone"],
)
def test_a_capture_that_cannot_be_read_again_is_none_and_says_why(
    tmp_path: Path, damage: dict[str, Any], says: str, caplog: pytest.LogCaptureFixture
) -> None:
    counted: list[str] = []
    pointer = {**_archive(tmp_path, PAGE.read_bytes()), **damage}
    assert (
        PreviousVersions(PROFILE, None, counted.append).read(capture_of(pointer, tmp_path)) is None
    )
    assert counted == ["previous/unreadable"]
    assert says in caplog.text
    assert "compares with the digests the state keeps" in caplog.text


# -- revisits -------------------------------------------------------------------------------


@pytest.fixture
def archived(tmp_path: Path) -> Iterator[tuple[StateStore, Revisits, list[str]]]:
    """The article archived by an older newscrawl, which read its body otherwise: its digests
    are not this newscrawl's, its capture is in the WARC files."""
    store = StateStore(tmp_path / "state")
    article = _article()
    capture = capture_of(_archive(tmp_path / "warc", PAGE.read_bytes()), tmp_path / "warc")
    record = article_record(article, capture, OLDER_NEWSCRAWL)
    older = json.loads(record.field_digests or "")
    older["body"] = field_digests({"body": "Văn bản đọc theo cách cũ."})["body"]
    store.record_export(1, record, article["fetched_at"])
    store.db.execute("UPDATE articles SET field_digests = ?", (json.dumps(older),))
    counted: list[str] = []
    feed = JsonLines(tmp_path / "changes.jsonl")
    previous = PreviousVersions(PROFILE, tmp_path / "warc2", counted.append)
    yield store, Revisits(feed, previous, counted.append), counted
    feed.close()
    store.close()


def _state(store: StateStore, run_id: int) -> CrawlState:
    return CrawlState(store, run_id, "baothaibinh", SITE, set(), set(), None, False)


def _lose_capture(tmp_path: Path) -> None:
    for path in (tmp_path / "warc").iterdir():
        path.unlink()


def test_a_page_read_otherwise_by_a_newer_newscrawl_is_no_edit(
    archived: tuple[StateStore, Revisits, list[str]],
) -> None:
    store, revisits, counted = archived
    assert revisits.read(_state(store, 2), _article()) is None
    assert store.versions.changes(SITE) == []
    assert counted == ["previous/reread", "previous/read_differently"]
    known = store.versions.known(SITE, "18598")
    assert known is not None
    assert known.field_digests == field_digests(_article())
    assert known.extractor == extractor_id()


def test_an_edit_is_told_apart_from_the_change_in_reading(
    archived: tuple[StateStore, Revisits, list[str]],
) -> None:
    store, revisits, _ = archived
    edited = {**_article(), "title": "Khai mạc kỳ họp thứ 6 (cập nhật)"}
    assert revisits.read(_state(store, 2), edited) == "edited"
    [line] = read_jsonl(revisits.feed.path)
    assert (line["fields"], line["extraction_changed"]) == (["title"], False)


def test_without_the_capture_the_digests_decide_and_the_change_says_so(
    archived: tuple[StateStore, Revisits, list[str]], tmp_path: Path
) -> None:
    store, revisits, counted = archived
    _lose_capture(tmp_path)
    edited = {**_article(), "title": "Khai mạc kỳ họp thứ 6 (cập nhật)"}
    assert revisits.read(_state(store, 2), edited) == "edited"
    [line] = read_jsonl(revisits.feed.path)
    assert (line["fields"], line["extraction_changed"]) == (["title", "body"], True)
    assert counted == ["previous/unreadable", "changes/edited"]


def test_captures_moved_to_this_run_s_warc_directory_are_found_there(
    archived: tuple[StateStore, Revisits, list[str]], tmp_path: Path
) -> None:
    # The archive moved to a bigger disk, and the job now writes there: file names are unique
    # (prefix, time, serial), so the file is looked for in this run's directory too.
    store, revisits, counted = archived
    (tmp_path / "warc").rename(tmp_path / "warc2")
    assert revisits.read(_state(store, 2), _article()) is None
    assert counted == ["previous/reread", "previous/read_differently"]


def test_digests_this_newscrawl_made_need_no_capture(
    archived: tuple[StateStore, Revisits, list[str]], tmp_path: Path
) -> None:
    store, revisits, _ = archived
    assert revisits.read(_state(store, 2), _article()) is None
    _lose_capture(tmp_path)
    edited = {**_article(), "title": "Khai mạc kỳ họp thứ 6 (cập nhật)"}
    assert revisits.read(_state(store, 3), edited) == "edited"
    [line] = read_jsonl(revisits.feed.path)
    assert (line["fields"], line["extraction_changed"]) == (["title"], False)


def test_a_revisit_keeps_where_its_own_capture_is(
    archived: tuple[StateStore, Revisits, list[str]], tmp_path: Path
) -> None:
    store, revisits, _ = archived
    pointer = {"file": "b.warc.gz", "offset": 0, "record_id": "<urn:uuid:2>"}
    revisits.read(_state(store, 2), {**_article(), "warc": pointer})
    known = store.versions.known(SITE, "18598")
    assert known is not None
    assert known.capture == capture_of(pointer, tmp_path / "warc2")
    # A revisit that was not archived leaves no capture to read: the digests are its own.
    revisits.read(_state(store, 3), _article())
    known = store.versions.known(SITE, "18598")
    assert known is not None
    assert known.capture is None
