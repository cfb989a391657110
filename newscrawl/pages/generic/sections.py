"""The section an article is filed under: its breadcrumb, or the link the page marks as its
category.

A breadcrumb is a trail of links marked as one (`breadcrumb`, `duong-dan`, ...) or split by
`›`/`»`/`>`; its last link that is neither the home page nor the article names the section.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Set
from typing import cast
from urllib.parse import urldefrag

from lxml import etree

from newscrawl import vn
from newscrawl.pages.dom import (
    Element,
    in_page_footer,
    itertext,
    only_child,
    text_content,
    text_of,
)
from newscrawl.pages.generic.hidden import shown_text
from newscrawl.pages.selection import Selection
from newscrawl.pages.targets import to_a_share_dialog
from newscrawl.pages.urls import absolute, url_path

_BREADCRUMB_CLASS = re.compile(
    r"breadcrumb|crumb|bread-?nav|(?<![a-z])path(?:way)?(?![a-z])|duong-?dan|duongdan|dieu-?huong"
    r"|navigation-?path"
)
_CRUMB_SEPARATORS = frozenset("›»>/→|·‹")  # (phpBB's prosilver points its `‹` back home)
# A label before a trail's first link: `Vị trí:`, `Bạn đang ở:`.
_MAX_TRAIL_LABEL_CHARS = 24
_SEPARATOR_TAGS = frozenset({"span", "em", "i", "b", "strong", "small"})
_COUNT = re.compile(r"[\d.,]+[km]? ")
# (MyBB sets the current page's name on a line of its own: `<br><img src="nav_bit.png">`.)
_LINE_TAGS = frozenset({"br", "img"})
_MAX_SECTION_CHARS = 40
# An unlinked section of four words and more is rarely in a headline; a programme's name of
# three often heads each issue (`Điểm tin sáng` over `Điểm tin sáng 25/10/2024`).
_MIN_TITLE_WORDS = 4


def breadcrumb(
    body: Element, selection: Selection, page_urls: Set[str], elsewhere: Set[Element] = frozenset()
) -> Element | None:
    """The first element marked as a breadcrumb, else a trail of links split by `›`/`»`/`>` or
    labelled a breadcrumb, else a list of links going down the site's folders. Not a row of
    links in the boxes `elsewhere` (`asides.not_the_article`: a footer named so by its class)."""
    for el in selection.marked(_BREADCRUMB_CLASS):
        # (Drupal marks `<body class="path-node">`: a template's name, no trail; a box of
        # `« Quay lại | Về đầu trang`, marked as navigation, links to the top of the page; a
        # list's item is a crumb, or a menu's item on the current path, DNN's `li.breadcrumb`.)
        linked = el.tag not in ("html", "body", "li") and el.find(".//a") is not None
        if linked and not _in_page(el):
            return el
    # (Labelled so, it outranks links split by separators above it: a top bar's `Liên hệ ·
    # Gửi tin bài`.)
    for el in cast(list[Element], _ARIA_LABELLED(body)):
        if _labelled_trail(el) and not in_page_footer(el):
            return el
    for el in body.iter("div", "p", "td", "span", "nav", "ol", "ul", "li", "font", "b", "strong"):
        if (_is_trail(el) or _listed_trail(el)) and not (
            el in elsewhere or in_page_footer(el) or _in_page(el)
        ):
            return el  # (the page footer's row of links, `Điều khoản · Chính sách`, is no trail)
    page_paths = [_folder(url) for url in page_urls]
    return next((el for el in body.iter("ol", "ul") if _folder_trail(el, page_paths)), None)


_ARIA_LABELLED = etree.XPath(".//*[@aria-label]")
# A page's own name in its path, which its folder does not have.
_PAGE_SUFFIX = re.compile(r"(?:/|\.html?|\.aspx?|\.php)$")
_MAX_TRAIL_ITEMS = 6
_MAX_DOTTED_CRUMBS = 4
_MAX_CRUMB_CHARS = 50


def _folder_trail(trail: Element, page_paths: list[str]) -> bool:
    """A list whose items link one each down the site's folders (`/giao-duc`,
    `/giao-duc/tuyen-sinh`), after the home page: a trail, however it is styled. A menu's links
    stand side by side. Home and one section are a trail only when the article sits in that
    section's folder (`/thong-bao.html` over `/thong-bao/...-8801.html`)."""
    if not 2 <= len(trail) <= _MAX_TRAIL_ITEMS:
        return False
    folders: list[str] = []
    linked = 0
    for item in trail:
        links = item.findall(".//a") if item.tag == "li" else None
        if links is None or len(links) > 1:
            return False
        if links and len(text_of(links[0]) or "") > _MAX_CRUMB_CHARS:
            return False  # a headline: an article's list under its section's link
        if links and (folder := _folder(links[0].get("href") or "")):
            folders.append(folder)
        elif links and linked:
            return False  # home after the first link: a one-page site's menu (`/#lien-he`)
        linked += bool(links)
    if not folders or any(not b.startswith(a + "/") for a, b in itertools.pairwise(folders)):
        return False
    return len(folders) >= 2 or any(path.startswith(folders[-1] + "/") for path in page_paths)


