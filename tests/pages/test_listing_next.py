"""Which link of a listing leads to its next page: one row per way portals write it."""

from __future__ import annotations

import pytest

from newscrawl.pages.listing import ListingPage
from newscrawl.pages.profile import get_profile

PROFILE = get_profile("baothaibinh")
HERE = "http://127.0.0.1:8000/chuyen-muc/20/thoi-su"


def _next(links: str, url: str = HERE) -> str | None:
    html = f"<html><body><div class='box'><a href='/tin-tuc/20/1/x'>Một bài</a>{links}</div>"
    return ListingPage(html.encode("utf-8"), url, PROFILE).next_page()


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        # The profile's own selector.
        ("<div class='paging'><a class='next' href='/p/x'>»</a></div>", "/p/x"),
        # The page numbered one more, whatever its text.
        ("<a href='/chuyen-muc/20/thoi-su/trang-2'>2</a>", "/chuyen-muc/20/thoi-su/trang-2"),
        # No profile hit: the text says "next".
        ("<a href='/n1'>Trang sau</a>", "/n1"),
        ("<a href='/n2'>Trang sau »</a>", "/n2"),
        ("<a href='/n3'>Tiếp</a>", "/n3"),
        ("<a href='/n4'>Tie\u0302\u0301p</a>", "/n4"),  # decomposed (NFD) text
        ("<a href='/n5'>&nbsp; Tiếp &raquo;</a>", "/n5"),
        ("<a href='/n6'><span>›</span></a>", "/n6"),
        ("<a href='/n7'>NEXT</a>", "/n7"),
        # Not "next".
        ("<a href='/d'>2 Trang sau</a>", None),
        ("<a href='/l'>Sau đại hội, tỉnh tiếp tục triển khai nghị quyết</a>", None),
        ("<a>Trang sau</a>", None),  # no href
        ("", None),
    ],
)
def test_next_page(links: str, expected: str | None) -> None:
    found = _next(links)
    assert found == (f"http://127.0.0.1:8000{expected}" if expected else None)
