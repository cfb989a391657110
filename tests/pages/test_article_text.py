"""Table tests for the article's text: its box and parts, its paragraphs, what is no text."""

from __future__ import annotations

import pytest

from newscrawl import extract_article, vn
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.content import read_content
from newscrawl.pages.generic.region import text_stats
from newscrawl.pages.generic.text_box import article_text, under_another_headline
from tests.pages.dom_builders import TEXT as _TEXT
from tests.pages.dom_builders import body as _body
from tests.pages.dom_builders import builder_row as _builder_row

_PART = "".join(
    f"<p>Đoạn {i} của bài viết về lễ khởi công cây cầu mới qua sông.</p>" for i in range(4)
)


_SHORT = "<p>Sáng 12/6, huyện tổ chức lễ khởi công cầu mới qua sông Trà Lý.</p>"


_CELL = "Đoạn văn bản của bài viết về lễ khởi công cây cầu mới qua sông Trà Lý.<br><br>" * 3


def _wrapped(paragraphs: str) -> str:
    return paragraphs.replace("<p>", "<div><div><p>").replace("</p>", "</p></div></div>")


@pytest.mark.parametrize(
    ("html", "root", "parts"),
    [
        # Text cells above and below a picture's row of a legacy table.
        (f"<table id='t'><tr><td id='a'>{_CELL}</td></tr><tr><td><img src='/c.jpg'></td></tr>"
         f"<tr><td id='b'>{_CELL}{_CELL}</td></tr></table>", "t", ["a", "b"]),
        # Text before and after an inline ad, in like boxes, the first one short.
        (f"<div id='p'><div class='c' id='a'>{_SHORT}</div><div class='ad'><img src='/q.gif'>"
         f"</div><div class='c' id='b'>{_PART}</div></div>", "p", ["a", "b"]),
        # The same, each paragraph rendered in wrappers of its own (a component framework).
        (f"<div id='p'><div class='c' id='a'><div><div>{_SHORT}</div></div></div><div class='ad'>"
         f"<img src='/q.gif'></div><div class='c' id='b'>{_wrapped(_PART)}</div></div>", "p",
         ["a", "b"]),
        # A box unlike the text's (a sidebar, the standfirst's holder) is no part of it.
        (f"<div id='p'><div class='c' id='a'>{_PART}</div><div class='side'>{_SHORT}</div>"
         "</div>", "a", ["a"]),
        # A like box holding too little of the text is not one of its parts.
        (f"<div id='p'><div class='c' id='a'>{_PART * 3}</div><div class='c'>{_SHORT}</div>"
         "</div>", "a", ["a"]),
        # Three parts, found one and two levels up, are all parts.
        (f"<div id='p'><div class='w'><div class='c' id='a'>{_PART}</div><div class='ad'></div>"
         f"<div class='c' id='b'>{_SHORT}</div></div><div class='w'><div class='c' id='c'>{_PART}"
         "</div></div></div>", "p", ["a", "b", "c"]),
        # Squarespace: each text block three levels under the column that holds them all.
        (f"<div id='col'><div class='sqs-block html-block'><div class='sqs-block-content'>"
         f"<div class='sqs-html-content' id='a'>{_PART}</div></div></div><div class='sqs-block"
         " image-block'><figure><img src='/c.jpg'></figure></div><div class='sqs-block"
         f" html-block'><div class='sqs-block-content'><div class='sqs-html-content' id='b'>{_PART}"
         "</div></div></div></div>", "col", ["a", "b"]),
        # A bilingual post's columns, each in its language, named for it: one text.
        (f"<div id='p'><div class='col lang-en' lang='en' id='a'>{_PART}</div><div class='col "
         f"lang-vi' lang='vi' id='b'>{_PART}</div></div>", "p", ["a", "b"]),
        # Teasers are never parts, however alike.
        (f"<div id='p'><div class='c' id='a'>{_PART}</div><div class='c'><h3><a href='/x'>"
         f"Tin khác</a></h3>{_PART}</div></div>", "a", ["a"]),
        # Two articles, each under its own headline (the next one appended below), are not
        # one article split in two.
        (f"<div id='p'><article><h1>Lễ khởi công</h1><div class='c' id='a'>{_PART}</div>"
         f"</article><article><h1>Bài tiếp theo</h1><div class='c' id='b'>{_PART * 2}</div>"
         "</article></div>", "b", ["b"]),
    ],
)  # fmt: skip
def test_an_article_split_into_like_boxes_is_read_whole(
    html: str, root: str, parts: list[str]
) -> None:
    text = article_text(text_stats(_body(f"<div>{html}</div>")))
    assert text is not None
    assert (text.root.get("id"), sorted(str(p.get("id")) for p in text.parts)) == (root, parts)


def test_the_text_under_this_pages_headline_wins_over_a_longer_article_appended_below() -> None:
    body = _body(
        f"<div><article><h1 id='h'>Lễ khởi công</h1><div class='c' id='a'>{_PART}</div>"
        f"</article><article><h1>Bài tiếp theo</h1><div class='c' id='b'>{_PART * 2}</div>"
        "</article></div>"
    )
    headline = next(el for el in body.iter("h1") if el.get("id") == "h")
    densest = article_text(text_stats(body))
    assert densest is not None
    assert densest.root.get("id") == "b"  # without the headline, the densest text
    text = article_text(text_stats(body), headline)
    assert text is not None
    assert (text.root.get("id"), [p.get("id") for p in text.parts]) == ("a", ["a"])


def test_a_subheading_set_as_an_h1_among_the_paragraphs_heads_no_other_article() -> None:
    """Medium sets a post's subheadings as `h1`s among its paragraphs: the text goes on under
    them, no second article appended below."""
    body = _body(
        "<div><div><p>Published in</p><p>Tạp chí Sinh viên Phố Hiến</p></div><section id='a'>"
        f"<h1 id='h'>Một mùa hè ở lại làng</h1>{_PART}<h1>Những đứa trẻ ở với ông bà</h1>{_PART}"
        "</section></div>"
    )
    headline = next(el for el in body.iter("h1") if el.get("id") == "h")
    text = article_text(text_stats(body), headline)
    assert text is not None
    assert text.root.get("id") == "a"


def test_what_follows_a_subheading_set_as_an_h1_is_under_this_pages_headline() -> None:
    """The tags under a Medium post: the nearest `h1` above them is a subheading of the text."""
    body = _body(
        f"<div><h1 id='h'>Một mùa hè ở lại làng</h1>{_PART}<h1>Những đứa trẻ</h1>{_PART}</div>"
        "<div id='tags'><a href='/tag/tinh-nguyen'>Tình Nguyện</a></div>"
    )
    headline = next(el for el in body.iter("h1") if el.get("id") == "h")
    tags = next(el for el in body.iter("div") if el.get("id") == "tags")
    assert not under_another_headline(tags, headline)


def test_an_h1_above_the_box_opening_with_this_pages_headline_heads_no_other_article() -> None:
    """A clipping's export heads the page with the note's title (an `h1`) above the clipped
    article's box, which opens with its own `h1`: that box is no appended article's, and wins
    over a teaser's summary above both."""
    body = _body(
        f"<div class='c' id='t'>{_PART}</div><h1>Ghi chú: Lễ khởi công</h1>"
        f"<div class='c' id='a'><h1 id='h'>Lễ khởi công</h1>{_PART * 2}</div>"
    )
    headline = next(el for el in body.iter("h1") if el.get("id") == "h")
    text = article_text(text_stats(body), headline)
    assert text is not None
    assert text.root.get("id") == "a"


