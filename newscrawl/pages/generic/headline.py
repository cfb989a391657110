"""The headline as a reader finds it: the article's heading, not the site's name.

The document title (`<title>`, `og:title`, JSON-LD `headline`) names the article, often with
the site's name before or after it (`Title - Báo Xứ Quảng`, `Báo Phú Yên Online - Title`;
`affixes`). The heading whose text is the title without that affix is the headline, whatever
its tag: an `h1`, an `h2`/`h3` where the `h1` is the site's logo, or a `<font size=4><b>` on a
2008 table layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from copy import deepcopy

from newscrawl import vn
from newscrawl.pages import captures
from newscrawl.pages.dom import Element, class_id, settable, short_text, text_of
from newscrawl.pages.figures import images_in
from newscrawl.pages.generic.affixes import affix_of_folded, affix_variants
from newscrawl.pages.generic.controls import status_messages
from newscrawl.pages.generic.hidden import SCREEN_READER_CLASSES, text_without
from newscrawl.pages.generic.linked_title import linked_titles
from newscrawl.pages.generic.widgets import PLACE_MARKS
from newscrawl.pages.metadata import Metadata
from newscrawl.pages.positions import DocumentOrder
from newscrawl.pages.urls import generic_article_id, split_url

MAX_TITLE_CHARS = 400
MIN_TITLE_CHARS = 10
# A headline as short as a notice's (`Cáo phó`, `Bão số 3`) is taken only from a heading that
# the document title names and that no link on the page names (a section's, `Thông báo`).
_MIN_SHORT_TITLE_CHARS = 4
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")  # (a forum post's subject is an `h5`)
_HOME_PATHS = frozenset({"", "/", "/index.php", "/index.html", "/index.htm", "/default.aspx"})
_LOGO = re.compile(r"logo|brand|site-?name|site-?title|banner", re.IGNORECASE)
# A badge a portal sets inside the heading, before the headline: a live report's, a format's.
# Its words are `vn.names_a_badge`'s; the class names that mark one:
_BADGE_CLASS = re.compile(r"badge|label|live|icon|flag|kicker|sticker", re.IGNORECASE)
_MAX_BADGE_CHARS = 24


def headline_text(heading: Element | None) -> str | None:
    """The headline's text without a badge set before it (`TRỰC TIẾP`, `Video`, an icon) or the
    mark of its link to itself (`¶`)."""
    if heading is None:
        return None
    if live := [el for el in status_messages(heading) if el is not heading]:
        # (Google Sites' `Đã sao chép đường liên kết của tiêu đề`, its copy-link button's)
        return text_without(heading, live)
    if not _leading_badge(heading):
        text = text_of(heading)
        return _without_own_anchor(heading, text) if text else text
    without = deepcopy(heading)
    badge = without[0]
    without.text = settable((without.text or "") + (badge.tail or ""))
    without.remove(badge)
    return text_of(without)


def _leading_badge(heading: Element) -> bool:
    """Does the heading open with a badge: a short element before any of its text, marked as a
    badge or saying a badge's word, with the headline after it? A place or a series in bold
    (`<b>Thái Bình:</b>`, `Bài 2:`) is the headline's own."""
    if len(heading) == 0 or (heading.text or "").strip() or not isinstance(heading[0].tag, str):
        return False
    first = heading[0]
    if not ((first.tail or "").strip() or len(heading) > 1):
        return False
    text = text_of(first) or ""
    if len(text) > _MAX_BADGE_CHARS:
        return False
    return vn.names_a_badge(text) or _BADGE_CLASS.search(class_id(first)) is not None


def find_headline(
    body: Element, meta: Metadata, own_texts: list[tuple[Element, str]], page_url: str
) -> Element | None:
    """The element showing the headline, or None. (`own_texts`: elements' own text nodes, as
    the page scan collects them, for layouts without headings; `page_url`: what the page's
    links resolve against.)"""
    labelled = _labelled_title(own_texts)
    if labelled is not None:
        return labelled
    home_names = _home_names(body)
    expected_titles = _expected_titles(meta, home_names)
    for expected in expected_titles:
        found = _best_match(_headings(body), expected)
        if found is None:
            found = _best_match(_text_owners(own_texts), expected)
        if found is None:
            found = _best_match(_badged_lines(own_texts), expected)
        if found is None:
            found = _best_match(linked_titles(body, page_url, MAX_TITLE_CHARS), expected)
        if found is not None:
            return found
    site_names = _site_names(body, meta) | home_names
    short = _short_headline(body, expected_titles, site_names)
    return short if short is not None else _first_plausible_heading(body, site_names)


