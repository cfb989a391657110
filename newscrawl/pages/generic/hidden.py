"""Text a page hides from its readers for good: an SEO plugin's keyword lines, a source note
kept for robots, a copy of the article kept for printing. Text a control reveals (a `Xem thêm`
button over the rest of the text, an accordion's answers, a tab) is not hidden for good."""

from __future__ import annotations

import re
from typing import cast

from lxml import etree

from newscrawl import vn
from newscrawl.pages.dom import Element, text_of
from newscrawl.pages.figures import pieces_without
from newscrawl.pages.positions import contains
from newscrawl.pages.selection import Selection

# Text a reader is not shown: hidden by a style or an attribute (found by one XPath; a style
# naming `none` is read again in Python: `border: none` hides nothing), or by a framework's class
# (Bootstrap, Tailwind; WordPress's and Bootstrap's screen-reader text: found in the page's index).
_HIDDEN_BY_STYLE = etree.XPath(  # (attributes walked, not elements: most have no style)
    ".//@style[contains(., 'none') or contains(., 'hidden')]/.. | .//@hidden/.."
)
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# (Liferay's is `hide-accessible`.)
SCREEN_READER_CLASSES = frozenset(
    {"sr-only", "visually-hidden", "screen-reader-text", "hide-accessible"}
)
_HIDING_CLASSES = (".hidden", ".d-none", *sorted(f".{name}" for name in SCREEN_READER_CLASSES))
_HIDING_NAMES = frozenset(name[1:] for name in _HIDING_CLASSES)
# What a reader can open: Bootstrap's collapsible panes, tabs, and the targets of controls.
_REVEALED_CLASSES = frozenset({"collapse", "tab-pane", "accordion-collapse", "panel-collapse"})
_CONTROLS_OF = etree.XPath(
    "//*[@data-target = $hash or @data-bs-target = $hash or @href = $hash"
    " or @aria-controls = $name][1]"
)


def hidden_for_good(root: Element, selection: Selection, styled: list[Element]) -> list[Element]:
    """Text the page hides from its readers with no way to show it, under `root`: the page's
    boxes a style hides (`styled`, `hidden_boxes` of the page), and those a framework's class
    hides. Text a control reveals is the article's (a `Xem thêm` button over the rest of the
    text, an accordion's answers, a tab)."""
    found = [el for el in styled if el is not root and contains(root, el)]
    for css in _HIDING_CLASSES:
        found += [el for el in selection.within(root, css) if _for_good(el)]
    return found


def hidden_itself(el: Element) -> bool:
    """Does the element hide itself, by a style, an attribute or a framework's class (a copy
    kept for robots: NukeViet's hidden microdata)?"""
    if _hides(el):
        return True
    names = set((el.get("class") or "").split())
    return bool(names & _HIDING_NAMES)


def shown_text(box: Element) -> str | None:
    """The box's text without the parts it hides: a field's label hidden by a style
    (SharePoint's `<div style='display:none'>Chú thích ảnh</div>`), words for screen readers
    alone (Liferay's `<span class="sr-only">Nội dung web</span>` in a link)."""
    hidden = [el for el in box.iterdescendants() if hidden_itself(el)]
    return text_without(box, hidden) if hidden else text_of(box)


def text_without(box: Element, left_out: list[Element]) -> str | None:
    """The box's text, cleaned, without that of the `left_out` elements inside it."""
    return vn.clean_text(" ".join(pieces_without(box, left_out))) or None


def _hides(el: Element) -> bool:
    style = el.get("style")
    return el.get("hidden") is not None or (style is not None and bool(_HIDING_STYLE.search(style)))


def _revealed(el: Element) -> bool:
    """Can the reader show it: a pane a control opens, one that names it, a `<details>`'s
    content, or the box right after a button (`<button>Xem thêm</button><div hidden>...`)?"""
    if _REVEALED_CLASSES & set((el.get("class") or "").split()):
        return True
    if next(el.iterancestors("details"), None) is not None:
        return True
    before = el.getprevious()
    if before is not None and before.tag in ("button", "a", "label", "summary"):
        return True
    name = el.get("id")
    return name is not None and bool(_CONTROLS_OF(el, hash=f"#{name}", name=name))


def hidden_boxes(root: Element) -> list[Element]:
    """The boxes a style or an attribute hides for good, holding text: never the article's text,
    however much they hold (a copy of it kept for printing, `#print-area`)."""
    return [
        el for el in cast(list[Element], _HIDDEN_BY_STYLE(root)) if _hides(el) and _for_good(el)
    ]


def _for_good(el: Element) -> bool:
    return text_of(el) is not None and not _revealed(el)