def test_a_headline_linked_to_the_article_itself_does_not_make_its_box_a_teaser() -> None:
    """Joomla 2.5 with `Link titles` on: the `h2` links to the article, the info list and the
    paragraphs follow in the same `div.item-page`, which is the article, not a list's item;
    the info list, a box of the header's lines, is no text."""
    html = (
        "<html><head><title>Tưng bừng lễ hội đền Tiên La năm 2014</title></head><body>"
        "<div class='item-page'><h2><a href='/index.php/tin-tuc/312-le-hoi-tien-la'>Tưng bừng "
        "lễ hội đền Tiên La năm 2014</a></h2><dl class='article-info'><dt>Chi tiết</dt><dd>"
        "Ngày đăng Thứ sáu, 14 Tháng 3 2014 09:00</dd><dd>Cập nhật lần cuối Thứ bảy, 15 Tháng 3 "
        f"2014 10:05</dd><dd>Viết bởi Quản trị viên</dd></dl>{_TEXT * 3}</div></body></html>"
    )
    article = extract_article(html.encode(), "https://x.vn/index.php/tin-tuc/312-le-hoi-tien-la")
    assert article["body"] == "\n\n".join([vn.clean_text(_TEXT[3:-4])] * 3)
    assert article["published_at"] == "2014-03-14T09:00:00+07:00"


@pytest.mark.parametrize(
    ("classes", "whole"), [("tyJCtd mGzaTb Depvyb baZpAe", True), ("noidung", False)]
)
def test_a_page_builders_rows_of_text_are_read_whole(classes: str, whole: bool) -> None:
    first = "<p>" + "Đoạn mở đầu về hội khỏe Phù Đổng của nhà trường năm nay. " * 4 + "</p>"
    second = "<p>" + "Đoạn tiếp theo kể về các môn thi đấu của học sinh toàn trường. " * 6 + "</p>"
    picture = _builder_row("<img src='/a.jpg' width='600'>", "CENy8b")
    rows = _builder_row(first, classes) + picture + _builder_row(second * 2, classes)
    html = f"<html><body><h2>Hội khỏe Phù Đổng 2024</h2><div class=page>{rows}</div></body></html>"
    body = ArticlePage(html, "https://x.vn/a").body(None)
    assert (body[0].startswith("Đoạn mở đầu")) is whole


@pytest.mark.parametrize(
    ("html", "paragraphs"),
    [
        # A template's label over the text box (a podcast's transcript) is no paragraph.
        ("<h3>Nội dung chính:</h3><p>Câu chuyện bắt đầu.</p>", ["Câu chuyện bắt đầu."]),
        # Further down, a heading ending in a colon introduces the article's next part.
        ("<p>Câu chuyện bắt đầu.</p><h3>Một số giải pháp:</h3><p>Giải pháp thứ nhất.</p>",
         ["Câu chuyện bắt đầu.", "Một số giải pháp:", "Giải pháp thứ nhất."]),
        ("<p><strong>Trả lời:</strong></p><p>Theo Điều 651.</p>",
         ["Trả lời:", "Theo Điều 651."]),  # a bold line is no heading
    ],
)  # fmt: skip
def test_a_label_opening_the_text_box_is_no_paragraph(html: str, paragraphs: list[str]) -> None:
    assert read_content(_body(html)).paragraphs == paragraphs


def test_an_empty_profile_content_box_falls_back_to_the_text_the_page_shows() -> None:
    """A template that moved the text out of the box the profile names: the generic layers
    read it, and the warning tells the profile needs a look."""
    html = (
        "<html><body><div class='detail'><h1 class='detail-title'>Khởi công cầu Hưng Hà</h1>"
        "<div class='detail-content'> </div><div class='detail-body-v2'>" + _TEXT * 3 + "</div>"
        "</div></body></html>"
    )
    page = ArticlePage(html, "https://baothaibinh.com.vn/tin-tuc/3/233500/khoi-cong-cau-hung-ha")
    assert page.profile is not None
    raw = page.to_raw()
    assert len(raw.body) == 3
    assert "profile_content_empty" in raw.warnings


def test_a_related_list_outside_the_box_its_profile_names_is_still_read() -> None:
    """The profile's text box is there, its related list's box (`.box-related`) is not: the
    template renamed it. The list the page shows is read the generic way."""
    related = (
        "<div class='tin-lien-quan-v2'><h3>Tin cùng chuyên mục</h3><ul><li><a href='/tin-tuc/4/"
        "215290/thai-thuy-mo-rong-vung-nuoi-ngao'>Thái Thụy mở rộng vùng nuôi ngao tập trung</a>"
        "</li><li><a href='/tin-tuc/4/215244/gia-lua-gao-tang-nhe'>Giá lúa gạo tăng nhẹ đầu vụ "
        "đông</a></li></ul></div>"
    )
    html = (
        "<html><body><div class='detail'><h1 class='detail-title'>Được mùa cà chua vụ đông</h1>"
        f"<div class='detail-content'>{_TEXT * 3}</div>{related}</div></body></html>"
    )
    page = ArticlePage(html, "https://baothaibinh.com.vn/tin-tuc/4/215301/duoc-mua-ca-chua")
    assert page.profile is not None
    assert [link.title for link in page.related()] == [
        "Thái Thụy mở rộng vùng nuôi ngao tập trung",
        "Giá lúa gạo tăng nhẹ đầu vụ đông",
    ]


def test_a_tag_list_outside_the_box_its_profile_names_is_still_read() -> None:
    """The profile's text box is there, its tag box is not (a redesign renamed it): the tags the
    page shows under `Từ khóa:` are read the generic way."""
    tags = (
        "<div class='box-tags'><span>Từ khóa:</span> <a href='/tag/vu-dong'>vụ đông</a>, <a"
        " href='/tag/thai-thuy'>Thái Thụy</a></div>"
    )
    html = (
        "<html><body><div class='detail'><h1 class='detail-title'>Được mùa cà chua vụ đông</h1>"
        f"<div class='detail-content'>{_TEXT * 3}</div>{tags}</div></body></html>"
    )
    page = ArticlePage(html, "https://baothaibinh.com.vn/tin-tuc/4/215301/duoc-mua-ca-chua")
    assert page.profile is not None
    assert page.tags() == ["vụ đông", "Thái Thụy"]


def test_a_page_without_the_profile_content_box_is_read_and_marked() -> None:
    """A redesign that renamed the box the profile names: the generic layers read the text, and
    the record says the profile did not fit (the run's `profile_fit` check counts them)."""
    html = (
        "<html><body><div class='post'><h1 class='post-title'>Khởi công cầu Hưng Hà</h1>"
        "<div class='post-body'>" + _TEXT * 3 + "</div></div></body></html>"
    )
    page = ArticlePage(html, "https://baothaibinh.com.vn/tin-tuc/3/233500/khoi-cong-cau-hung-ha")
    raw = page.to_raw()
    assert len(raw.body) == 3
    assert "profile_content_missing" in raw.warnings
    unprofiled = ArticlePage(html, "https://example.vn/tin-tuc/khoi-cong-cau-1.html").to_raw()
    assert "profile_content_missing" not in unprofiled.warnings


_SAID = "Phó Chủ tịch tỉnh nhấn mạnh: “Nông nghiệp công nghệ cao là hướng đi tất yếu của tỉnh”."


