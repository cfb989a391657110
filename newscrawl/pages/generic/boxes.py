"""The boxes around an article: its tag list and its related-article lists (its breadcrumb is
read in `sections`).

Each is recognised the way a reader recognises it: a tag list follows `Từ khóa:` or is marked as
tags; a related list is headed "Tin liên quan", "Tin cùng chuyên mục", "Các tin khác", ...
("Tin mới" and "Đọc nhiều" are the site's, not the article's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import cast

from lxml import etree

from newscrawl.items import RawLink
from newscrawl.pages.dom import BLOCK_TAGS, Element, rel_values, text_of
from newscrawl.pages.headings import heading_kind
from newscrawl.pages.links import is_meta_link, is_only_a_date
from newscrawl.pages.positions import DocumentOrder, ancestors_and_self, common_ancestor, contains
from newscrawl.pages.selection import Selection
from newscrawl.pages.targets import to_a_tag_page
from newscrawl.pages.urls import link_url

_MAX_CLIMB = 3
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_DIGIT = re.compile(r"[0-9]")
_TAB_LEVELS = 3  # the button's text, the button, its list item
# A bar of tab buttons (Bootstrap's `nav-tabs`, `tabs`, `tab-list`, `tabs-nav`, `tab-title`).
_TAB_BAR = re.compile(
    r"(?<![a-z-])(?:nav-tabs|tabs|tab-?list|tabs?-?(?:nav|header|title|menu))(?![a-z])"
)
_BY_ID = etree.XPath("//*[@id=$id]")
_TAG_CLASS = re.compile(
    r"(?<![a-z])(?:tags?|tag-?list|box-?tag|keywords?|tukhoa|tu-?khoa)(?![a-z])"
)


@dataclass(frozen=True, slots=True)
class Heading:
    element: Element  # the heading ("Tin liên quan") or the label ("Từ khóa:")
    kind: str  # "related" or "tags"


def headings(own_texts: list[tuple[Element, str]]) -> list[Heading]:
    """Related-list headings and tag labels among elements' own texts, in page order."""
    found: list[Heading] = []
    for owner, text in own_texts:
        # The element's own text, not its whole text: a label may share its element with the
        # links it heads (`<span>Từ khóa: <a>...</a></span>`).
        kind = heading_kind(text)
        # (A table's column heading is no tag label: `Chủ đề | Trả lời | Bài cuối`.)
        if kind and not (kind == "tags" and owner.tag == "th"):
            found.append(Heading(owner, kind))
    return found


def tab_headings(selection: Selection, body: Element) -> list[Heading]:
    """Related-list headings that are tab buttons (`ul.nav-tabs > li > a`): link texts, which
    the page's own texts leave out; and a heading made of such buttons alone, each naming a
    related list (tagDiv's `Bài viết liên quan | Tin cùng chuyên mục` filters over one box)."""
    found: list[Heading] = []
    for bar in selection.marked(_TAB_BAR):
        for button in bar.iter("a", "button"):
            kind = heading_kind(text_of(button) or "")
            if kind == "related":
                found.append(Heading(button, kind))
    for heading in body.iter("h2", "h3", "h4"):
        buttons = heading.findall("a")
        if len(buttons) >= 2 and all(_names_a_list(button) for button in buttons):
            found.append(Heading(heading, "related"))
    return found


def titled_lists(body: Element) -> list[Heading]:
    """Lists headed by their `title` alone (Instant Articles' `<ul class="op-related-articles"
    title="Tin liên quan">`): each its own heading and box."""
    return [
        Heading(box, "related")
        for box in body.iter("ul", "ol")
        if (title := box.get("title")) and heading_kind(title.strip()) == "related"
    ]


def _names_a_list(button: Element) -> bool:
    return (button.get("href") or "#").startswith("#") and heading_kind(
        text_of(button) or ""
    ) == "related"


# -- tags ----------------------------------------------------------------------------------------


def tag_boxes(
    body: Element, labels: list[Heading], order: DocumentOrder, selection: Selection
) -> list[Element]:
    """Containers of tag links: after a `Từ khóa:` label, or marked as tags, or `rel=tag` links."""
    boxes = [
        box
        for h in labels
        if h.kind == "tags" and (box := _labelled_tags(h.element, order)) is not None
    ]
    for el in selection.marked(_TAG_CLASS):
        if el.tag in _POST_TAGS or el.find(".//a") is None or not _mostly_links(el):
            continue
        if not any(contains(b, el) or contains(el, b) for b in boxes):
            boxes.append(el)
    if not boxes:
        tagged = [a for a in body.iter("a") if _a_tag(a)]
        parents = {a.getparent() for a in tagged}
        boxes = [p for p in parents if p is not None]
    return boxes or _tag_page_boxes(body)


