"""Every saved page and replica page as a web archive replays it: its toolbar inserted, every
link and picture rewritten to the archive's copy. The article is the original page's: the same
fields, but for the address it was read at, its pictures' addresses (the archived copies, which
still load) and the moment its view count was seen (the capture's, where the page shows no clock).
"""

from __future__ import annotations

import re
from typing import Any, cast

import pytest

from newscrawl import extract_article
from newscrawl.pages.captures import capture_of, original
from tests.pages.cases import Case, all_cases

_STAMP = "20251215083000"  # after every saved page's publication
_CAPTURED_AT = "2025-12-15T08:30:00Z"
_REPLAY = f"https://web.archive.org/web/{_STAMP}"
# Absolute and root-relative addresses in links and pictures (lazy ones too) are rewritten, as
# the Wayback Machine does; relative ones are left to resolve against the replay's, as pywb does.
_LINK = re.compile(
    r"""(\s(href|(?:data-[\w-]*)?src)\s*=\s*)(["'])\s*((?:https?:)?//[^"']+|/[^"'/][^"']*)\3""",
    re.IGNORECASE,
)
_ORIGIN = re.compile(r"^(https?:)//[^/]+")
_HEAD = (
    '<script src="//archive.org/includes/athena.js" type="text/javascript"></script>'
    '<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=fs4">'
)
_TOOLBAR = (
    "<!-- BEGIN WAYBACK TOOLBAR INSERT -->"
    '<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;"><div id="wm-ipp">'
    '<div id="donato"></div><div id="wm-ipp-inside"><div id="wm-logo"><a href="/web/">'
    f'Wayback Machine</a></div><div id="wm-capinfo"><table><tr><td><a href="/web/{_STAMP}*/">'
    "1.284 captures</a><div>12 Jan 2015 - 15 Dec 2025</div></td><td>NOV <b>DEC</b> JAN</td>"
    "<td>15</td><td>2024 <b>2025</b> 2026</td></tr></table><div>08:30:00 Dec 15, 2025</div>"
    "</div></div></div></div><!-- END WAYBACK TOOLBAR INSERT -->"
)
# A replica page's address is its canonical one; a saved page's is the one it was fetched at.
# (A saved page that is a capture already, replayed here, would be a capture of a capture; one
# published after the capture's moment could not have been captured then.)
_CASES = [
    case
    for case in all_cases()
    if "cp1258" not in case.name
    and not case.name.startswith("archive-today")
    and capture_of(case.url) is None
    and (case.expected["published_at"] or "") < _CAPTURED_AT[:10]
]


def _replayed(html: str, url: str) -> str:
    """The page as the Wayback Machine serves it."""
    origin = _ORIGIN.match(url)
    assert origin is not None

    def rewrite(link: re.Match[str]) -> str:
        value = link.group(4)
        if value.startswith("//"):
            value = origin.group(1) + value
        elif value.startswith("/"):
            value = origin.group(0) + value
        picture = "im_" if link.group(2).lower().endswith("src") else ""
        return f"{link.group(1)}{link.group(3)}/web/{_STAMP}{picture}/{value}{link.group(3)}"

    html = _LINK.sub(rewrite, html)
    html = re.sub(r"(<head\b[^>]*>)", lambda m: m.group(1) + _HEAD, html, count=1, flags=re.I)
    return re.sub(r"(<body\b[^>]*>)", lambda m: m.group(1) + _TOOLBAR, html, count=1, flags=re.I)


def _expected(case: Case) -> dict[str, Any]:
    expected = dict(case.expected, url=f"{_REPLAY}/{case.url}")
    seen = expected.get("view_count_observed_at")
    fetched = expected.get("fetched_at")
    if expected["view_count"] is not None and seen in (None, fetched):
        expected["view_count_observed_at"] = _CAPTURED_AT  # no clock on the page: the capture's
    return expected


@pytest.mark.parametrize("case", _CASES, ids=[case.name for case in _CASES])
def test_a_replayed_page_gives_the_original_article(case: Case) -> None:
    html = _replayed(case.html.read_bytes().decode("utf-8"), case.url)
    got = dict(
        extract_article(html.encode("utf-8"), f"{_REPLAY}/{case.url}", fetched_at=case.fetched_at)
    )
    for image in cast(list[dict[str, Any]], got["images"]):  # the archived copies, which load,
        image["url"] = original(image["url"])  # of the page's pictures (JSON-LD's as they are)
    expected = _expected(case)
    assert {k: got.get(k) for k in expected} == expected


def test_a_toolbar_left_open_keeps_the_page_it_swallows() -> None:
    """A toolbar whose outer box is never closed (a capture cut short, a rewriter's slip): the
    parser nests the whole page in it. The toolbar goes; the page stays."""
    case = next(case for case in _CASES if case.name.endswith("bhy-nhan-lua-vu-mua-3178452"))
    unclosed = _TOOLBAR.replace("</div></div></div></div><!-- END", "</div></div></div><!-- END")
    html = _replayed(case.html.read_bytes().decode("utf-8"), case.url)
    html = html.replace(_TOOLBAR, unclosed)
    got = extract_article(html.encode("utf-8"), f"{_REPLAY}/{case.url}", fetched_at=case.fetched_at)
    assert (got["title"], got["body"]) == (case.expected["title"], case.expected["body"])