@pytest.mark.parametrize(
    ("quote", "kept"),  # how many of the quote's paragraphs stay
    [
        # Repeating the text's own words: a pull quote.
        ("<blockquote><p>Nông nghiệp công nghệ cao là hướng đi tất yếu của tỉnh</p></blockquote>",
         False),
        ("<blockquote>“Nông nghiệp công nghệ cao là hướng đi tất yếu của tỉnh”</blockquote>",
         False),
        # Words from the middle of a sentence, capitalised to open the quote
        ("<blockquote>“Công nghệ cao là hướng đi tất yếu của tỉnh”</blockquote>", False),
        # ... or shortened, a clause left out (Webflow's `<blockquote>` under its paragraph)
        ("<blockquote>Phó Chủ tịch tỉnh nhấn mạnh công nghệ cao là hướng đi tất yếu của tỉnh"
         "</blockquote>", False),
        # ... but the same words scattered through a paragraph are a quotation of its own
        ("<blockquote>Nông dân tỉnh nhấn mạnh cao hướng đi của bài viết rất dài.</blockquote>",
         True),
        # The speaker under a pull quote goes with it, however the text names them.
        ("<blockquote><p>Nông nghiệp công nghệ cao là hướng đi tất yếu của tỉnh</p>"
         "<cite>Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh</cite></blockquote>", False),
        ("<blockquote><p>“Nông nghiệp công nghệ cao là hướng đi tất yếu của tỉnh”</p>"
         "<footer>— Phó Chủ tịch tỉnh</footer></blockquote>", False),
        # Its full stop set inside the marks, where the text sets it outside.
        ("<blockquote><p>“Nông nghiệp công nghệ cao là hướng đi tất yếu của tỉnh.”</p>"
         "<cite>Ông Trần Văn Bình</cite></blockquote>", False),
        # Said only there: a quotation the article gives.
        ("<blockquote><p>Kính gửi Ủy ban nhân dân tỉnh, chúng tôi đề nghị hỗ trợ giống cây.</p>"
         "</blockquote>", True),
        ("<blockquote><p>Kính gửi Ủy ban nhân dân tỉnh, chúng tôi đề nghị hỗ trợ giống cây.</p>"
         "<cite>Hợp tác xã Đông Hòa</cite></blockquote>", 2),
        # A box its class names a quote (a Vue component), and the same rule.
        ("<div class='c-quote'><p class='c-quote__txt'>Nông nghiệp công nghệ cao là hướng đi tất"
         " yếu của tỉnh</p><p class='c-quote__by'>Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh</p>"
         "</div>", False),
        # ... its speaker beside it in their box (VCCorp's `SimpleQuote`: `div.quote`,
        # `div.author`)
        ("<div type='SimpleQuote'><div class='quote'><p>Nông nghiệp công nghệ cao là hướng đi tất"
         " yếu của tỉnh</p></div><div class='author'>Ông Trần Văn Bình</div></div>", False),
        ("<div><div class='quote'><p>Kính gửi Ủy ban nhân dân tỉnh, chúng tôi đề nghị hỗ trợ giống"
         " cây.</p></div><div class='author'>Hợp tác xã Đông Hòa</div></div>", 2),
        ("<div class='article__quote'><p>Kính gửi Ủy ban nhân dân tỉnh, chúng tôi đề nghị hỗ trợ"
         " giống cây.</p></div>", True),
        ("<div class='quotes-slider'><p>Nông nghiệp công nghệ cao là hướng đi tất yếu của tỉnh</p>"
         "</div>", True),  # not a quote's name
        # An `<aside>` set in the text (Instant Articles' pull quote), its speaker inline
        ("<aside>Nông nghiệp công nghệ cao là hướng đi tất yếu của tỉnh<cite>Ông Trần Văn Bình"
         "</cite></aside>", False),
        ("<aside><p>Kính gửi Ủy ban nhân dân tỉnh, chúng tôi đề nghị hỗ trợ giống cây.</p>"
         "</aside>", True),
    ],
)  # fmt: skip
def test_a_pull_quote_is_not_a_paragraph(quote: str, kept: int) -> None:
    paragraph = "<p>" + "Nội dung bài viết rất dài. " * 6 + "</p>"
    content = read_content(_body(f"{paragraph}<p>{_SAID}</p>{quote}{paragraph}"))
    assert len(content.paragraphs) == 3 + kept


@pytest.mark.parametrize(
    ("first", "standfirst"),
    [
        ("<p><strong>Ngày 14-2, ngư dân xã Vĩnh Lương tổ chức lễ hội cầu ngư truyền thống, "
         "cầu mong một năm trời yên biển lặng.</strong></p>", True),
        ("<p><strong>Nhiều chỉ tiêu về đích sớm</strong></p>", False),
        ("<p><strong>PV: Xin ông cho biết kết quả xây dựng nông thôn mới kiểu mẫu của tỉnh "
         "thời gian qua?</strong></p>", False),
        # ... but a reader's question heading a Q&A column is its standfirst
        ("<p><strong>Hỏi: Chị Phạm Thị Ngọc (xã Thái Thịnh) hỏi: chưa đăng ký kết hôn thì con "
         "sinh ra cần làm thủ tục gì để được khai sinh?</strong></p>", True),
        # ... its asker named before it, with no `Hỏi:` label
        ("<p><strong>Bạn đọc Phạm Thị Hạnh (xã Đông Hợp, huyện Đông Hưng) hỏi: Mẹ tôi tái hôn từ "
         "năm 1998. Xin hỏi tôi có được hưởng thừa kế tài sản của cha dượng không?</strong></p>",
         True),
        ("<p><strong>Ông Trần Văn Nam hỏi gì khi về thăm lại chiến trường xưa?</strong></p>",
         False),
        # ... its asker signing after it, in brackets
        ("<p><strong>Hỏi: Chưa đăng ký kết hôn thì con sinh ra cần làm thủ tục gì để được khai "
         "sinh? (Phạm Thị Ngọc, xã Thái Thịnh, huyện Thái Thụy)</strong></p>", True),
        # A heading is set in bold: a sentence in an `h2` under the headline is a standfirst.
        ("<h2>Sau 5 năm triển khai, phong trào xây dựng nông thôn mới của tỉnh đã đạt nhiều kết "
         "quả quan trọng.</h2>", True),
        ("<h2>Nhiều chỉ tiêu về đích sớm</h2>", False),
        ("<h2 style='font-weight: normal'>Sau 5 năm triển khai, phong trào xây dựng nông thôn mới "
         "đạt nhiều kết quả quan trọng.</h2>", False),
        # The paper's dateline opens its standfirst, bold or not.
        ("<p>(Báo Nghệ Tĩnh) - Những ngày này, nông dân xã Nghi Diên đang tất bật thu hoạch cam "
         "Xã Đoài, giá bán tại vườn từ 40.000 đồng/kg.</p>", True),
        ("<div>TTO - Sáng 22-11, cầu Minh Quang bắc qua sông Trà Lý, nối huyện Vũ Thư với tỉnh "
         "Hưng Yên, chính thức thông xe.</div>", True),
        ("<p>TTO - Cầu Minh Quang thông xe</p>", False),
        ("<p>Những ngày này, nông dân xã Nghi Diên đang tất bật thu hoạch cam Xã Đoài, giá bán "
         "tại vườn từ 40.000 đồng/kg.</p>", False),
    ],
)  # fmt: skip
def test_an_unmarked_standfirst_is_bold_or_opens_with_the_dateline(
    first: str, standfirst: bool
) -> None:
    content = read_content(_body(first + "<p>" + "Nội dung bài viết. " * 8 + "</p>"))
    assert (content.unmarked_lead is not None) is standfirst


@pytest.mark.parametrize(
    ("answer", "standfirst"),
    [
        ("<p><strong>Trả lời:</strong> Luật Đất đai năm 2024 quy định cụ thể việc cấp Giấy "
         "chứng nhận cho hộ gia đình.</p>", True),
        ("<p><strong>Luật sư Trần Quang Huy trả lời:</strong> Luật Đất đai năm 2024 quy định "
         "cụ thể việc cấp Giấy chứng nhận.</p>", True),
        ("<p>Luật Đất đai năm 2024 quy định cụ thể việc cấp Giấy chứng nhận cho hộ gia đình, "
         "cá nhân đang sử dụng đất.</p>", False),  # no answer's label: an interview's flow
    ],
)  # fmt: skip
def test_a_readers_question_answered_under_its_label_is_the_standfirst(
    answer: str, standfirst: bool
) -> None:
    """A Q&A column's question, only its label bold, over the answer under its own label."""
    question = (
        "<p><strong>Hỏi:</strong> Gia đình tôi có một thửa đất khai hoang từ năm 1990, không có "
        "giấy tờ gì. Xin hỏi trường hợp này có được cấp sổ đỏ không?</p>"
    )
    content = read_content(_body(question + answer + "<p>" + "Nội dung bài viết. " * 8 + "</p>"))
    assert (content.unmarked_lead is not None) is standfirst


