"""The items of a related list: each article it links, titled by its headline. An item's meta
links (its author's page, its section's folder or badge), its picture's link with what is laid
over it, and links to files are no items."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from newscrawl.items import RawLink
from newscrawl.pages.dom import Element, class_id, text_of
from newscrawl.pages.figures import opens_its_enlargement
from newscrawl.pages.generic.boxes import is_more_link, related_title
from newscrawl.pages.generic.category_links import in_category_box
from newscrawl.pages.generic.hidden import hidden_itself, shown_text
from newscrawl.pages.generic.widgets import PAGER_NAMES
from newscrawl.pages.links import is_meta_link, is_only_a_date
from newscrawl.pages.positions import DocumentOrder, contains
from newscrawl.pages.targets import to_a_file, to_a_forum_jump
from newscrawl.pages.urls import link_url, original_path

_CARD_LEVELS = 2  # a card's picture link and its headline's: the card, or a box inside it
# A card's picture link up to the box it shares with its headline's link: Drupal's Views wrap
# each field in two boxes of its own.
_THUMBNAIL_LEVELS = 3
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_DIGIT = re.compile(r"[0-9]")
_DASH_ALONE = re.compile(r"[-–—|/]")
_PAGER_BOX = re.compile(rf"(?<![a-z])(?:{PAGER_NAMES})(?![a-z])")
_PAGER_LEVELS = 3  # the link's item, the pager's list, its box
_CATEGORY_LEVELS = 2  # the section's link, in its box named so, in the item's meta line
_TITLE_AND_SUMMARY = 2
_CARD_BOXES = frozenset({"div", "p"})
_SENTENCE_ENDS = (".", "…", "!")
_MAX_SECTION_WORDS = 4  # `Kinh doanh`, `Công đoàn`; not a headline (WordPress's `cat-post-title`)
# A section's page written as a file beside its folder (NLĐ's `/cong-doan.htm` over
# `/cong-doan/…-196250114171000111.htm`).
_PAGE_FILE = re.compile(r"\.(?:html?|aspx?|php|vov|ldo)$", re.IGNORECASE)


def links_after(
    heading: Element, box: Element, base: str, order: DocumentOrder
) -> Iterator[RawLink]:
    """The box's links that follow its heading, as (absolute URL, title) pairs. Where the
    heading links to its section's page, a link there again (`Xem thêm tin Giao thông`) is no
    item either. A box that names itself related is its own heading: its title, if it opens
    with one, is then the heading."""
    label = heading if box is not heading else related_title(box)
    sections = (
        set() if label is None else {link_url(a.get("href") or "", base) for a in label.iter("a")}
    )
    end = _next_heading(label, box, order) if label is not None else None
    for a in box.iter("a"):
        if label is not None and (contains(label, a) or order.before(a, label)):
            continue
        if end is not None and order.before(end, a):
            break  # another list's, under its own heading (Medium's `Recommended from Medium`)
        href = link_url(a.get("href") or "", base)
        if not href or href in sections:
            continue
        if is_meta_link(a, a.get("href") or "") or _item_section(a, href, base):
            continue  # an item's author or section: `admin`, `Nông nghiệp`
        if _in_time_line(a, href, base):
            continue  # an aggregator's outlet beside the item's time: `Báo Thái Bình · 5 giờ`
        if to_a_file(href) or opens_its_enlargement(a):
            continue  # a related file (TYPO3's `news-related-files`) or a card's picture in a
            # lightbox (Avada's `Gallery`), no article
        if to_a_forum_jump(a.get("href") or ""):  # (as written: `#p18190` tells phpBB's jump)
            continue  # a thread's last post or who posted in it, beside the thread's link
        if _in_pager(a) or is_more_link(a):
            continue  # the list's next pages (Liferay's `Tiếp`, `Cuối →`), or all of it
        if _thumbnail_of_a_titled_card(a, href, base):
            continue  # its headline's link gives the title
        title = _card_title(a)
        if title:
            yield RawLink(url=href, title=title)


def _next_heading(label: Element, box: Element, order: DocumentOrder) -> Element | None:
    """The next heading of the label's rank in the box, unlinked: another list's title, not an
    item's headline."""
    if label.tag not in _CARD_HEADINGS:
        return None
    return next(
        (
            h
            for h in box.iter(label.tag)
            if h is not label
            and order.before(label, h)
            and next(h.iter("a"), None) is None
            and next(h.iterancestors("a"), None) is None
        ),
        None,
    )


