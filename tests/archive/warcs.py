"""Helpers for the archive tests: reading WARC files back, `warcio check`, replay with pywb."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from newscrawl.archive.reader import HttpBlock, parse_http_block
from tests.support import ROOT

WARCIO = Path(sys.executable).parent / "warcio"


@dataclass
class Record:
    """One record read back: its WARC fields, HTTP header lines and payload as stored."""

    file: str
    offset: int
    type: str
    fields: dict[str, str]
    http: list[tuple[str, str]]
    statusline: str
    protocol: str
    payload: bytes
    digest_ok: bool | None

    @property
    def uri(self) -> str:
        return self.fields.get("WARC-Target-URI", "")

    @property
    def id(self) -> str:
        return self.fields["WARC-Record-ID"]

    @property
    def status(self) -> int:
        return int(self.statusline.split(" ", 1)[0])

    def header(self, name: str) -> list[str]:
        return [value for key, value in self.http if key.lower() == name.lower()]

    def decoded(self) -> bytes:
        if self.header("Content-Encoding") == ["gzip"]:
            return gzip.decompress(self.payload)
        return self.payload


def digests_checked(path: Path) -> dict[int, bool | None]:
    """Record offset -> did warcio find its block and payload digests right."""
    results = {}
    with path.open("rb") as stream:
        iterator = ArchiveIterator(stream, check_digests=True)
        for record in iterator:
            record.content_stream().read()
            results[iterator.get_record_offset()] = record.digest_checker.passed
    return results


def read_warc(path: Path) -> list[Record]:
    """Every record, HTTP headers as stored (latin-1 decoded: one char per byte)."""
    checked = digests_checked(path)
    records = []
    with path.open("rb") as stream:
        iterator = ArchiveIterator(stream, no_record_parse=True)
        for record in iterator:
            block = record.raw_stream.read()
            is_http = record.rec_type in ("request", "response", "revisit") and block
            http = parse_http_block(block) if is_http else HttpBlock(b"", [], block)
            # as warcio splits it: `HTTP/1.1` + `200 OK`, or `GET` + `/path HTTP/1.1`
            protocol, _, statusline = http.start_line.decode("latin-1").partition(" ")
            records.append(
                Record(
                    file=path.name,
                    offset=iterator.get_record_offset(),
                    type=record.rec_type,
                    fields=dict(record.rec_headers.headers),
                    http=[(n.decode("latin-1"), v.decode("latin-1")) for n, v in http.headers],
                    statusline=statusline,
                    protocol=protocol,
                    payload=http.payload,
                    digest_ok=checked[iterator.get_record_offset()],
                )
            )
    return records


def read_dir(directory: Path) -> list[Record]:
    return [r for path in sorted(directory.glob("*.warc.gz")) for r in read_warc(path)]


def warcio_check(*paths: Path) -> subprocess.CompletedProcess[str]:
    """`warcio check -v`: every record readable and every digest right (exit code 0)."""
    command = [str(WARCIO), "check", "-v", *map(str, paths)]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)


@dataclass
class Replay:
    url: str

    def get(self, timestamp: str, url: str) -> tuple[int, dict[str, str], bytes]:
        """The archived response as pywb serves it unmodified (`id_` mode)."""
        with urllib.request.urlopen(f"{self.url}/archive/{timestamp}id_/{url}") as reply:
            body: bytes = reply.read()
            return reply.status, dict(reply.headers.items()), body


def pywb_python() -> Path:
    """The interpreter pywb is installed in: its own environment (`.venv-replay`, or
    NEWSCRAWL_PYWB_PYTHON), because pywb's `brotlipy` dependency shadows the Brotli module
    Scrapy decodes `br` responses with, and pins an older pyOpenSSL."""
    configured = os.environ.get("NEWSCRAWL_PYWB_PYTHON")
    python = Path(configured) if configured else ROOT / ".venv-replay" / "bin" / "python"
    if not python.exists():
        raise AssertionError(
            f"no pywb environment at {python}: python3 -m venv .venv-replay &&"
            " .venv-replay/bin/pip install 'pywb>=2.10' (see README)"
        )
    return python


@contextmanager
def pywb_replay(tmp_path: Path, index: Path, archive: Path) -> Iterator[Replay]:
    """pywb serving the collection `archive` (CDXJ index + WARC directory) on loopback."""
    config = tmp_path / "pywb.yaml"
    config.write_text("{}\n")
    command = [str(pywb_python()), "-m", "tests.archive.pywb_server", str(index), str(archive),
               str(config)]  # fmt: skip
    server = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert server.stdout is not None
        # pywb may print warnings of its own first
        line = next((line for line in server.stdout if line.startswith("port ")), "")
        assert line, "pywb did not start"
        yield Replay(f"http://127.0.0.1:{line.split()[1]}")
    finally:
        server.terminate()
        server.wait(timeout=10)
