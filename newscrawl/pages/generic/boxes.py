"""The boxes around an article and their headings: its related-article lists here, its tag
list in `tag_lists`, its breadcrumb in `sections`.

Each is recognised the way a reader recognises it: a related list is headed "Tin liên quan",
"Tin cùng chuyên mục", "Các tin khác", ... ("Tin mới" and "Đọc nhiều" are the site's, not the
article's); a tag list follows `Từ khóa:` or is marked as tags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from lxml import etree

from newscrawl import vn
from newscrawl.pages.dom import HEADING_TAGS, Element, mostly_links, text_of
from newscrawl.pages.positions import DocumentOrder, ancestors_and_self, contains
from newscrawl.pages.selection import Selection
from newscrawl.pages.targets import to_an_editor

_MAX_CLIMB = 3
_MIN_LISTED_LINKS = 2  # (a paragraph of links under a related label: its items)
_TAB_LEVELS = 3  # the button's text, the button, its list item
# A bar of tab buttons (Bootstrap's `nav-tabs`, `tabs`, `tab-list`, `tabs-nav`, `tab-title`).
_TAB_BAR = re.compile(
    r"(?<![a-z-])(?:nav-tabs|tabs|tab-?list|tabs?-?(?:nav|header|title|menu))(?![a-z])"
)
_BOX_TITLE = re.compile(r"(?<![a-z])(?:[a-z]+-)?(?:title|tieu-?de|heading)(?![a-z])")
_BY_ID = etree.XPath("//*[@id=$id]")
_SPLIT_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_SPLIT_LEVELS = 2
_MAX_SPLIT_PART_CHARS = 40
_INLINE_TAGS = frozenset({"span", "b", "strong", "em", "i", "font"})
_RELATED_NAME = re.compile(
    r"(?<![a-z])(?:related(?:-?(?:box|posts?))?|relate|lien-?quan|tinlienquan)(?![a-z])"
)
_MIN_NAMED_LINKS = 1
_MAX_UNLINKED_CHARS = 3  # (a box headed `Xem thêm` is no related list: by design)


@dataclass(frozen=True, slots=True)
class Heading:
    element: Element  # the heading ("Tin liên quan") or the label ("Từ khóa:")
    kind: str  # "related" or "tags"
    whole: bool = False  # the box heads itself (named by its `title` or its class)


def headings(own_texts: list[tuple[Element, str]]) -> list[Heading]:
    """Related-list headings and tag labels among elements' own texts, in page order."""
    found: list[Heading] = []
    split: set[Element] = set()
    for owner, text in own_texts:
        # The element's own text, not its whole text: a label may share its element with the
        # links it heads (`<span>Từ khóa: <a>...</a></span>`).
        kind = vn.heading_kind(text)
        if kind is None and len(text) <= _MAX_SPLIT_PART_CHARS:
            heading = _split_heading(owner)
            if heading is not None and heading not in split:
                split.add(heading)
                owner, kind = heading, _split_heading_kind(heading)
        # (A table's column heading is no tag label: `Chủ đề | Trả lời | Bài cuối`.)
        if kind and not (kind == "tags" and owner.tag == "th"):
            found.append(Heading(owner, kind))
    return found


def _split_heading(owner: Element) -> Element | None:
    """The heading holding a part of its words: the owner itself, holding inline elements, or
    a heading an inline element or two deep (`<h3><span>Bài viết <span>liên quan</span></span>
    </h3>`)."""
    if owner.tag in _SPLIT_HEADINGS:
        return owner if len(owner) else None
    for el in islice(owner.iterancestors(), _SPLIT_LEVELS):
        if el.tag in _SPLIT_HEADINGS:
            return el
        if el.tag not in _INLINE_TAGS:
            return None
    return None


def _split_heading_kind(heading: Element) -> str | None:
    """A related list's heading whose words an inline element splits (SmartMag's `Bài viết
    <span class="color">liên quan</span>`): no own text names the list, the whole does."""
    return "related" if vn.heading_kind(text_of(heading) or "") == "related" else None


def tab_headings(selection: Selection, body: Element) -> list[Heading]:
    """Related-list headings that are tab buttons (`ul.nav-tabs > li > a`): link texts, which
    the page's own texts leave out; a heading made of such buttons alone, the first naming a
    related list (tagDiv's `Bài viết liên quan | Thêm từ tác giả` filters over one box); and a
    heading that is one link naming a related list."""
    found: list[Heading] = []
    for bar in selection.marked(_TAB_BAR):
        for button in bar.iter("a", "button"):
            kind = vn.heading_kind(text_of(button) or "")
            if kind == "related":
                found.append(Heading(button, kind))
    for heading in body.iter("h2", "h3", "h4"):
        buttons = heading.findall("a")
        if len(buttons) >= 2 and _names_a_list(buttons[0]) and all(map(_in_page, buttons)):
            found.append(Heading(heading, "related"))  # (the first tab is the one shown)
        elif len(buttons) == 1 and _links_its_name(heading, buttons[0]):
            found.append(Heading(heading, "related"))
    found.extend(
        Heading(title, "related")
        for title in selection.marked(_BOX_TITLE)  # (a box's title in a `div`, a `span`)
        if title.tag not in _SPLIT_HEADINGS
        and len(title) == 1
        and title[0].tag == "a"
        and _links_its_name(title, title[0])
    )
    return found


def _links_its_name(heading: Element, link: Element) -> bool:
    """A related list's heading that is one link, to the section's page (an aggregator's
    `<h2><a href="/giao-thong">Tin cùng chuyên mục</a></h2>`), which own texts leave out."""
    if (heading.text or "").strip() or (link.tail or "").strip():
        return False
    return vn.heading_kind(text_of(link) or "") == "related"


