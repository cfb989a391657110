"""The replica's pictures: a small JPEG for every picture an article shows, at the path its URL
has on the portal's media host (`/upload/news/{month}_{year}/{file}`), so that a crawl that
archives an article's pictures (docs/archive.md, "Pictures") finds them on the mirror.

Each file is the same 8x8 grey JPEG with a comment segment naming the picture: every file is
a valid picture, and no two are the same bytes (an archive would write a second copy of the
same payload as a revisit record, not a response).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

from newscrawl.replica.plan import PLACEHOLDER, SitePlan

# An 8x8 grey JPEG (Pillow, quality 50, optimised Huffman tables): 159 bytes.
_GREY_JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300100b0c0e0c0a100e0d0e1211101318281a18"
    "1616183123251d283a333d3c3933383740485c4e404457453738506d51575f626768673e4d717970647"
    "85c656763ffc0000b080008000801011100ffc4001400010000000000000000000000000000000000ff"
    "c40014100100000000000000000000000000000000ffda0008010100003f003fffd9"
)
_SOI = 2  # the start-of-image marker; a comment segment may follow it
_COMMENT = b"\xff\xfe"
_MAX_SEGMENT = 0xFFFF - 2  # a segment's length field counts itself


def picture(name: str) -> bytes:
    """A valid JPEG whose comment segment names the picture."""
    comment = name.encode("utf-8")[:_MAX_SEGMENT]
    segment = _COMMENT + (len(comment) + 2).to_bytes(2, "big") + comment
    return _GREY_JPEG[:_SOI] + segment + _GREY_JPEG[_SOI:]


def pictures(plan: SitePlan) -> Iterator[tuple[str, bytes]]:
    """(file path relative to the tree, bytes) for every picture an article shows, and the
    placeholder the listings show for an article without one."""
    yield PLACEHOLDER, picture(PLACEHOLDER)
    for article in plan.newest:
        for url in plan.image_urls(article):
            path = unquote(urlsplit(url).path).lstrip("/")
            yield path, picture(path)
