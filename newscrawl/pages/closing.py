"""What closes an article's text, below its last paragraph, that is not a paragraph of it: the
page's own lines (its copyright, a plugin's dated line), the day its author signed, and the
notes set after the signature (an editor's note, footnotes, a series' next part), which stay
the text's but must not hide the signature above them (`content.read_content`)."""

from __future__ import annotations

import re

from newscrawl import vn
from newscrawl.pages.blocks import TextBlock
from newscrawl.pages.dom import Element, class_id
from newscrawl.pages.positions import ancestors_and_self
from newscrawl.pages.signatures import MAX_BYLINE_LINE_CHARS

# What opens an editor's note or a footnote: `(*)`, `*`, `(1)`, Word's `[1]`.
_NOTE_MARK = re.compile(r"(?:\((?:\*{1,3}|\d{1,3})\)|\[\d{1,3}\]|\*{1,3}) ?\S")
# Word's footnote boxes (`ftn1`, `_ftn1`), and how far above its paragraph a footnote's box is
# (kramdown's and goldmark's `div.footnotes > ol > li > p`).
_WORD_FOOTNOTE = re.compile(r"_?ftn\d")
_FOOTNOTE_LEVELS = 4
_FOOTNOTE_ROLES = frozenset({"doc-footnote", "doc-endnote", "doc-endnotes"})  # DPUB-ARIA
_MAX_CONTACT_LINES = 2  # under a copyright line closing the text: its address, its telephone


def without_page_lines(texts: list[TextBlock]) -> tuple[list[TextBlock], str | None]:
    """The text blocks without the page's own lines closing them, under the signature: the
    site's copyright lines (`© 2007 UBND huyện Vũ Thư`), which a legacy page with no footer
    markup prints in the article's box, and a plugin's dated line (`Cập nhật lần cuối:
    27/03/2024 - 10:02`), which the header lines read, a paid article's disclosure
    (`Bài viết do nhãn hàng cung cấp`) and the paper's call for its readers' tips (`Bạn đọc
    có thông tin phản ánh, vui lòng liên hệ Đường dây nóng …`). Neither text nor byline. And the day
    the author signed (`Ngày 05/11/2024`), returned: it dates an article nothing else dates."""
    kept, signed_on = _under_the_sites_line(texts), None
    while kept > 1:
        text = texts[kept - 1].text
        if signed_on is None and vn.is_day_line(text):
            signed_on = text
        elif not _pages_own(texts[kept - 1]):
            break
        kept -= 1
    return texts[:kept], signed_on


def _pages_own(block: TextBlock) -> bool:
    text = block.text
    return _site_line(text) or stamp_line(text) or _papers_line(text) or _site_lines(block)


def _under_the_sites_line(texts: list[TextBlock]) -> int:
    """How many blocks stand above the site's contact lines closing them under its copyright
    line (`© 2009 Hội …`, then `Số 45 phố Bạch Đằng - ĐT: 0320…`): those go with it."""
    end = len(texts)
    for below in range(1, _MAX_CONTACT_LINES + 1):
        if end - below < 1 or not _contact_line(texts[end - below].text):
            return end
        if _site_line(texts[end - below - 1].text):
            return end - below
    return end


def _site_lines(block: TextBlock) -> bool:
    """A block of the site's copyright line over its contact lines, split by `<br>`."""
    lines = [line for line in map(vn.clean_text, block.lines or [block.text]) if line]
    if not 1 < len(lines) <= _MAX_CONTACT_LINES + 1 or not _site_line(lines[0]):
        return False
    return all(_contact_line(line) for line in lines[1:])


def _contact_line(text: str) -> bool:
    return len(text) <= MAX_BYLINE_LINE_CHARS and "contact" in vn.masthead_kinds(text)


def _papers_line(text: str) -> bool:
    return vn.discloses_sponsorship(text) or vn.asks_for_tips(text)


def stamp_line(text: str, kinds: tuple[str, ...] = ("published", "modified")) -> bool:
    """A line that is a labelled stamp of one of `kinds`, closed by its time."""
    if len(text) > MAX_BYLINE_LINE_CHARS:
        return False
    stamp = vn.parse_timestamp_detailed(text)
    closes = stamp.span is not None and not text[stamp.span[1] :].strip(" .)")
    return closes and stamp.kind in kinds


def _site_line(text: str) -> bool:
    # (Not a labelled line: `Bản quyền ảnh: Minh Hà` credits a picture.)
    return (
        len(text) <= MAX_BYLINE_LINE_CHARS
        and ":" not in text
        and ("reuse" in vn.masthead_kinds(text))
    )


def without_closing_notes(texts: list[TextBlock]) -> tuple[list[TextBlock], list[TextBlock]]:
    """The text blocks, and apart the notes closing them (`(*) Số liệu do … cung cấp.`, a
    footnote `(1) Văn kiện …`, a series' next part, `Kỳ cuối: …`, an editor's note in italics
    too long for a signature): set after the signature, they are the text's, never its byline,
    and the signature above them is still found."""
    kept = len(texts)
    while kept > 1 and _closing_note(texts[kept - 1]):
        kept -= 1
    return texts[:kept], texts[kept:]


def _closing_note(block: TextBlock) -> bool:
    text = block.text
    if _NOTE_MARK.match(text) or vn.is_series_note(text) or _in_footnote(block.element):
        return True
    return block.italic and len(text) > MAX_BYLINE_LINE_CHARS


def _in_footnote(el: Element) -> bool:
    """Is the block a footnote by its markup (Word's `MsoFootnoteText` in `div#ftn1`, a
    `footnotes` box), whatever became of its number (a back-link, dropped as the page's own)?"""
    for _, up in zip(range(_FOOTNOTE_LEVELS), ancestors_and_self(el), strict=False):
        if "footnote" in class_id(up) or _WORD_FOOTNOTE.match(up.get("id") or ""):
            return True
        if up.get("role") in _FOOTNOTE_ROLES:
            return True
    return False