def titled_lists(body: Element) -> list[Heading]:
    """Lists headed by their `title` alone (Instant Articles' `<ul class="op-related-articles"
    title="Tin liên quan">`): each its own heading and box."""
    return [
        Heading(box, "related", whole=True)
        for box in body.iter("ul", "ol")
        if (title := box.get("title")) and vn.heading_kind(title.strip()) == "related"
    ]


def named_related(selection: Selection, text: Element | None) -> list[Heading]:
    """Boxes of links in the article's text box that name themselves related and print no
    heading (VOV's `div.article-content-related` of `div.related-item` links over the text's
    own `div`): each its own heading and box. The outermost of nested ones."""
    outer = text.getparent() if text is not None else None
    if outer is None:
        return []
    found: list[Heading] = []
    judged: list[Element] = []  # (the parts of a box that says more, a card's, are no boxes)
    for box in selection.marked(_RELATED_NAME):
        if not contains(outer, box) or any(contains(seen, box) for seen in judged):
            continue
        judged.append(box)
        if sum(1 for _ in box.iter("a")) < _MIN_NAMED_LINKS:
            continue
        if not _own_words(box) or related_title(box) is not None:
            found.append(Heading(box, "related", whole=True))
    return found


def related_title(box: Element) -> Element | None:
    """The related list's title a box opens with (Jetpack's `<nav>` block under `Có liên quan`,
    which says an item's date and section besides its links; a heading linking the section's
    page, `<h3><a href="/am-thuc">Tin cùng chuyên mục</a></h3>`), not a first item's headline."""
    heading = next(box.iter(*HEADING_TAGS), None)
    if heading is None or vn.heading_kind(text_of(heading) or "") != "related":
        return None
    return heading


def _own_words(box: Element) -> bool:
    """Does the box say anything besides its links (a heading, a sentence)?"""
    linked = sum(len(text_of(a) or "") for a in box.iter("a"))
    return len(text_of(box) or "") - linked > _MAX_UNLINKED_CHARS


def _names_a_list(button: Element) -> bool:
    return _in_page(button) and vn.heading_kind(text_of(button) or "") == "related"


def _in_page(button: Element) -> bool:
    return not _to_a_page(button)


# -- related lists -------------------------------------------------------------------------------


def related_boxes(labels: list[Heading], order: DocumentOrder) -> list[tuple[Element, Element]]:
    """(heading, box) for each related-list heading that heads some links."""
    found: list[tuple[Element, Element]] = []
    for h in labels:
        if h.kind == "related":
            box = h.element if h.whole else _tab_pane(h.element)
            if box is None:
                box = box_after(h.element, order)
            if box is not None:
                found.append((h.element, box))
    return found


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


def box_after(heading: Element, order: DocumentOrder) -> Element | None:
    """The heading itself when it holds the links it heads, else the nearest ancestor holding
    links after it (a few levels up at most). (Buttons in the heading link to no page; a
    heading that is one link, to its section's page, heads the links after it.)"""
    name = None if heading.tag == "a" else text_of(heading)
    if any(_to_a_page(a) and text_of(a) != name for a in heading.iter("a")):
        listed = _list_under_name(heading)
        return listed if listed is not None else heading
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
            and (
                after.tag in ("ul", "ol")
                or (box.tag == "tr" and _one_headed_row(after))
                or _paragraph_of_links(after)
            )
            and after.find(".//a") is not None
        ):
            return after
        parent = box.getparent()
        if parent is None:
            return None
        box = parent
        climbed += len(box) > 1  # (a wrapper round the heading alone, `<td><font><b>`, is no step)
        if any(
            not contains(heading, a)
            and order.before(heading, a)
            and not is_more_link(a)
            and _to_a_page(a)
            for a in box.iter("a")
        ):
            # (The label's line closed by the series' linked name, the label in a span of
            # its own: the list under that line is the box.)
            listed = _list_under_name(box)
            return listed if listed is not None else box
    return None


def _paragraph_of_links(block: Element) -> bool:
    """A paragraph of links split by `<br>`, each with its date at most (a legacy page's list
    of other articles): two links or more, their words most of its words."""
    if block.tag not in ("p", "div") or block.find(".//br") is None:
        return False
    if len(block.findall(".//a")) < _MIN_LISTED_LINKS:
        return False
    return mostly_links(block, text_of(block) or "")


def _list_under_name(heading: Element) -> Element | None:
    """The list right after a label closed by one link, the name of what it lists (a series'
    `Loạt bài: <a>Tràng An - 10 năm di sản</a>` over its parts): the list is the box."""
    links = heading.findall(".//a")
    after = heading.getnext()
    if len(links) != 1 or (links[0].tail or "").strip() or after is None:
        return None
    return after if after.tag in ("ul", "ol") and after.find(".//a") is not None else None


def is_more_link(link: Element) -> bool:
    """A link to the whole list beside its heading (`Xem tất cả`, `Xem thêm »`): no item."""
    return vn.reads_as_more(text_of(link) or "")


def _to_a_page(link: Element) -> bool:
    """A link to another page, not to a place on this one nor to its editor (MediaWiki's
    `[sửa]` beside a section's heading, `action=edit`)."""
    href = link.get("href") or "#"
    return not href.startswith("#") and not to_an_editor(href)


def _one_headed_row(row: Element) -> bool:
    """Is `row` a table row that the table's end or a heading row (`<tr><th>…</th></tr>`)
    follows?"""
    after = row.getnext()
    return row.tag == "tr" and (after is None or after.find("th") is not None)
