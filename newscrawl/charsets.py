"""Page bytes to text: the declared charsets tried in order, the first the bytes fit wins.

Browsers and w3lib follow a fixed precedence (byte-order mark, the HTTP header's charset,
`<meta charset>`, then "valid UTF-8 is UTF-8"), and so decode a mislabelled page into mojibake
without a word. Old provincial portals mislabel often: a server default `charset=utf-8` in front
of windows-1258 pages, UTF-16 saved by an editor. Here the same precedence is kept, but a
declaration the bytes contradict is skipped, the next candidate tried, and the result flagged:

- `charset_mismatch`: a declared charset did not fit the bytes; the text was decoded with one
  that does (a later declaration, UTF-8, UTF-16 or a fallback such as windows-1258).
- `charset_guessed`: nothing was declared and the bytes are not UTF-8; decoded with a fallback.
- `charset_undecodable`: no candidate fits; decoded as declared (or UTF-8), bad bytes as U+FFFD.

A page that standard precedence decodes correctly gets no warning. Pure: no I/O, no Scrapy.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from dataclasses import dataclass

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

# Vietnamese sites that predate UTF-8 wrote windows-1258 (TCVN3/VNI were fonts, not charsets).
DEFAULT_FALLBACKS = ("cp1258",)

MISMATCH = "charset_mismatch"
GUESSED = "charset_guessed"
UNDECODABLE = "charset_undecodable"

_UTF8 = "utf-8"
_UTF16 = frozenset({"utf-16", "utf-16-le", "utf-16-be"})
# How much of the page the UTF-16 sniffing looks at: the head is enough, and it stays cheap.
_SNIFF_BYTES = 4096
# A UTF-8 page may carry a few undecodable bytes (a broken comment, a pasted control code) and
# still be UTF-8: every well-formed multi-byte sequence is strong evidence, since legacy 8-bit
# text almost never forms one by chance.
_UTF8_SEQUENCES_PER_BAD_BYTE = 10


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # the Python codec name used
    warnings: tuple[str, ...] = ()
    # The bytes are exactly `text` in UTF-8 (no byte-order mark, nothing replaced): a parser may
    # read them as they are instead of the text.
    verbatim_utf8: bool = False


@dataclass(frozen=True, slots=True)
class _Shape:
    """What the bytes look like, measured once for all candidates."""

    utf8_sequences: int  # well-formed multi-byte UTF-8 sequences
    utf8_bad: int  # bytes that are not part of any well-formed UTF-8 sequence
    utf16: str | None  # "utf-16-le" / "utf-16-be" when NULs alternate as in UTF-16 text

    @classmethod
    def of(cls, body: bytes) -> _Shape:
        text = body.decode(_UTF8, errors="replace")
        bad = text.count("\ufffd") - body.count("\ufffd".encode())
        sequences = len(text) - len(text.encode("ascii", errors="ignore")) - bad
        return cls(max(sequences, 0), max(bad, 0), _utf16_order(body))

    def is_utf8(self) -> bool:
        if self.utf16 is not None:
            return False
        return self.utf8_bad == 0 or self.utf8_sequences >= _UTF8_SEQUENCES_PER_BAD_BYTE * (
            self.utf8_bad
        )

    def convincingly_utf8(self) -> bool:
        """Non-ASCII bytes that all pair up as UTF-8: a single-byte label on them is wrong."""
        return self.is_utf8() and self.utf8_sequences > 0


def decode_html(
    body: bytes, content_type: str | None = None, fallbacks: Sequence[str] = DEFAULT_FALLBACKS
) -> Decoded:
    """The page's text, and warning codes when its declarations could not be trusted."""
    bom_encoding, bom = read_bom(body)
    if bom_encoding is not None and bom is not None:
        # A byte-order mark is written by the program that wrote the bytes: it outranks labels.
        return Decoded(body[len(bom) :].decode(bom_encoding, errors="replace"), bom_encoding)
    declared = _declared(body, content_type)
    if not declared or declared[0] == _UTF8:
        # The usual page: UTF-8 as declared, or undeclared. Valid UTF-8 that is not UTF-16 is
        # what every path below would pick too, with no warning; measuring the bytes' shape
        # would cost three times the decoding.
        text = _strict_utf8(body)
        if text is not None and _utf16_order(body) is None:
            return Decoded(text, _UTF8, verbatim_utf8=True)
    shape = _Shape.of(body)
    for position, encoding in enumerate(declared):
        if _fits(body, encoding, shape):
            text = _decode(body, encoding, shape)
            return Decoded(text, encoding, (MISMATCH,) if position else ())
    for encoding in _inferred(shape, fallbacks):
        if _fits(body, encoding, shape):
            legacy = encoding not in _UTF16 and encoding != _UTF8
            warning = MISMATCH if declared else GUESSED if legacy else None
            text = _decode(body, encoding, shape)
            return Decoded(text, encoding, (warning,) if warning else ())
    encoding = declared[0] if declared else _UTF8
    return Decoded(body.decode(encoding, errors="replace"), encoding, (UNDECODABLE,))


def _declared(body: bytes, content_type: str | None) -> list[str]:
    """Known charsets the header and the page declare, in precedence order, each once."""
    found: list[str] = []
    for label in (http_content_type_encoding(content_type), html_body_declared_encoding(body)):
        encoding = _codec(label)
        if encoding is not None and encoding not in found:
            found.append(encoding)
    return found


def _inferred(shape: _Shape, fallbacks: Sequence[str]) -> list[str]:
    candidates = [shape.utf16] if shape.utf16 else []
    candidates.append(_UTF8)
    candidates += [c for label in fallbacks if (c := _codec(label)) is not None]
    return candidates


def _codec(label: str | None) -> str | None:
    """The Python codec for a charset label (WHATWG aliases resolved), None when unknown."""
    if not label:
        return None
    resolved = resolve_encoding(label)
    if resolved is None:
        return None
    try:
        return codecs.lookup(resolved).name
    except LookupError:
        return None


def _fits(body: bytes, encoding: str, shape: _Shape) -> bool:
    """Could the bytes have been written in `encoding`?"""
    if encoding in _UTF16:
        # Without a BOM, "utf-16" means big-endian; only the byte pattern can tell.
        return shape.utf16 is not None and encoding in ("utf-16", shape.utf16)
    if encoding == _UTF8:
        return shape.is_utf8()
    if shape.utf16 is not None or (_single_byte(encoding) and shape.convincingly_utf8()):
        return False
    return _decodes(body, encoding)


def _decode(body: bytes, encoding: str, shape: _Shape) -> str:
    if encoding == "utf-16":
        # No BOM (that case is handled first): the byte pattern tells the order.
        encoding = shape.utf16 or "utf-16-be"
    return body.decode(encoding, errors="replace")


def _strict_utf8(body: bytes) -> str | None:
    try:
        return body.decode(_UTF8)
    except UnicodeDecodeError:
        return None


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _single_byte(encoding: str) -> bool:
    """Does every byte stand for one character (cp125x, iso-8859-x, koi8, ...)?"""
    try:
        return len(bytes(range(128, 256)).decode(encoding, errors="replace")) == 128
    except LookupError:
        return False


def _utf16_order(body: bytes) -> str | None:
    """UTF-16 without a BOM: markup is ASCII, so every other byte is NUL, on one side."""
    sample = body[:_SNIFF_BYTES]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if even + odd < len(sample) // 4:
        return None  # a few NULs in a page (the `nul` fault) are not UTF-16
    if odd >= 9 * even:
        return "utf-16-le"
    if even >= 9 * odd:
        return "utf-16-be"
    return None
