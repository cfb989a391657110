"""Decoding page bytes: declared charsets tried in order, the one the bytes fit wins, else flagged.

Every charset mode of the misbehaving replica (docs/replica.md, "Charsets") is a row: the
decodable ones must give the page's text with no warning, the reportable ones the page's text
back with a warning code (recovered), and nothing may ever give mojibake silently.
"""

from __future__ import annotations

import time
import unicodedata

import pytest

from newscrawl.charsets import Decoded, decode_html
from newscrawl.server.faults import CHARSET_MODES
from newscrawl.server.faults.charsets import encode_cp1258, recode, relabel
from newscrawl.server.faults.payloads import malformed
from tests.support import REPLICA

# An article with plenty of Vietnamese (every tone) and entities in its body.
PAGE = next(REPLICA.glob("tin-tuc/*/159670/*.html")).read_bytes()

# mode -> the warning a crawler must raise (None: decodable, no warning)
EXPECTED = {
    "cp1258-header": None,
    "cp1258-meta": None,
    "utf16-bom": None,
    "utf8-undeclared": None,
    "cp1258-mislabelled": "charset_mismatch",
    "cp1258-meta-disagrees": "charset_mismatch",
    "utf8-meta-disagrees": "charset_mismatch",
    "utf16-mislabelled": "charset_mismatch",
    "cp1258-undeclared": "charset_guessed",
}


def _text(decoded: Decoded) -> str:
    return unicodedata.normalize("NFC", decoded.text)


def _clean(mode: str) -> str:
    """The page as the mode serves it, read back the right way: what the crawler must see."""
    relabelled = relabel(PAGE, CHARSET_MODES[mode].meta).decode("utf-8")
    return unicodedata.normalize("NFC", relabelled)


def test_every_mode_has_a_row() -> None:
    assert set(EXPECTED) == set(CHARSET_MODES)


@pytest.mark.parametrize("mode", sorted(CHARSET_MODES))
def test_each_mode_decodes_to_the_pages_text(mode: str) -> None:
    body, content_type = recode(PAGE, CHARSET_MODES[mode])
    decoded = decode_html(body, content_type)
    assert _text(decoded) == _clean(mode).removeprefix("\ufeff")
    warning = EXPECTED[mode]
    assert decoded.warnings == (() if warning is None else (warning,))


def test_a_clean_utf8_page_is_utf8_without_a_warning() -> None:
    decoded = decode_html(PAGE, "text/html; charset=utf-8")
    assert (decoded.text, decoded.encoding, decoded.warnings) == (PAGE.decode(), "utf-8", ())


def test_a_few_bytes_that_are_not_utf8_do_not_make_the_page_windows_1258() -> None:
    # The `garbage` fault: invalid bytes around a UTF-8 page's content stay U+FFFD there.
    body = malformed(PAGE, "garbage", 0)
    decoded = decode_html(body, "text/html; charset=utf-8")
    assert decoded.encoding == "utf-8"
    assert decoded.warnings == ()
    assert "Đồng chí Hoàng Thái Phúc" in decoded.text
    assert "\ufffd" in decoded.text


def test_nul_bytes_in_a_utf8_page_are_not_utf16() -> None:
    decoded = decode_html(malformed(PAGE, "nul", 0), "text/html; charset=utf-8")
    assert (decoded.encoding, decoded.warnings) == ("utf-8", ())


def test_the_header_wins_over_meta_when_the_bytes_fit_it() -> None:
    body = encode_cp1258(PAGE.decode())
    decoded = decode_html(body, "text/html; charset=windows-1258")
    assert (decoded.encoding, decoded.warnings) == ("cp1258", ())


def test_meta_is_used_when_the_header_is_contradicted_and_that_is_flagged() -> None:
    body = relabel(encode_cp1258(PAGE.decode()), "windows-1258")
    decoded = decode_html(body, "text/html; charset=utf-8")
    assert (decoded.encoding, decoded.warnings) == ("cp1258", ("charset_mismatch",))
    assert "Thái Bình" in _text(decoded)


def test_bytes_no_charset_fits_are_decoded_with_replacements_and_flagged() -> None:
    # Half a UTF-16 page glued to windows-1258 bytes that are undefined in it (0x81, 0x8d).
    body = b"<html><body>" + b"\x81\x8d\x8e\x8f\x90\x9d\x9e" * 20 + b"</body></html>"
    decoded = decode_html(body, "text/html; charset=utf-8")
    assert decoded.warnings == ("charset_undecodable",)
    assert decoded.encoding == "utf-8"
    assert "\ufffd" in decoded.text


def test_an_unknown_declared_charset_is_ignored() -> None:
    decoded = decode_html("Thái Bình".encode(), "text/html; charset=x-no-such-charset")
    assert (decoded.text, decoded.warnings) == ("Thái Bình", ())


@pytest.mark.parametrize(
    "body",
    [b"", b"\x00", b"\xff\xfe", b"\xfe\xff\x00", b"\xef\xbb\xbf", b"\x00" * 7, bytes(range(256))],
)
def test_odd_input_never_raises(body: bytes) -> None:
    decoded = decode_html(body, "text/html; charset=utf-16")
    assert isinstance(decoded.text, str)


def test_utf16_declared_without_a_bom_is_read_in_the_order_the_bytes_show() -> None:
    decoded = decode_html("<p>Thái Bình</p>".encode("utf-16-le"), "text/html; charset=utf-16")
    assert (decoded.text, decoded.warnings) == ("<p>Thái Bình</p>", ())


def test_fallbacks_are_a_parameter() -> None:
    body = "Đồng chí".encode("cp1252", errors="replace") + "café".encode("cp1252")
    assert decode_html(body, "text/html", fallbacks=("cp1252",)).encoding == "cp1252"


def test_pure_ascii_is_whatever_was_declared() -> None:
    decoded = decode_html(b"<p>Hello</p>", "text/html; charset=windows-1258")
    assert (decoded.encoding, decoded.warnings) == ("cp1258", ())


def test_large_pages_decode_quickly() -> None:
    body = encode_cp1258(PAGE.decode()) * 200  # a few MiB of windows-1258
    started = time.perf_counter()
    decoded = decode_html(body, "text/html")
    assert time.perf_counter() - started < 5
    assert decoded.encoding == "cp1258"
