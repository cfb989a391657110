"""The link that names an article's section where no breadcrumb does: the one the page marks
as its category (`rel="category tag"`, a box named `cate` or `chuyen-muc`, a kicker), a link to
WordPress's category base under the headline, or a link labelled `Chuyên mục:`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from newscrawl.pages.dom import Element, class_id, rel_values
from newscrawl.pages.positions import DocumentOrder, reading_distance, steps_up
from newscrawl.pages.section_labels import labelled_as_category
from newscrawl.pages.targets import to_a_category_page
from newscrawl.pages.urls import original_path

# WordPress's category base in a link: the section a post is filed under.
_MAX_CATEGORY_DISTANCE = 4
_MAX_LABELLED_DISTANCE = 8
_FIELD_LEVELS = 2  # the section's link, its item's box, the field holding the items
_MAX_FIELD_LINKS = 4  # (a field lists a section and its subsections, no articles)
_DIGIT = re.compile(r"[0-9]")

# A box a template names as the article's section (`detail-cate`, `post-cat`, `chuyen-muc`, a
# kicker, Ghost's primary tag: Casper's `post-card-primary-tag`, Source's `a.gh-article-tag` over
# the headline); a link itself also in the plural (Squarespace's `a.blog-categories`), which on a
# box names a list of the site's sections (WordPress's `widget_categories`).
_CATEGORY_BOX = re.compile(
    r"(?<![a-z])(?:cat|cate|category|chuyen-?muc|chuyenmuc|kicker|primary-tag|gh-article-tag)"
    r"(?![a-z])",
    re.I,
)
_CATEGORIES_LINK = re.compile(r"(?<![a-z])categories(?![a-z])", re.I)
# WordPress marks its tag links `rel="tag"` and its category links `rel="category tag"`.
_CATEGORY = frozenset({"category", "tag"})


def category_link(body: Element, anchor: Element | None, order: DocumentOrder) -> Element | None:
    """The first link the page marks as its category (`rel="category tag"`, WordPress), else
    a link to WordPress's category base (`/category/tin-tuc/`) just under the headline, where a
    page builder's post info puts it (the menu's stand above it)."""
    marked = next((a for a in body.iter("a") if a.get("rel") and rel_values(a) >= _CATEGORY), None)
    if marked is not None or anchor is None:
        return marked
    up = steps_up(anchor)
    based = _first_near(
        body, up, _MAX_CATEGORY_DISTANCE, lambda a: _to_category_base(a, anchor, order)
    )
    if based is not None:
        return based
    kicker = _first_near(
        body, up, _MAX_CATEGORY_DISTANCE, lambda a: in_category_box(a) or labelled_as_category(a)
    )
    if kicker is None:  # (a labelled field says what it is farther off: the headline may stand
        # in a page-title block above the article, as Drupal's themes print it)
        after = partial(order.before, anchor)
        kicker = _first_near(
            body, up, _MAX_LABELLED_DISTANCE, lambda a: after(a) and labelled_as_category(a)
        )
    box = kicker.getparent() if kicker is not None else None
    if kicker is None or box is None:
        return kicker
    # A section and its subsection side by side (`Xã hội` `Giao thông`): the last, as in a trail.
    named = [a for a in box.iter("a") if _named_category(a)]
    if named:
        return named[-1]
    return _subsection_beside(kicker) if labelled_as_category(kicker) else kicker


def _subsection_beside(section: Element) -> Element:
    """The link after the labelled section's in its field, whose address is a folder under the
    section's (Hexo's `Chuyên mục: <a href="/categories/hoat-dong/">…</a>, <a href="/categories
    /hoat-dong/mua-he-xanh/">…</a>`), else the section's."""
    folder = original_path(section.get("href") or "").rstrip("/") + "/"
    field = section
    for _ in range(_FIELD_LEVELS):
        parent = field.getparent()
        if parent is None or sum(1 for _ in parent.iter("a")) > _MAX_FIELD_LINKS:
            break
        field = parent
    deeper = [
        a
        for a in field.iter("a")
        if (path := original_path(a.get("href") or "")).startswith(folder)
        and len(path) > len(folder)
        and not _DIGIT.search(path)
    ]
    return deeper[-1] if folder != "/" and deeper else section


def _first_near(
    body: Element, up: dict[Element, int], limit: int, test: Callable[[Element], bool]
) -> Element | None:
    """The page's first link that passes `test`, `limit` steps from the headline at most."""
    beyond = limit + 1
    return next(
        (a for a in body.iter("a") if test(a) and reading_distance(a, up, beyond) <= limit), None
    )


def _to_category_base(link: Element, anchor: Element, order: DocumentOrder) -> bool:
    return to_a_category_page(link.get("href") or "") and order.before(anchor, link)


def in_category_box(link: Element) -> bool:
    """A link named as the category (`a.category-name`), or the one link of a box so named
    (`div.detail-cate`, `span.chuyen-muc`): a kicker over the headline, or a card's section in a
    related list (ZNews's `span.category-parent`)."""
    if _named_category(link) or (len(link) == 1 and _named_category(link[0])):
        return True  # (or its one child: Discourse's `<a><span class="category-name">`)
    if link.tag == "a" and _CATEGORIES_LINK.search(class_id(link)):
        return True
    box = link.getparent()
    return box is not None and _named_category(box) and sum(1 for _ in box.iter("a")) == 1


def _named_category(el: Element) -> bool:
    return _CATEGORY_BOX.search(class_id(el)) is not None
