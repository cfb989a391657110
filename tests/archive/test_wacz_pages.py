"""`pages/pages.jsonl` of a WACZ: each captured HTML page with its title, read as the crawl
reads the page (charsets.decode_html), so a mislabelled page's title is no mojibake."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscrawl.archive.wacz import pages_of
from newscrawl.server.faults.charsets import encode_cp1258

TITLE = "Lễ hội Cầu Ngư ở Thái Bình"


def _warc(tmp_path: Path, body: bytes, content_type: str) -> Path:
    path = tmp_path / "pages.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "http://127.0.0.1:8000/tin-tuc/3/1/x", "response",
            payload=BytesIO(body), http_headers=headers,
        )  # fmt: skip
        writer.write_record(record)
    return path


@pytest.mark.parametrize(
    ("encoding", "content_type"),
    [
        ("utf-8", "text/html; charset=utf-8"),
        ("cp1258", "text/html; charset=windows-1258"),
        ("cp1258", "text/html; charset=utf-8"),  # the server's default label, wrong
        ("utf-8", "text/html"),
    ],
)
def test_titles_read_as_the_page_is_read(tmp_path: Path, encoding: str, content_type: str) -> None:
    page = f"<html><head><title>{TITLE} &amp; x</title></head><body>Thân bài</body></html>"
    body = encode_cp1258(page) if encoding == "cp1258" else page.encode(encoding)
    (entry,) = pages_of(_warc(tmp_path, body, content_type))
    assert entry["title"] == f"{TITLE} & x"