def _tag_page_boxes(body: Element) -> list[Element]:
    """Runs of links to tags' own pages (no other link between them), each run's nearest
    common box: a tag list told by where its links go, once its class names are gone (a
    CSS-in-JS build hashes them). A menu's topics (`<nav>`) are the site's."""
    runs: list[list[Element]] = [[]]
    for link in body.iter("a"):
        if _to_a_tag_page(link):
            runs[-1].append(link)
        elif runs[-1]:
            runs.append([])
    found: list[Element] = []
    for run in runs:
        # The run's nearest box holding all its links (a link alone: the element around it).
        around = run[0].getparent() if run else None
        if around is not None:
            found.append(common_ancestor(around, run[-1]))
    return [box for box in found if _mostly_links(box, _MAX_LABEL_CHARS)]


def leads_to_tag_pages(box: Element) -> bool:
    return any(_to_a_tag_page(link) for link in box.iter("a"))


def _to_a_tag_page(link: Element) -> bool:
    href = link.get("href")
    return bool(href and to_a_tag_page(href)) and next(link.iterancestors("nav"), None) is None


_MAX_BADGE_CHARS = 40  # a tag printed as a badge: a topic's name
# Besides its links, a tag box says a label at most (`Từ khóa:`, `Tags`, commas).
_MAX_TAG_BOX_LABEL_CHARS = 40
_MAX_LABEL_CHARS = 20  # (`Từ khóa liên quan:`) where only the links' targets mark the box
_UNLINKED_TEXTS = etree.XPath(".//text()[not(ancestor::a)]")
# Where WordPress's and Ghost's post classes go (`<body class="tag-lua">`, `<article ...>`).
_POST_TAGS = frozenset({"html", "body", "main", "article"})


def _mostly_links(box: Element, label_chars: int = _MAX_TAG_BOX_LABEL_CHARS) -> bool:
    """Is the box made of links, as a tag list is? WordPress and Ghost also mark the post's
    `<article>` and `<body>` with a class per tag (`tag-lang-nghe`): those hold the page."""
    unlinked = 0
    for node in cast(list[str], _UNLINKED_TEXTS(box)):
        unlinked += len(node.strip())
        if unlinked > label_chars:
            return False
    return True


def _a_tag(link: Element) -> bool:
    if not link.get("rel"):  # most links: no need to split anything
        return False
    rel = rel_values(link)
    return "tag" in rel and "category" not in rel


def tags_in(box: Element, here: Callable[[str], bool] = lambda href: False) -> list[str]:
    """The box's tags: its links' texts, but a section's (`rel="category tag"`) and a link to
    the page itself (WordPress's `Bookmark the permalink` closing its tag line), and only those
    marked `rel="tag"` where some are (a theme's sentence of category, tags and author); else
    its badges."""
    found: list[str] = []
    links = list(box.iter("a"))
    marked = [a for a in links if _a_tag(a)]
    for a in marked or links:
        if "category" in rel_values(a) or here(a.get("href") or ""):
            continue
        text = text_of(a)
        if text and text not in found:
            found.append(text)
    if found or links:
        return found
    for badge in box:  # a row of badges, the label among them (`_badges_after`)
        text = text_of(badge) if isinstance(badge.tag, str) else None
        if text and text not in found and heading_kind(text) != "tags":
            found.append(text)
    return found


def _labelled_tags(label: Element, order: DocumentOrder) -> Element | None:
    """The tag box a `Từ khóa:` label heads: a row of badges after it, else the box of links
    after it, which says little else (a box reached by climbing past the label's own, holding
    the page's text and menus, is no tag list)."""
    badges = _badges_after(label)
    if badges is not None:
        return badges
    box = _box_after(label, order)
    return box if box is not None and _mostly_links(box) else None


def _badges_after(label: Element) -> Element | None:
    """The label's box when what follows the label in it is a row of short items, none a link:
    tags printed as badges (Bootstrap's `<span class="badge">lúa hữu cơ</span>`), each naming a
    topic without leading to its page."""
    items = [item for item in label.itersiblings() if isinstance(item.tag, str)]
    if not items:
        return None
    for item in items:
        if item.tag in BLOCK_TAGS or next(item.iter("a"), None) is not None:
            return None
        if len(text_of(item) or "") > _MAX_BADGE_CHARS:
            return None
    return label.getparent()


