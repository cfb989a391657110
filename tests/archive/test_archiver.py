"""The archive without Scrapy: rolling files, their indexes, revisits, reading back."""

from __future__ import annotations

import errno
import hashlib
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import pytest

from newscrawl.archive.archiver import Archiver
from newscrawl.archive.cdxj import cdxj_path, index_warc
from newscrawl.archive.config import ArchiveConfig
from newscrawl.archive.digests import INDEX_NAME
from newscrawl.archive.reader import ArchiveReader, warc_files
from newscrawl.archive.writer import warc_name
from tests.archive.test_records import exchange
from tests.archive.warcs import read_warc, warcio_check
from tests.support import ROOT

STARTED = datetime(2026, 11, 26, 7, 20, tzinfo=UTC)


def archiver(directory: Path, started: datetime = STARTED, max_size: int = 1024**3) -> Archiver:
    config = ArchiveConfig(directory, max_size=max_size)
    return Archiver(config, started=started, warcinfo=lambda name: {"software": "test"})


def page(number: int) -> bytes:
    """A page that does not compress to nothing, so sizes are realistic."""
    noise = "".join(hashlib.sha256(f"{number}/{i}".encode()).hexdigest() for i in range(50))
    return f"<html><body>page {number} {noise}</body></html>".encode()


def fill(archive: Archiver, count: int, start: int = 0) -> list[str]:
    """Archive `count` distinct pages; return the record ids of their responses."""
    ids = []
    for number in range(start, start + count):
        item = exchange(url=f"http://127.0.0.1:8000/p/{number}", body=page(number))
        ids.append(archive.archive(item).location["record_id"])
    return ids


def test_files_roll_over_at_the_size_limit_each_with_warcinfo_first(tmp_path: Path) -> None:
    archive = archiver(tmp_path, max_size=2500)  # one exchange fills a file
    fill(archive, 5)
    archive.close()
    names = sorted(p.name for p in tmp_path.glob("*.warc.gz"))
    assert names == [warc_name("newscrawl", STARTED, n) for n in range(5)]
    assert names[0] == "newscrawl-20261126072000-00000.warc.gz"
    for name in names:
        records = read_warc(tmp_path / name)
        assert [r.type for r in records] == ["warcinfo", "request", "response"]
        assert records[0].fields["WARC-Filename"] == name
    assert warcio_check(*sorted(tmp_path.glob("*.warc.gz"))).returncode == 0


def test_a_file_is_open_while_written_and_renamed_when_closed(tmp_path: Path) -> None:
    archive = archiver(tmp_path)
    fill(archive, 2)
    assert [p.name for p in tmp_path.glob("*.warc.gz*")] == [
        "newscrawl-20261126072000-00000.warc.gz.open"
    ]
    archive.close()
    archive.close()  # a second close (spider_closed, then engine_stopped) is harmless
    assert [p.name for p in tmp_path.glob("*.warc.gz*")] == [
        "newscrawl-20261126072000-00000.warc.gz"
    ]
    with pytest.raises(RuntimeError, match="closed"):
        fill(archive, 1)


def test_an_existing_name_is_never_written_over(tmp_path: Path) -> None:
    taken = tmp_path / warc_name("newscrawl", STARTED, 0)
    taken.write_bytes(b"another crawl's file")
    archive = archiver(tmp_path)
    fill(archive, 1)
    archive.close()
    assert taken.read_bytes() == b"another crawl's file"
    assert (tmp_path / warc_name("newscrawl", STARTED, 1)).is_file()


def test_each_closed_file_gets_its_cdxj_as_newscrawl_index_builds_it(tmp_path: Path) -> None:
    archive = archiver(tmp_path, max_size=8000)
    fill(archive, 6)
    archive.close()
    warcs = list(tmp_path.glob("*.warc.gz"))
    assert len(warcs) > 1
    for warc in warcs:
        written = cdxj_path(warc).read_text("utf-8").splitlines()
        assert written == index_warc(warc)
        assert len(written) == sum(1 for r in read_warc(warc) if r.type == "response")


def test_the_location_is_the_response_record(tmp_path: Path) -> None:
    archive = archiver(tmp_path)
    item = exchange()
    location = archive.archive(item).location
    archive.close()
    records = {r.offset: r for r in read_warc(tmp_path / location["file"])}
    record = records[location["offset"]]
    assert (record.type, record.id, record.payload) == (
        "response",
        location["record_id"],
        item.body,
    )