@pytest.mark.parametrize(("pictures", "standfirst"), [(3, True), (1, False)])
def test_a_photo_storys_one_bold_paragraph_is_its_standfirst(
    pictures: int, standfirst: bool
) -> None:
    """A photo story: a bold standfirst over captioned pictures, the pictures the article. One
    picture beside one bold paragraph is a brief's text."""
    first = (
        "<p><strong>Ngày 3/2, làng Đồng Quế tổ chức hội vật cổ truyền mừng xuân mới, thu hút "
        "hàng nghìn người dân về cổ vũ.</strong></p>"
    )
    gallery = "".join(
        f"<table><tr><td><img src='/vat-{n}.jpg'></td></tr><tr><td class='desc'>Keo vật thứ {n}."
        "</td></tr></table>"
        for n in range(pictures)
    )
    content = read_content(_body(first + gallery))
    assert (content.unmarked_lead is not None) is standfirst


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        # A stanza: its verses stay lines.
        ("Quê mẹ mùa xuân lúa xanh rì<br>Cánh cò chao nghiêng gọi nắng về<br>"
         "Con đường làng nhỏ in chân mẹ<br>Thương mãi ngày nào buổi chia ly",
         "Quê mẹ mùa xuân lúa xanh rì\nCánh cò chao nghiêng gọi nắng về\n"
         "Con đường làng nhỏ in chân mẹ\nThương mãi ngày nào buổi chia ly"),
        # Prose that a <br> happens to break is one paragraph.
        ("Sáng 15/4, đoàn viên thanh niên xã ra quân làm sạch bãi biển và tuyến đê.<br>"
         "Hơn 150 đoàn viên tham gia, thu gom khoảng 3 tấn rác thải các loại.",
         "Sáng 15/4, đoàn viên thanh niên xã ra quân làm sạch bãi biển và tuyến đê. "
         "Hơn 150 đoàn viên tham gia, thu gom khoảng 3 tấn rác thải các loại."),
        # Long lines are prose, however many.
        (("Đoàn viên thanh niên các chi đoàn thôn ra quân làm sạch bãi biển và tuyến đê biển "
          "đoạn qua thôn Tân Hải trong buổi sáng.<br>") * 3 + "Hết.",
         ("Đoàn viên thanh niên các chi đoàn thôn ra quân làm sạch bãi biển và tuyến đê biển "
          "đoạn qua thôn Tân Hải trong buổi sáng. ") * 3 + "Hết."),
        # A list under its label: its items each a line, however long.
        ("<b>Danh sách các cụ được mừng thọ năm Ất Tỵ:</b><br>Mừng thượng thọ 90 tuổi: cụ ông "
         "Phạm Văn Thự (chi Nhất)<br>Mừng thọ 80 tuổi: cụ bà Nguyễn Thị Lụa (dâu chi Hai), cụ "
         "ông Phạm Văn Cử (chi Ba), cụ bà Phạm Thị Lan (chi Ba)<br>Mừng thọ 70 tuổi: 13 cụ ông, "
         "cụ bà ở cả ba chi",
         "Danh sách các cụ được mừng thọ năm Ất Tỵ:\nMừng thượng thọ 90 tuổi: cụ ông Phạm Văn "
         "Thự (chi Nhất)\nMừng thọ 80 tuổi: cụ bà Nguyễn Thị Lụa (dâu chi Hai), cụ ông Phạm Văn"
         " Cử (chi Ba), cụ bà Phạm Thị Lan (chi Ba)\nMừng thọ 70 tuổi: 13 cụ ông, cụ bà ở cả ba"
         " chi"),
        # A sentence a `<br>` breaks after its colon goes on in lower case: prose.
        ("Theo báo cáo của Ủy ban nhân dân xã Đông Quang trong tháng vừa qua, các kết quả đạt "
         "được như sau:<br>toàn xã đã hoàn thành nạo vét 12 km kênh mương nội đồng phục vụ sản "
         "xuất vụ xuân<br>và làm mới 3 km đường giao thông nông thôn bằng bê tông cốt thép ở "
         "các thôn<br>cùng nhiều công trình phúc lợi khác.",
         "Theo báo cáo của Ủy ban nhân dân xã Đông Quang trong tháng vừa qua, các kết quả đạt "
         "được như sau: toàn xã đã hoàn thành nạo vét 12 km kênh mương nội đồng phục vụ sản xuất"
         " vụ xuân và làm mới 3 km đường giao thông nông thôn bằng bê tông cốt thép ở các thôn "
         "cùng nhiều công trình phúc lợi khác."),
    ],
    ids=["verses", "prose", "long-lines", "labelled-list", "prose-after-a-colon"],
)  # fmt: skip
def test_short_lines_broken_by_br_stay_lines(paragraph: str, text: str) -> None:
    prose = "<p>" + "Bài thơ được viết trong một chuyến về thăm quê ngoại. " * 3 + "</p>"
    content = read_content(_body(f"{prose}<p>{paragraph}</p>{prose}"))
    assert content.paragraphs[1] == text


_WALL_TITLE = "Làng nghề hương Vòng giữ lửa qua bốn thế hệ"


def test_a_prompt_to_subscribe_inside_the_text_is_no_text() -> None:
    prompt = (
        "<div class='wall'><h3>Bài viết dành cho hội viên</h3><p>Đăng ký gói Premium để đọc"
        " tiếp</p><div><a class='btn' href='/dang-ky'>Đăng ký ngay</a> <a class='btn'"
        " href='/dang-nhap'>Đăng nhập</a></div><ul><li>Đọc không giới hạn</li></ul></div>"
    )
    html = f"<html><body><h1>{_WALL_TITLE}</h1><div>{_TEXT * 3}{prompt}</div></body></html>"
    body = ArticlePage(html, "https://x.vn/a").body(None)
    assert len(body) == 3
    # One call alone, in a sentence's box, is the article's.
    one = "<p>Người dân có thể <a class='btn' href='/dk'>Đăng ký</a> trực tuyến từ hôm nay.</p>"
    html = f"<html><body><h1>{_WALL_TITLE}</h1><div>{_TEXT * 3}{one}</div></body></html>"
    assert len(ArticlePage(html, "https://x.vn/a").body(None)) == 4


_LONG = (
    "<div class=item><p>"
    + "Ý kiến rất dài của bạn đọc, hay địa chỉ của tòa soạn. " * 9
    + "</p></div>"
)


@pytest.mark.parametrize(
    ("wrapper", "article_kept"),
    [
        ("<div class=comment-list>{}</div>", True),
        ("<ol class=commentlist>{}</ol>", True),
        ("<div id=binhluan>{}</div>", True),
        ("<div id=footer>{}</div>", True),
        ("<footer>{}</footer>", True),
        ("<div class=chan-trang>{}</div>", True),
        ("<div class=commentary>{}</div>", False),  # an article genre, not readers' comments
        ("<div id=foot>{}</div>", True),
        # 24h names every box `cate-24h-foot-…`, its article's too: no footer.
        ("<div class=cate-24h-foot-arti-deta-info>{}</div>", False),
        # Weebly's content box says it is not the footer.
        ("<div class='wsite-elements wsite-not-footer'>{}</div>", False),
        ("<div class='notion-root max-width has-footer'>{}</div>", False),  # Super's
        # a post's own terms in its classes: a "Bình luận" (commentary) section or tag
        ("<article class='post tag-binh-luan tag-cai-cach'>{}</article>", False),  # Ghost
        ("<div class='post-12 post category-binh-luan'>{}</div>", False),  # WordPress
    ],
    ids=["comment-list", "commentlist", "binhluan", "footer-id", "footer-tag", "chan-trang",
         "commentary", "foot-id", "foot-in-a-naming-scheme", "not-footer", "has-footer",
         "tag-binh-luan", "category-binh-luan"],
)  # fmt: skip
def test_the_article_text_is_never_the_readers_comments_or_the_footer(
    wrapper: str, article_kept: bool
) -> None:
    article = "<div id=bai>" + ("<p>" + "Nội dung bài viết ngắn. " * 5 + "</p>") * 3 + "</div>"
    html = f"<html><body class=has-footer><div id=page>{article}{wrapper.format(_LONG * 8)}</div>"
    page = ArticlePage(html + "</body></html>", "https://x.vn/a")
    content = page.generic.content
    assert (content is not None and content.get("id") == "bai") is article_kept


def test_a_consent_banner_longer_than_the_article_is_never_its_text() -> None:
    notice = "<p>" + "Lịch tiếp công dân của Sở trong tháng 12/2024 như sau. " * 2 + "</p>"
    legal = "<p>" + "Chúng tôi xử lý dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP. " * 6 + "</p>"
    html = (
        f"<html><body><div class=main><h1>Thông báo lịch tiếp công dân</h1>{notice * 2}</div>"
        f"<div id=cookie-consent>{legal * 3}<button>Đồng ý</button></div></body></html>"
    )
    body = ArticlePage(html, "https://x.vn/a-8801.html").to_raw().body
    assert body == [notice[3:-4].strip()] * 2


