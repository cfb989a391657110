"""Content faults: other file types, the gzip bomb, the giant page, charsets, broken markup."""

from __future__ import annotations

import tracemalloc
import unicodedata
import zlib

import pytest

from newscrawl.server.faults import CHARSET_MODES
from newscrawl.server.faults.kinds import GIB, MIB
from newscrawl.server.faults.payloads import gzip_bomb
from tests.server.client import declared_text, get, raw
from tests.server.conftest import ARTICLE, ARTICLE_PATH, BODY, TITLE, Serve

PAGE = ARTICLE.encode("utf-8")


def test_pdf_and_jpeg_at_an_article_url(serve: Serve) -> None:
    server, _ = serve("pdf:path=^/tin-tuc/,jpeg:path=^/chuyen-muc/")
    document = get(server, ARTICLE_PATH)
    assert document.header("Content-Type") == "application/pdf"
    assert document.body.startswith(b"%PDF-1.4")
    assert document.body.rstrip().endswith(b"%%EOF")
    image = get(server, "/chuyen-muc/3/thoi-su")
    assert image.header("Content-Type") == "image/jpeg"
    assert image.body[:3] == b"\xff\xd8\xff"
    assert image.body.endswith(b"\xff\xd9")


def _inflated_size(compressed: bytes) -> int:
    """Inflate in bounded steps, as a careful client would, counting what comes out."""
    inflater = zlib.decompressobj(wbits=31)
    total, data = 0, compressed
    while data:
        total += len(inflater.decompress(data, 4 * MIB))
        data = inflater.unconsumed_tail
    total += len(inflater.flush())
    assert inflater.eof
    return total


def test_gzip_bomb_inflates_to_the_promised_size(serve: Serve) -> None:
    server, _ = serve("gzip-bomb")  # the default: 1 GiB
    reply = get(server, ARTICLE_PATH)
    assert reply.header("Content-Encoding") == "gzip"
    assert reply.header("Content-Type") == "text/html; charset=utf-8"
    assert int(reply.header("Content-Length") or 0) == len(reply.body) < 2 * MIB
    assert _inflated_size(reply.body) == GIB


def test_gzip_bomb_odd_sizes_and_head(serve: Serve) -> None:
    size = 3 * MIB + 12345
    server, _ = serve(f"gzip-bomb:size={size}")
    assert _inflated_size(get(server, ARTICLE_PATH).body) == size
    head = get(server, ARTICLE_PATH, method="HEAD")
    assert head.body == b""
    assert head.header("Content-Encoding") == "gzip"


def test_building_the_bomb_never_holds_what_it_inflates_to() -> None:
    gzip_bomb.cache_clear()
    tracemalloc.start()
    try:
        bomb = gzip_bomb(GIB)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(bomb) < 2 * MIB
    assert peak < 8 * MIB


def test_oversized_page_is_the_page_padded_to_size(serve: Serve) -> None:
    size = 3 * MIB
    server, _ = serve(f"oversized:path=^/tin-tuc/:size={size}")
    reply = get(server, ARTICLE_PATH)
    assert int(reply.header("Content-Length") or 0) == len(reply.body) == size
    assert BODY.encode() in reply.body
    assert reply.body.endswith(b"</body>\n</html>\n")
    assert reply.body.count(b'<div class="oversized-padding" hidden>') == 1


def test_oversized_default_is_30_mib_and_chunked_hides_the_length(serve: Serve) -> None:
    server, _ = serve(
        "oversized:path=^/tin-tuc/,oversized:path=^/chuyen-muc/:size=2000000:chunked=1"
    )
    assert get(server, ARTICLE_PATH, method="HEAD").header("Content-Length") == str(30 * MIB)
    chunked = get(server, "/chuyen-muc/3/thoi-su")
    assert chunked.header("Transfer-Encoding") == "chunked"
    assert chunked.header("Content-Length") is None
    assert len(chunked.body) == 2_000_000


@pytest.mark.parametrize("mode", sorted(CHARSET_MODES))
def test_charset_modes_decode_as_documented(serve: Serve, mode: str) -> None:
    """A client with the usual precedence (BOM, header, <meta>, UTF-8) gets the text back
    exactly when the mode says the page is decodable; w3lib is what Scrapy uses."""
    server, _ = serve(f"charset:mode={mode}")
    reply = get(server, ARTICLE_PATH)
    content_type = reply.header("Content-Type")
    expected = CHARSET_MODES[mode]
    assert content_type == "text/html" + (f"; charset={expected.header}" if expected.header else "")
    text = declared_text(content_type, reply.body)
    text = unicodedata.normalize("NFC", text)
    assert (TITLE in text and BODY in text) is expected.decodable
    if expected.meta:
        assert f'<meta charset="{expected.meta}">' in text or not expected.decodable
    if expected.encoding == "cp1258":
        with pytest.raises(UnicodeDecodeError):
            reply.body.decode("utf-8")
    elif expected.encoding.startswith("utf-16"):
        assert reply.body.count(b"\x00") > len(reply.body) // 3


def test_charset_declarations_are_replaced_not_added(serve: Serve) -> None:
    server, _ = serve("charset:mode=cp1258-meta")
    body = get(server, ARTICLE_PATH).body
    assert body.count(b"charset") == 1
    assert b'<meta charset="windows-1258">' in body


@pytest.mark.parametrize("mode", ["unclosed", "garbage", "nul"])
def test_malformed_html_keeps_the_article_text(serve: Serve, mode: str) -> None:
    server, _ = serve(f"malformed:mode={mode}")
    body = get(server, ARTICLE_PATH).body
    assert BODY.encode() in body
    assert TITLE.encode() in body
    if mode == "unclosed":
        assert b"</p>" not in body
    elif mode == "garbage":
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
    else:
        assert body.count(b"\x00") > 3


def test_malformed_deep_nesting_and_everything_at_once(serve: Serve) -> None:
    server, _ = serve("malformed:path=^/tin-tuc/:mode=deep,malformed:path=^/$")
    deep = get(server, ARTICLE_PATH).body
    assert deep.count(b"<div>") == 10_000
    assert deep.count(b"</div>") >= 10_000
    assert BODY.encode() in deep
    everything = get(server, "/").body
    assert b"\x00" in everything
    assert everything.count(b"<div>") == 10_000


def test_empty_body_keeps_the_template(serve: Serve) -> None:
    server, _ = serve("empty-body")
    body = get(server, ARTICLE_PATH).body.decode("utf-8")
    assert TITLE in body
    assert BODY not in body
    assert "Lời dẫn" not in body
    assert '<div class="detail-content"></div>' in body
    assert '<div class="detail-sapo"></div>' in body


def test_a_soft_error_is_an_error_page_under_status_200(serve: Serve) -> None:
    server, _ = serve("soft-error")
    answer = get(server, ARTICLE_PATH)
    assert answer.status == 200
    assert b"<h1>Service Unavailable</h1>" in answer.body
    assert TITLE not in answer.body.decode("utf-8")


def test_body_faults_on_a_missing_page_keep_its_status(serve: Serve) -> None:
    server, _ = serve("malformed:mode=nul,truncate:path=^/gone")
    assert get(server, "/no/such/page").status == 404
    assert raw(server, "/gone").data.startswith(b"HTTP/1.1 404")
