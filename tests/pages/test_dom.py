"""Table tests for the DOM helpers: text, document order, selection, marked names, blocks."""

from __future__ import annotations

import re

import pytest

from newscrawl.pages import selection
from newscrawl.pages.blocks import BlockWalker, TextBlock
from newscrawl.pages.dom import parse_html, select, text_of
from newscrawl.pages.links import is_headline_link
from newscrawl.pages.positions import DocumentOrder, common_ancestor, same_kind
from newscrawl.pages.selection import Selection
from tests.pages.dom_builders import body as _body


def test_text_keeps_inline_markup_together_and_blocks_apart() -> None:
    body = _body(
        "<p id='a'><strong>Như Tâm</strong> (Theo <em>Reuters</em>)</p>"
        "<div id='b'><div>Một</div><div>Hai</div></div>"
    )
    assert text_of(body.find(".//p")) == "Như Tâm (Theo Reuters)"
    assert text_of(body.find("div")) == "Một Hai"


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        # inline markup inside a block keeps its word whole: a unit's exponent in a table's cell
        ("<td><p>Triệu m<sup>3</sup></p></td>", "Triệu m3"),
        ("<td><p><span>Nghìn m</span><sup><span>2</span></sup></p><p>Sản lượng</p></td>",
         "Nghìn m2 Sản lượng"),
        ("<td><b>Tác giả:</b> Thu Hà<br>Nguồn: Báo Hưng Yên</td>",
         "Tác giả: Thu Hà Nguồn: Báo Hưng Yên"),
    ],
)  # fmt: skip
def test_blocks_part_the_words_inline_markup_does_not(cell: str, text: str) -> None:
    body = _body(f"<table><tr>{cell}</tr></table>")
    assert text_of(body.find(".//td")) == text


def test_document_order() -> None:
    body = _body("<div><p>a</p><p>b</p></div><p>c</p>")
    order = DocumentOrder(body)
    a, b, c = body.iter("p")
    assert order.before(a, b)
    assert order.before(b, c)
    assert not order.before(c, a)
    assert order.before(body, a)


@pytest.mark.parametrize(
    "css",
    [
        ".detail-content",
        "h1.detail-title",
        ".detail-info .detail-time",
        ".box > li",
        ".breadcrumb a[href*='/chuyen-muc/']",
        "#header .header-date",
        ".x p:last-child",
        "img[src$='.jpg']",
        "p, .detail-title",
        ".detail-content > p[style*='text-align: right']:last-child",
    ],
)
def test_indexed_selection_gives_what_xpath_gives(css: str) -> None:
    root = parse_html(
        "<div id='header'><span class='header-date'>d</span></div>"
        "<h1 class='detail-title x'>t</h1><div class='detail-info'><span class='detail-time'>1"
        "</span></div><ul class='box'><li>a</li><li><ul class='box'><li>b</li></ul></li></ul>"
        "<div class='breadcrumb'><a href='/'>h</a><a href='/chuyen-muc/3/x'>c</a></div>"
        "<div class='x detail-content'><p>1</p><img src='a.jpg'>"
        "<p style='text-align: right;'>2</p></div>"
    )
    assert Selection(root).all(css) == select(root, css)


_SHARE = re.compile(r"(?<![a-z])share(?![a-z])")


def _marked_tags(html: str) -> list[str]:
    return [el.tag for el in Selection(parse_html(html)).marked(_SHARE)]


def test_marked_elements_come_in_page_order_whatever_the_case_of_their_names() -> None:
    html = (
        "<div id='Share'><p class='x'>a</p><span class='top SHARE-bar'>b</span></div>"
        "<em class='sharebar'>not a whole word</em><i class='x share'>c</i>"
    )
    assert _marked_tags(html) == ["div", "span", "i"]


def test_a_name_seen_on_an_earlier_page_marks_this_page_s_own_elements() -> None:
    assert _marked_tags("<p class='share'>a</p>") == ["p"]
    assert _marked_tags("<b>x</b><u class='share'>a</u><s class='share'>b</s>") == ["u", "s"]
    assert _marked_tags("<p class='shared'>a</p>") == []


def test_the_names_remembered_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selection, "_MAX_MASKS", 2)
    html = "<p class='a share'>1</p><p class='b'>2</p><p class='c share'>3</p>"
    assert _marked_tags(html) == ["p", "p"]
    assert _marked_tags(html) == ["p", "p"]
    assert len(selection._MASKS) <= 2


