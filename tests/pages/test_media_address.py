"""Where a picture an article shows is fetched from, to be archived with the article."""

from __future__ import annotations

import pytest

from newscrawl.pages.profile import get_profile
from newscrawl.pages.urls import media_address, on_portal_hosts

PROFILE = get_profile("baothaibinh")
LIVE = "https://baothaibinh.com.vn"
MIRROR = "http://127.0.0.1:8000"
PICTURE = "https://media.baothaibinh.com.vn/upload/news/9_2022/159670_tham-tra_2209202219441.jpg"


@pytest.mark.parametrize(
    ("url", "base", "address"),
    [
        # The portal's picture host: where it is on the live portal, on the mirror's host else.
        (PICTURE, LIVE, PICTURE),
        (PICTURE, MIRROR, PICTURE.replace("https://media.baothaibinh.com.vn", MIRROR)),
        # A picture on one of the portal's page hosts (an old article's `/Uploaded/...`).
        (
            "http://www.baothaibinh.com.vn/Uploaded/a.jpg",
            LIVE,
            "http://www.baothaibinh.com.vn/Uploaded/a.jpg",
        ),
        ("http://www.baothaibinh.com.vn/Uploaded/a.jpg", MIRROR, f"{MIRROR}/Uploaded/a.jpg"),
        # Already on the mirror (a relative `src`, resolved against the page).
        (f"{MIRROR}/upload/a.jpg?v=2", MIRROR, f"{MIRROR}/upload/a.jpg?v=2"),
        # The fragment is never sent.
        (f"{PICTURE}#zoom", LIVE, PICTURE),
        # A host name in capitals and with its root dot is the same host.
        (
            "https://MEDIA.baothaibinh.com.vn./upload/a.jpg",
            LIVE,
            "https://MEDIA.baothaibinh.com.vn./upload/a.jpg",
        ),
        ("https://MEDIA.baothaibinh.com.vn./upload/a.jpg", MIRROR, f"{MIRROR}/upload/a.jpg"),
        # Another site's picture (an embedded chart, a news agency's photo): not archived.
        ("https://cdn.example/upload/a.jpg", LIVE, None),
        ("https://cdn.example/upload/a.jpg", MIRROR, None),
        ("https://media.baothaibinh.com.vn.evil.example/a.jpg", LIVE, None),
        # Inside the page already, or no picture at all.
        ("data:image/gif;base64,R0lGODlhAQABAAAAACw=", LIVE, None),
        ("javascript:void(0)", LIVE, None),
    ],
)
def test_media_address(url: str, base: str, address: str | None) -> None:
    assert media_address(url, base, PROFILE) == address


@pytest.mark.parametrize(
    ("url", "on_portal"),
    [
        (PICTURE, True),
        ("http://WWWW.baothaibinh.com.vn./Uploaded/a.jpg", True),  # an alias of its pages
        ("https://cdn.example/a.jpg", False),
        ("ftp://media.baothaibinh.com.vn/a.jpg", False),
        ("data:image/gif;base64,R0lGODlhAQABAAAAACw=", False),
        ("/upload/a.jpg", False),  # not resolved against a page: no host to tell
    ],
)
def test_on_portal_hosts(url: str, on_portal: bool) -> None:
    assert on_portal_hosts(url, PROFILE) is on_portal


def test_more_picture_hosts_are_named_as_profiles_name_them() -> None:
    more = PROFILE.with_media_hosts([" CDN.example. ", ""])
    assert more.media_hosts == PROFILE.media_hosts | {"cdn.example"}
    assert PROFILE.with_media_hosts([]) is PROFILE
