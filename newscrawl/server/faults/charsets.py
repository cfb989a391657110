"""Pages re-encoded and (mis)labelled: the `charset` fault's modes.

Every mode states how the body is encoded, what the Content-Type header and the page's own
`<meta charset>` claim, and whether the page is *decodable*: a client following the usual
precedence (byte-order mark, then the header's charset, then `<meta>`, then "valid UTF-8 is
UTF-8") gets the original text back after NFC normalisation. Pages that are not decodable are
*reportable*: no such client can get the text right, and the crawler should say so rather than
export mojibake.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class CharsetMode:
    encoding: str  # "utf-8", "cp1258", "utf-16-bom" (LE with BOM) or "utf-16-le" (no BOM)
    header: str | None  # charset parameter of Content-Type; None: `text/html` alone
    meta: str | None  # <meta charset> written into the page; None: none at all
    decodable: bool
    why: str


CHARSET_MODES: dict[str, CharsetMode] = {
    "cp1258-header": CharsetMode(
        "cp1258", "windows-1258", "utf-8", True, "the header's charset overrides <meta>"
    ),
    "cp1258-meta": CharsetMode(
        "cp1258", None, "windows-1258", True, "no charset in the header, <meta> is right"
    ),
    "utf16-bom": CharsetMode(
        "utf-16-bom", "utf-8", "utf-8", True, "a byte-order mark overrides header and <meta>"
    ),
    "utf8-undeclared": CharsetMode(
        "utf-8", None, None, True, "no charset anywhere, but the bytes are valid UTF-8"
    ),
    "cp1258-mislabelled": CharsetMode(
        "cp1258", "utf-8", "utf-8", False, "header and <meta> both say UTF-8 and are wrong"
    ),
    "cp1258-meta-disagrees": CharsetMode(
        "cp1258", None, "utf-8", False, "no header charset; <meta> says UTF-8 and is wrong"
    ),
    "utf8-meta-disagrees": CharsetMode(
        "utf-8", None, "windows-1258", False, "no header charset; <meta> says windows-1258"
    ),
    "utf16-mislabelled": CharsetMode(
        "utf-16-le", "utf-8", None, False, "UTF-16 without a BOM, header says UTF-8"
    ),
    "cp1258-undeclared": CharsetMode(
        "cp1258", None, None, False, "no charset anywhere and the bytes are not UTF-8"
    ),
}

# Tone marks stay combining in windows-1258; every other mark is precomposed with its letter.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_CHARSET_META = re.compile(
    rb"<meta\s[^>]*?(?:charset\s*=|http-equiv\s*=\s*[\"']?content-type)[^>]*>\s*", re.IGNORECASE
)
_HEAD = re.compile(rb"<head\b[^>]*>", re.IGNORECASE)


@cache
def _cp1258_char(char: str) -> bytes:
    try:
        return char.encode("cp1258")
    except UnicodeEncodeError:
        pass
    # windows-1258 has â ê ô ơ ư ă đ precomposed but the five tones only as combining marks,
    # which is how Vietnamese was written in it: "ộ" = "ô" + U+0323.
    decomposed = unicodedata.normalize("NFD", char)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    tones = "".join(c for c in decomposed if c in _TONES)
    try:
        return (base + tones).encode("cp1258")
    except UnicodeEncodeError:
        # Outside the code page: a numeric reference is still the same text to an HTML reader.
        return f"&#{ord(char)};".encode("ascii")


def encode_cp1258(text: str) -> bytes:
    return b"".join(_cp1258_char(char) for char in unicodedata.normalize("NFC", text))


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "cp1258":
        return encode_cp1258(text)
    if encoding == "utf-16-bom":
        # Spelled out rather than "utf-16", whose byte order follows the machine.
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(encoding)


def relabel(html: bytes, meta: str | None) -> bytes:
    """The page's own charset declarations replaced by `meta` (or removed when None)."""
    stripped = _CHARSET_META.sub(b"", html)
    if meta is None:
        return stripped
    tag = f'<meta charset="{meta}">'.encode("ascii")
    head = _HEAD.search(stripped)
    at = head.end() if head else 0
    return stripped[:at] + tag + stripped[at:]


def recode(utf8_html: bytes, mode: CharsetMode) -> tuple[bytes, str]:
    """(body, Content-Type) of a UTF-8 page served in `mode`."""
    text = relabel(utf8_html, mode.meta).decode("utf-8", errors="replace")
    content_type = "text/html" + (f"; charset={mode.header}" if mode.header else "")
    return _encode(text, mode.encoding), content_type
