"""The archive's own process: exchanges in through a pipe, WARC files out.

`main([_, IN_FD, OUT_FD])`, started by `process.ArchiveProcess` in a process of its own for one
crawl, runs an `Archiver` over the exchanges it reads, in the order they come, and answers each
with where its records went; it writes, rolls over and closes the files and says so. It takes
no signal: it stops when the crawl says so or when the crawl's end of the pipe closes (the
crawl died), and either way closes its files first, so that even a crawl killed outright
leaves whole records in closed files.
"""

from __future__ import annotations

import contextlib
import signal
from dataclasses import dataclass
from datetime import datetime
from multiprocessing.connection import Connection

from newscrawl.archive.archiver import Archived, Archiver
from newscrawl.archive.config import ArchiveConfig
from newscrawl.archive.records import Exchange
from newscrawl.archive.writer import ClosedFile


@dataclass(frozen=True, slots=True)
class Start:
    """The first message: how to archive."""

    config: ArchiveConfig
    started: datetime
    warcinfo: dict[str, str]


@dataclass(frozen=True, slots=True)
class Failed:
    """Why an exchange (or the archive itself, ticket -1) could not be written."""

    ticket: int
    error: str


STARTUP = -1  # the ticket of the answer to `Start`
# Crawl -> archive: `Start`, then `(ticket, Exchange)` per exchange, then `None` to finish.
Job = tuple[int, Exchange]
# Archive -> crawl, in lists: `(ticket, Archived)` per exchange written, `Failed`, a
# `ClosedFile` whenever a file is closed, and `None` last, once everything is closed.
Reply = tuple[int, Archived] | Failed | ClosedFile | None


def serve(inbox: Connection, outbox: Connection) -> None:
    start: Start = inbox.recv()
    replies: list[Reply] = []
    try:
        archiver = Archiver(
            start.config,
            started=start.started,
            warcinfo=lambda filename: start.warcinfo,
            on_file_closed=replies.append,
        )
    except Exception as exc:  # e.g. a directory that cannot be created: the crawl says why
        _send(outbox, [Failed(STARTUP, repr(exc)), None])
        return
    _send(outbox, [])  # ready
    try:
        _archive_all(inbox, outbox, archiver, replies)
    finally:
        archiver.close()
        replies.append(None)
        _send(outbox, replies)


def _archive_all(
    inbox: Connection, outbox: Connection, archiver: Archiver, replies: list[Reply]
) -> None:
    while True:
        try:
            message: Job | None = inbox.recv()
        except EOFError:  # the crawl is gone: what was written is kept, and closed
            return
        if message is None:
            return
        ticket, exchange = message
        try:
            replies.append((ticket, archiver.archive(exchange)))
        except Exception as exc:  # one exchange that cannot be written: said, not fatal
            replies.append(Failed(ticket, repr(exc)))
        if not inbox.poll():  # the answers go together while more exchanges are waiting
            _send(outbox, replies)


def _send(outbox: Connection, replies: list[Reply]) -> None:
    # OSError: nobody reads any more (the crawl died); the files still get closed.
    with contextlib.suppress(OSError):
        outbox.send(list(replies))
    replies.clear()


def main(argv: list[str]) -> int:
    # A Ctrl-C or a SIGTERM sent to the crawl's process group must not cut a write short: the
    # crawl's end of the pipe says when to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    serve(Connection(int(argv[1]), writable=False), Connection(int(argv[2]), readable=False))
    return 0