def _in_pager(link: Element) -> bool:
    """Is the link in the list's pager (`ul.pager`, `div.pagination`), a few levels up?"""
    return any(
        _PAGER_BOX.search(class_id(box)) for box in islice(link.iterancestors(), _PAGER_LEVELS)
    )


def _item_section(link: Element, href: str, base: str) -> bool:
    """An item's section beside its headline's link (`<article><a>Khởi tố …</a><a
    href="/phap-luat/">Pháp luật</a></article>`), in a card that holds another link: a link the
    template names a category (ZNews's `span.category-parent`, NLĐ's
    `a.box-category-link-title`), or one of no digits to a section's folder, one name and no
    file, or any folder the other link lies in (VOV's `/xa-hoi/doi-song` beside
    `/xa-hoi/doi-song/…-post1133320.vov`, NLĐ's `/cong-doan.htm` beside `/cong-doan/…`), or a
    folder beside the one an article with its id lies in."""
    words = [word for word in (text_of(link) or "").split() if not _DASH_ALONE.fullmatch(word)]
    if len(words) > _MAX_SECTION_WORDS:  # (`Tín ngưỡng - Tôn giáo`: its dash is no word)
        return False  # a headline (WordPress's `/%postname%/` has no digits either)
    if in_category_box(link):
        # (Named so, its address may hold digits: Discourse's `/c/tin-tuc/tin-dia-phuong/12`.)
        return _in_a_card(link, _CATEGORY_LEVELS + 1)
    path = original_path(href).strip("/")  # (a replay's link, too)
    stem = _PAGE_FILE.sub("", path)
    if not stem or "." in stem or link.getparent() is None:
        return False
    others = _other_links(link, base)
    inside = f"/{stem}/"
    if any(other.startswith(inside) for other in others):
        return True  # (its digits, too, are a folder's: a series', `/dong-bang-7-ngay/`)
    if not others or _DIGIT.search(stem):
        return False
    if "/" not in path:
        return path == stem  # (`/tin-moi.htm` may be an article: only a folder's name tells)
    folder = stem.rpartition("/")[0]
    return any(_an_article_in(other, folder) for other in others)


def _an_article_in(path: str, folder: str) -> bool:
    """Does the path lead to an article lying right in the folder, its id in its name
    (`/tin-thoi-tiet/ret-dam-p7395` in `tin-thoi-tiet`)? A link of no digits beside it (`/tin-
    thoi-tiet/mien-bac`) is then a section's page, no article of that site."""
    parent, _, name = path.strip("/").rpartition("/")
    return parent == folder and _DIGIT.search(name) is not None


def _in_time_line(link: Element, href: str, base: str) -> bool:
    """A few words linked in the item's time line (`<div><a href="/nguon/…">Báo Thái Bình</a>
    <time>5 giờ</time></div>`), below the item's headline, which links elsewhere: its outlet,
    author or section, whatever its address."""
    line = link.getparent()
    if line is None or line.find("time") is None or line.tag in _CARD_HEADINGS:
        return False
    words = len((text_of(link) or "").split())
    if words > _MAX_SECTION_WORDS:
        return False
    for box in islice(line.iterancestors(), _CARD_LEVELS):
        for other in box.iter("a"):
            if contains(line, other):
                continue
            if (
                link_url(other.get("href") or "", base) != href
                and len((text_of(other) or "").split()) > words
            ):
                return True
    return False


