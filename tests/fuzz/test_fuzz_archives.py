"""Hostile input to the archive readers: a capture index's reply (`pages.cdx.read_index`) and a
record read by byte range (`archive.remote.read_record`) either read or say why they cannot
(`NotAnIndex`, `NotARecord`); nothing else escapes. Inputs are real replies and records, mutated
the way a proxy, a cut connection or a wrong range mangles them, and arbitrary bytes."""

from __future__ import annotations

import gzip
import json

from hypothesis import given
from hypothesis import strategies as st

from newscrawl.archive.remote import ArchivedResponse, NotARecord, read_record
from newscrawl.pages.cdx import IndexPage, NotAnIndex, read_index
from tests.fuzz.test_fuzz import FUZZ

ARTICLE = "https://baothaibinh.com.vn/tin-tuc/3/159670/tham-tra"
WAYBACK = json.dumps([
    ["urlkey", "timestamp", "original", "mimetype", "statuscode"],
    ["vn,com,baothaibinh)/tin-tuc/3/159670/tham-tra", "20250612121900", ARTICLE, "text/html",
     "200"],
    [], ["vn%2Ccom%2Cbaothaibinh%29%2Ftin-tuc+20250612121900%21"],
]).encode()  # fmt: skip
PYWB = (
    json.dumps({"urlkey": "vn,com,baothaibinh)/tin-tuc/3/159670/tham-tra",
                "timestamp": "20250612121900", "url": ARTICLE, "mime": "text/html",
                "status": "200", "offset": "1200", "length": "300",
                "filename": "crawl-data/x.warc.gz"}) + "\n"
).encode()  # fmt: skip
PAGES = b'{"pages": 3, "pageSize": 5, "blocks": 12}\n'
_HTTP = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><h1>x</h1></html>"
RECORD = (
    b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2025-06-12T12:19:00Z\r\n"
    + f"WARC-Target-URI: {ARTICLE}\r\nContent-Length: {len(_HTTP)}\r\n\r\n".encode()
    + _HTTP
    + b"\r\n\r\n"
)


@st.composite
def mangled(draw: st.DrawFn, original: bytes) -> bytes:
    """The bytes cut short, with bytes flipped, a slice dropped or junk spliced in."""
    data = bytearray(original)
    for _ in range(draw(st.integers(0, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        match draw(st.sampled_from(["cut", "flip", "drop", "splice"])):
            case "cut":
                del data[at:]
            case "flip":
                data[at] ^= draw(st.integers(1, 255))
            case "drop":
                del data[at : at + draw(st.integers(1, 16))]
            case "splice":
                data[at:at] = draw(st.binary(min_size=1, max_size=16))
    return bytes(data)


def _reply() -> st.SearchStrategy[bytes]:
    return st.one_of(*(mangled(body) for body in (WAYBACK, PYWB, PAGES)), st.binary())


@FUZZ
@given(_reply())
def test_an_index_reply_is_read_or_said_to_be_none(body: bytes) -> None:
    try:
        page = read_index(body)
    except NotAnIndex:
        return
    assert isinstance(page, IndexPage)
    assert all(c.original.startswith(("http://", "https://")) for c in page.captures)


@FUZZ
# The member mangled (a range that missed), or the record mangled inside a sound member
@given(st.one_of(mangled(gzip.compress(RECORD)), mangled(RECORD).map(gzip.compress), st.binary()))
def test_a_range_is_read_as_a_record_or_said_to_be_none(member: bytes) -> None:
    try:
        archived = read_record(member)
    except NotARecord:
        return
    assert isinstance(archived, ArchivedResponse)
    assert archived.target.startswith(("http:", "https:"))  # as `archive.reader.is_http`
