"""An article's tag list: after a `Từ khóa:` label (links, or a row of badges), marked as tags
by its class, made of `rel="tag"` links, or, once class names are gone, a run of links to
tags' own pages."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

from lxml import etree

from newscrawl import vn
from newscrawl.pages.dom import BLOCK_TAGS, Element, rel_values, text_of
from newscrawl.pages.generic.boxes import Heading, box_after
from newscrawl.pages.generic.category_links import in_category_box
from newscrawl.pages.positions import DocumentOrder, common_ancestor, contains
from newscrawl.pages.selection import Selection
from newscrawl.pages.targets import to_a_category_page, to_a_tag_page

_TAG_CLASS = re.compile(
    r"(?<![a-z])(?:tags?|tag-?list|box-?tag|keywords?|tukhoa|tu-?khoa)(?![a-z])"
)


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
        if all(in_category_box(a) and not _microformats_tag(a) for a in el.iter("a")):
            continue  # the section's kicker (Ghost's `post-card-tags` around its primary tag)
        if not any(contains(b, el) or contains(el, b) for b in boxes):
            boxes.append(el)
    if not boxes:
        tagged = [a for a in body.iter("a") if _a_tag(a)]
        # (Each in an item of its own: Invision's `<ul class="ipsTags"><li><a rel="tag">`.)
        parents = dict.fromkeys(_list_of(a.getparent()) for a in tagged)
        boxes = [p for p in parents if p is not None]
    return boxes or _tag_page_boxes(body)


def _microformats_tag(link: Element) -> bool:
    """A link marked as an h-entry's `p-category`: microformats name a post's tags so (Grav)."""
    return "p-category" in (link.get("class") or "").split()


def _tag_page_boxes(body: Element) -> list[Element]:
    """Runs of links to tags' own pages (no other link between them), each run's nearest
    common box: a tag list told by where its links go, once its class names are gone (a
    CSS-in-JS build hashes them). A menu's topics (`<nav>`) are the site's."""
    runs: list[list[Element]] = [[]]
    for link in body.iter("a"):
        if _to_a_tag_page(link) and not in_category_box(link):  # (a kicker: the section)
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
    """A link to a tag's page, not in a menu: a `<nav>` is the site's, unless labelled as the
    article's tags (Wix's `<nav aria-label="Thẻ">`)."""
    href = link.get("href")
    if not (href and to_a_tag_page(href)):
        return False
    nav = next(link.iterancestors("nav"), None)
    return nav is None or vn.heading_kind(nav.get("aria-label") or "") == "tags"


_MAX_BADGE_CHARS = 40  # a tag printed as a badge: a topic's name
_KEYWORD_SPLIT = re.compile(r"[,;]")
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
    """The box's tags: its links' texts, but a section's (`rel="category tag"`, `/category/…`)
    and a link to the page itself (WordPress's `Bookmark the permalink` closing its tag line),
    and only those marked `rel="tag"` where some are (a theme's sentence of category, tags and
    author); else its badges."""
    found: list[str] = []
    links = list(box.iter("a"))
    marked = [a for a in links if _a_tag(a)]
    for a in marked or links:
        href = a.get("href") or ""
        if "category" in rel_values(a) or here(href) or to_a_category_page(href):
            continue  # (a box of the post's sections and its tags: Cocoon's)
        text = text_of(a)
        if text and text not in found and not vn.reads_as_more(text):  # (`Xem bảng từ khóa`)
            found.append(text)
    if found or links:
        return found
    for badge in box:  # a row of badges, the label among them (`_badges_after`)
        text = text_of(badge) if isinstance(badge.tag, str) else None
        if text and text not in found and vn.heading_kind(text) != "tags":
            found.append(text)
    return found or _words_after_label(box)


def _words_after_label(box: Element) -> list[str]:
    """A label's unlinked line of keywords (`<b>Từ khóa:</b> chuyển đổi số, Kiến Xương`)."""
    label = box[0] if len(box) == 1 else None
    if label is None or vn.heading_kind(text_of(label) or "") != "tags":
        return []
    words = [word.strip(" .") for word in _KEYWORD_SPLIT.split(label.tail or "")]
    if len(words) < 2 or any(len(word) > _MAX_BADGE_CHARS for word in words):
        return []  # (a sentence after the label is no list)
    return [word for word in dict.fromkeys(words) if word]


def _labelled_tags(label: Element, order: DocumentOrder) -> Element | None:
    """The tag box a `Từ khóa:` label heads: a row of badges after it, else the box of links
    after it, which says little else (a box reached by climbing past the label's own, holding
    the page's text and menus, is no tag list)."""
    badges = _badges_after(label)
    if badges is not None:
        return badges
    box = box_after(label, order)
    return box if box is not None and _mostly_links(box) else None


def _badges_after(label: Element) -> Element | None:
    """The label's box when what follows the label in it is a row of short items, none a link:
    tags printed as badges (Bootstrap's `<span class="badge">lúa hữu cơ</span>`), each naming a
    topic without leading to its page."""
    items = [item for item in label.itersiblings() if isinstance(item.tag, str)]
    if not items:  # (or a line of words after the label: `_words_after_label`)
        parent = label.getparent()
        return parent if parent is not None and _words_after_label(parent) else None
    for item in items:
        if item.tag in BLOCK_TAGS or next(item.iter("a"), None) is not None:
            return None
        if len(text_of(item) or "") > _MAX_BADGE_CHARS:
            return None
    return label.getparent()


def _list_of(box: Element | None) -> Element | None:
    """The list a tag link's item belongs to (an `<li>`, or a `<span>` wrapping the link alone:
    Plone's), else the link's own box."""
    if box is None or not (box.tag == "li" or (box.tag == "span" and len(box) == 1)):
        return box
    items = box.getparent()
    return items if items is not None else box
