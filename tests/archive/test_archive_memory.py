"""What the archive process holds while a file is written stays bounded: a WARC file of small
records (404 pictures, redirects) may take a whole crawl to reach its size limit, and its index
lines and captures would otherwise be held until then (BENCHMARKS.md, memory)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from newscrawl.archive.cdxj import Entry, WrittenIndexes
from newscrawl.archive.digests import Capture, DigestIndex, payload_digest
from newscrawl.archive.writer import Placement

WARC = "newscrawl-20261126072000-00000.warc.gz"


def entry(number: int, file: str = WARC) -> Entry:
    url = f"https://media.baothaibinh.com.vn/upload/news/11_2025/{number}_anh-{number}.jpg"
    digest = payload_digest(str(number).encode())
    date = f"2026-11-26T07:{number // 60 % 60:02d}:{number % 60:02d}.163456Z"
    return Entry(url, date, 404, b"text/html", False, digest, Placement(file, number * 900, 880))


def capture(number: int) -> Capture:
    digest = payload_digest(str(number).encode())
    url = f"https://baothaibinh.com.vn/news/1/{number}/bai-viet-so-{number}"
    return Capture(digest, url, "2026-11-26T07:20:00.163456Z", f"<urn:uuid:{number}>", WARC, number)


def traced_growth(work: Callable[[], object]) -> int:
    """Bytes that Python allocated for `work` and still holds (tracemalloc)."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = work()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert kept is not None
    return after - before


def test_index_lines_of_a_file_being_written_are_held_a_run_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(WrittenIndexes, "RUN_LINES", 2_000, raising=False)

    def add_lines() -> WrittenIndexes:
        indexes = WrittenIndexes()
        for number in range(20_000):
            indexes.add(entry(number))
        return indexes

    # 20,000 lines held as strings take about 8 MB; a run of 2,000 about a tenth of that.
    assert traced_growth(add_lines) < 2_000_000


def test_captures_of_a_file_being_written_are_not_held_in_python(tmp_path: Path) -> None:
    index = DigestIndex(tmp_path)

    def add_captures() -> DigestIndex:
        for number in range(20_000):
            index.add(capture(number))
        return index

    # As Capture objects in a dict they take about 8 MB.
    assert traced_growth(add_captures) < 1_000_000
    assert index.lookup(capture(12_345).digest) == capture(12_345)
    assert index.commit("another.warc.gz") == 0
    assert index.commit(WARC) == 20_000
    assert index.lookup(capture(19_999).digest) == capture(19_999)
    index.close()


def test_captures_not_committed_are_gone_for_the_next_crawl(tmp_path: Path) -> None:
    first = DigestIndex(tmp_path)
    first.add(capture(1))
    first.add(capture(2))
    assert first.lookup(capture(1).digest) == capture(1)
    first.close()  # a crawl killed before its file was closed: nothing points into it
    second = DigestIndex(tmp_path)
    assert second.lookup(capture(1).digest) is None
    second.close()


def test_the_first_capture_of_a_payload_is_the_one_kept(tmp_path: Path) -> None:
    index = DigestIndex(tmp_path)
    first = capture(1)
    later = Capture(first.digest, "https://baothaibinh.com.vn/x", first.date, "<urn:x>", WARC, 9)
    index.add(first)
    index.add(later)
    assert index.lookup(first.digest) == first
    index.commit(WARC)
    assert index.lookup(first.digest) == first
    index.close()