def _folder(href: str) -> str:
    """The link's path without its page suffix ("" for the home page or no path)."""
    path = _PAGE_SUFFIX.sub("", url_path(href.strip()))
    return "" if path.rpartition("/")[2] in _HOME_PAGES else path


def _labelled_trail(el: Element) -> bool:
    """A box labelled a breadcrumb for screen readers (`<nav aria-label="breadcrumb">`, `Đường
    dẫn`): what says so where class names are hashes."""
    label = el.get("aria-label")
    return label is not None and vn.labels_a_trail(label) and el.find(".//a") is not None


def _in_page(box: Element) -> bool:
    """Does the box link to a place of the page itself (`#top`)? A trail never does (its
    current crumb may be a bare `#`), but for a link to its own end, which lets a screen
    reader skip it (SharePoint's SiteMapPath)."""
    places = [href[1:] for a in box.iter("a") if (href := a.get("href")) and href[:1] == "#"]
    if not any(places):
        return False
    own = {name for el in box.iter() for name in (el.get("id"), el.get("name")) if name}
    return any(place and place not in own for place in places)


def _is_trail(el: Element) -> bool:
    """Crumbs split by separators (`›`, `»`, `/`), as text or in inline elements of their own
    (`<span class="sep">›</span>`, Jannah's `<em class="delimiter">/</em>`); a crumb is a link
    or an inline element wrapping one (ASP.NET's and Discourse's `<span><a>…</a></span>`); a
    label may open the trail, the current page's name close it."""
    children: list[Element] = []
    broken = False  # (a line break ends the crumbs: the current page's name may follow)
    for child in el:  # (most boxes hold a block: told at their first child or so)
        tag = child.tag
        if isinstance(tag, str):
            if tag in _LINE_TAGS:
                broken = True
            elif (tag != "a" and tag not in _SEPARATOR_TAGS) or (broken and _links(child)):
                return False  # (a sidebar's links, one to a line after `»`: a menu)
            children.append(child)
    crumbs = [c for c in children if _links(c)]
    if len(crumbs) < 2:
        return False
    if any(to_a_share_dialog(a.get("href") or "") for c in crumbs for a in c.iter("a")):
        return False  # share buttons split by `·` (`Facebook · X`)
    if any(next(c.iter("time"), None) is not None for c in crumbs):
        return False  # a meta line: the author, `·`, the date linked to the post (Hashnode)
    first = children.index(crumbs[0])
    if not all(_trail_label(child) for child in children[:first]):
        return False  # (a sentence before the links: no trail)
    between = children[first : children.index(crumbs[-1])]
    glue = "".join((child.tail or "") for child in between) + "".join(
        text_content(child) for child in between if child not in crumbs
    )
    # (a wrapped crumb may hold its separator before its link: vBulletin 3's `<span>&gt; <a>`)
    glue += "".join((crumb.text or "") for crumb in crumbs if crumb.tag != "a")
    marks = {c for c in glue if not c.isspace()}
    if not marks or not marks <= _CRUMB_SEPARATORS or "|" in marks:
        return False
    if marks == {"·"} and len(crumbs) > _MAX_DOTTED_CRUMBS:
        return False  # a menu split by dots (mbasic's `Trang chủ · Trang cá nhân · … · Menu`)
    return not _menu_split_like_crumbs([vn.fold(text_of(c) or "") for c in crumbs])


def _menu_split_like_crumbs(names: list[str]) -> bool:
    """Links split as crumbs are, that no trail holds: the site's own pages (Tumblr's `Giới
    thiệu · Lưu trữ · Gửi câu hỏi`), an author's counts (Medium's `1.2K followers · 186
    following`)."""
    return sum(map(vn.names_a_sites_own_page, names)) >= 2 or all(map(_COUNT.match, names))


def _links(el: Element) -> bool:
    return el.tag == "a" or next(el.iter("a"), None) is not None


def _listed_trail(el: Element) -> bool:
    """A list of crumbs, each item a link and the separator after it (SMF's linktree,
    `<li><a><span>Tin tức</span></a> &#187;</li>`), the last item the page's own, unmarked."""
    if el.tag not in ("ul", "ol") or len(el) < 2:
        return False
    last = len(el) - 1
    for i, item in enumerate(el):
        links = item.findall(".//a") if item.tag == "li" else []
        if len(links) != 1:
            return False
        marks = set(text_content(item).replace(text_content(links[0]), "", 1)) - set(" \n\t\xa0")
        if not marks <= _CRUMB_SEPARATORS or (not marks and i != last) or "|" in marks:
            return False
    return True