def test_a_later_crawl_into_the_same_directory_writes_revisits(tmp_path: Path) -> None:
    first = archiver(tmp_path)
    original = first.archive(exchange()).location
    first.close()
    assert (tmp_path / INDEX_NAME).is_file()
    later = datetime(2026, 12, 1, tzinfo=UTC)
    second = archiver(tmp_path, started=later)
    again = second.archive(exchange(url="http://127.0.0.1:9999/moved"))
    second.close()
    assert again.revisit
    assert again.location == original  # where the bytes are: the first capture
    revisit = read_warc(tmp_path / warc_name("newscrawl", later, 0))[-1]
    assert revisit.type == "revisit"
    assert revisit.fields["WARC-Refers-To"] == original["record_id"]
    assert revisit.fields["WARC-Refers-To-Target-URI"] == exchange().url
    assert revisit.payload == b""


def test_within_a_crawl_the_same_bytes_are_stored_once(tmp_path: Path) -> None:
    archive = archiver(tmp_path)
    assert not archive.archive(exchange(url="http://127.0.0.1:8000/a")).revisit
    assert archive.archive(exchange(url="http://127.0.0.1:8000/b")).revisit
    archive.close()


@pytest.mark.parametrize(
    "changes", [{"status": 404}, {"body": b""}, {"truncated": "disconnect"}, {"status": 301}]
)
def test_no_revisit_for_errors_empty_or_truncated_bodies(
    tmp_path: Path, changes: dict[str, object]
) -> None:
    archive = archiver(tmp_path)
    archive.archive(exchange(**changes))
    assert not archive.archive(exchange(**changes)).revisit
    archive.close()


def test_revisits_are_read_back_with_the_original_payload(tmp_path: Path) -> None:
    first = archiver(tmp_path)
    fill(first, 3)
    first.close()
    later = datetime(2026, 12, 1, tzinfo=UTC)
    second = archiver(tmp_path, started=later)
    fill(second, 3)
    second.close()
    everything = list(ArchiveReader(warc_files([tmp_path])).responses())
    assert [s.revisit for s in everything] == [False] * 3 + [True] * 3
    assert [s.body for s in everything[3:]] == [page(n) for n in range(3)]
    # Given the later file alone, the originals are found through the directory's index.
    alone = ArchiveReader([tmp_path / warc_name("newscrawl", later, 0)])
    assert [s.body for s in alone.responses()] == [page(n) for n in range(3)]
    assert alone.unresolved == 0


def test_a_revisit_whose_original_is_gone_is_skipped_not_fatal(tmp_path: Path) -> None:
    first = archiver(tmp_path)
    fill(first, 2)
    first.close()
    later = datetime(2026, 12, 1, tzinfo=UTC)
    second = archiver(tmp_path, started=later)
    fill(second, 3)  # two revisits and one new page
    second.close()
    (tmp_path / warc_name("newscrawl", STARTED, 0)).unlink()
    reader = ArchiveReader(warc_files([tmp_path]))
    assert [s.body for s in reader.responses()] == [page(2)]
    assert reader.unresolved == 2


def test_unfinished_files_are_not_read(tmp_path: Path) -> None:
    archive = archiver(tmp_path)
    fill(archive, 1)
    assert warc_files([tmp_path]) == []
    archive.close()
    assert len(warc_files([tmp_path])) == 1


def test_a_process_that_exits_without_closing_still_closes_its_file(tmp_path: Path) -> None:
    """The atexit hook: what runs when the reactor is stopped without closing the spider."""
    script = (
        "import sys; from pathlib import Path\n"
        "from tests.archive.test_archiver import archiver, fill\n"
        "fill(archiver(Path(sys.argv[1])), 2)\n"  # and exit, never calling close()
    )
    subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT, check=True)
    assert [p.name for p in tmp_path.glob("*.warc.gz*")] == [warc_name("newscrawl", STARTED, 0)]
    assert warcio_check(tmp_path / warc_name("newscrawl", STARTED, 0)).returncode == 0


class _FullDisk:
    """A file that takes half of the next write, then fails as a full disk does."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def write(self, data: memoryview) -> int:
        self.stream.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)


def test_a_failed_write_is_cut_off_and_the_file_stays_whole(tmp_path: Path) -> None:
    archive = archiver(tmp_path)
    fill(archive, 1)
    current = archive.writer._current
    assert current is not None
    real = current.stream
    current.stream = _FullDisk(real)  # type: ignore[assignment]
    with pytest.raises(OSError, match="No space"):
        fill(archive, 1, start=1)
    current.stream = real
    later = fill(archive, 1, start=2)
    archive.close()
    warc = tmp_path / warc_name("newscrawl", STARTED, 0)
    assert warcio_check(warc).returncode == 0
    responses = [r for r in read_warc(warc) if r.type == "response"]
    assert [r.payload for r in responses] == [page(0), page(2)]
    assert responses[1].id == later[0]