def _expected_titles(meta: Metadata, home_names: set[str]) -> list[set[str]]:
    """The forms the headline may take, most telling first: those the metadata's titles agree
    on or that name no site (the `<title>`'s other half may be the site's name, longer than the
    article's title and shown in the banner), then any."""
    variants = [affix_variants(t) for t in (meta.headline, meta.og_title, meta.doc_title) if t]
    if not variants:
        return []
    # (A heading that is one link home names the site for certain: never a headline's form.)
    every = set().union(*variants) - home_names
    names = {vn.fold(name) for name in meta.site_names} | home_names
    agreed = {v for v in every if sum(v in found for found in variants) > 1} - names
    if len(variants) == 1 or not agreed:
        agreed = every - names
    if not agreed or agreed == every:
        return [every]
    # (What a title says beside a form they agree on is the site's name, wherever it is shown:
    # a signature repeating it under the text is no headline.)
    titles = [t for t in (meta.headline, meta.og_title, meta.doc_title) if t]
    every -= {affix for t in titles for a in agreed if (affix := affix_of_folded(t, a))}
    return [agreed, every]


def _home_names(body: Element) -> set[str]:
    """The folded texts of the `h1`s that are one link to the site's home page (a blog's
    `h1#blog-title`, a forum's `h1.forumtitle`), and the `alt` of a picture that is a link home
    (the banner's logo, whatever its class): the site's name, not the article's."""
    names: set[str] = set()
    for heading in body.iter("h1"):
        links = heading.findall(".//a")
        if len(links) == 1 and _to_home(links[0].get("href") or ""):
            text = short_text(heading, MAX_TITLE_CHARS)
            if text:
                names.add(vn.fold(text))
    for img in body.iter("img"):
        link = img.getparent()
        alt = img.get("alt")
        if alt and link is not None and link.tag == "a" and _to_home(link.get("href") or ""):
            names.add(vn.fold(alt))
    names.discard("")
    return names


def _to_home(href: str) -> bool:
    if not href.strip():
        return False  # an anchor without an address (a theme's `<a title>` around the headline)
    parts = split_url(captures.original(href))  # (a replay's link to the original home too)
    return not parts.query and not parts.fragment and parts.path.lower() in _HOME_PATHS


def _labelled_title(own_texts: list[tuple[Element, str]]) -> Element | None:
    """The value of a field labelled as the title (`<td>Tiêu đề:</td><td><b>...</b></td>`), as
    an old CMS prints its article's header in a table of labelled rows: it says what it is."""
    for owner, own in own_texts:
        label = own.strip()
        if not label.endswith(":") or not vn.labels_the_title(label):
            continue
        value = owner.getnext()
        text = short_text(value, MAX_TITLE_CHARS) if value is not None else None
        if value is not None and text and len(text) >= MIN_TITLE_CHARS:
            return value
    return None


def _headings(body: Element) -> Iterable[tuple[Element, str]]:
    for el in body.iter(*_HEADINGS):
        text = short_text(el, MAX_TITLE_CHARS)
        if text and not _for_screen_readers(el):
            yield el, _without_own_anchor(el, text)


def _without_own_anchor(heading: Element, text: str) -> str:
    """The heading's words without the mark of its link to itself, printed after or before them
    (MkDocs' `<a class="headerlink" href="#ky-2">¶</a>`, Hugo's `#`): no word of the title."""
    for mark in (text[-1], text[0]):
        if mark in PLACE_MARKS and any(
            (link.get("href") or "").startswith("#") and (link.text or "").strip() == mark
            for link in heading.iter("a")
        ):
            text = text.removesuffix(mark) if mark == text[-1] else text.removeprefix(mark)
    return text.strip()


def _for_screen_readers(heading: Element) -> bool:
    """A heading only screen readers get (Liferay's `h1.hide-accessible` repeating the
    document's title, the site's name with it): the reader sees the headline elsewhere."""
    names = heading.get("class")
    return names is not None and not SCREEN_READER_CLASSES.isdisjoint(names.split())


def _text_owners(own_texts: list[tuple[Element, str]]) -> Iterable[tuple[Element, str]]:
    """Elements whose own text could be a headline (table layouts without headings)."""
    for owner, own in own_texts:
        if len(own.strip()) >= MIN_TITLE_CHARS:
            text = short_text(owner, MAX_TITLE_CHARS)
            if text:
                yield owner, text


def _badged_lines(own_texts: list[tuple[Element, str]]) -> Iterable[tuple[Element, str]]:
    """Lines that open with a badge, read without it: a headline in a `<div>` after its
    `<span>Premium</span>` (the badge's text is its own; the headline, its tail, is not)."""
    for owner, own in own_texts:
        line = owner.getparent()
        if len(own) > _MAX_BADGE_CHARS or line is None or line[0] is not owner:
            continue
        if _leading_badge(line) and (text := headline_text(line)):
            yield line, text


