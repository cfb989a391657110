"""The section an article is filed under: its breadcrumb, or the link the page marks as its
category.

A breadcrumb is a trail of links marked as one (`breadcrumb`, `duong-dan`, ...) or split by
`›`/`»`/`>`; its last link that is neither the home page nor the article names the section.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newscrawl import vn
from newscrawl.pages.dom import (
    DocumentOrder,
    Element,
    in_page_footer,
    reading_distance,
    rel_values,
    steps_up,
    text_of,
)
from newscrawl.pages.selection import Selection
from newscrawl.pages.urls import absolute

_BREADCRUMB_CLASS = re.compile(
    r"breadcrumb|crumb|bread-?nav|(?<![a-z])path(?![a-z])|duong-?dan|duongdan|dieu-?huong"
    r"|navigation-?path"
)
_CRUMB_SEPARATORS = frozenset("›»>/→|·")
_MAX_TRAIL_LABEL_CHARS = 24
# WordPress's category base in a link: the section a post is filed under.
_CATEGORY_BASE = re.compile(r"/category/[^/?#]+/?(?:[?#]|$)")
_MAX_CATEGORY_DISTANCE = 4
_HOME = frozenset({"trang chủ", "home", "trang nhất", "trang chu", "homepage"})


def breadcrumb(body: Element, selection: Selection) -> Element | None:
    """The first element marked as a breadcrumb, else a trail of links split by `›`/`»`/`>` or
    labelled a breadcrumb."""
    for el in selection.marked(_BREADCRUMB_CLASS):
        # (Drupal marks `<body class="path-node">`: a template's name, no trail; a box of
        # `« Quay lại | Về đầu trang`, marked as navigation, links to the top of the page.)
        if el.tag not in ("html", "body") and el.find(".//a") is not None and not _in_page(el):
            return el
    for el in body.iter("div", "p", "td", "span", "nav", "ol", "ul", "font"):
        if (_is_trail(el) or _labelled_trail(el)) and not in_page_footer(el):
            return el  # (the page footer's row of links, `Điều khoản · Chính sách`, is no trail)
    return None


def _labelled_trail(el: Element) -> bool:
    """A box labelled a breadcrumb for screen readers (`<nav aria-label="breadcrumb">`): what
    says so where class names are hashes."""
    label = el.get("aria-label")
    return (
        label is not None
        and _BREADCRUMB_CLASS.search(label.lower()) is not None
        and el.find(".//a") is not None
    )


def _in_page(box: Element) -> bool:
    """Does the box link to a place of the page itself (`#top`)? A trail never does (its
    current crumb may be a bare `#`)."""
    return any(len(href) > 1 and href[0] == "#" for a in box.iter("a") if (href := a.get("href")))


def _is_trail(el: Element) -> bool:
    links = el.findall("a")
    if len(links) < 2 or len(el) != len(links) + len(el.findall("span")):
        return False
    spans = [s for s in el.findall("span") if not _trail_label(s, links[0])]
    glue = "".join((a.tail or "") for a in links[:-1]) + "".join((s.text or "") for s in spans)
    marks = {c for c in glue if not c.isspace()}
    return bool(marks) and marks <= _CRUMB_SEPARATORS and "|" not in marks


def _trail_label(span: Element, first_link: Element) -> bool:
    """A label before the trail's first link: `Vị trí:`, `Bạn đang ở:`."""
    text = (span.text or "").strip()
    return (
        text.endswith(":") and len(text) <= _MAX_TRAIL_LABEL_CHARS and span.getnext() is first_link
    )


def trail_links(trail: Element) -> list[tuple[str | None, str | None]]:
    """A breadcrumb's links as (name, href)."""
    return [(text_of(a), a.get("href")) for a in trail.iter("a")]


def category(
    links: Iterable[tuple[str | None, str | None]],
    title: str | None,
    page_urls: set[str],
    base: str,
) -> str | None:
    """The last link of a breadcrumb (shown, or declared in JSON-LD) that is neither the home
    link nor the article itself."""
    names: list[str] = []
    for name, link in links:
        href = absolute(link, base) if link else None
        if not name or vn.fold(name) in _HOME or (href and href in page_urls):
            continue
        if href and _is_site_root(href):
            continue
        if title and vn.fold(name) == vn.fold(title):
            continue
        names.append(name)
    return names[-1] if names else None


def _is_site_root(url: str) -> bool:
    path = url.split("://", 1)[-1].partition("/")[2]
    return path.strip("/") in ("", "index.html", "index.php", "default.asp", "default.aspx")


# WordPress marks its tag links `rel="tag"` and its category links `rel="category tag"`.
_CATEGORY = frozenset({"category", "tag"})


def category_link(body: Element, anchor: Element | None, order: DocumentOrder) -> Element | None:
    """The first link the page marks as its category (`rel="category tag"`, WordPress), else
    a link to WordPress's category base (`/category/tin-tuc/`) just under the headline, where a
    page builder's post info puts it (the menu's stand above it)."""
    marked = next((a for a in body.iter("a") if a.get("rel") and rel_values(a) >= _CATEGORY), None)
    if marked is not None or anchor is None:
        return marked
    up, beyond = steps_up(anchor), _MAX_CATEGORY_DISTANCE + 1
    return next(
        (
            a
            for a in body.iter("a")
            if _CATEGORY_BASE.search(a.get("href") or "")
            and order.before(anchor, a)
            and reading_distance(a, up, beyond) <= _MAX_CATEGORY_DISTANCE
        ),
        None,
    )
