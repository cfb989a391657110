"""Hostile input to the page layer: `extract_article` and `newscrawl.vn` never raise, stay fast.

Inputs are the replica's and the fixture sites' real pages, mutated the way broken servers and
editors break them: cut short, bytes flipped or spliced in, slices dropped or repeated, markup
nested thousands deep, bad entities, other charsets, junk JSON-LD. The `newscrawl.vn` parsers
get the raw strings the expected items hold (dates, bylines, view counts, captions), mutated,
and arbitrary text.

The budget is a hypothesis profile: `fuzz-ci` (the default; few examples, derandomized, so CI
is quick and repeatable), `fuzz-long` for a real search:

    NEWSCRAWL_FUZZ_PROFILE=fuzz-long .venv/bin/pytest tests/fuzz -p no:cacheprovider
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscrawl import extract_article, vn
from newscrawl.server.faults import CHARSET_MODES
from newscrawl.server.faults.charsets import recode
from tests.support import EXPECTED, REPLICA, ROOT, read_jsonl

_SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile(
    "fuzz-ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=_SLOW_IS_FINE,
)
settings.register_profile(
    "fuzz-long", max_examples=5_000, deadline=None, suppress_health_check=_SLOW_IS_FINE
)
FUZZ = settings.get_profile(os.environ.get("NEWSCRAWL_FUZZ_PROFILE", "fuzz-ci"))

URL = "http://127.0.0.1:8000/tin-tuc/3/159670/tham-tra"
# Per call, for pages of at most a few hundred KiB: the page layer is linear in its input.
MAX_SECONDS = 3.0

PAGES: list[bytes] = [
    p.read_bytes()
    for p in sorted(REPLICA.glob("tin-tuc/*/*/*.html"))[::4]
    + sorted((ROOT / "fixtures" / "pages").glob("*/*.html"))
]
NASTY = [
    b"<div>" * 5_000,
    b"<table><tr><td>" * 1_000,
    b"<p><b><i><span>" * 2_000,
    b"&#0;&#xD800;&#x110000;&#99999999999;&#x;&amp;amp;&nbsp",
    b"<script type='application/ld+json'>" + b'{"a":' * 2_000 + b"</script>",
    b'<script type=\'application/ld+json\'>{"@type": "NewsArticle", "datePublished": 1}</script>',
    b'<meta charset="x-no-such-charset"><meta http-equiv="refresh" content="0;url=http://[::1">',
    b"<a href='http://[::1/x'>a</a><img src='javascript:alert(1)'><link rel=canonical href=''>",
    b"<!--" + b"\x80\xbf\xc0\xaf\xfe\xff" * 50,
    b"\x00" * 100,
    b"<h1 class='detail-title'>" + "Tiêu đề ".encode() * 2_000 + b"</h1>",
    b"<span class='detail-time'>Th\xe1\xbb\xa9 9, 31/02/2099 | 25:61:99</span>",
    b"<div class='detail-view'>" + b"9" * 400 + b" l\xc6\xb0\xe1\xbb\xa3t xem</div>",
    b"<![CDATA[" + b"]]>" * 10 + b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]>",
]


@st.composite
def mutated_page(draw: st.DrawFn) -> bytes:
    page = bytearray(draw(st.sampled_from(PAGES)))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(page)))
        kind = draw(st.sampled_from(["cut", "flip", "splice", "drop", "repeat", "nasty"]))
        if kind == "cut":
            del page[at:]
        elif kind == "flip" and at < len(page):
            page[at] = draw(st.integers(0, 255))
        elif kind == "splice":
            page[at:at] = draw(st.binary(max_size=64))
        elif kind == "drop":
            del page[at : at + draw(st.integers(1, 2_000))]
        elif kind == "repeat":
            page[at:at] = page[at : at + draw(st.integers(1, 2_000))] * draw(st.integers(2, 20))
        else:
            page[at:at] = draw(st.sampled_from(NASTY))
    return bytes(page)


@st.composite
def served_page(draw: st.DrawFn) -> tuple[bytes, str | None]:
    """A mutated page, sometimes re-encoded and (mis)labelled as a charset fault would."""
    page = draw(mutated_page())
    mode = draw(st.none() | st.sampled_from(sorted(CHARSET_MODES)))
    if mode is None:
        return page, draw(st.sampled_from([None, "text/html", "text/html; charset=utf-8"]))
    return recode(page, CHARSET_MODES[mode])


@FUZZ
@given(served_page())
def test_extract_article_never_raises_and_stays_fast(served: tuple[bytes, str | None]) -> None:
    body, content_type = served
    started = time.perf_counter()
    article = extract_article(body, URL, profile="baothaibinh", content_type=content_type)
    assert time.perf_counter() - started < MAX_SECONDS
    assert article["schema_version"] == 2
    assert isinstance(article["body"], str)
    assert isinstance(article["warnings"], list)


@FUZZ
@given(served_page())
def test_extract_article_without_a_profile_never_raises(served: tuple[bytes, str | None]) -> None:
    body, content_type = served
    started = time.perf_counter()
    extract_article(
        body, "https://example.vn/thoi-su/bai-viet-123456.html", content_type=content_type
    )
    assert time.perf_counter() - started < MAX_SECONDS


def _raw_strings() -> list[str]:
    strings: set[str] = set()
    for item in read_jsonl(EXPECTED):
        for name in ("published_at_raw", "modified_at_raw", "byline_raw", "view_count_raw"):
            if item.get(name):
                strings.add(item[name])
        for image in item["images"]:
            if image["caption"]:
                strings.add(
                    image["caption"] + (f" Ảnh: {image['credit']}" if image["credit"] else "")
                )
    return sorted(strings)


RAW = _raw_strings()


@st.composite
def mutated_text(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(RAW) | st.text(max_size=200))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(max_size=20)) + text[at + draw(st.integers(0, 10)) :]
    return text


@FUZZ
@given(mutated_text(), st.none() | st.datetimes(timezones=st.just(vn.VN_TZ)))
def test_vn_parsers_never_raise(text: str, reference: object) -> None:
    started = time.perf_counter()
    vn.parse_timestamp(text, reference=reference)  # type: ignore[arg-type]
    vn.parse_view_count(text)
    vn.parse_byline(text)
    vn.parse_caption(text)
    vn.parse_number(text)
    vn.clean_multiline(text)
    vn.looks_like_byline(vn.clean_text(text))
    assert time.perf_counter() - started < MAX_SECONDS


def test_the_corpus_is_there() -> None:
    assert len(PAGES) >= 20
    assert len(RAW) >= 50
    assert Path(EXPECTED).exists()