def _other_links(link: Element, base: str) -> list[str]:
    """The paths of the other links in the box around the link: its parent's, or the first box
    a few levels up linking elsewhere (SvelteKit's card: `a.card-link` beside `div.card-meta`,
    which holds the section's badge alone; a card's picture may link where its title does)."""
    own = _path(link, base)
    first: list[str] = []
    for level, box in enumerate(islice(link.iterancestors(), _CATEGORY_LEVELS)):
        paths = [_path(other, base) for other in box.iter("a") if other is not link]
        if level == 0:
            first = paths
        if any(path != own for path in paths):
            return paths
    return first


def _in_a_card(link: Element, levels: int) -> bool:
    """Does a box a few levels up hold another link (the card's headline)?"""
    return any(
        any(other is not link for other in box.iter("a"))
        for box in islice(link.iterancestors(), levels)
    )


def _path(link: Element, base: str) -> str:
    return original_path(link_url(link.get("href") or "", base) or "")


def _thumbnail_of_a_titled_card(link: Element, href: str, base: str) -> bool:
    """A card's picture linked to the article, with what is laid over it (a video's duration,
    `08:40`; a section's badge), where the card links the article again without a picture:
    by its headline."""
    if next(link.iter("img", "picture"), None) is None:
        return False
    for card in islice(link.iterancestors(), _THUMBNAIL_LEVELS):
        for other in card.iter("a"):
            if other is link or next(other.iter("img", "picture"), None) is not None:
                continue
            if link_url(other.get("href") or "", base) == href:
                return True
    return False


def _card_title(link: Element) -> str | None:
    """The link's text, or the headline of a card the link wraps whole (Flatsome's `<a><div>
    <h5>Title</h5></div><div>15 Th11</div></a>`), or its parts but a date (a Notion list's
    `<a><span>Title</span><span>25 tháng 10, 2024</span></a>`): the date is no title. Words
    for screen readers alone are none of it (Liferay's `<span class="sr-only">Nội dung
    web</span>`, the asset's kind), unless the link shows none."""
    if any(map(hidden_itself, link.iterdescendants())):
        # (A card's overlay link, its words all for screen readers: the card's headline shows
        # them, LinkedIn's `a.base-card__full-link` beside `h3.base-main-card__title`.)
        return shown_text(link) or _headline_beside(link) or text_of(link)
    heading = next(link.iter(*_CARD_HEADINGS), None)
    if heading is not None:
        return text_of(heading)
    if len(link) < 2 or (link.text or "").strip():
        return text_of(link)
    card = _one_box_of_words(link)
    parts = [text for part in card if (text := text_of(part))]
    titled = [text for text in parts if not (_DIGIT.search(text) and is_only_a_date(text))]
    if _title_over_summary(card, titled):
        return titled[0]
    return " ".join(titled) if titled and len(titled) < len(parts) else text_of(link)


def _headline_beside(link: Element) -> str | None:
    card = link.getparent()
    heading = next(card.iter(*_CARD_HEADINGS), None) if card is not None else None
    return text_of(heading) if heading is not None else None


def _one_box_of_words(link: Element) -> Element:
    """The link, or the one box of it holding words, around the title's and the date's boxes
    (Zalo OA's `<a><img><div class="related-item-info"><div>Title</div><div>03/10/2024</div>
    </div></a>`)."""
    worded = [part for part in link if text_of(part)]
    if len(worded) == 1 and len(worded[0]) >= _TITLE_AND_SUMMARY:
        box = worded[0]
        return box if not (box.text or "").strip() else link
    return link


def _title_over_summary(link: Element, parts: list[str]) -> bool:
    """A card the link wraps whole, its title's box over its summary's (Tilda's `<a><div
    class=bgimg></div><div>250 gian hàng sẵn sàng</div><div>Công tác … đã hoàn tất.</div></a>`):
    a title ends in no full stop, a summary's sentence does."""
    if len(parts) != _TITLE_AND_SUMMARY or not all(part.tag in _CARD_BOXES for part in link):
        return False
    title, summary = parts
    return not title.endswith(_SENTENCE_ENDS) and summary.endswith(_SENTENCE_ENDS)