def _best_match(candidates: Iterable[tuple[Element, str]], expected: set[str]) -> Element | None:
    # The longest match wins: the site's name is an affix of the document title too, and an
    # `h1` showing it (`SỞ NỘI VỤ TỈNH BẮC NINH`) would otherwise pass for the headline.
    best: tuple[str, Element] | None = None
    # (A title typed without diacritics, as the 2000s' editors often did, names the headline
    # shown with them: `Lang nghe det Phuong La` for `Làng nghề dệt Phương La`.)
    plain = {title for title in expected if title.isascii()}
    for el, text in candidates:
        if len(text) < MIN_TITLE_CHARS:
            continue
        key = vn.fold(text)
        if key not in expected and not (plain and vn.without_marks(key) in plain):
            continue
        if best is None or len(text) > len(best[0]) or _its_title_below(*best, text, el):
            best = (text, el)
    return best[1] if best else None


def _its_title_below(shown: str, heading: Element, later: str, below: Element) -> bool:
    """Does a heading after one showing the document title whole show its longer half, the
    article's title without the site's name (a clipping's note title over the clipped `h1`)?
    (A series' list of its parts under the headline shows a part's title alone: no heading.)"""
    if below.tag != heading.tag or below.tag not in _HEADINGS:
        return False
    affix = affix_of_folded(shown, vn.fold(later))
    return affix is not None and len(affix) < len(later)


def _short_headline(
    body: Element, expected_titles: list[set[str]], site_names: set[str]
) -> Element | None:
    """A heading too short for the general rule, that the document title names: not the site's
    name, not a box's label, not a link's text (a menu's or breadcrumb's section)."""
    if not expected_titles:
        return None
    expected = expected_titles[0] - site_names
    candidates = []
    for el in body.iter(*_HEADINGS[:3]):
        text = short_text(el, MIN_TITLE_CHARS)
        if text and len(text) >= _MIN_SHORT_TITLE_CHARS and vn.fold(text) in expected:
            candidates.append((el, text))
    if not candidates:
        return None
    # (A link to another article, `/tin-buon-52211.html`, shows that one's title: no section's.)
    linked = {
        vn.fold(text)
        for a in body.iter("a")
        if (text := short_text(a, MIN_TITLE_CHARS)) and not generic_article_id(a.get("href") or "")
    }
    for el, text in candidates:
        if vn.fold(text) in linked or vn.heading_kind(text) is not None:
            continue
        if el.find(".//a") is None and not any(up.tag == "a" for up in el.iterancestors()):
            return el
    return None


def untitled_headline(
    body: Element, meta: Metadata, text: Element, order: DocumentOrder
) -> Element | None:
    """The headline as a page without a document title to go by shows it, above its `text`:
    the first heading that is not the site's name."""
    found = _first_plausible_heading(body, _site_names(body, meta) | _home_names(body))
    return found if found is not None and order.before(found, text) else None


def _first_plausible_heading(body: Element, site_names: set[str]) -> Element | None:
    """Without a document title to go by: the first heading that is not the site's name."""
    for tag in _HEADINGS[:3]:
        for el in body.iter(tag):
            text = short_text(el, MAX_TITLE_CHARS)
            if not text or len(text) < 15 or vn.fold(text) in site_names:
                continue
            if vn.heading_kind(text) is not None:
                continue  # `Tin cùng chuyên mục` heads a box of the page
            if _LOGO.search(class_id(el)) or el.find(".//img") is not None:
                continue
            if tag != "h1" and el.find(".//a") is not None:
                continue  # a linked h2/h3 heads a teaser, not this article
            return el
    return None


def _site_names(body: Element, meta: Metadata) -> set[str]:
    names = {vn.fold(n) for n in meta.site_names}
    for img in images_in(body):
        holder = img.getparent()
        if holder is not None and (_LOGO.search(class_id(img)) or _LOGO.search(class_id(holder))):
            names.add(vn.fold(img.get("alt") or ""))
    names.discard("")
    return names


def repeats_bare_title(found: Element, meta: Metadata) -> bool:
    """Is `found` matched by a `<title>` that may be the site's name alone: no article metadata
    to confirm it, no affix cut off?"""
    if meta.headline or meta.og_title or not meta.doc_title:
        return False
    shown = short_text(found, MAX_TITLE_CHARS)
    return shown is not None and vn.fold(shown) == vn.fold(meta.doc_title)
