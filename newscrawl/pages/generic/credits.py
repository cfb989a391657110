"""Credits outside the article text: a box marked as the author's beside the headline, and
labelled lines in the article's header or after its text (`Tác giả: Lê Hương`, `Nguồn: Báo X`,
a podcast's `Giọng đọc: Minh Hằng`). The text's own byline is `content.py`'s."""

from __future__ import annotations

import re
from functools import lru_cache

from newscrawl import vn
from newscrawl.pages.dom import (
    BLOCK_TAGS,
    Element,
    in_page_footer,
    lines_of,
    only_child,
    short_text,
    tag_of,
    text_content,
    text_of,
)
from newscrawl.pages.generic.asides import MAX_MASTHEAD_CHARS
from newscrawl.pages.generic.lines import SEPARATOR, cell_label, labelled_field
from newscrawl.pages.generic.teasers import in_teaser
from newscrawl.pages.positions import DocumentOrder, block_of, contains, tree_distance

# How far from the headline the article's header reaches (its standfirst, its credit box).
MAX_HEADER_DISTANCE = 6
MAX_CREDIT_CHARS = 90
_MAX_SOURCE_CHARS = 60
_SOURCE_WORDS = ("Theo ", "theo ", "THEO ")
_MAX_LABEL_CHARS = 40  # a credit's label and the start of a name
# Lines after the text: within this many levels above it (Drupal prints each field, the text
# and the credits alike, in a box of three levels).
_SCOPE_LEVELS = 3
_DIGIT = re.compile(r"[0-9]")


def labelled_credits(
    content: Element,
    headline: Element | None,
    own_texts: list[tuple[Element, str]],
    order: DocumentOrder,
    hidden: list[Element],
) -> tuple[list[str], list[str]]:
    """Labelled credit lines outside the article text but near it: (those in the article's
    header, `Tác giả: Đỗ Minh Tuấn` beside the date; those printed after the text, `Tác giả:`,
    `Nguồn:` or a role's label, `Giọng đọc: Minh Hằng`). None in the boxes the page keeps
    `hidden` (NukeViet's copy of the article for printing)."""
    scope = content
    while only_child(scope) and (wrapper := scope.getparent()) is not None:
        scope = wrapper  # (wrappers holding the text alone add no distance: Umbraco's grid)
    for _ in range(_SCOPE_LEVELS):
        parent = scope.getparent()
        scope = parent if parent is not None else scope
    header: list[str] = []
    after: list[str] = []
    mastheads: dict[Element | None, bool] = {}  # box -> does it read as the masthead (kept)
    for owner, own in own_texts:
        # A cheap look first: a colon with words before it, no digits (the colons of clocks,
        # `08:30`, are most of a page's); or a source's `Theo`.
        colon = own.find(":", 0, _MAX_LABEL_CHARS)
        sourced = own.startswith(_SOURCE_WORDS)
        via = colon < 0 and vn.labels_the_source_alone(own)  # (tagDiv's `Nguồn`, then the outlet)
        apart = colon < 0 and not (sourced or via) and _label_apart(owner, own)
        if apart:
            own = own.strip() + ":"
            colon = len(own) - 1
        elif not (sourced or via) and (
            colon < 2 or _DIGIT.search(own, 0, colon) or not _opens_with_label(own[: colon + 1])
        ):
            continue
        line = block_of(owner)
        if line is None or contains(content, line) or any(tag_of(c) in BLOCK_TAGS for c in line):
            continue  # in the text, or a box holding several lines
        if vn.is_comments_heading(own.strip()):
            continue  # readers' form: `Ý kiến đóng góp của bạn đọc:`
        if any(contains(box, line) for box in hidden):
            continue
        if order.before(content, line):
            if in_page_footer(line) or _in_masthead(line.getparent(), mastheads):
                continue  # the page's masthead (`Tổng biên tập:`), no article's credit
            read = _source_line if sourced else _via_line if via else _labelled_line
            read = _line_apart if apart else read  # (a colon-less label: Drupal's field)
            found, text = after, read(owner, line) if contains(scope, line) else None
            text = _own_line(text, line, own) if text and line.find(".//br") is not None else text
        elif sourced or via:
            continue
        elif (in_header(line, headline) or _above_in_its_article(line, content)) and (
            vn.credits_the_text(own[: colon + 1]) or _among_text_credits(line)
        ):
            # A name, not the account that posted it (`_header_credit`).
            credit = _line_apart(owner, line) if apart else _header_credit(owner, line, own)
            found, text = header, credit
        else:
            continue
        if text and text not in found:
            found.append(text)
    return header, after