def test_the_patterns_remembered_are_bounded_and_each_still_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past the bound the patterns are forgotten and numbered afresh, a page's masks with them."""
    monkeypatch.setattr(selection, "_MAX_PATTERNS", 2)
    page = Selection(parse_html("<p class='a share'>1</p><b class='b print'>2</b>"))
    patterns = [re.compile(word) for word in ("share", "print", "b", "share")]
    assert [[el.tag for el in page.marked(p)] for p in patterns] == [["p"], ["b"], ["b"], ["p"]]


@pytest.mark.parametrize(
    ("link", "headline"),
    [
        ("<a href='/tin/8811.html'>Khai mạc giải bóng đá thiếu niên</a>", True),
        ("<a href='/tin/8811.html'><span>Khai mạc</span> <b>giải bóng đá</b></a>", True),
        ("<a href='/hoi-thi/#respond'>Leave a comment</a>", False),
        ("<a href='/tin/8811.html'>Xem thêm</a>", False),
        # WordPress's permalink around the post's dates (`posted_on`): a date, not a title
        (
            "<a href='/2024/10/hoi-nghi/' rel='bookmark'><time class='entry-date published'>"
            "25/10/2024</time><time class='updated'>26/10/2024</time></a>",
            False,
        ),
        ("<a href='/tin/8811.html'>Thứ Năm, 25/10/2024 09:00</a>", False),
        # A date with its month in words has a title's letters, and is still a date (JNews).
        ("<a href='/2024/11/21/'>21 Tháng mười một, 2024</a>", False),
        ("<a href='/tin/8811.html'>Thái Bình đón 21 nghìn khách dịp 2/9/2024</a>", True),
        # an author's page: the name beside the date is a credit, not a teaser's title
        ("<a href='/tac-gia/nguyen-minh-duc'>Nguyễn Minh Đức</a>", False),
        ("<a href='/author/thu-ha/' rel='author'>Nguyễn Thị Thu Hà</a>", False),
        ("<a href='/user/view.php?id=27&amp;course=1'>Nguyễn Thị Thanh Hương</a>", False),
        # the article's own section in its meta line (Joomla's microdata, WordPress's rel)
        ("<a href='/tin-tuc/hoat-dong-chuyen-mon' itemprop='genre'>Hoạt động chuyên môn</a>",
         False),
        ("<a href='/category/kinh-te/' rel='category tag'>Kinh tế nông nghiệp</a>", False),
        # an anchor without an address leads nowhere (Instant Articles' byline: `<a>Name</a>`)
        ("<a>Khai mạc giải bóng đá thiếu niên</a>", False),
        # the article's contact box names its author, linked to a profile or not
        ("<address><a href='https://facebook.com/thang.nv'>Nguyễn Văn Thắng</a></address>",
         False),
        # a station's live channels in its top bar, but a live report's headline
        ("<a href='/truc-tuyen/ptv'><i class='fa fa-circle'></i> Xem trực tuyến PTV</a>", False),
        ("<a href='/truc-tuyen/lgtv1.htm'>Trực tuyến LGTV1</a>", False),
        ("<a href='/truc-tuyen/fm'>Nghe FM 96.1</a>", False),
        ("<a href='/tin/9012.html'>Trực tuyến: Kỳ họp thứ 8 HĐND tỉnh khóa XVII</a>", True),
    ],
    ids=["title", "title-in-markup", "place-on-the-page", "short", "permalink-dates", "date",
         "date-in-words", "title-with-a-date", "author-page", "wordpress-author", "moodle-user",
         "joomla-genre", "wordpress-category", "no-address", "address", "live-channel",
         "live-channel-name", "radio-channel", "live-report"],
)  # fmt: skip
def test_a_headline_link_is_a_titles_length_to_another_page(link: str, headline: bool) -> None:
    found = _body(link).find(".//a")
    assert found is not None
    assert is_headline_link(found) is headline


def test_the_common_ancestor_is_the_nearest_element_holding_both() -> None:
    body = _body("<div id=a><p id=b><span id=c></span></p><p id=d></p></div>")
    b, c, d = (body.find(f".//*[@id='{i}']") for i in "bcd")
    assert b is not None
    assert c is not None
    assert d is not None
    assert common_ancestor(c, d).get("id") == "a"
    assert common_ancestor(b, c) is b