def test_a_superscript_note_number_is_dropped_from_the_text() -> None:
    html = (
        "<p>Kinh tế tập thể có vai trò quan trọng trong nền kinh tế quốc dân<sup>(1)</sup>.</p>"
        "<p><strong>Chú thích:</strong></p><p>(1) Văn kiện Đại hội XIII, t.I, tr.125.</p>"
    )
    paragraphs = read_content(_body(html)).paragraphs
    assert paragraphs[0] == "Kinh tế tập thể có vai trò quan trọng trong nền kinh tế quốc dân."
    assert paragraphs[-1] == "(1) Văn kiện Đại hội XIII, t.I, tr.125."


def test_the_short_lines_of_the_article_s_header_are_no_text_even_below_the_headline() -> None:
    # Instant Articles: the kicker after the headline and standfirst, inside the `<header>`.
    standfirst = (
        "Chỉ còn hơn hai tháng nữa là đến Tết Nguyên đán, nông dân các xã ven sông Hồng đang tập"
        " trung cắt tỉa, uốn tán quất cảnh."
    )
    html = (
        "<html><body><article><header><h1>Nông dân Văn Giang tất bật chăm quất cảnh phục vụ Tết"
        f"</h1><h2>{standfirst}</h2><h3>Nông nghiệp</h3><address>Hoàng Lan</address>"
        "<time datetime='2024-11-22T08:30:00+07:00'>22/11/2024 08:30</time></header>"
        f"{_TEXT * 3}</article></body></html>"
    )
    raw = ArticlePage(
        html, "https://baohungyen.example.vn/nong-nghiep/quat-canh-145230.html"
    ).to_raw()
    assert raw.lead == standfirst
    assert "Nông nghiệp" not in raw.body
    assert len(raw.body) == 3


def test_a_journals_abstract_is_the_standfirst_without_its_label_and_keywords() -> None:
    """`div.abstract`: its `Tóm tắt` heading labels it, and its keywords (links to keyword
    pages, which are no other article's headline) are the tags."""
    abstract = (
        "<div class='abstract'><h2>Tóm tắt</h2><p>Nghiên cứu được thực hiện nhằm đánh giá ảnh "
        "hưởng của xâm nhập mặn đến năng suất lúa tại 6 xã ven biển huyện Thái Thụy.</p><p class="
        "'keywords'><strong>Từ khóa:</strong> <a href='/tu-khoa/xam-nhap-man.html'>xâm nhập mặn"
        "</a>; <a href='/tu-khoa/bien-doi-khi-hau.html'>biến đổi khí hậu</a></p></div>"
    )
    html = (
        f"<html><body><h1>Ảnh hưởng của xâm nhập mặn đến năng suất lúa</h1>{abstract}<div class="
        f"'fulltext'>{('<p>' + 'Nội dung bài báo khoa học về đất mặn. ' * 6 + '</p>') * 3}</div>"
        "</body></html>"
    )
    article = extract_article(html.encode(), "https://tapchi.example.vn/bai-bao/xam-nhap-man-412")
    assert article["lead"] == (
        "Nghiên cứu được thực hiện nhằm đánh giá ảnh hưởng của xâm nhập mặn đến năng suất lúa"
        " tại 6 xã ven biển huyện Thái Thụy."
    )
    assert article["tags"] == ["xâm nhập mặn", "biến đổi khí hậu"]


@pytest.mark.parametrize(
    "label",
    [
        "<span class='article-sapo-label'>Tóm tắt</span>",  # the national portal template
        "<div id='ctl02_label' style='display:none'>Tóm tắt</div>",  # SharePoint's field label
        "<div id='ctl02_label' style='display:none'>Mô tả ngắn</div>",
    ],
    ids=["label-span", "hidden-label", "hidden-label-of-any-words"],
)
def test_a_standfirst_boxs_label_is_not_its_words(label: str) -> None:
    lead = "Tính đến hết tháng 7/2024, huyện Kiến Xương đã cứng hóa hơn 38 km đường nông thôn."
    html = (
        f"<html><body><h1>Kiến Xương cứng hóa đường giao thông nông thôn</h1><div class='sapo'>"
        f"{label}<p>{lead}</p></div><div class='article-body'>{_TEXT * 3}</div></body></html>"
    )
    assert extract_article(html.encode(), "https://kienxuong.example.vn/tin/123")["lead"] == lead


@pytest.mark.parametrize("name", ["sapo", "chapeau", "chappeau"])  # Lao Động spells it `chappeau`
def test_a_standfirst_marked_by_its_class(name: str) -> None:
    """Over a live report's entries, where its place alone does not tell a standfirst."""
    entry = "<p>" + "Nội dung phần tường thuật trực tiếp về kỳ họp. " * 4 + "</p>"
    entries = "".join(
        f"<div class='live-post'><div class='live-post__time'><span class='time'>1{n}:40</span>"
        f"</div><div class='live-post__content'>{entry}</div></div>"
        for n in range(3)
    )
    html = (
        f"<html><body><h1>Hưng Yên (mới) họp phiên đầu tiên</h1><div class='{name}'><p>Sáng 30/6, "
        "tại Trung tâm Hội nghị tỉnh, Hội đồng nhân dân tỉnh Hưng Yên (mới) họp phiên đầu tiên."
        f"</p></div><div class='art-body'>{entries}</div></body></html>"
    )
    lead = extract_article(html.encode(), "https://x.vn/hung-yen-hop-phien-dau-tien-1234.ldo")[
        "lead"
    ]
    assert lead is not None
    assert lead.startswith("Sáng 30/6")


@pytest.mark.parametrize("label", ["Lời tòa soạn", "LTS:", "Lời giới thiệu"])
def test_an_editors_note_over_the_text_is_its_standfirst_without_its_label(label: str) -> None:
    """A box named by nothing the layers know (`detail__lts`), its label over a paragraph, between
    the header's line and the text: the standfirst, the label no part of it."""
    note = (
        "Trong bối cảnh nhiều làng nghề truyền thống đang mai một, Văn hóa Đồng bằng xin giới "
        "thiệu bài viết của PGS.TS Nguyễn Hữu Khánh về làng nghề dệt chiếu Hới."
    )
    html = (
        "<html><body><article><h1>Chiếu Hới - nghề trăm năm bên sông Luộc</h1><div class='meta'>"
        "Thứ Hai, 10/03/2025 - 07:45</div><div class='detail__lts'><div class='detail__lts-label'>"
        f"{label}</div><p>{note}</p></div><div class='detail__content'>{_TEXT * 3}</div>"
        "</article></body></html>"
    )
    article = extract_article(html.encode(), "https://x.vn/chieu-hoi-nghe-tram-nam-1203.html")
    assert article["lead"] == note
    assert label not in article["body"]


def test_a_tables_description_in_the_middle_of_the_text_is_no_standfirst() -> None:
    """TablePress's name and description around its table, after the text's first paragraphs:
    the description is named so, but the text has begun. Both are the text's."""
    table = (
        "<h2 class='tablepress-table-name'>Giá bán buôn rau, củ sáng 8/10/2024</h2><table "
        "class='tablepress'><tr><th>Mặt hàng</th><th>Giá (đồng/kg)</th></tr><tr><td>Rau muống"
        "</td><td>25.000</td></tr></table><span class='tablepress-table-description'>Nguồn: Ban"
        " Quản lý chợ đầu mối nông sản Đông Hưng</span>"
    )
    html = (
        "<html><body><h1>Giá rau xanh vẫn cao sau bão</h1><div class='entry-content'>"
        f"{_TEXT * 2}{table}{_TEXT}</div></body></html>"
    )
    article = extract_article(html.encode(), "https://chonongsan.example.vn/gia-rau-xanh/")
    assert article["lead"] is None
    assert "Nguồn: Ban Quản lý chợ đầu mối nông sản Đông Hưng" in article["body"].split("\n\n")