def _above_in_its_article(line: Element, content: Element) -> bool:
    """Is the line in the `<article>` holding the text, above it (Drupal's node fields, under a
    page title set in a block of its own): the article's header, however far the title."""
    article = next(content.iterancestors("article"), None)
    return article is not None and contains(article, line)


def _own_line(text: str, line: Element, own: str) -> str:
    """Of a box's lines split by `<br>`, the one the label opens (`Tác giả: <b>Hoài Thanh</b><br>
    Nguồn tin: Báo Long An`: each credit its own line)."""
    label = vn.clean_text(own)
    return next((shown for shown in lines_of(line).split("\n") if shown.startswith(label)), text)


def _among_text_credits(line: Element) -> bool:
    """Is the line one of a box of credit lines, one role a line, that credits the text too (an
    e-magazine's `Bài: Ngọc Hân` / `Ảnh: Quốc Việt` / `Trình bày: Thu Hằng` above the text)?"""
    box = line.getparent()
    if box is None:
        return False
    return any(
        sibling is not line and vn.credits_the_text(short_text(sibling, MAX_CREDIT_CHARS) or "")
        for sibling in box
    )


def _in_masthead(box: Element | None, known: dict[Element | None, bool]) -> bool:
    """Is the line's box one of masthead lines (owner, editor, licence, contact), whatever its
    tag? A snapshot (archive.today) keeps no `<footer>`, a template may use none. (A footer's
    lines share their box: each box is read once.)"""
    found = known.get(box)
    if found is None:
        text = text_content(box) if box is not None else ""
        found = known[box] = (
            box is not None
            and len(text) <= MAX_MASTHEAD_CHARS  # (a masthead is short: a page's wrapper is not)
            and vn.may_be_masthead(text)
            and vn.reads_as_masthead(lines_of(box))
        )
    return found


def in_header(el: Element, headline: Element | None) -> bool:
    return (
        headline is not None
        and tree_distance(el, headline) <= MAX_HEADER_DISTANCE
        and not in_teaser(el)
    )


def _credit_beside(label: Element) -> str | None:
    """The credit of a field whose label and name stand in sibling cells (`<td>Người đăng:</td>
    <td>Nguyễn Thị Mai</td>`, in a row of its own or among other pairs): the field's text,
    label included."""
    value = label.getnext()
    field = labelled_field(value) if value is not None else None
    if field is not None:
        return credit_in(field)
    name = short_text(value, MAX_CREDIT_CHARS) if value is not None else None
    own_label = cell_label(value) if value is not None and name else None
    return text if own_label and _credits(text := f"{own_label} {name}") else None


def _header_credit(owner: Element, line: Element, own: str) -> str | None:
    """The name a labelled line in the header credits: in the label's own element (a line that
    goes on with the date), in the line, beside its label, or in the label's segment."""
    own_credit = credit_in(owner) if owner is not line else None
    return (
        own_credit
        or credit_in(line)
        or _credit_on_its_line(line, own)
        or _credit_beside(line)
        or _credit_segment(own)
    )


def _credit_on_its_line(line: Element, own: str) -> str | None:
    """Of an author box's lines split by `<br>`, the label's, if it credits someone (`Tác giả:
    <strong>GS. Kenji Watanabe</strong><br><span>Khoa Kỹ thuật đô thị, Đại học Kyoto</span>`)."""
    if line.find(".//br") is None:
        return None
    shown = _own_line("", line, own)
    return shown if shown and _credits(shown) else None


def _credit_segment(own: str) -> str | None:
    """The label's own segment of a line of fields in one text (`Tác giả: Nguyễn Thị Hoa |
    03/12/2024 15:20 | Lượt xem: 78`), if it credits someone."""
    segment = SEPARATOR.split(vn.clean_text(own), maxsplit=1)[0]
    segment = vn.without_words_into_the_date(segment)  # (`Người viết: Thu Thảo lúc <time>`)
    return segment if segment != own.strip() and _credits(segment) else None


