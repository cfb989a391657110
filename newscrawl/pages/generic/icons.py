"""Pictures in the text's box that stand for a section, not for the article: PHP-Nuke's topic
image, linked where the menu's link to that topic goes, under the same name."""

from __future__ import annotations

from newscrawl import vn
from newscrawl.pages.dom import Element, text_of
from newscrawl.pages.figures import opens_its_enlargement


def section_icons(root: Element, body: Element) -> list[Element]:
    """Pictures in the text's box linked where a text link of the page goes, under the same
    name: a section's icon (PHP-Nuke's topic image, `alt` the topic's name, linking to the
    topic's listing like the menu's link), not a picture of the article."""
    linked = [  # (most linked pictures lead to their enlargement: not asked)
        (link, img)
        for img in root.iter("img")
        if (link := img.getparent()) is not None
        and link.tag == "a"
        and img.get("alt")
        and not opens_its_enlargement(link)
    ]
    if not linked:
        return []
    wanted = {link.get("href") or "" for link, _ in linked}
    named: dict[str, set[str]] = {}  # href -> the names the page's text links give it
    for a in body.iter("a"):
        href = a.get("href") or ""
        if href in wanted and next(a.iter("img"), None) is None and (text := text_of(a)):
            named.setdefault(href, set()).add(vn.fold(text))
    return [
        link
        for link, img in linked
        if vn.fold(img.get("alt") or "") in named.get(link.get("href") or "", set())
    ]