# -- related lists -------------------------------------------------------------------------------


def related_boxes(labels: list[Heading], order: DocumentOrder) -> list[tuple[Element, Element]]:
    """(heading, box) for each related-list heading that heads some links."""
    found: list[tuple[Element, Element]] = []
    for h in labels:
        if h.kind == "related":
            titled = h.element.tag in ("ul", "ol")  # (`titled_lists`: the list heads itself)
            box = h.element if titled else _tab_pane(h.element)
            if box is None:
                box = _box_after(h.element, order)
            if box is not None:
                found.append((h.element, box))
    return found


def links_after(
    heading: Element, box: Element, base: str, order: DocumentOrder
) -> Iterator[RawLink]:
    """The box's links that follow its heading, as (absolute URL, title) pairs."""
    for a in box.iter("a"):
        if box is not heading and (contains(heading, a) or order.before(a, heading)):
            continue
        href = link_url(a.get("href") or "", base)
        if not href or is_meta_link(a, a.get("href") or ""):
            continue  # an item's author or section: `admin`, `Nông nghiệp`
        title = _card_title(a)
        if title:
            yield RawLink(url=href, title=title)


def _card_title(link: Element) -> str | None:
    """The link's text, or the headline of a card the link wraps whole (Flatsome's `<a><div>
    <h5>Title</h5></div><div>15 Th11</div></a>`), or its parts but a date (a Notion list's
    `<a><span>Title</span><span>25 tháng 10, 2024</span></a>`): the date is no title."""
    heading = next(link.iter(*_CARD_HEADINGS), None)
    if heading is not None:
        return text_of(heading)
    if len(link) < 2 or (link.text or "").strip():
        return text_of(link)
    parts = [text for part in link if (text := text_of(part))]
    titled = [text for text in parts if not (_DIGIT.search(text) and is_only_a_date(text))]
    return " ".join(titled) if titled and len(titled) < len(parts) else text_of(link)


def _tab_pane(heading: Element) -> Element | None:
    """The pane a tab's button shows, when the heading is one: lists in tabs (`<a
    href="#tab-lienquan" data-toggle="tab">Tin liên quan</a>` over `div#tab-lienquan`) are
    headed by buttons standing apart from them."""
    for el in islice(ancestors_and_self(heading), _TAB_LEVELS):
        target = _target(el)
        if target:
            panes = _BY_ID(heading, id=target)
            if isinstance(panes, list) and panes and isinstance(panes[0], etree._Element):
                return panes[0]
    return None


def _target(el: Element) -> str | None:
    for attr in ("aria-controls", "data-target", "data-bs-target", "href"):
        value = (el.get(attr) or "").strip()
        if attr == "aria-controls" and value:
            return value
        if value.startswith("#") and len(value) > 1:
            return value[1:]
    return None


def _box_after(heading: Element, order: DocumentOrder) -> Element | None:
    """The heading itself when it holds the links it heads, else the nearest ancestor holding
    links after it (a few levels up at most). (Buttons in the heading link to no page.)"""
    if any(not (a.get("href") or "#").startswith("#") for a in heading.iter("a")):
        return heading
    box = heading
    climbed = 0
    while climbed < _MAX_CLIMB:
        # The list right after the heading's line, when it has one: a label pasted into the
        # text (`>> Tin liên quan:` over a `<ul>`) heads that list, not the text around it; a
        # table's heading row heads a lone row under it, before the next heading row or the
        # table's end (an infobox's `<th>Các bài liên quan</th>` over a list, then `Chia sẻ`).
        after = box.getnext()
        if (
            after is not None
            and (after.tag in ("ul", "ol") or (box.tag == "tr" and _one_headed_row(after)))
            and after.find(".//a") is not None
        ):
            return after
        parent = box.getparent()
        if parent is None:
            return None
        box = parent
        climbed += len(box) > 1  # (a wrapper round the heading alone, `<td><font><b>`, is no step)
        if any(not contains(heading, a) and order.before(heading, a) for a in box.iter("a")):
            return box
    return None


def _one_headed_row(row: Element) -> bool:
    """Is `row` a table row that the table's end or a heading row (`<tr><th>…</th></tr>`)
    follows?"""
    after = row.getnext()
    return row.tag == "tr" and (after is None or after.find("th") is not None)