def test_a_standfirst_inside_the_text_box_after_the_header_lines_stays_one() -> None:
    """A guard: the date line, the byline and an address kept for microdata in the text box
    above the sapo are no sentence of the text."""
    header = (
        "<span class='d-none'><span itemprop='url'>https://x.vn/news/phong-su-anh/ngam-cau-hong-"
        "phong-vuot-song-tra-ly-tu-tren-cao-1532.html</span></span><div class='date'>Thứ năm - "
        "26/12/2024 08:47</div><div class='author'>Bài, ảnh: Quang Minh</div>"
    )
    sapo = (
        "Sau 20 tháng thi công, cầu Hồng Phong vượt sông Trà Lý nối huyện Vũ Thư với thành phố "
        "Thái Bình đã hoàn thành, sẵn sàng đưa vào khai thác."
    )
    html = (
        "<html><body><h1>Ngắm cầu Hồng Phong từ trên cao</h1><div class='content'>"
        f"{header}<div class='sapo'>{sapo}</div>{_TEXT * 3}</div></body></html>"
    )
    assert (
        extract_article(html.encode(), "https://x.vn/news/cau-hong-phong-1532.html")["lead"] == sapo
    )


def test_a_copy_of_the_article_hidden_for_printing_is_never_its_text() -> None:
    """NukeViet's `#print-area`, hidden by its style until printed: it holds the headline, the
    standfirst, the whole text and a credit line, more than the shown text, and is no text."""
    shown = (
        "<div class='bodytext'>" + ("<p>" + "Nội dung bài viết được hiển thị. " * 6 + "</p>") * 3
    )
    copy = (
        "<div id='print-area' style='display:none'><h2>Xã Nam Thịnh đón nhận Bằng công nhận</h2>"
        + ("<p>" + "Bản in của bài viết. " * 12 + "</p>") * 4
        + "<p>Tác giả: Vũ Thị Hằng - Nguồn tin: Trung tâm VH-TT-TT huyện Tiền Hải</p></div>"
    )
    html = (
        f"<html><body><div class=wraper><h1>Xã Nam Thịnh đón nhận Bằng công nhận</h1>{shown}</div>"
        f"</div>{copy}</body></html>"
    )
    article = extract_article(html.encode(), "https://tienhai.gov.vn/news/nam-thinh-1523.html")
    assert "Bản in" not in article["body"]
    assert article["body"].startswith("Nội dung bài viết")


def test_nukeviet_3s_hometext_holding_the_lead_picture_and_its_note() -> None:
    """NukeViet 3 sets the picture and its note in a box of their own inside `div#hometext`,
    the standfirst after that box: the note is the picture's caption, not the standfirst."""
    hometext = (
        "<div id='hometext' class='short-desc clearfix'><div id='imghome' class='fl left'><a "
        "href='/uploads/news/be-mac.jpg' rel='shadowbox'><img src='/files/news/thumb/be-mac.jpg'"
        " width='220'></a><p><em>Lãnh đạo Sở trao giấy chứng nhận cho các giáo viên.</em></p>"
        "</div>Sau 10 ngày tổ chức, Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS đã khép lại."
        "</div>"
    )
    html = (
        f"<html><body><h1>Bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh</h1>{hometext}<div id="
        f"'bodytext' class='details-content'>{_TEXT * 3}</div></body></html>"
    )
    article = extract_article(html.encode(), "https://x.edu.vn/news/be-mac-hoi-thi-1187.html")
    assert (
        article["lead"]
        == "Sau 10 ngày tổ chức, Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS đã khép lại."
    )
    assert [(i["url"], i["caption"]) for i in article["images"]] == [
        (
            "https://x.edu.vn/files/news/thumb/be-mac.jpg",
            "Lãnh đạo Sở trao giấy chứng nhận cho các giáo viên.",
        )
    ]


def test_nukeviet_4s_lead_picture_note_after_a_line_break_is_its_caption() -> None:
    """NukeViet 4's school theme: the picture, a `<br>`, then its note in italics, credited."""
    hometext = (
        "<div id='hometext' class='hometext'><div class='imghome'><img src='/uploads/news/clb-1."
        "jpg' width='460'><br><em>Các thành viên câu lạc bộ luyện tập tại ao sen của trường. Ảnh:"
        " Phạm Đức Long</em></div><p><strong>Sáng 12/10, câu lạc bộ múa rối nước của trường lần"
        " đầu ra mắt tiết mục đầu tiên.</strong></p></div>"
    )
    html = (
        f"<html><body><h1>Câu lạc bộ múa rối nước ra mắt</h1>{hometext}<div class='bodytext'>"
        f"{_TEXT * 3}</div></body></html>"
    )
    article = extract_article(html.encode(), "https://x.edu.vn/vi/news/clb-mua-roi-152/")
    assert [(i["caption"], i["credit"]) for i in article["images"]] == [
        ("Các thành viên câu lạc bộ luyện tập tại ao sen của trường.", "Phạm Đức Long")
    ]


def test_a_standfirst_label_over_the_boxs_own_words_is_left_out() -> None:
    """`<div class="sapo"><h3>Tóm tắt</h3>words…</div>`: the words are the box's own text."""
    lead = "Tính đến hết tháng 7/2024, huyện Kiến Xương đã cứng hóa hơn 38 km đường nông thôn."
    html = (
        f"<html><body><h1>Kiến Xương cứng hóa đường nông thôn</h1><div class='sapo'><h3>Tóm tắt"
        f"</h3>{lead}</div><div class='article-body'>{_TEXT * 3}</div></body></html>"
    )
    assert extract_article(html.encode(), "https://kienxuong.example.vn/tin/123")["lead"] == lead


def test_an_icon_opening_the_standfirst_keeps_its_paragraph() -> None:
    """A bullet icon inside the standfirst's paragraph is no picture's box: the words stay."""
    lead = "Sáng 2/12, xã Nam Thịnh long trọng tổ chức lễ đón nhận Bằng công nhận nông thôn mới."
    html = (
        "<html><body><h1>Xã Nam Thịnh đón nhận Bằng công nhận</h1><div class='sapo'><p><img "
        f"src='/images/bullet.gif' width='9' height='9'> {lead}</p></div><div class='bodytext'>"
        f"{_TEXT * 3}</div></body></html>"
    )
    assert (
        extract_article(html.encode(), "https://x.gov.vn/news/nam-thinh-1523.html")["lead"] == lead
    )


def test_nukeviets_hometext_beside_the_lead_picture_is_the_standfirst() -> None:
    header = (
        "<div class='clearfix'><figure class='article left'><img src='/uploads/news/nam-thinh.jpg'"
        " width='460'></figure><div class='hometext m-bottom'>Sáng 2/12, xã Nam Thịnh long trọng"
        " tổ chức lễ đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao.</div></div>"
    )
    html = (
        f"<html><body><h1>Xã Nam Thịnh đón nhận Bằng công nhận</h1>{header}<div id='news-bodyhtml'"
        f" class='bodytext'>{_TEXT * 3}</div></body></html>"
    )
    lead = extract_article(html.encode(), "https://tienhai.gov.vn/news/nam-thinh-1523.html")["lead"]
    assert lead == (
        "Sáng 2/12, xã Nam Thịnh long trọng tổ chức lễ đón nhận Bằng công nhận xã đạt chuẩn nông"
        " thôn mới nâng cao."
    )


def test_an_umbraco_grids_rows_of_text_are_read_whole() -> None:
    """Umbraco's grid sets each block in a row of its own (`div.row > div.col-md-12.column`):
    text, a picture with its caption, text again."""

    def row(inner: str) -> str:
        return (
            "<div><div class='container'><div class='row clearfix'><div class='col-md-12 column'>"
            f"<div>{inner}</div></div></div></div></div>"
        )

    first = "<p>" + "Mỗi suất học bổng trị giá 1,5 triệu đồng tiền mặt kèm xe đạp. " * 4 + "</p>"
    second = "<p>" + "Em Thạch Thị Sóc Kha, học sinh lớp 8, xúc động chia sẻ về chiếc xe. " * 6
    picture = row("<img src='/media/hoc-bong.jpg'><p class='caption'>Trao học bổng</p>")
    grid = f"<div class='umb-grid'><div class='grid-section'>{row(first)}{picture}"
    grid += f"{row(second + '</p>')}</div></div>"
    html = f"<html><body><h1>Trao 120 suất học bổng</h1><article>{grid}</article></body></html>"
    body = ArticlePage(html, "https://x.vn/tin-tuc/2022/06/05/hoc-bong").body(None)
    assert [paragraph[:10] for paragraph in body] == ["Mỗi suất h", "Em Thạch T"]