def _trail_label(label: Element) -> bool:
    """A label before the trail's first link: `Vị trí:`, `Bạn đang ở:`; a ticker's (`Tiêu
    điểm:`, `Chủ đề nóng:`) heads topics, no trail."""
    text = text_content(label).strip()
    if not text.endswith(":") or len(text) > _MAX_TRAIL_LABEL_CHARS:
        return False
    return not vn.labels_topics(text)


def trail_links(trail: Element) -> list[tuple[str | None, str | None]]:
    """A breadcrumb's links as (name, href), and its last crumb when that is no link (the page
    the reader is on: `<li class="active">Tin hoạt động</li>`) as (name, None)."""
    anchors = list(trail.iter("a"))
    # (A button's words for screen readers alone name no crumb: phpBB's search at the bar's end.)
    links: list[tuple[str | None, str | None]] = [(shown_text(a), a.get("href")) for a in anchors]
    # (The last link naming a crumb: SharePoint closes its trail with an empty skip link.)
    named = [a for a, (name, _) in zip(anchors, links, strict=True) if name]
    last = _unlinked_last(named[-1], trail) if named else None
    return [*links, (last, None)] if last else links


def ends_in(trail: Element, name: str) -> bool:
    """Does the trail's last words name `name`, however long (a forum's thread, where
    `trail_links` keeps a section's short name only)?"""
    last = next((piece for piece in reversed(list(itertext(trail))) if piece.strip()), None)
    return last is not None and vn.fold(last) == vn.fold(name)


def _unlinked_last(link: Element, trail: Element) -> str | None:
    """What follows the trail's last link as a crumb of its own: the list's last item (`<li>`),
    else the text after the link's crumb in its box, separators aside; a section's name is
    short. A crumb may be a box of its own around its link (SharePoint's `<span>`s)."""
    item = link.getparent()
    if item is not None and item.tag == "li":
        after = list(item.itersiblings("li"))
        text = text_of(after[-1]) if after and after[-1].find(".//a") is None else None
    elif item is not None:
        crumb = _crumb_around(link, trail)
        pieces = [crumb.tail or ""]
        for sibling in crumb.itersiblings():
            pieces += [] if sibling.tag == "a" else [text_of(sibling) or "", sibling.tail or ""]
        text = " ".join(pieces)
    else:
        return None
    # (Cleaned first: a template's indentation is tabs and line ends, no crumb.)
    name = vn.clean_text(text or "").strip("".join(_CRUMB_SEPARATORS) + " ")
    if not name or len(name) > _MAX_SECTION_CHARS or vn.names_a_detail_page(name):
        return None
    return name


def _crumb_around(link: Element, trail: Element) -> Element:
    """The link's crumb: the boxes holding it alone, up to the trail's."""
    crumb = link
    while only_child(crumb) and not (crumb.tail or "").strip():
        parent = crumb.getparent()
        if parent is None or parent is trail or (parent.text or "").strip():
            break
        crumb = parent
    return crumb


def category(
    links: Iterable[tuple[str | None, str | None]],
    title: str | None,
    page_urls: set[str],
    base: str,
) -> str | None:
    """The last link of a breadcrumb (shown, or declared in JSON-LD) that is neither the home
    link nor the article itself. The trail ends at the article: links after it are the page's
    tools in the trail's box (FluxBB's `Trả lời` beside its crumbs)."""
    names: list[str] = []
    for name, link in links:
        href = absolute(link, base) if link else None
        place = urldefrag(href) if href else None
        if place is not None and place.url in page_urls:
            if not place.fragment:
                break  # the article itself
            continue  # a place on the page, `#notes` beside the post's date: no section either
        if not name or vn.names_home(name):
            continue
        if href and _is_site_root(href):
            continue
        if title and _names_the_article(name, title, linked=href is not None):
            break
        names.append(name)
    return names[-1] if names else None


def _names_the_article(name: str, title: str, *, linked: bool) -> bool:
    """Is the crumb the article's title, or, unlinked as the page the reader is on, a few
    words of it (a review site's `Làng Chài Homestay Cồn Vành` under `Review Làng Chài
    Homestay Cồn Vành: nhà gỗ sát biển`), or the numbered label before its colon (`Tập 12`)? A
    section's name of a word or two may well be in a title (`Homestay`), or before its colon (a
    district's, `Kim Động: …`), and a forum's linked one of more (`Tuyển sinh lớp 10`)."""
    folded, folded_title = vn.fold(name), vn.fold(title)
    if folded == folded_title:
        return True
    if linked:
        return False
    if folded == folded_title.partition(":")[0] and _DIGIT.search(folded):
        return True  # (a podcast's `Tập 12` of `Tập 12: Đêm trăng trên ruộng muối`)
    return len(folded.split()) >= _MIN_TITLE_WORDS and folded in folded_title


_DIGIT = re.compile(r"[0-9]")
_HOME_PAGES = frozenset({"", "index", "default"})


def _is_site_root(url: str) -> bool:
    path = url.split("://", 1)[-1].partition("/")[2]
    return path.strip("/") in ("", "index.html", "index.php", "default.asp", "default.aspx")
