"""Tracking variants of a link are the same URL."""

from __future__ import annotations

import pytest

from newscrawl.spiders.links import strip_tracking

ARTICLE = "http://127.0.0.1:8000/tin-tuc/3/159670/tham-tra"


@pytest.mark.parametrize(
    ("url", "clean"),
    [
        (ARTICLE, ARTICLE),
        (
            f"{ARTICLE}?utm_source=facebook&utm_medium=social&utm_campaign=chia-se&fbclid=IwAR0ab",
            ARTICLE,
        ),
        (f"{ARTICLE}?ref=home", ARTICLE),
        (f"{ARTICLE}#comments", ARTICLE),
        (f"{ARTICLE}?utm_source=zalo&utm_medium=share#comments", ARTICLE),
        (f"{ARTICLE}?UTM_Source=x&zarsrc=30&gclid=1", ARTICLE),
        (f"{ARTICLE}?page=2&utm_source=x", f"{ARTICLE}?page=2"),
        (f"{ARTICLE}?id=5&ref=home&b=%C3%A1", f"{ARTICLE}?id=5&b=%C3%A1"),
        # An untouched query keeps its spelling, even where urlencode would write it otherwise.
        (f"{ARTICLE}?q=a+b&x=%7E", f"{ARTICLE}?q=a+b&x=%7E"),
        (f"{ARTICLE}?referer=x", f"{ARTICLE}?referer=x"),
        ("http://[::1", "http://[::1"),
    ],
)
def test_strip_tracking(url: str, clean: str) -> None:
    assert strip_tracking(url) == clean
