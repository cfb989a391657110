"""A headline shown as a link to the article itself: Joomla 1.5's linked titles (`<td
class="contentheading"><a class="contentpagetitle">Xã An Hòa …</a></td>`), where the page has
no heading, and the link's text is no text of the page's own (links are not).

A sidebar's latest news may list the article too, and a menu the page: an item among its like,
in a list item or a `nav`, or a box beside boxes holding a link each. The headline's link
stands alone in its box.
"""

from __future__ import annotations

from collections.abc import Iterator

from newscrawl.pages.dom import Element, short_text, text_of
from newscrawl.pages.generic.lines import MAX_LINE_CHARS
from newscrawl.pages.urls import absolute, split_url


def linked_titles(body: Element, page_url: str, max_chars: int) -> Iterator[tuple[Element, str]]:
    """The boxes holding a link to the page alone, no item of a list, each with the link's
    words. (A banner's link home, alone in its box too, shows the site's name, which the
    document's title may hold beside the headline.)"""
    page = _address(page_url)
    if page[0].strip("/") == "" and not page[1]:
        return  # (a `<base href="/">`: the links home would pass for the page's own)
    for link in body.iter("a"):
        box = link.getparent()
        if box is None or next(link.iterancestors("li", "nav"), None) is not None:
            continue  # (a menu's item for the page, Google Sites' `aria-current` one)
        target = absolute(link.get("href") or "", page_url)
        if target is None or _address(target) != page or _among_like(box):
            continue
        text = short_text(link, max_chars)
        if text and text == short_text(box, max_chars):
            yield box, text


def _address(url: str) -> tuple[str, str]:
    parts = split_url(url)  # (a template may link the page at `www.` or over `http:`)
    return parts.path, parts.query


def _among_like(box: Element) -> bool:
    return any(
        other is not None and other.tag == box.tag and _one_link(other)
        for other in (box.getprevious(), box.getnext())
    )


def _one_link(box: Element) -> bool:
    worded = [link for link in box.iter("a") if text_of(link)]
    shown = short_text(box, MAX_LINE_CHARS)
    return len(worded) == 1 and shown == short_text(worded[0], MAX_LINE_CHARS)
