"""Where the crawl hands its exchanges to be archived: another process, or its own thread.

Archiving on the crawl's own thread (gzip, digests, records, index lines) cost a CPU-bound
crawl a sixth of its throughput. `ArchiveProcess` runs the same `Archiver` in a process of its
own (`worker.py`), on another core: the crawl only hands each exchange over and awaits where
its records went, reading the answers as its event loop sees them arrive, like any other I/O.
`InProcessArchive` is the same interface on the crawl's thread, for reactors without an asyncio
loop, platforms without `pass_fds`, and `NEWSCRAWL_WARC_PROCESS=False`.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import itertools
import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from multiprocessing.connection import Connection
from typing import Protocol

from newscrawl.archive.archiver import Archived, Archiver, open_directory
from newscrawl.archive.config import ArchiveConfig
from newscrawl.archive.records import Exchange
from newscrawl.archive.worker import STARTUP, Failed, Reply, Start
from newscrawl.archive.writer import ClosedFile

logger = logging.getLogger(__name__)

# Not `-m newscrawl.archive.worker`: there the messages' classes would be `__main__`'s, which
# this side cannot unpickle.
_WORKER = "import sys; from newscrawl.archive.worker import main; sys.exit(main(sys.argv))"
_PIPE_BYTES = 1 << 20  # a few pages can be handed over without waiting for the archive
_F_SETPIPE_SZ = 1031  # fcntl's name for it, on Linux only


class ArchiveError(Exception):
    """An exchange the archive could not write, or an archive that is gone."""


class Archive(Protocol):
    async def archive(self, exchange: Exchange) -> Archived: ...
    def close(self) -> None: ...


class InProcessArchive:
    def __init__(self, archiver: Archiver) -> None:
        self.archiver = archiver

    async def archive(self, exchange: Exchange) -> Archived:
        return self.archiver.archive(exchange)

    def close(self) -> None:
        self.archiver.close()


class ArchiveProcess:
    def __init__(
        self,
        config: ArchiveConfig,
        *,
        started: datetime,
        warcinfo: dict[str, str],
        on_file_closed: Callable[[ClosedFile], None],
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        self.on_file_closed = on_file_closed
        self.loop = loop
        _check_writable(config)
        to_child, child_reads = _pipe()
        child_writes, from_child = _pipe()
        self._process = subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(child_reads), str(child_writes)],
            pass_fds=(child_reads, child_writes),
        )
        os.close(child_reads)
        os.close(child_writes)
        logger.info(
            "Archiving every exchange as WARC into %s (own process, pid %d)",
            config.directory,
            self._process.pid,
        )
        self._outbox = Connection(to_child, readable=False)
        self._inbox = Connection(from_child, writable=False)
        self._tickets = itertools.count()
        self._waiting: dict[int, asyncio.Future[Archived]] = {}
        self._gone: str | None = None
        self._closed = False
        # Not waited for: the process starts (a fifth of a second of imports) while the crawl
        # does; what could keep it from starting was checked above, and anything else reaches
        # the crawl as its first answer.
        self._outbox.send(Start(config, started, warcinfo))
        loop.add_reader(from_child, self._read)
        # The last resort when the reactor stops without closing the spider (a second SIGTERM):
        # the archive finishes its files before the interpreter is gone.
        atexit.register(self.close)

    @property
    def pid(self) -> int:
        """The archive process's id, for an operator watching (or stopping) it."""
        return self._process.pid

    async def archive(self, exchange: Exchange) -> Archived:
        if self._gone is not None:
            raise ArchiveError(self._gone)
        ticket = next(self._tickets)
        answer: asyncio.Future[Archived] = self.loop.create_future()
        self._waiting[ticket] = answer
        self._read()  # never hand over while the archive may be waiting to answer
        try:
            self._outbox.send((ticket, exchange))
        except OSError as exc:
            self._lost(f"the archive process is gone ({exc!r})")
        return await answer

    def close(self) -> None:
        """Every exchange handed over written, every file closed, the process ended."""
        if self._closed:
            return
        self._closed = True
        atexit.unregister(self.close)
        if not self.loop.is_closed():
            self.loop.remove_reader(self._inbox.fileno())
        with contextlib.suppress(OSError):
            self._outbox.send(None)
        try:
            while self._take(self._inbox.recv()):
                pass
        except (EOFError, OSError):
            pass
        self._process.wait()
        self._outbox.close()
        self._inbox.close()
        self._lost(f"the archive is closed (exit code {self._process.returncode})")

    def _read(self) -> None:
        try:
            while self._inbox.poll():
                if not self._take(self._inbox.recv()):
                    break
        except (EOFError, OSError):
            self.loop.remove_reader(self._inbox.fileno())
            self._lost(f"the archive process exited ({self._process.poll()})")
        except Exception as exc:  # an answer that cannot be read: nobody may wait forever
            self.loop.remove_reader(self._inbox.fileno())
            self._lost(f"an answer from the archive process could not be read ({exc!r})")

    def _take(self, replies: list[Reply]) -> bool:
        """Hand each answer to whoever awaits it; False once the process has finished."""
        for reply in replies:
            if reply is None:
                return False
            if isinstance(reply, ClosedFile):
                self.on_file_closed(reply)
            elif isinstance(reply, Failed) and reply.ticket == STARTUP:
                self._lost(f"the archive process could not start: {reply.error}")
            elif isinstance(reply, Failed):
                self._answer(reply.ticket, ArchiveError(reply.error))
            else:
                self._answer(*reply)
        return True

    def _answer(self, ticket: int, outcome: Archived | ArchiveError) -> None:
        answer = self._waiting.pop(ticket, None)
        if answer is None or answer.done():
            return
        if isinstance(outcome, ArchiveError):
            answer.set_exception(outcome)
        else:
            answer.set_result(outcome)

    def _lost(self, why: str) -> None:
        if self._gone is None and not self._closed:
            logger.error("Archiving stopped: %s", why)
        self._gone = self._gone or why
        waiting, self._waiting = self._waiting, {}
        for answer in waiting.values():
            if not answer.done() and not self.loop.is_closed():
                answer.set_exception(ArchiveError(why))


def _check_writable(config: ArchiveConfig) -> None:
    """What would keep the archive process from starting, said before the crawl begins."""
    try:
        open_directory(config).close()
    except (OSError, sqlite3.Error) as exc:
        raise ArchiveError(f"the archive could not start in {config.directory}: {exc}") from exc


def _pipe() -> tuple[int, int]:
    """(write end, read end), the pipe enlarged where the OS allows it."""
    read, write = os.pipe()
    try:
        import fcntl

        fcntl.fcntl(write, _F_SETPIPE_SZ, _PIPE_BYTES)
    except (ImportError, OSError):
        pass
    return write, read