def test_br_br_chunks_are_paragraphs_each_with_its_own_style() -> None:
    body = _body(
        "<td><font><b>Lead sentence set in bold, long enough.</b><br><br>First\r\nline"
        " wrapped.<br>Same paragraph.<br><br>Second paragraph.</font></td>"
    )
    blocks = BlockWalker().walk(body)
    texts = [b for b in blocks if isinstance(b, TextBlock)]
    assert [b.text for b in texts] == [
        "Lead sentence set in bold, long enough.",
        "First line wrapped. Same paragraph.",
        "Second paragraph.",
    ]
    assert [b.bold for b in texts] == [True, False, False]


@pytest.mark.parametrize("between", ["&#8203;", " &#8203; ", "&#65279;", "\u2060"])
def test_an_invisible_character_between_two_breaks_ends_the_paragraph(between: str) -> None:
    """Weebly's editor writes an empty line as `<br />&#8203;<br />`."""
    body = _body(f"<div>First paragraph.<br />{between}<br />Second paragraph.</div>")
    texts = [b.text for b in BlockWalker().walk(body) if isinstance(b, TextBlock)]
    assert texts == ["First paragraph.", "Second paragraph."]


@pytest.mark.parametrize(
    ("classes", "right"),
    [
        ("text-align-right", True),  # CKEditor 5
        ("has-text-align-right", True),  # Gutenberg
        ("text-right", True),  # Bootstrap 4
        ("text-end", True),  # Bootstrap 5
        ("text-align-center", False),
        ("context-right-column", False),
    ],
)
def test_right_alignment_set_by_a_class(classes: str, right: bool) -> None:
    blocks = BlockWalker().walk(_body(f"<p class='{classes}'>Phòng Giáo dục Trung học</p>"))
    assert isinstance(blocks[0], TextBlock)
    assert blocks[0].right is right


@pytest.mark.parametrize(
    ("span_style", "bold", "italic"),
    [
        ("font-weight:700", True, False),  # Wix's rich text
        ("font-weight: bold; color: #333", True, False),
        ("font-style:italic", False, True),
        ("font-weight:400", False, False),
        ("font-size:14px; color:#333", False, False),
    ],
)
def test_a_rich_text_editors_inline_style_sets_bold_and_italic(
    span_style: str, bold: bool, italic: bool
) -> None:
    body = _body(
        f"<p><span style='{span_style}'>Sáng 21/11, xã Đông La tổ chức ngày hội.</span></p>"
    )
    (block,) = [b for b in BlockWalker().walk(body) if isinstance(b, TextBlock)]
    assert (block.bold, block.italic) == (bold, italic)


@pytest.mark.parametrize(
    ("first", "second", "alike"),
    [
        ("fusion-text fusion-text-1", "fusion-text fusion-text-2", True),  # Avada numbers them
        ("entry-content", "entry-content", True),
        ("fusion-text fusion-text-1", "fusion-alert fusion-alert-1", False),
        ("col-8", "col-4", False),  # Bootstrap's main column and sidebar: no instance numbers
        ("content", None, False),
    ],
)
def test_like_boxes_share_a_tag_and_a_class_list_numbers_aside(
    first: str, second: str | None, alike: bool
) -> None:
    second_class = f" class='{second}'" if second is not None else ""
    root = parse_html(f"<div><div class='{first}'>a</div><div{second_class}>b</div></div>")
    outer = root.find(".//body/div")
    assert outer is not None
    a, b = outer[0], outer[1]
    assert same_kind(a, b) is alike


def test_an_element_after_a_box_stands_below_it_outside_it() -> None:
    root = parse_html("<div id='text'><p id='inner'>a</p></div><p id='below'>b</p>")
    order = DocumentOrder(root)
    named = {el.get("id"): el for el in root.iter() if el.get("id")}
    text, inner, below = named["text"], named["inner"], named["below"]
    assert order.after(below, text)
    assert not order.after(inner, text)  # inside the box: no line under it
    assert not order.after(text, below)


@pytest.mark.parametrize(
    ("paragraph_style", "bold", "italic"),
    [
        ("font-weight: bold; text-align: justify;", True, False),  # a legacy portal's lead
        ("font-style: italic; text-align: center", False, True),
        ("text-align: justify", False, False),
    ],
)
def test_a_paragraphs_own_style_sets_bold_and_italic(
    paragraph_style: str, bold: bool, italic: bool
) -> None:
    body = _body(f"<p style='{paragraph_style}'>Sáng 13/2, huyện tổ chức lễ giao nhận quân.</p>")
    (block,) = [b for b in BlockWalker().walk(body) if isinstance(b, TextBlock)]
    assert (block.bold, block.italic) == (bold, italic)