def credit_in(el: Element) -> str | None:
    """The element's text if it credits someone (`Đăng bởi admin`, an account, does not)."""
    text = short_text(el, MAX_CREDIT_CHARS)
    return text if text and _credits(text) else None


def _credits(text: str) -> bool:
    if not vn.looks_like_byline(text):
        return False
    byline = vn.parse_byline(text)
    return bool(byline.authors or byline.source)


def _labelled_line(owner: Element, line: Element) -> str | None:
    """The credit line: the element holding the label and a name (`<span>Tác giả: Thu Hà</span>`
    beside the date and views in one footer line), else the whole line (`<p><b>Nguồn:</b> Báo
    Bắc Ninh</p>`), else the field holding the label and, in a sibling, the name (Drupal's
    `<div class="field-label">Nguồn:</div><div class="field-items">...</div>`)."""
    value = line.getnext()
    field = labelled_field(value) if value is not None else None  # the name in a sibling
    for el in dict.fromkeys((owner, line, field)):  # the owner first, when it is not the line
        text = short_text(el, MAX_CREDIT_CHARS) if el is not None else None
        if text and vn.opens_with_role(text):
            return text if _names_anyone(text) else None
    return None


def _names_anyone(line: str) -> bool:
    """Does a role's line name someone, if only an editor (`Người đăng: Administrator`, the
    account that posted it, names no one)?"""
    byline = vn.parse_byline(line)
    return bool(byline.authors or byline.source or byline.editors)


def _label_apart(owner: Element, own: str) -> bool:
    """A credit's label without its colon in an element of its own, the name in the next one
    (Drupal's inline field, `<div class="field__label">Tác giả</div><div class="field__item">
    Thu Hà</div>`, whose theme adds the colon from its style sheet)."""
    label = own.strip()
    return (
        0 < len(label) <= _MAX_LABEL_CHARS
        and len(owner) == 0
        and owner.getnext() is not None
        and _opens_with_label(label + ":")
    )


def _line_apart(label: Element, line: Element) -> str | None:
    """The label and the name beside it as a reader sees them: `Tác giả: Thu Hà`."""
    name = name_after(label)
    text = f"{vn.clean_text(label.text or '')}: {name}" if name else None
    return text if text and vn.opens_with_role(text) and _credits(text) else None


def name_after(label: Element) -> str | None:
    """The words of the element right after a label standing in its own (a credit's name
    there: Drupal's field item, Webflow's author card), a name a line when the field holds
    several items (`<div class="field__item">TS. José García</div><div …>Phạm Thu Hằng</div>`)."""
    value = label.getnext()
    name = short_text(value, MAX_CREDIT_CHARS) if value is not None else None
    return lines_of(value) if name and value is not None and _items_apart(value) else name


def _items_apart(value: Element) -> bool:
    return len(value) > 1 and all(tag_of(item) in BLOCK_TAGS for item in value)


def _via_line(label: Element, line: Element) -> str | None:
    """A source's label alone in its element, the outlet linked beside it (tagDiv's `<span>Nguồn
    </span><a>Cổng TTĐT huyện</a>`): the two as one line, `Nguồn Cổng TTĐT huyện`."""
    outlet = label.getnext()
    if outlet is not None and outlet.tag != "a":
        return _line_apart(label, line)  # (Drupal's field: `Nguồn tin` over its item)
    name = text_of(outlet) if outlet is not None else None
    return f"{vn.clean_text(label.text or '')} {name}" if name else None


def _source_line(owner: Element, line: Element) -> str | None:
    """`Theo Báo Thái Bình` after the text, where a site reprinting an article credits the paper
    it took it from (its `Xem bài gốc` link beside it is no part of the credit)."""
    text = short_text(owner, _MAX_SOURCE_CHARS)
    if not text or not vn.looks_like_byline(text):
        return None
    byline = vn.parse_byline(text)
    return text if byline.source and not byline.authors else None


@lru_cache(maxsize=1024)
def _opens_with_label(label: str) -> bool:
    """Is the text up to its first colon a credit's label (`Tác giả:`, `Giọng đọc:`)? Kept per
    label: a site's pages repeat theirs (`Địa chỉ:`, `Email:`, `Lượt xem:`)."""
    return vn.opens_with_role(label, named=False)