def test_a_builders_summary_under_the_headline_far_above_the_text_is_the_standfirst() -> None:
    """Webflow's post template, its class names hashed: the headline in a spacing box of its
    own, the summary beside that box, the author row and the hero picture after it, and the
    text four wrappers down in the next section."""
    summary = (
        "Sau hai năm thí điểm tại ba xã của huyện Hưng Hà, mô hình nuôi cá trong ruộng lúa hữu "
        "cơ đã giúp các hộ tham gia giảm 30% chi phí vật tư."
    )
    header = (
        "<header><div><div><div><div><div><div><a href='/blog'>Blog</a></div><div><h1>Mô hình "
        f"lúa - cá hữu cơ ở Hưng Hà</h1></div><p>{summary}</p><div><div>Viết bởi</div><div>"
        "Hoàng Lan Anh</div><div>Điều phối dự án</div></div></div><div><img src='/hero.jpg' "
        "width='1200'></div></div></div></div></div></header>"
    )
    text = f"<section><div><div><div><div class='c1'>{_TEXT * 4}</div></div></div></div></section>"
    page = ArticlePage(f"<html><body>{header}{text}</body></html>", "https://x.vn/blog/lua-ca")
    assert page.lead() == summary
    assert page.byline() == "Viết bởi Hoàng Lan Anh"


@pytest.mark.parametrize(
    ("opening", "more"),
    [(1, 4), (4, 1)],
    ids=["more-longer", "body-longer"],
)
def test_movable_types_extended_entry_is_read_with_its_opening(opening: int, more: int) -> None:
    """Movable Type sets a post's opening in `div.asset-body` and the rest, after the reader's
    "more", in `div.asset-more` beside it: one text, whichever box holds more of it."""
    first = "".join(
        f"<p>Buổi chiều thứ {n}, ông Lò Văn Piệng ngồi bên đống luồng chất cao trước sân nhà,"
        " nhìn ra những quả đồi mà cả đời ông đã trồng và giữ luồng.</p>"
        for n in range(opening)
    )
    rest = "".join(
        f"<p>Theo số liệu thứ {n}, toàn huyện Mường Khà hiện có khoảng 14.600 ha luồng thuần"
        " loài, phần lớn được trồng từ những năm 1990.</p>"
        for n in range(more)
    )
    html = (
        "<html><body><div class='entry-asset asset hentry'><div class='asset-header'><h1>Giữ"
        " rừng luồng Mường Khà - Bài 2</h1><div class='asset-meta'>Đăng lúc <span class="
        "'published'>21/10/2024 08:30 PM</span></div></div><div class='asset-content entry-"
        f"content'><div class='asset-body'>{first}</div><div id='more' class='asset-more'>{rest}"
        "</div></div></div></body></html>"
    )
    article = extract_article(html, "https://rungdoisong.example.vn/2024/10/bai-2.html")
    paragraphs = str(article["body"]).split("\n\n")
    assert len(paragraphs) == opening + more
    assert paragraphs[0].startswith("Buổi chiều thứ 0")
    assert article["published_at"] == "2024-10-21T20:30:00+07:00"


def test_the_headline_repeated_at_the_top_of_the_text_box_heads_no_other_article() -> None:
    """Telegraph (telegra.ph) prints the headline in the page's header and again at the top of
    its editor's box (`article#_tl_editor > h1`): the same words, the same article."""
    figures = "".join(
        f"<figure><img src='/file/{n}.jpg'><figcaption>Các gian hàng sách cũ bày kín hai bên"
        f" phố, góc số {n}.</figcaption></figure>"
        for n in range(1, 4)
    )
    html = (
        "<html><body><main class='tl_article'><header class='tl_article_header'><h1>Phố sách"
        " Hưng Châu – một sáng cuối tuần</h1><address><a rel='author' href='https://t.me/x'>Lê"
        " Minh Khoa</a><time datetime='2024-10-20T02:05:11+0000'>October 20, 2024</time>"
        "</address></header><article id='_tl_editor' class='tl_article_content'><h1>Phố sách Hưng"
        " Châu – một sáng cuối tuần<br></h1><address><a href='https://t.me/x'>Lê Minh Khoa</a>"
        "</address><p><strong>Mỗi sáng Chủ nhật, đoạn phố Lý Tự Trọng dài chưa đầy 200 mét lại"
        " biến thành một thư viện ngoài trời với hàng chục gian sách.</strong></p>"
        f"{figures}{_TEXT * 2}</article></main></body></html>"
    )
    article = extract_article(html, "https://telegra.ph/Pho-sach-Hung-Chau-10-20")
    assert len(article["images"]) == 3
    assert str(article["lead"]).startswith("Mỗi sáng Chủ nhật, đoạn phố Lý Tự Trọng")
    assert article["body"] == "\n\n".join([vn.clean_text(_TEXT[3:-4])] * 2)


_REDMINE_SUMMARY = (
    "Phiên bản 3.2 bổ sung thanh toán phí, lệ phí qua mã QR và đồng bộ hồ sơ với Cổng Dịch vụ"
    " công quốc gia."
)


@pytest.mark.parametrize(
    ("after_break", "lead"),
    [
        ("<span class='author'>Thêm bởi <a class='user' href='/users/7'>Lê Hoàng Nam</a> cách đây"
         " <a title='14-10-2024 08:30' href='/activity?from=2024-10-14'>2 ngày</a></span>",
         _REDMINE_SUMMARY),
        # prose after the break: the paragraph is the text's, no summary over a meta line
        ("Từ ngày 07/10 đến 12/10/2024, Trung tâm đã phối hợp với đơn vị phát triển hoàn thành"
         " nâng cấp phần mềm cho 56 xã, thị trấn trong toàn huyện, bảo đảm không gián đoạn việc"
         " tiếp nhận hồ sơ của người dân và doanh nghiệp.", None),
    ],
    ids=["meta-line", "prose"],
)  # fmt: skip
def test_a_summary_in_italics_over_the_news_items_meta_line_is_the_standfirst(
    after_break: str, lead: str | None
) -> None:
    """Redmine's news item: the summary in italics, then, after a `<br>` in the same paragraph,
    who added it and when (`Thêm bởi … cách đây 2 ngày`); the text in `div.wiki` below."""
    html = (
        "<html><body><div id='content'><h2>Hoàn thành nâng cấp phần mềm Một cửa điện tử</h2>"
        f"<p><em>{_REDMINE_SUMMARY}</em><br>{after_break}</p><div class='wiki'>{_TEXT * 4}"
        "</div></div></body></html>"
    )
    page = ArticlePage(html, "https://cntt.example.vn/news/42")
    assert page.lead() == lead


_SCHEDULE_ROWS = "".join(
    f"<tr><td>{hour}</td><td>Làm việc với Ban Chỉ đạo xây dựng nông thôn mới kiểu mẫu xã số "
    f"{n}</td><td>Đ/c Chủ tịch UBND huyện</td><td>Phòng họp số {n}</td></tr>"
    for n, hour in enumerate(["7h30", "8h00", "14h00", "Cả ngày"] * 3, 1)
)
_STORIES = "".join(
    f"<li>Huyện Lý Nhân ra mắt hợp tác xã chuối tiêu hồng số {n}, liên kết tiêu thụ sản phẩm"
    " với doanh nghiệp trong và ngoài tỉnh.</li>"
    for n in range(1, 8)
)


