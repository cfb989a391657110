"""A large portal's chrome around a saved page: the saved pages are small (150 elements at the
median, none 300), a provincial portal's page is not. `fixtures/chrome/` holds the pieces (a
header with a clock, a mega-menu and a ticker; a block of featured teasers; a sidebar of dated
teasers, view counts, a gold-price table and a banner; a masthead footer); `placements()` puts
them around a page's own body three ways. Read by `tests/pages/test_portal_chrome.py` (no field
may move) and by `benchmarks.extraction` (how each tool's time grows with the page).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

CHROME = Path(__file__).resolve().parent.parent / "fixtures" / "chrome"
# The header's clock (`header.html`): the day the saved pages were fetched.
CLOCK = "2026-11-26T08:15:00+07:00"
_BODY_OPEN = re.compile(r"<body[^>]*>", re.IGNORECASE)
_BODY_CLOSE = re.compile(r"</body\s*>", re.IGNORECASE)


def _piece(name: str) -> str:
    return (CHROME / f"{name}.html").read_text("utf-8")


@cache
def placements() -> dict[str, tuple[str, str]]:
    """Placement -> (the chrome before the page's body, the chrome after it), read once."""
    header, featured = _piece("header"), _piece("featured")
    sidebar, footer = _piece("sidebar"), _piece("footer")
    return {
        "around": (header, sidebar + footer),
        "left-column": (header + sidebar, footer),
        "featured-above": (header + featured, sidebar + footer),
    }


def in_chrome(html: str, before: str, after: str) -> str:
    """The page with `before` opening its body and `after` closing it."""
    opening = _BODY_OPEN.search(html)
    if opening is None:
        raise ValueError("the page has no <body>")
    html = html[: opening.end()] + before + html[opening.end() :]
    closings = list(_BODY_CLOSE.finditer(html))
    end = closings[-1].start() if closings else len(html)
    return html[:end] + after + html[end:]


def around(html: bytes) -> bytes | None:
    """A saved page's bytes with the chrome above and below it (None for a page that is not
    UTF-8, which this rewriting as text would garble)."""
    try:
        text = html.decode("utf-8")
    except UnicodeDecodeError:
        return None
    before, after = placements()["around"]
    return in_chrome(text, before, after).encode("utf-8")
