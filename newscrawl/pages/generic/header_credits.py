"""Credits in the article's header that no label with a colon announces: a box marked as the
author's, a name the microdata marks as the author, Joomla 1.0's `Viết bởi <name>` row, a name
in the date line (`bởi Thu Hà - 21/11/2024`). Labelled lines are `credits.py`'s."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain
from typing import cast

from lxml import etree

from newscrawl import vn
from newscrawl.pages.dom import Element, lines_of, short_text, text_of
from newscrawl.pages.generic.credits import (
    MAX_CREDIT_CHARS,
    MAX_HEADER_DISTANCE,
    credit_in,
    in_header,
    name_after,
)
from newscrawl.pages.positions import DocumentOrder, block_of, contains, tree_distance
from newscrawl.pages.selection import Selection
from newscrawl.pages.styles import AUTHOR_CLASS
from newscrawl.pages.targets import to_an_author_page

_AUTHOR_PROP = etree.XPath(".//*[@itemprop='author']")
_MAX_CREDIT_LINES = 4
_LINE_TAGS = ("div", "p", "li", "span")


def marked_credit(selection: Selection, anchor: Element | None, named: list[str]) -> str | None:
    """A credit in a box marked as the author's (`span.author`, `p.byline`, `div.tac-gia`, an
    `<address>`, HTML's contact of its article) beside the headline: where a modern theme
    prints who wrote the article. Where the metadata `named` authors, only a box naming them
    all and more (Ghost's JSON-LD names a post's primary author alone, its byline box all), or
    naming them in capitals."""
    for el in chain(selection.marked(AUTHOR_CLASS), selection.root.iter("address")):
        if anchor is None or tree_distance(el, anchor) <= MAX_HEADER_DISTANCE:
            credit = (
                _credit_lines(el) or credit_in(el) or _credit_beside_avatar(el) or _contact_in(el)
            )
            if credit is not None:
                return credit if not named or _names_more_or_in_capitals(credit, named) else None
    return None


def _names_more_or_in_capitals(credit: str, named: list[str]) -> bool:
    """Does the box name the metadata's authors and more, or them alone in capitals, as the
    paper prints its bylines (Tuổi Trẻ's, Nhân Dân's `TRUNG HIẾU` over the JSON-LD's `Trung
    Hiếu`): upper case is kept as written."""
    authors = vn.parse_byline(credit).authors
    shown = {vn.fold(name) for name in authors}
    if not all(vn.fold(name) in shown for name in named):
        return False
    return len(shown) > len(named) or all(name.isupper() for name in authors)


def _credit_lines(box: Element) -> str | None:
    """A box marked as the authors' holding a line each (Drupal's multi-value author field, a
    `field__item` per author: `PGS.TS. Nguyễn Thị Lan - Học viện Tài chính`), if every line
    names someone (an office after the name need not read as one: `Kho bạc Nhà nước`)."""
    if next(box.iterchildren(*_LINE_TAGS), None) is None:
        return None
    lines = lines_of(box).splitlines()
    if not 1 < len(lines) <= _MAX_CREDIT_LINES:
        return None
    named = all(len(line) <= MAX_CREDIT_CHARS and vn.parse_byline(line).authors for line in lines)
    return "\n".join(lines) if named else None


def _credit_beside_avatar(box: Element) -> str | None:
    """The name beside an author's box that holds only their picture (Odoo's
    `o_wblog_author_avatar`, the name in the element after it)."""
    if (text_of(box) or "").strip() or (box.tag != "img" and box.find(".//img") is None):
        return None
    name = box.getnext()
    return credit_in(name) if name is not None else None


def _contact_in(box: Element) -> str | None:
    """The name in the contact a box marked as the author's holds beside the date (Odoo 17's
    `o_wblog_author_avatar_date`: the picture, then `<address>` deep inside, over the date)."""
    contact = next(box.iterdescendants("address"), None)
    return credit_in(contact) if contact is not None else None


def microdata_credit(body: Element, headline: Element, content: Element) -> list[str]:
    """The name the article's microdata marks as its author in the header (`<span
    itemprop="author"><span itemprop="name">…</span></span>`, the label only in a tooltip):
    what a template prints without a label. Not inside the text (a quoted person)."""
    for el in cast(list[Element], _AUTHOR_PROP(body)):
        if contains(content, el) or not in_header(el, headline):
            continue
        credit = credit_in(el)
        if credit is not None:
            label = _label_before(el)
            return [f"{label} {credit}" if label else credit]
    return []


def _label_before(el: Element) -> str | None:
    previous, parent = el.getprevious(), el.getparent()
    before = previous.tail if previous is not None else parent.text if parent is not None else ""
    # (The poster's label, Blogger's `Đăng bởi`, kept as shown.)
    label = vn.clean_text(before or "").rstrip(":").strip()
    return label if vn.is_poster_label(label) else None


def written_by_credit(
    own_texts: list[tuple[Element, str]], headline: Element, content: Element, order: DocumentOrder
) -> list[str]:
    """The header's `Viết bởi <name>` line above the text, when it names a person (Joomla's
    `Viết bởi Administrator` is an account; its later versions mark the name by microdata)."""
    for owner, own in own_texts:
        if not vn.opens_with_writer(own):
            continue
        label = own.strip()
        alone = vn.is_poster_label(label)
        line = block_of(owner)
        if line is None or not order.before(owner, content) or not in_header(line, headline):
            continue
        credit = _name_apart(owner, label) if alone else credit_in(owner) or credit_in(line)
        if credit is not None:
            return [credit]
    return []


def _name_apart(label: Element, shown: str) -> str | None:
    """`Viết bởi` alone in its element, the name in the next one (Webflow's author card:
    `<div>Viết bởi</div><div>Hoàng Lan Anh</div><div>Điều phối dự án</div>`)."""
    name = name_after(label) if len(label) == 0 else None
    credit = f"{shown} {name}" if name else None
    return credit if credit and vn.parse_byline(credit).authors else None


# The parts of a post-meta line: `22 tháng 11, 2024 · 4 phút đọc · Nguyễn Hoàng Nam`,
# `bởi Thu Hà - 21/11/2024`, Plone's `bởi Name — đăng 21/11/2024 08:30`.
_META_PARTS = re.compile(r"\s*[·•|»]\s*|\s+[-–—]\s+")


def _before_the_date(credit: str) -> str:
    """The credit without the date its line runs into after it (Newspack's `<span>bởi …</span>
    <span><time>26 Tháng 1, 2025</time></span>`, no separator between)."""
    span = vn.parse_timestamp_detailed(credit).span
    return credit[: span[0]].rstrip(" -–|,") if span is not None and span[0] > 0 else credit


def date_line_credit(date_line: Element, named: list[str]) -> str | None:
    """A name printed in the article's date line: after `bởi`/`by` (Moodle's `bởi <a>Name</a> -
    Thứ Năm, 21 tháng 11 2024, 8:30 AM`; `by admin`, an account, credits no one) or a label
    crediting the text (`Tác giả:`, not `Ảnh:`), or without a
    label, as static-site themes print the post's author: then taken only when the structured
    metadata names that person, since a bare part of that line may as well be a section or a
    reading time. Where the metadata names no one, a person's name linked to their profile
    counts wherever it stands in the line (XenForo's `Thảo luận trong '…' bắt đầu bởi <a
    href="members/…">Phạm Văn Lực</a>, 12/3/16`)."""
    text = short_text(date_line, MAX_CREDIT_CHARS)
    parts = _META_PARTS.split(text) if text else []
    by = next((part for part in parts if vn.opens_with_poster(part)), None)
    if by is None:  # (Sitefinity's `Thg10 14, 2024, 15:30 CH By Minh Anh`: after the date)
        by = next(filter(None, map(vn.poster_after_time, parts)), None)
    if by is not None:
        by = _before_the_date(by)
        if vn.parse_byline(by).authors:
            return by
    # (`… - 9:25 AM | Tác giả: ThS. Đỗ Văn Phúc | Lượt xem: 2.347`: a writer's label)
    labelled = (part for part in parts if vn.credits_the_text(part))
    if (credit := next((p for p in labelled if vn.parse_byline(p).authors), None)) is not None:
        return credit
    if not named:  # (where the metadata names the authors, they are taken from it)
        return _profiled_person(date_line)
    authors = {vn.fold(name) for name in named}
    confirmed = [part for part in parts if vn.fold(part) in authors]
    if not confirmed:
        return None
    # (The next name may run into the date, each a link of its own: `<a>Quốc Bảo</a> - <a>Thùy
    # Dung</a></span> <span>Thứ Năm, …`, or all in a box of their own: `<span>Hoàng Anh - Minh
    # Thu</span> <span>06:45 09/11/2024</span>`.)
    links = [text for a in date_line.iter("a") if (text := short_text(a, MAX_CREDIT_CHARS))]
    linked = [text for text in links if vn.fold(text) in authors]
    best = linked if len(linked) > len(confirmed) else confirmed
    boxed = next(_boxes_naming(date_line, authors), None)
    if boxed is not None and len(vn.parse_byline(boxed).authors) > len(best):
        best = [boxed]
    credit = " - ".join(best)
    # (A theme printing the first of the authors the metadata names, a Nuxt page's `span.author`
    # beside the date: the metadata names them all.)
    return credit if len(vn.parse_byline(credit).authors) >= len(authors) else None


def _boxes_naming(line: Element, authors: set[str]) -> Iterator[str]:
    """The texts of the line's boxes that name only the given (folded) authors, two or more."""
    for box in line:
        text = short_text(box, MAX_CREDIT_CHARS) if isinstance(box.tag, str) else None
        names = vn.parse_byline(text).authors if text else []
        if len(names) > 1 and all(vn.fold(name) in authors for name in names):
            yield cast(str, text)


def _profiled_person(line: Element) -> str | None:
    """The line's link to a person's profile page, as its text names them (not a nickname, not
    an account: `minhtuan_tb`, `admin`)."""
    for link in line.iter("a"):
        if to_an_author_page(link.get("href") or ""):
            name = short_text(link, MAX_CREDIT_CHARS)
            if name and vn.parse_byline(name).authors == [name]:
                return name
    return None
