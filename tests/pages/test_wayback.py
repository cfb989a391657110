"""Replay addresses: one row per form a web archive serves."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newscrawl.pages.wayback import capture_of, original

_ORIGINAL = "https://baothaibinh.com.vn/tin-tuc/2/214530/khanh-thanh-cau.html"
_AT = datetime(2024, 11, 22, 8, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("url", "found", "captured_at"),
    [
        (f"https://web.archive.org/web/20241122083000/{_ORIGINAL}", _ORIGINAL, _AT),
        (f"http://web.archive.org/web/20241122083000id_/{_ORIGINAL}", _ORIGINAL, _AT),  # raw
        (f"https://web.archive.org/web/20241122083000im_/{_ORIGINAL}", _ORIGINAL, _AT),
        # a server folding the original's `//`
        ("https://web.archive.org/web/20241122083000/https:/baothaibinh.com.vn/a.html",
         "https://baothaibinh.com.vn/a.html", _AT),
        # a short timestamp, which the replay redirects: no moment
        (f"https://web.archive.org/web/2024/{_ORIGINAL}", _ORIGINAL, None),
        # pywb's collections, OpenWayback
        (f"http://localhost:8080/thaibinh/20241122083000/{_ORIGINAL}", _ORIGINAL, _AT),
        (f"https://wayback.example.vn/wayback/20241122083000/{_ORIGINAL}", _ORIGINAL, _AT),
        (f"https://web.archive.org/web/20241322083000/{_ORIGINAL}", _ORIGINAL, None),  # month 13
        (f"{_ORIGINAL}?ref=https://x.vn", None, None),  # an address in the query: no replay
        ("https://baothaibinh.com.vn/tin-tuc/2024/https-la-gi.html", None, None),
        (_ORIGINAL, None, None),
    ],
    ids=["wayback", "id-modifier", "image-modifier", "folded-scheme", "short-stamp", "pywb",
         "openwayback", "no-such-month", "url-in-query", "year-in-path", "live"],
)  # fmt: skip
def test_a_replay_address_wraps_the_original(
    url: str, found: str | None, captured_at: datetime | None
) -> None:
    capture = capture_of(url)
    assert (capture.original if capture else None) == found
    assert (capture.captured_at if capture else None) == captured_at
    assert original(url) == (found or url)
