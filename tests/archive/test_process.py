"""The archive in a process of its own: the same files as on the crawl's thread, answers to each
exchange in order, and failures that reach whoever waits, never a hang."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newscrawl.archive.archiver import Archived
from newscrawl.archive.config import ArchiveConfig
from newscrawl.archive.process import ArchiveError, ArchiveProcess
from newscrawl.archive.records import Exchange
from newscrawl.archive.worker import STARTUP, Failed
from newscrawl.archive.writer import ClosedFile
from tests.archive.test_archiver import STARTED, archiver, page
from tests.archive.test_records import exchange
from tests.archive.warcs import Record, read_dir, warcio_check

WARCINFO = {"software": "test"}


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


def start(
    directory: Path,
    loop: asyncio.AbstractEventLoop,
    max_size: int = 1024**3,
    on_file_closed: Callable[[ClosedFile], None] = lambda closed: None,
) -> ArchiveProcess:
    return ArchiveProcess(
        ArchiveConfig(directory, max_size=max_size),
        started=STARTED,
        warcinfo=WARCINFO,
        on_file_closed=on_file_closed,
        loop=loop,
    )


def exchanges(count: int) -> list[Exchange]:
    """`count` pages, the last one served twice (its second copy is a revisit)."""
    items = [exchange(url=f"http://127.0.0.1:8000/p/{n}", body=page(n)) for n in range(count)]
    return [*items, exchange(url="http://127.0.0.1:8000/again", body=page(count - 1))]


def archive_all(
    process: ArchiveProcess, loop: asyncio.AbstractEventLoop, items: list[Exchange]
) -> list[Archived]:
    async def run() -> list[Archived]:
        return list(await asyncio.gather(*(process.archive(item) for item in items)))

    return loop.run_until_complete(run())


def content(records: list[Record]) -> list[tuple[str, str | None, bytes]]:
    """What a record says, without what differs from run to run (ids, dates)."""
    return [(r.type, r.fields.get("WARC-Target-URI"), r.payload) for r in records]


def test_the_same_records_as_on_the_crawls_thread(
    tmp_path: Path, loop: asyncio.AbstractEventLoop
) -> None:
    items = exchanges(6)
    process = start(tmp_path / "process", loop)
    answers = archive_all(process, loop, items)
    process.close()
    in_thread = archiver(tmp_path / "thread")
    for item in items:
        in_thread.archive(item)
    in_thread.close()
    written = read_dir(tmp_path / "process")
    assert content(written) == content(read_dir(tmp_path / "thread"))
    assert [a.revisit for a in answers] == [False] * 6 + [True]
    assert warcio_check(*sorted((tmp_path / "process").glob("*.warc.gz"))).returncode == 0


def test_each_answer_says_where_its_response_is(
    tmp_path: Path, loop: asyncio.AbstractEventLoop
) -> None:
    items = exchanges(4)
    process = start(tmp_path, loop)
    answers = archive_all(process, loop, items)
    process.close()
    at = {(r.file, r.offset): r for r in read_dir(tmp_path)}
    for item, answer in zip(items, answers, strict=True):
        location = answer.location
        record = at[(location["file"], location["offset"])]
        assert record.fields["WARC-Record-ID"] == location["record_id"]
        assert record.payload == item.body  # the revisit's points at the first copy


def test_files_roll_over_and_each_closed_file_is_reported(
    tmp_path: Path, loop: asyncio.AbstractEventLoop
) -> None:
    closed: list[ClosedFile] = []
    process = start(tmp_path, loop, max_size=2500, on_file_closed=closed.append)
    archive_all(process, loop, exchanges(3))  # one exchange fills a file
    process.close()
    reported = sorted(c.path.name for c in closed)
    assert reported == sorted(p.name for p in tmp_path.glob("*.warc.gz"))
    assert len(reported) == 4
    assert list(tmp_path.glob("*.open")) == []


def test_an_exchange_that_cannot_be_written_fails_alone(
    tmp_path: Path, loop: asyncio.AbstractEventLoop
) -> None:
    unwritable = exchange(url="http://127.0.0.1:8000/x", body=b"x", method="GÉT\u0100")
    process = start(tmp_path, loop)

    async def run() -> tuple[BaseException | Archived, ...]:
        return tuple(
            await asyncio.gather(
                process.archive(unwritable),
                *map(process.archive, exchanges(2)),
                return_exceptions=True,
            )
        )

    outcomes = loop.run_until_complete(run())
    process.close()
    assert isinstance(outcomes[0], ArchiveError)
    assert "UnicodeEncodeError" in str(outcomes[0])
    assert all(isinstance(o, Archived) for o in outcomes[1:])


def test_an_archive_that_cannot_start_says_why_before_the_crawl(
    tmp_path: Path, loop: asyncio.AbstractEventLoop
) -> None:
    taken = tmp_path / "a-file"
    taken.write_text("not a directory")
    with pytest.raises(ArchiveError, match="could not start"):
        start(taken / "warc", loop)


def test_a_process_that_failed_to_start_fails_every_exchange(
    tmp_path: Path, loop: asyncio.AbstractEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    process = start(tmp_path, loop)
    with caplog.at_level(logging.ERROR):
        process._take([Failed(STARTUP, "PermissionError(13)")])  # as the process answers then
    assert "could not start: PermissionError(13)" in caplog.text
    with pytest.raises(ArchiveError, match="could not start"):
        archive_all(process, loop, exchanges(1))
    process.close()


def test_a_dead_archive_fails_what_waits_and_what_comes(
    tmp_path: Path, loop: asyncio.AbstractEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    process = start(tmp_path, loop)
    archive_all(process, loop, exchanges(1))
    os.kill(process.pid, signal.SIGKILL)
    os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)  # dead, left for close() to reap
    with caplog.at_level(logging.ERROR), pytest.raises(ArchiveError, match=r"exited|gone"):
        archive_all(process, loop, exchanges(1))
    assert "Archiving stopped" in caplog.text
    with pytest.raises(ArchiveError):
        archive_all(process, loop, exchanges(1))
    process.close()


def test_after_close_nothing_more_is_taken(tmp_path: Path, loop: asyncio.AbstractEventLoop) -> None:
    process = start(tmp_path, loop)
    archive_all(process, loop, exchanges(1))
    process.close()
    process.close()  # spider_closed, then engine_stopped
    with pytest.raises(ArchiveError, match="closed"):
        archive_all(process, loop, exchanges(1))
    assert [p.name for p in tmp_path.glob("*.warc.gz*")] == [
        "newscrawl-20261126072000-00000.warc.gz"
    ]


def test_the_log_names_the_archive_process(
    tmp_path: Path, loop: asyncio.AbstractEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="newscrawl.archive.process"):
        process = start(tmp_path, loop)
    process.close()
    assert f"into {tmp_path} (own process, pid {process.pid})" in caplog.text