@pytest.mark.parametrize(
    ("intro", "block", "first"),
    [
        # a district's weekly schedule: the table, row by row
        ("Văn phòng HĐND và UBND huyện thông báo lịch công tác tuần 48 như sau:",
         "<table border='1'><tr><td><b>Thời gian</b></td><td><b>Nội dung công việc</b></td><td>"
         f"<b>Lãnh đạo chủ trì</b></td><td><b>Địa điểm</b></td></tr>{_SCHEDULE_ROWS}</table>",
         "Thời gian | Nội dung công việc | Lãnh đạo chủ trì | Địa điểm"),
        # a radio bulletin's page: the list of its stories
        ("Bản tin thời sự 18h ngày 21/11/2024 có những nội dung chính sau:", f"<ul>{_STORIES}</ul>",
         "Huyện Lý Nhân ra mắt hợp tác xã chuối tiêu hồng số 1, liên kết tiêu thụ sản phẩm với"
         " doanh nghiệp trong và ngoài tỉnh."),
    ],
    ids=["table", "list"],
)  # fmt: skip
def test_a_table_or_list_longer_than_its_introduction_is_read_with_it(
    intro: str, block: str, first: str
) -> None:
    """A line of introduction, then a table of data or a list holding most of the page's
    words: both are the text's, the line above too."""
    html = (
        "<html><body><h1>Lịch công tác và bản tin</h1><div class='player'>Thời sự 18h</div>"
        f"<div class='detail-content'><p>{intro}</p>{block}</div></body></html>"
    )
    paragraphs = str(extract_article(html, "https://kienxuong.example.vn/lich-48")["body"])
    assert paragraphs.split("\n\n")[:2] == [intro, first]


@pytest.mark.parametrize(
    "title",
    ["<h3>Thư ngỏ</h3>", "<div class='box-title'><h3><i class='fa'></i> Thư ngỏ</h3></div>"],
)
def test_a_short_article_beside_a_longer_box_under_its_own_title_is_the_text(title: str) -> None:
    """A school's two-paragraph report, and in the sidebar a pinned open letter four times as
    long: the text is the one in the headline's column, not the box under its own title."""
    report = (
        "<p>Sáng 27/9, Trường THCS Đông Xuân tổ chức Hội nghị cha mẹ học sinh đầu năm học với sự"
        " tham dự của hơn 600 phụ huynh.</p><p>Sau phần họp chung, phụ huynh về các lớp trao đổi"
        " với giáo viên chủ nhiệm.</p>"
    )
    letter = (
        "<p>" + "Trường THCS Đông Xuân được thành lập năm 1964, trải qua hơn sáu mươi năm. " * 4
    )
    html = (
        "<html><body><div class='row'><div class='main'><h1>Hội nghị cha mẹ học sinh đầu năm"
        f" học</h1><div class='news-content'>{report}</div></div><div class='sidebar'><div"
        f" class='box'>{title}<div class='box-body'>{letter * 4}</p></div></div></div></div>"
        "</body></html>"
    )
    body = extract_article(html.encode(), "https://thcsdongxuan.example.vn/tin/hoi-nghi")["body"]
    assert str(body).startswith("Sáng 27/9, Trường THCS Đông Xuân")
    assert "1964" not in str(body)


def test_the_texts_blocks_under_their_intertitles_in_the_headlines_article_are_the_text() -> None:
    """Wagtail's StreamField: the `<article>` holds the header (headline, meta line and
    standfirst), then the body's blocks, each paragraph block under a heading block of its own
    (`div.block-heading > h2`): the intertitles head the text, no box apart from it."""
    part = "<p>" + "Chiều thứ Năm cuối tháng, nhà văn hóa bản Nà Lừa lại rộn ràng tiếng cười. " * 3
    blocks = "".join(
        f"<div class='block-heading'><h2 id='p{n}'>{heading}</h2></div><div class='block-"
        f"paragraph'><div class='rich-text'>{part * n}</p></div></div>"
        for n, heading in ((2, "Mỗi tháng một lần sinh hoạt"), (1, "Vốn nhỏ, hiệu quả lớn"))
    )
    html = (
        "<html><body><main><article class='news-page'><header><h1>CLB Liên thế hệ tự giúp nhau"
        "</h1><div class='meta'>Ngày đăng: 2 tháng 10, 2024</div><p class='standfirst'>Sau 5 năm"
        " triển khai ở 3 huyện miền núi, 42 câu lạc bộ Liên thế hệ tự giúp nhau đã trở thành nơi"
        " người cao tuổi cùng chăm sóc sức khỏe, vay vốn làm ăn.</p></header><div class='news-"
        f"page__body streamfield'>{blocks}</div></article><aside><h3>Tin mới</h3></aside></main>"
        "</body></html>"
    )
    body = str(extract_article(html, "https://anlac.example.vn/tin-tuc/clb-lien-the-he/")["body"])
    assert body.split("\n\n")[0] == "Mỗi tháng một lần sinh hoạt"
    assert "Vốn nhỏ, hiệu quả lớn" in body


def test_an_older_post_shown_in_full_under_the_related_heading_is_not_the_text() -> None:
    """WordPress's related box showing its first item whole (its header, its picture and five
    paragraphs, four times the post's own words): another article's text."""
    post = (
        "<p>Ngày 17/12, Trung tâm Khuyến nông tỉnh tổ chức hội nghị tổng kết mô hình nuôi cá"
        " lồng trên sông Luộc năm 2024.</p><p>Sau 8 tháng nuôi, tỷ lệ sống đạt 85%, năng suất"
        " bình quân 4,2 tấn/lồng.</p>"
    )
    older = (
        "<p>" + "Sáng 15/4, tại bến Hưng Đạo, Trung tâm Khuyến nông tổ chức lễ thả cá giống. " * 5
    )
    html = (
        "<html><body><main><article><header><h1>Tổng kết mô hình nuôi cá lồng trên sông Luộc"
        f"</h1></header><div class='entry-content'>{post}</div></article><div class='related'>"
        "<h3>Bài viết liên quan</h3><article><header><h4><a href='/khoi-dong-mo-hinh-ca-long/'>"
        "Khởi động mô hình nuôi cá lồng trên sông Luộc tại Tiên Lữ năm 2024</a></h4><div>15/04/2024"
        f"</div></header><div class='content'>{older * 4}</p></div></article></div></main>"
        "</body></html>"
    )
    body = str(extract_article(html.encode(), "https://khuyennong.example.vn/ca-long")["body"])
    assert body.startswith("Ngày 17/12, Trung tâm Khuyến nông tỉnh")
    assert "Sáng 15/4" not in body


def test_a_hidden_microdata_description_cut_short_gives_way_to_the_shown_standfirst() -> None:
    """NukeViet 4 keeps a cut copy of the summary in a hidden `itemprop="description"` for
    robots, above the `hometext` the reader sees in full."""
    full = (
        "Tối 17/8/2024, chùa Phúc Linh, xã Phúc Thành đã trang nghiêm tổ chức Đại lễ Vu Lan báo"
        " hiếu với sự tham dự của hơn 1.500 Phật tử."
    )
    html = (
        "<html><body><div itemscope itemtype='http://schema.org/NewsArticle'><h1"
        " itemprop='headline'>Chùa Phúc Linh tổ chức Đại lễ Vu Lan</h1><span class='hidden"
        " d-none hide' itemprop='description'>Tối 17/8/2024, chùa Phúc Linh, xã Phúc Thành đã"
        f" trang nghiêm tổ chức Đại lễ Vu Lan...</span><div class='hometext m-bottom'>{full}</div>"
        f"<div id='news-bodyhtml' class='bodytext'>{_TEXT * 3}</div></div></body></html>"
    )
    lead = extract_article(html.encode(), "https://chuaphuclinh.example.vn/vu-lan-402.html")["lead"]
    assert lead == full


def test_a_list_items_figure_and_its_label_are_one_paragraph() -> None:
    """An e-magazine's key figures: each `<li>` a figure's box and its label's box."""
    items = "".join(
        f"<li><div class='value'><span>{value}</span> <span>ha</span></div><div class='label'>"
        f"{label}</div></li>"
        for value, label in (("78.600", "lúa mùa được gieo cấy"), ("31.200", "bị ngập úng"))
    )
    content = read_content(_body(f"<p>{_SAID}</p><ul>{items}</ul><p>{_SAID}</p>"))
    assert content.paragraphs[1:3] == ["78.600 ha lúa mùa được gieo cấy", "31.200 ha bị ngập úng"]
