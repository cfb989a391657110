"""Bodies the faults send: a gzip bomb, small PDF and JPEG files, padding, broken markup.

Everything large is generated, never stored: the bomb is assembled from one compressed block,
and the oversized page is produced chunk by chunk while it is sent.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterator
from functools import lru_cache

from newscrawl.server.faults.kinds import MIB

_BLOCK = MIB


def _deflate_zeros(size: int) -> bytes:
    """Raw deflate of `size` zero bytes, ending on a byte boundary with no back-references out.

    The full flush resets the compressor's window, so the result can be repeated verbatim:
    a decoder reading it twice inflates twice as many zeros.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(bytes(size)) + compressor.flush(zlib.Z_FULL_FLUSH)


@lru_cache(maxsize=4)
def gzip_bomb(size: int) -> bytes:
    """A gzip member that inflates to `size` zero bytes (about size/1000 bytes of it).

    Built from one compressed MiB repeated, so 1 GiB costs ~1 MiB of memory and a few
    milliseconds; the CRC is computed over the same zero block, never over the whole.
    """
    whole, rest = divmod(size, _BLOCK)
    block = _deflate_zeros(_BLOCK) if whole else b""
    crc = 0
    zeros = bytes(_BLOCK)
    for _ in range(whole):
        crc = zlib.crc32(zeros, crc)
    crc = zlib.crc32(bytes(rest), crc)
    tail = _deflate_zeros(rest) if rest else b""
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty last block (BFINAL)
    # RFC 1952 header: magic, deflate, no flags, mtime 0, max compression, unknown OS.
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, size & 0xFFFFFFFF)
    return b"".join([header, block * whole, tail, final, trailer])


def _pdf() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _jpeg() -> bytes:
    """An 8x8 mid-grey baseline JPEG with one-code Huffman tables (the smallest valid kind)."""

    def segment(marker: int, payload: bytes) -> bytes:
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload

    one_code = bytes([1] + [0] * 15) + b"\x00"  # a single 1-bit code for symbol 0
    return b"".join(
        [
            b"\xff\xd8",
            segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),
            segment(0xDB, b"\x00" + bytes([1] * 64)),
            segment(0xC0, b"\x08\x00\x08\x00\x08\x01\x01\x11\x00"),
            segment(0xC4, b"\x00" + one_code),  # DC table 0
            segment(0xC4, b"\x10" + one_code),  # AC table 0
            segment(0xDA, b"\x01\x01\x00\x00\x3f\x00"),
            # DC difference 0 ("0"), end of block ("0"), padded with ones.
            b"\x3f",
            b"\xff\xd9",
        ]
    )


PDF = _pdf()
JPEG = _jpeg()
# What a proxy or a CDN in front of a failing server sends, under status 200 where it is
# misconfigured: a soft error.
SOFT_ERROR = (
    b"<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head><body>\n"
    b"<h1>Service Unavailable</h1>\n<p>The server is temporarily unable to service your request"
    b" due to maintenance downtime or capacity problems. Please try again later.</p>\n"
    b"</body></html>\n"
)

# What a Vietnamese CMS serves, with status 200, for an article it took down or never had.
NOT_FOUND_PAGE = (
    '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
    "<title>Bài viết không tồn tại - Báo Thái Bình</title></head><body>\n"
    '<div class="header"><a href="/">Báo Thái Bình</a></div>\n'
    '<div class="main"><h1>Bài viết không tồn tại hoặc đã bị xóa</h1>\n'
    "<p>Nội dung bạn tìm có thể đã được gỡ bỏ, đổi đường dẫn hoặc tạm thời không truy cập được."
    ' Mời bạn quay lại <a href="/">trang chủ</a>.</p></div>\n</body></html>\n'
).encode()

_PAD_OPEN = b'\n<div class="oversized-padding" hidden>\n'
_PAD_LINE = b"<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>\n"
_PAD_CLOSE = b"</div>\n"
_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)


def oversized(page: bytes, size: int, chunk: int = 64 * 1024) -> Iterator[bytes]:
    """`page` padded to exactly `size` bytes (unchanged when already bigger), in chunks."""
    end = _BODY_END.search(page)
    cut = end.start() if end else len(page)
    head, tail = page[:cut], page[cut:]
    filler = size - len(page) - len(_PAD_OPEN) - len(_PAD_CLOSE)
    if filler < 0:
        yield page
        return
    yield head + _PAD_OPEN
    lines_per_chunk = max(1, chunk // len(_PAD_LINE))
    full = _PAD_LINE * lines_per_chunk
    while filler >= len(full):
        yield full
        filler -= len(full)
    lines, spaces = divmod(filler, len(_PAD_LINE))
    yield _PAD_LINE * lines + b" " * spaces
    yield _PAD_CLOSE + tail


def oversized_length(page: bytes, size: int) -> int:
    return max(size, len(page))


_BODY_START = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
_END_TAGS = re.compile(rb"</(?:p|li|td|tr)>", re.IGNORECASE)
# Bytes no UTF-8 decoder accepts: a lone continuation byte, an overlong form, 0xFE/0xFF.
_GARBAGE = b"\x80\xbf\xc0\xaf\xfe\xff\xed\xa0\x80\xf8\x88\x80\x80\x80"


def _wrap(page: bytes, before: bytes, after: bytes) -> bytes:
    start = _BODY_START.search(page)
    end = _BODY_END.search(page)
    at = start.end() if start else 0
    until = end.start() if end and end.start() >= at else len(page)
    return page[:at] + before + page[at:until] + after + page[until:]


def malformed(page: bytes, mode: str, depth: int) -> bytes:
    """Broken markup around the page's content; its text is left as it was."""
    modes = ("unclosed", "garbage", "nul", "deep") if mode == "all" else (mode,)
    if "unclosed" in modes:
        # Implied end tags (HTML allows leaving these out) and elements never closed.
        page = _wrap(_END_TAGS.sub(b"", page), b'<div class="ad"><table><tr><td><span><b>', b"")
    if "garbage" in modes:
        page = _wrap(page, b"<!-- " + _GARBAGE + b" -->" + _GARBAGE, _GARBAGE)
    if "nul" in modes:
        page = _wrap(page.replace(b"><", b">\x00<", 20), b"\x00\x00", b"\x00")
    if "deep" in modes:
        page = _wrap(page, b"<div>" * depth, b"</div>" * depth)
    return page


# The containers of an article's text, in both layouts (docs/replica.md).
_TEXT_CONTAINERS = ("detail-sapo", "detail-content", "news-detail-body")
_DIV_TAG = re.compile(rb"<(/?)div\b[^>]*>", re.IGNORECASE)


def _empty_div(page: bytes, css_class: str) -> bytes:
    opening = re.search(
        rb'<div\b[^>]*class="[^"]*\b' + css_class.encode() + rb'\b[^"]*"[^>]*>', page
    )
    if not opening:
        return page
    depth = 1
    for tag in _DIV_TAG.finditer(page, opening.end()):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return page[: opening.end()] + page[tag.start() :]
    return page


def empty_body(page: bytes) -> bytes:
    """The article template with no text: lead and body containers emptied, title kept."""
    for css_class in _TEXT_CONTAINERS:
        page = _empty_div(page, css_class)
    return page
