"""The CDXJ lines written when a file closes are those read back from the file (pywb's form)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.archive.cdxj import WrittenIndexes, cdxj_path, index_warc
from tests.archive.test_archiver import archiver, fill, page
from tests.archive.test_records import exchange

CONTENT_TYPES: dict[str, list[tuple[bytes, bytes]]] = {
    "with parameters": [(b"Content-Type", b"text/html; charset=utf-8")],
    "no space before parameters": [(b"Content-Type", b"application/json;charset=utf-8")],
    "name in another case": [(b"content-TYPE", b"text/plain")],
    "the first of two": [(b"Content-Type", b"text/css"), (b"Content-Type", b"text/plain")],
    "none": [(b"Content-Length", b"3")],
    "empty": [(b"Content-Type", b"")],
    "raw UTF-8": [(b"Content-Type", "text/x-th\u00e1i; charset=utf-8".encode())],
    "raw latin-1": [(b"Content-Type", b"text/x-caf\xe9")],
}


@pytest.mark.parametrize("headers", CONTENT_TYPES.values(), ids=CONTENT_TYPES.keys())
def test_written_lines_are_the_lines_read_back(
    tmp_path: Path, headers: list[tuple[bytes, bytes]]
) -> None:
    archive = archiver(tmp_path)
    archive.archive(exchange(url="http://www.example.com/a?b=1&a=2", response_headers=headers))
    archive.archive(exchange(url="http://www.example.com/again", response_headers=headers))
    archive.archive(exchange(status=404, body=page(1), response_headers=headers))
    archive.close()
    [warc] = tmp_path.glob("*.warc.gz")
    written = cdxj_path(warc).read_text("utf-8").splitlines()
    assert len(written) == 3  # responses and the revisit, not the requests
    assert written == index_warc(warc)


# Held lines are sorted into runs on disk every RUN_LINES and merged when the file closes: a
# run per line, a few runs a file, and none.
@pytest.mark.parametrize("run_lines", [1, 3, 10_000])
def test_lines_made_in_batches_go_to_their_own_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_lines: int
) -> None:
    monkeypatch.setattr(WrittenIndexes, "BATCH", 4)
    monkeypatch.setattr(WrittenIndexes, "RUN_LINES", run_lines)
    archive = archiver(tmp_path, max_size=8000)  # a file every few exchanges
    fill(archive, 21)
    archive.close()
    warcs = sorted(tmp_path.glob("*.warc.gz"))
    assert len(warcs) > 4
    written = {warc: cdxj_path(warc).read_text("utf-8").splitlines() for warc in warcs}
    assert written == {warc: index_warc(warc) for warc in warcs}
    assert sum(map(len, written.values())) == 21
    indexes = sorted(path.name for path in tmp_path.iterdir() if "cdxj" in path.name)
    assert indexes == sorted(cdxj_path(warc).name for warc in warcs)  # no run left behind
