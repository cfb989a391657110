"""Table tests for the widgets around the text: pagers, see-also lines, teasers, related lists."""

from __future__ import annotations

import pytest

from newscrawl import extract_article
from newscrawl.pages.article import ArticlePage
from tests.pages.dom_builders import TEXT as _TEXT
from tests.pages.dom_builders import builder_row as _builder_row


@pytest.mark.parametrize(
    ("pager", "kept"),
    [
        ("<div>Trang: <b>1</b> <a href='?page=2'>2</a> <a href='?page=3'>3</a>"
         " <a href='?page=2'>Trang sau »</a></div>", False),
        ("<p>« <a href='?p=1'>Trước</a> | 2 | <a href='?p=3'>Tiếp</a> »</p>", False),
        ("<div class='page-links'>Trang: <a href='2/'>2</a></div>", False),
        ("<p>Xem tiếp <a href='?page=2'>trang 2</a> và <a href='?page=3'>trang 3</a> của bài viết"
         " về làng dệt.</p>", True),
    ],
)  # fmt: skip
def test_the_pager_of_an_article_split_over_pages_is_not_text(pager: str, kept: bool) -> None:
    assert len(_body_around(pager)) == (4 if kept else 3)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("<p>💡</p>", False),
        ("<p>* * *</p>", False),
        # A carousel's position, its box unnamed (Swiper's `fraction` pagination)
        ("<div><span>1</span> / <span>5</span></div>", False),
        ("<p>12 / 24</p>", False),
        ("<p>Xã Cổ Chất, 2024.</p>", True),
        ("<p>Tỷ số 2 / 1.</p>", True),
    ],
)  # fmt: skip
def test_a_paragraph_without_words_is_not_text(line: str, kept: bool) -> None:
    assert len(_body_around(line, after=1)) == (5 if kept else 4)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # A legacy page's tools under the text, in the text's cell.
        ("<p align='right'><a href='javascript:window.print()'><img src='print.gif'> In trang"
         " này</a> | <a href='javascript:history.back()'>Trở về</a> | <a href='#top'>Đầu trang"
         "</a></p>", False),
        ("<p><a href='#'>Quay lại</a> | <a href='#'>Gửi email</a> | <a href='#'>Bản in</a></p>",
         False),
        ("<p>Trở về quê sau ba năm, anh Hùng mở xưởng mộc.</p>", True),
        ("<p>Quay lại | bước hai của quy trình.</p>", True),
        # Sitefinity's link back to the list the article was opened from
        ("<a class='sf-back' href='/tin-tuc/hoat-dong'>« Quay lại danh sách</a>", False),
        ("<p>Chia sẻ: <a href='#'>Facebook</a> <a href='#'>Zalo</a></p>", False),
        # A sentence opening with the same word: `Chia sẻ sau khi nhận giải, …` (sharing …)
        ("<p>Chia sẻ sau khi nhận giải, Phúc cho biết em đã luyện tập suốt ba tháng cùng các"
         " thầy trong câu lạc bộ Lập trình của Khoa.</p>", True),
        # Medium's header lines, which it marks for read-aloud tools to skip
        ("<div class='speechify-ignore ab'><span>Published in</span> <a href='/tap-chi'>Tạp chí"
         " Sinh viên Phố Hiến</a></div>", False),
    ],
    ids=["print-back-top", "back-email-print", "sentence", "words-around-a-bar", "back-to-list",
         "share-bar", "sentence-opening-with-chia-se", "speechify-ignore"],
)  # fmt: skip
def test_a_line_of_the_pages_tools_is_not_text(line: str, kept: bool) -> None:
    assert len(_body_around(line, after=1)) == (5 if kept else 4)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("<div class=link-footer><a href='/xuat-khau-nhan-188.htm'>Xuất khẩu lô nhãn lồng đầu"
         " tiên sang Mỹ</a></div>", False),
        ("<p>Xem thêm <a href='/xuat-khau-nhan-188.htm'>bài viết về xuất khẩu nhãn lồng</a>.</p>",
         True),
        # the label in an element of its own, the link all that follows: a see-also box
        ("<div class='inlineMore'><span class='label'>Xem thêm</span><a href='/chieu-coi-kim-son"
         "-20240111.htm'>Chiếu cói Kim Sơn vươn ra thế giới</a></div>", False),
        ("<p><a href='/a.htm'>Nhãn</a> <a href='/b.htm'>lồng Hưng Yên xuất khẩu</a></p>", True),
        # A shop's button closing its blog post (Haravan, Sapo).
        ("<p style='text-align:center'><a class='btn' href='/products/nhan-long'>Mua ngay</a></p>",
         False),
        # A site builder's button block (Squarespace).
        ("<div class='sqs-block button-block'><div><a href='/quyen-gop'>Ủng hộ Quỹ</a></div>"
         "</div>", False),
    ],
    ids=["see-also-line", "link-in-a-sentence", "label-apart", "two-links", "shop-button",
         "button-block"],
)  # fmt: skip
def test_a_line_that_is_one_link_to_another_article_is_not_body(line: str, kept: bool) -> None:
    assert len(_body_around(line)) == (4 if kept else 3)


_WOOCOMMERCE_GRID = (
    "<div class='woocommerce columns-3 '><div class='products row'>{cards}</div></div>"
)
# Magento's products widget in a Magefan blog post, under its own heading.
_MAGENTO_GRID = (
    "<div class='block widget block-products-list grid'><div class='block-title'><strong"
    " role='heading' aria-level='2'>Sản phẩm gợi ý</strong></div><div class='block-content'><div"
    " class='products-grid grid'><ol class='product-items widget-product-grid'>{cards}</ol></div>"
    "</div></div>"
)


@pytest.mark.parametrize("grid", [_WOOCOMMERCE_GRID, _MAGENTO_GRID], ids=["woocommerce", "magento"])
def test_a_shops_grid_of_products_inside_the_text_is_neither_text_nor_picture(grid: str) -> None:
    """WooCommerce's `[products]` shortcode in a post (Flatsome's cards), Magento's products
    widget: each card a thumbnail, the product's section and name, its price and a button."""
    card = (
        "<div class='product-small col product type-product'><div class='box-image'><a href="
        "'/san-pham/gao-{0}/'><img width='300' height='300' src='/u/gao-{0}.jpg'></a></div><div"
        " class='box-text'><p class='category'>Gạo</p><p class='name product-title'><a href="
        "'/san-pham/gao-{0}/'>Gạo hữu cơ túi {0}kg</a></p><div class='price-wrapper'><span "
        "class='price'>165.000 ₫</span></div><a href='?add-to-cart=10{0}' class='button'>Thêm "
        "vào giỏ hàng</a></div></div>"
    )
    cards = "".join(card.format(n) for n in (2, 5, 10))
    text = f"{_TEXT * 2}{grid.format(cards=cards)}{_TEXT * 2}"
    html = f"<html><body><h1>Lớp tiếp thị số</h1><div>{text}</div></body></html>"
    article = extract_article(html, "https://x.vn/lop-tiep-thi-so/")
    assert "165.000" not in str(article["body"])
    assert "Gạo hữu cơ" not in str(article["body"])
    assert article["images"] == []


@pytest.mark.parametrize(
    "box",
    [
        # Lao Động's box: the label, then a link holding the other article's thumbnail and title
        "<div class='box-readmore'><span>Xem thêm:</span> <a href='/ban-doc/de-song-luoc-1398841"
        ".ldo'><img src='/t/de-song-luoc.jpg' width='160' height='100'> Tuyến đường đê sông "
        "Luộc xuống cấp sau mùa lũ</a></div>",
        "<div><b>Đọc thêm</b><a href='/b-2.html'><img src='/t/b-2.jpg'>Bài hai về nông thôn mới"
        "</a></div>",
    ],
    ids=["label-span", "label-bold-no-colon"],
)  # fmt: skip
def test_a_see_also_box_with_a_thumbnail_is_neither_text_nor_picture(box: str) -> None:
    text = f"{_TEXT * 2}{box}{_TEXT * 2}"
    html = f"<html><body><h1>Bầu cử trưởng thôn</h1><div>{text}</div></body></html>"
    article = extract_article(html, "https://x.vn/a-1.html")
    assert str(article["body"]).count("\n\n") == 3  # the four paragraphs only
    assert article["images"] == []


@pytest.mark.parametrize(
    ("bar", "kept"),
    [
        ("<ul class='c8f2a'><li><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Facebook"
         "</a></li><li><a href='https://twitter.com/intent/tweet?url=x'>Twitter</a></li></ul>",
         False),
        ("<div><a href='https://x.vn/a-1234?share=facebook' target='_blank'>Facebook</a></div>",
         False),  # Jetpack's
        ("<p><a href='https://sp.zalo.me/share_inline?d=x'>Zalo</a> <a href='mailto:?subject=x'>"
         "Email</a></p>", False),
        ("<p>Trang <a href='https://www.facebook.com/baohungyen'>Facebook của Báo Hưng Yên</a>"
         " đăng tải video về lễ hội.</p>", True),
    ],
    ids=["networks", "jetpack", "zalo-and-mail", "a-page-on-facebook"],
)  # fmt: skip
def test_a_bar_of_share_buttons_is_told_by_where_they_send_the_reader(bar: str, kept: bool) -> None:
    assert len(_body_around(bar)) == (4 if kept else 3)


_POLL = (
    "<div class='c1'><form><p>Bạn có đồng ý với phương án quy hoạch?</p><ul><li><input"
    " type='radio' id='o1'><label for='o1'>Đồng ý</label></li><li><input type='radio' id='o2'>"
    "<label for='o2'>Không đồng ý</label></li></ul><button>Bình chọn</button></form>{}</div>"
)


@pytest.mark.parametrize(
    ("after_the_form", "kept"),
    [
        ("<ul><li>Đồng ý: 62% (1.248 phiếu)</li><li>Không đồng ý: 38% (765 phiếu)</li>"
         "<li>Tổng số: 2.013 phiếu</li></ul>", 0),
        ("<table><tr><td>Đồng ý</td><td>62%</td></tr><tr><td>Không đồng ý</td><td>38%</td></tr>"
         "</table>", 0),
        # the text going on after the poll
        ("<p>Đồng ý với phương án, nhiều người dân đề nghị bổ sung thêm cây xanh và hồ nước ở khu"
         " trung tâm của công viên.</p>", 1),
    ],
    ids=["results-list", "results-table", "text-after"],
)  # fmt: skip
def test_a_polls_results_after_its_form_are_not_text(after_the_form: str, kept: int) -> None:
    """Told by the form's own choices opening its lines, whatever the boxes' class names."""
    assert len(_body_around(_POLL.format(after_the_form))) == 3 + kept


@pytest.mark.parametrize(
    ("quote", "kept"),
    [
        ("<blockquote class='c7d1'><p>Cánh đồng lúa chín ở Thái Bình nhìn từ trên cao.</p>— Nam"
         " (@hoangnam_tb) <a href='https://twitter.com/hoangnam_tb/status/1855'>November 10, 2024"
         "</a></blockquote>", False),
        ("<blockquote cite='https://www.tiktok.com/@thaibinhque/video/7435128'><section>"
         "<a href='https://www.tiktok.com/@thaibinhque'>@thaibinhque</a> Mùa lúa chín ở Vũ Thư"
         "</section></blockquote>", False),
        ("<blockquote cite='https://www.facebook.com/thaibinhquetoi/posts/pfbid02Hq'><p>Quê hương"
         " Thái Bình mùa lúa chín đẹp quá.</p></blockquote>", False),
        # a pull quote, and a quotation naming its speaker's page: the article's words
        ("<blockquote><p>Chúng tôi sẽ tiếp tục hỗ trợ bà con tiêu thụ nông sản.</p></blockquote>",
         True),
        ("<blockquote><p>Mùa lúa năm nay được giá, bà con rất phấn khởi, chị Lan viết trên trang"
         " <a href='https://www.facebook.com/lan.nguyen'>cá nhân</a>.</p></blockquote>", True),
    ],
    ids=["tweet", "tiktok", "facebook-post", "pull-quote", "quoting-a-profile"],
)  # fmt: skip
def test_a_social_post_embedded_as_its_quote_is_not_text(quote: str, kept: bool) -> None:
    """Told by the post it cites or links to last, whatever the quote's class."""
    assert len(_body_around(quote)) == (4 if kept else 3)


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        ("<div><div><p>Đăng ký để nhận bài mới</p></div><form><input type='email'>"
         "<input type='submit' value='Đăng ký'></form></div>", False),
        # a paragraph of the text beside a form keeps its words
        ("<div><p>Bạn đọc có thể gửi ý kiến góp ý về dự thảo quy hoạch công viên trung tâm qua"
         " mẫu dưới đây trước ngày 30/11.</p><form><input type='email'></form></div>", True),
        # a newsletter's call, its heading and its pitch over the e-mail field
        ("<div class='newsletter-inline'><h4>Đăng ký nhận bản tin Báo Hưng Yên</h4><p>Tin tức "
         "nổi bật mỗi sáng, gửi thẳng vào hộp thư của bạn.</p><form><input type='email'>"
         "<button type='submit'>Đăng ký</button></form></div>", False),
    ],
    ids=["label-over-a-form", "paragraph-beside-a-form", "newsletter-call"],
)  # fmt: skip
def test_a_forms_short_label_goes_with_it(box: str, kept: bool) -> None:
    assert len(_body_around(box)) == (4 if kept else 3)


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("<p>Cổ phiếu <a href='/tbd.chn'>TBD</a><span>(24.500 ▲ 6,96%)</span> tăng trần.</p>",
         "Cổ phiếu TBD tăng trần."),
        ("<p>Chỉ số <b>VN-Index</b> <span>1.234,56 ▼ -5,67</span> giảm phiên thứ ba.</p>",
         "Chỉ số VN-Index giảm phiên thứ ba."),
        # The writer's own figures in brackets, without a price board's arrow, are words.
        ("<p>Cổ phiếu TBD <span>(tăng 6,96%)</span> dẫn đầu.</p>",
         "Cổ phiếu TBD (tăng 6,96%) dẫn đầu."),
        ("<p>Giá lúa tăng ▲ mạnh trong tuần, lên 8.200 đồng/kg.</p>",
         "Giá lúa tăng ▲ mạnh trong tuần, lên 8.200 đồng/kg."),
    ],
    ids=["beside-a-symbol", "unsigned-change", "writers-figures", "arrow-in-a-sentence"],
)  # fmt: skip
def test_a_live_market_quote_in_a_sentence_is_no_text(line: str, read: str) -> None:
    assert _body_around(line)[-1] == read


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("<p>Bố mẹ nhìn mình <img src='/e/1.gif' width='16' height='16' alt=':)'> rồi cũng gật đầu"
         " cho nghỉ.</p>", ["Bố mẹ nhìn mình rồi cũng gật đầu cho nghỉ."]),
        # a picture of the article's own ends the text run, as before
        ("<p>Bố mẹ nhìn mình <img src='/a/dong-lua.jpg' width='400'> rồi cũng gật đầu.</p>",
         ["Bố mẹ nhìn mình", "rồi cũng gật đầu."]),
    ],
    ids=["emoticon", "picture"],
)  # fmt: skip
def test_an_emoticon_inside_a_sentence_breaks_nothing(line: str, read: list[str]) -> None:
    assert _body_around(line)[3:] == read


_TOC_ITEMS = (
    "<li><a href='#muc-1'>Từ vùng đất mặn đến ao tôm</a><ul><li><a href='#muc-2'>Quy trình"
    " nuôi khép kín</a></li></ul></li><li><a href='#muc-3'>Nhân rộng mô hình</a></li>"
)


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # Easy Table of Contents: its title apart from its list, the list in a `<nav>`
        (f"<div id='ez-toc-container'><div class='ez-toc-title-container'><p class='ez-toc-title'>"
         f"Mục lục</p><span><a href='#'>Toggle</a></span></div><nav><ul>{_TOC_ITEMS}</ul></nav>"
         "</div>", False),
        (f"<div><b>Nội dung chính</b><ol>{_TOC_ITEMS}</ol></div>", False),
        # footnotes link to their places too, and say more than their links
        ("<ol><li><a href='#ref-1'>^</a> Niên giám thống kê tỉnh Thái Bình năm 2023.</li>"
         "<li><a href='#ref-2'>^</a> Báo cáo của Sở Nông nghiệp tỉnh, tháng 10/2024.</li></ol>",
         True),
    ],
    ids=["ez-toc", "bold-title", "footnotes"],
)  # fmt: skip
def test_a_table_of_contents_in_the_text_is_not_text(box: str, kept: bool) -> None:
    body = _body_around(box, after=1)
    assert not any("Mục lục" in p or "Nội dung chính" in p or "Quy trình" in p for p in body)
    assert any("Niên giám" in p for p in body) is kept


def _body_around(line: str, after: int = 0) -> list[str]:
    """The body of a page whose text is three paragraphs, `line`, then `after` more."""
    text = "<p>" + "Nội dung bài viết về mùa nhãn lồng ở Hưng Yên. " * 4 + "</p>"
    html = f"<html><body><h1>Nhãn lồng được mùa</h1><div>{text * 3}{line}{text * after}</div>"
    return ArticlePage(html + "</body></html>", "https://x.vn/a").body(None)


_SUMMARY = "<p class=sapo>" + "Tóm tắt của một bài viết khác trong chuyên mục. " * 4 + "</p>"


_TEASERS = {
    "linked-heading": "<div class=item><h3><a href='/tin/{0}.html'>Tiêu đề bài khác số {0}</a></h3>"
    + _SUMMARY
    + "</div>",
    "title-link": "<li><a class=title href='/tin/{0}.html'>Tiêu đề bài viết khác số {0}</a>"
    "<span>(20/11/2024)</span>" + _SUMMARY + "</li>",
}


@pytest.mark.parametrize("teaser", _TEASERS.values(), ids=_TEASERS.keys())
def test_a_list_of_teasers_does_not_add_up_to_an_article(teaser: str) -> None:
    article = "<div id=bai>" + ("<p>" + "Nội dung bài viết ngắn gọn. " * 6 + "</p>") * 2 + "</div>"
    teasers = "".join(teaser.format(n) for n in range(8))
    html = f"<html><body><h1>Nông dân xuống giống cây vụ đông</h1>{article}"
    page = ArticlePage(f"{html}<ul class=list>{teasers}</ul></body></html>", "https://x.vn/a")
    content = page.generic.content
    assert content is not None
    assert content.get("id") == "bai"
    assert page.generic.lead_element is None  # a teaser's summary after the text: no standfirst


def test_an_inline_related_label_heads_the_list_under_it() -> None:
    inline = (
        "<p><strong>&gt;&gt; Tin liên quan:</strong></p><ul><li><a href='/a-1.html'>Bài một về"
        " bầu cử trưởng thôn</a></li></ul>"
    )
    see_also = "<p><em>&gt;&gt; Xem thêm: <a href='/b-2.html'>Bài hai về nông thôn mới</a></em></p>"
    html = f"<html><body><h1>Bầu cử trưởng thôn</h1><div>{_TEXT}{inline}{_TEXT}{see_also}{_TEXT}"
    page = ArticlePage(html + "</div></body></html>", "https://x.vn/c-3.html")
    assert [link.url for link in page.related()] == ["https://x.vn/a-1.html"]
    assert len(page.body(None)) == 3


def test_a_wiki_sections_related_heading_with_its_edit_links_heads_the_list_under_it() -> None:
    """MediaWiki (Fandom): `<h2><span class="mw-headline">Tin liên quan</span>` with its
    section's `[sửa | sửa mã nguồn]` links to the page's editor, then the list: the editor's
    links head nothing, and neither they nor their brackets are words of the text."""
    edit = (
        "<span class='mw-editsection'><span class='mw-editsection-bracket'>[</span>"
        "<a href='/wiki/Trang?veaction=edit&amp;section=1'>sửa</a>"
        "<span class='mw-editsection-divider'> | </span>"
        "<a href='/wiki/Trang?action=edit&amp;section=1'>sửa mã nguồn</a>"
        "<span class='mw-editsection-bracket'>]</span></span>"
    )
    heading = f"<h2><span class='mw-headline'>Tin liên quan</span>{edit}</h2>"
    items = "<ul><li><a href='/wiki/Bai_mot'>Bài một về hội thi tin học trẻ</a></li></ul>"
    html = f"<html><body><h1>Hội thi</h1><div>{_TEXT * 3}{heading}{items}</div></body></html>"
    page = ArticlePage(html, "https://x.fandom.com/vi/wiki/Hoi_thi")
    assert [link.url for link in page.related()] == ["https://x.fandom.com/wiki/Bai_mot"]
    assert len(page.body(None)) == 3


@pytest.mark.parametrize(("open_", "close"), [("", ""), ("<font size='2'>", "</font>")])
def test_a_related_label_heads_the_paragraph_of_links_under_it_in_the_texts_cell(
    open_: str, close: str
) -> None:
    """FrontPage: `Các tin khác:` in a paragraph of its own, then one paragraph of the other
    articles' links split by `<br>` (inside a `<font>` too), each with its date, in the cell
    holding the text."""
    items = "<br>".join(
        f"<img src='/arrow.gif' width='7' height='7'> <a href='bai_33{n}.htm'>Tin hoạt động của"
        f" Hội người cao tuổi số {n}</a> <font size='1'>(0{n}-10-2010)</font>"
        for n in (1, 2)
    )
    signature = "<p align='right'><b>Phạm Văn Hợi</b><br><i>Theo Báo Hưng Yên</i></p>"
    html = (
        f"<html><body><table><tr><td><h3>Ân Thi lập hồ sơ trợ cấp</h3>{_TEXT * 3}{signature}"
        f"<hr><p><b><font color='#990000'>Các tin khác:</font></b></p><p>{open_}{items}{close}"
        "</p></td></tr>"
        "</table></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/tintuc/bai_3386.htm")
    assert [link.url for link in page.related()] == [
        "https://x.vn/tintuc/bai_331.htm",
        "https://x.vn/tintuc/bai_332.htm",
    ]
    assert page.byline() == "Phạm Văn Hợi\nTheo Báo Hưng Yên"


@pytest.mark.parametrize("rows_after", ["<tr><th>Chia sẻ</th></tr>", ""], ids=["infobox", "last"])
def test_a_tables_heading_row_heads_the_row_under_it(rows_after: str) -> None:
    """A wiki's infobox in the text: a picture, then `Các bài liên quan` over a list, then
    another heading; the list is related, the picture stays the article's."""
    infobox = (
        "<table class='infobox'><tr><td><img src='/ban-do.png' width='220' height='392'></td></tr>"
        "<tr><th>Các bài liên quan</th></tr><tr><td><ul><li>28 tháng 10, 2024: <a href="
        f"'/wiki/Hung_Yen'>Hưng Yên duyệt quy hoạch điện mặt trời</a></li></ul></td></tr>"
        f"{rows_after}</table>"
    )
    html = f"<html><body><h1>Điện mặt trời nổi</h1><div>{infobox}{_TEXT}{_TEXT}</div></body></html>"
    page = ArticlePage(html, "https://x.vn/wiki/Dien")
    assert [link.title for link in page.related()] == ["Hưng Yên duyệt quy hoạch điện mặt trời"]
    assert [image.url for image in page.images()] == ["https://x.vn/ban-do.png"]


def test_a_sections_edit_link_is_no_text() -> None:
    """MediaWiki's `[sửa]` after every section's heading opens the page's editor."""
    heading = (
        "<h2><span class='mw-headline'>Nguồn</span><span class='mw-editsection'>"
        "<span>[</span><a href='/w/index.php?title=X&amp;action=edit&amp;section=1'>sửa</a>"
        "<span>]</span></span></h2>"
    )
    html = f"<html><body><h1>Điện mặt trời</h1><div>{_TEXT}{heading}{_TEXT}</div></body></html>"
    assert ArticlePage(html, "https://x.vn/wiki/Dien").body(None)[1] == "Nguồn"


def test_a_related_list_in_a_page_builders_row_belongs_to_the_article() -> None:
    text = "<p>" + "Đoạn văn của bài viết về hội khỏe Phù Đổng của nhà trường. " * 6 + "</p>"
    links = "".join(
        f"<li><a href='/tin-{n}'>Tin tức số {n} của nhà trường năm học</a></li>" for n in range(3)
    )
    related = _builder_row(f"<h3>Tin tức khác</h3><ul>{links}</ul>", "box")
    rows = _builder_row(text * 2, "box") + related
    html = f"<html><body><h1>Hội khỏe</h1><div>{rows}</div></body></html>"
    assert len(ArticlePage(html, "https://x.vn/a").related()) == 3


def test_related_links_lose_their_fragment_on_either_layer() -> None:
    box = (
        "<div class='box-related'><h3>Tin liên quan</h3><ul>"
        "<li><a href='/tin-tuc/3/22/tin-khac#comments'>Một tin khác</a></li></ul></div>"
    )
    html = f"<html><body><h1 class='detail-title'>Tiêu đề</h1><p>Nội dung.</p>{box}</body></html>"
    profiled = ArticlePage(html, "https://baothaibinh.com.vn/tin-tuc/3/1/x").related()
    generic = ArticlePage(html, "https://example.vn/tin-tuc/3/1/x").related()
    assert [link.url for link in profiled] == ["https://baothaibinh.com.vn/tin-tuc/3/22/tin-khac"]
    assert [link.url for link in generic] == ["https://example.vn/tin-tuc/3/22/tin-khac"]


@pytest.mark.parametrize(
    ("card", "title"),
    [
        # Flatsome: the card's link wraps its headline and its date badge
        ("<a href='/tin-tuc/u-rom-ra/'><div><h5>Tập huấn ủ rơm rạ</h5></div><div class='badge'>"
         "<span>15</span> <span>Th11</span></div></a>", "Tập huấn ủ rơm rạ"),
        ("<a href='/tin-tuc/u-rom-ra/'>Tập huấn ủ rơm rạ</a> <span>(15/11/2024)</span>",
         "Tập huấn ủ rơm rạ"),
        # a Notion list: the title and the date each in a span, with no space between
        ("<a href='/tin-tuc/u-rom-ra/'><span>Tập huấn ủ rơm rạ</span><span>25 tháng 10, 2024"
         "</span></a>", "Tập huấn ủ rơm rạ"),
        ("<a href='/tin-tuc/u-rom-ra/'><span>Ngày 25/10:</span> <span>tập huấn ủ rơm rạ</span>"
         "</a>", "Ngày 25/10: tập huấn ủ rơm rạ"),  # a date inside the title stays
        # a thumbnail's link, with what is laid over its picture, before the headline's link
        ("<a href='/video/u-rom-ra-64480' class='thumb'><img src='/t.jpg' alt='x'><span "
         "class='dur'>08:40</span></a><h3><a href='/video/u-rom-ra-64480'>Tập huấn ủ rơm rạ</a>"
         "</h3>", "Tập huấn ủ rơm rạ"),
        ("<a href='/u-rom-ra/' class='post-thumb'><span class='post-cat'>Nông nghiệp</span><img "
         "src='/t.jpg'></a><h3><a href='/u-rom-ra/'>Tập huấn ủ rơm rạ</a></h3>",
         "Tập huấn ủ rơm rạ"),
        # Drupal's Views: each field in two boxes, the picture's and the title's in one row
        ("<div class='views-field'><div class='field-content'><a href='/video/u-rom-ra'><img "
         "src='/t.jpg' alt='x'><span class='video-duration'>02:48</span></a></div></div><div "
         "class='views-field'><span class='field-content'><a href='/video/u-rom-ra'>Tập huấn ủ "
         "rơm rạ</a></span></div>", "Tập huấn ủ rơm rạ"),
        # Tilda: the card's link wraps its picture's box, its title's and its summary's
        ("<a href='/tpost/c8v1-u-rom-ra'><div class='bgimg' data-original='/t.jpg'></div><div>"
         "Tập huấn ủ rơm rạ</div><div>Hơn 200 nông dân dự lớp tập huấn.</div></a>",
         "Tập huấn ủ rơm rạ"),
        # ... but a title split over two boxes is one title
        ("<a href='/tpost/c8v1-u-rom-ra'><div>Tập huấn ủ rơm rạ:</div><div>hơn 200 nông dân dự"
         "</div></a>", "Tập huấn ủ rơm rạ: hơn 200 nông dân dự"),
        # Zalo OA: the link wraps the thumbnail and one box around the title's and the date's
        ("<a class='related-item' href='https://oa.zalo.me/article/view/c4d1'><img src='/t.jpg'>"
         "<div class='related-item-info'><div class='related-item-title'>Tập huấn ủ rơm rạ</div>"
         "<div class='related-item-date'>03/10/2024</div></div></a>", "Tập huấn ủ rơm rạ"),
    ],
    ids=["link-wrapping-a-card", "link-and-date", "spans-of-a-title-and-a-date",
         "date-in-the-title", "thumbnail-duration", "thumbnail-section-badge",
         "views-fields-thumbnail-duration", "title-over-summary", "title-in-two-boxes",
         "info-box-title-and-date"],
)  # fmt: skip
def test_a_related_links_title_is_its_headline_not_the_date_beside_it(
    card: str, title: str
) -> None:
    html = (
        f"<html><body><h1>Tổng kết vụ lúa hữu cơ</h1><div>{_TEXT * 3}</div><div><h3>Bài viết liên"
        f" quan</h3><div><div>{card}</div></div></div></body></html>"
    )
    related = ArticlePage(html, "https://x.vn/tin-tuc/lua-huu-co/").related()
    assert [link.title for link in related] == [title]


@pytest.mark.parametrize(
    "meta",
    [
        "<a class='url fn n' href='/author/admin/' title='admin'>admin</a>",
        "<a href='/tac-gia/thu-ha'>Thu Hà</a>",
        "<a href='/chuyen-muc/nong-nghiep/' rel='category tag'>Nông nghiệp</a>",
        "<a href='/chu-de/nong-nghiep/' itemprop='articleSection'>Nông nghiệp</a>",
        "<a class='newsup-categories' href='/category/tin-tuc-su-kien/'>Tin tức - Sự kiện</a>",
        "<a href='/chuyen-muc/nong-nghiep'>Nông nghiệp</a>",  # a Vietnamese category base
        "<a href='/u/vuthanh.ha'>Vũ Thanh Hà</a>",  # a community site's member, Reddit's form
        "<a href='/category/tin-tuc/thi-dua-khen-thuong/'>Thi đua - Khen thưởng</a>",
    ],
    ids=[
        "author-account",
        "author-page",
        "category-rel",
        "section-itemprop",
        "category-base",
        "chuyen-muc-base",
        "member-page",
        "subcategory-base",
    ],
)
def test_a_related_items_meta_links_are_no_related_articles(meta: str) -> None:
    """ColorMag's related posts: each under its headline link, a meta line of its date (linked
    to the post), its author's page and its section."""
    items = "".join(
        f"<div><h3><a href='/tin-{n}/'>Tin tức số {n} về sản xuất vụ đông</a></h3>"
        f"<div><a href='/tin-{n}/' rel='bookmark'><time>1{n}-11-2024</time></a> {meta}</div></div>"
        for n in (1, 2)
    )
    html = (
        f"<html><body><h1>Nạo vét kênh mương nội đồng</h1><div>{_TEXT * 3}</div>"
        f"<div><h3>Bài viết liên quan</h3><div>{items}</div></div></body></html>"
    )
    related = ArticlePage(html, "https://x.vn/nao-vet-kenh-muong/").related()
    assert [link.url for link in related] == ["https://x.vn/tin-1/", "https://x.vn/tin-2/"]


def test_a_cards_kicker_linking_to_its_blogs_category_filter_is_no_related_article() -> None:
    """Squarespace's summary block: each card's category, alone in its own metadata box above
    the title, links the blog filtered by it (`/tin-tuc?category=Tin+tức`)."""
    items = "".join(
        f"<div class='summary-item'><div><a href='/tin-tuc/2024/8/{n}/bai-{n}'><img src='/{n}.jpg'>"
        "</a></div><div class='summary-content'><div><div><span><a href='/tin-tuc?category=Tin+"
        f"t%E1%BB%A9c'>Tin tức</a></span></div></div><div><a href='/tin-tuc/2024/8/{n}/bai-{n}'>"
        f"Trao mũ bảo hiểm cho học sinh lớp 1 đợt {n}</a></div></div></div>"
        for n in (1, 2)
    )
    html = (
        f"<html><body><h1>Phỏng vấn: Mũ bảo hiểm cho trẻ em</h1><div>{_TEXT * 3}</div>"
        f"<div><h3>Bài viết liên quan</h3><div>{items}</div></div></body></html>"
    )
    related = ArticlePage(html, "https://x.vn/tin-tuc/2024/9/2/phong-van").related()
    assert [link.url for link in related] == [
        "https://x.vn/tin-tuc/2024/8/1/bai-1",
        "https://x.vn/tin-tuc/2024/8/2/bai-2",
    ]


# Each list's item: its headline's link to `/bai-{n}`, and a meta link of another kind.
_ITEMS_WITH_META_LINKS = {
    # Discourse's `Chủ đề liên quan` table: the thread, then its category's page
    "discourse-category": (
        "<tr><td><a href='/bai-{n}'>Đề thi thử tốt nghiệp Ngữ văn số {n}</a></td><td><a href="
        "'/c/chuyen-mon/on-thi-tot-nghiep/12'>Ôn thi tốt nghiệp</a></td><td>14</td></tr>",
        "table",
    ),
    # an Astro blog's cards: the headline, then the post's tags linked to their pages
    "astro-tags": (
        "<li><a href='/bai-{n}'>Cây cầu khỉ cuối cùng ở Chợ Lách, phần {n}</a><div><a href="
        "'/tags/cau-khi/'>#cầu khỉ</a> <a href='/tags/ben-pha/'>#bến phà</a></div></li>",
        "ul",
    ),
    # Webflow's collection list: the thumbnail, the category's badge (`/danh-muc/…`,
    # Vietnamese for the category), the title
    **{
        f"webflow-{folder}": (
            f"<div><a href='/bai-{{n}}'><img src='/{{n}}.jpg'></a><a href='/{folder}/tin-hoat-"
            "dong' class='related-badge'>Tin hoạt động</a><a href='/bai-{n}'>Trao học bổng cho"
            " tân sinh viên miền Trung đợt {n}</a></div>",
            "div",
        )
        for folder in ("danh-muc", "danhmuc")
    },
}


@pytest.mark.parametrize("kind", list(_ITEMS_WITH_META_LINKS))
def test_an_items_meta_links_to_its_category_or_tags_are_no_related_articles(kind: str) -> None:
    item, box = _ITEMS_WITH_META_LINKS[kind]
    items = "".join(item.format(n=n) for n in (1, 2))
    html = (
        f"<html><body><h1>Ôn thi tốt nghiệp Ngữ văn</h1><div>{_TEXT * 3}</div><section><h2>Bài"
        f" viết liên quan</h2><{box}>{items}</{box}></section></body></html>"
    )
    related = ArticlePage(html, "https://x.vn/on-thi-ngu-van").related()
    assert [link.url for link in related] == ["https://x.vn/bai-1", "https://x.vn/bai-2"]


@pytest.mark.parametrize(
    "button",
    [
        '<a href="#{pane}" data-toggle="tab">{label}</a>',  # Bootstrap 3 and 4
        '<button data-bs-toggle="tab" data-bs-target="#{pane}">{label}</button>',  # Bootstrap 5
        '<a role="tab" aria-controls="{pane}" href="javascript:void(0)">{label}</a>',
    ],
    ids=["href", "data-bs-target", "aria-controls"],
)
def test_lists_in_tabs_are_headed_by_their_buttons(button: str) -> None:
    tabs = "".join(
        "<li>" + button.format(pane=pane, label=label) + "</li>"
        for pane, label in (("lq", "Tin liên quan"), ("dn", "Đọc nhiều"))
    )
    panes = "".join(
        f'<div class="tab-pane" id="{pane}"><ul>'
        + "".join(f'<li><a href="/{pane}-{n}.html">Tin {pane} số {n}</a></li>' for n in (1, 2))
        + "</ul></div>"
        for pane in ("lq", "dn")
    )
    text = "<p>" + "Nội dung bài viết về khai mạc giải bóng đá thiếu niên. " * 4 + "</p>"
    html = (
        f"<html><body><div><h1>Khai mạc giải bóng đá thiếu niên</h1><div>{text * 3}</div>"
        f'<ul class="nav nav-tabs">{tabs}</ul><div class="tab-content">{panes}</div></div>'
        "</body></html>"
    )
    related = ArticlePage(html, "https://x.vn/a-2231.html").related()
    assert [link.url for link in related] == ["https://x.vn/lq-1.html", "https://x.vn/lq-2.html"]


def test_a_heading_of_buttons_each_naming_a_related_list_heads_the_box_under_it() -> None:
    """tagDiv's related block: two filter buttons in one heading over the first filter's rows."""
    heading = (
        "<h4 class='td-related-title'><a href='#'>Bài viết liên quan</a>"
        "<a href='#'>Tin cùng chuyên mục</a></h4>"
    )
    rows = "".join(
        f"<div class='td-related-row'><h3><a href='/tin-{n}/'>Tin bài số {n} của xã</a></h3></div>"
        for n in (1, 2)
    )
    text = "<p>" + "Nội dung bài viết về khánh thành trường mầm non xã Tân Lễ. " * 4 + "</p>"
    html = (
        f"<html><body><article><h1>Khánh thành trường mầm non</h1><div>{text * 3}</div>"
        f"</article><div class='td_block_related_posts'>{heading}<div>{rows}</div></div>"
        "</body></html>"
    )
    related = ArticlePage(html, "https://x.vn/khanh-thanh-12875/").related()
    assert [link.url for link in related] == ["https://x.vn/tin-1/", "https://x.vn/tin-2/"]


@pytest.mark.parametrize(
    ("box", "tags"),
    [
        ("<div class='post-tags'>Tags: <a href='/tag/lua'>Lúa</a>, <a href='/tag/tb'>Thái Bình</a>"
         "</div>", ["Lúa", "Thái Bình"]),
        # A class per tag on the post's own boxes (WordPress's and Ghost's post classes) holds the
        # page, not a tag list.
        ("", []),
        # A label over a sentence, no tags after it: the links before it are the page's.
        ("<div class='x1'><span>Từ khóa:</span> <span>Bài viết này nói về mùa lúa ở Thái Bình "
         "trong năm nay</span></div>", []),
        # Badges under the label, no links (a Bootstrap template's), whatever the box's name.
        ("<div class='x1'><span><i class='bi bi-tags'></i> Từ khóa:</span> <span class='badge'>"
         "lúa hữu cơ</span> <span class='badge'>ST25</span></div>", ["lúa hữu cơ", "ST25"]),
        # vBulletin's link to its tag cloud under the thread's tags is no tag.
        ("<div id='thread_tags'><h4>Từ khóa của chủ đề này</h4><div><a href='tags.php?tag=l%C3%BAa'"
         ">lúa</a>, <a href='tags.php?tag=st25'>ST25</a><p><a href='tags.php'>Xem bảng từ khóa</a>"
         "</p></div></div>", ["lúa", "ST25"]),
        # A provincial portal's unlinked line of keywords after its label.
        ("<div class='x2'><strong>Từ khóa:</strong> chuyển đổi số, thanh toán không dùng tiền "
         "mặt, Kiến Xương</div>",
         ["chuyển đổi số", "thanh toán không dùng tiền mặt", "Kiến Xương"]),
        # Cocoon's one box of the post's sections and its tags: the sections are no tags.
        ("<div class='entry-categories-tags'><div class='entry-categories'><a class='cat-link' "
         "href='https://x.vn/category/cong-dong/'>Cộng đồng</a><a class='cat-link' href='https:"
         "//x.vn/category/cong-dong/hoi-dong-huong/'>Hội đồng hương</a></div><div class="
         "'entry-tags'><a class='tag-link' href='https://x.vn/tag/thai-binh/'>Thái Bình</a><a "
         "class='tag-link' href='https://x.vn/tag/thuc-tap-sinh/'>thực tập sinh</a></div></div>",
         ["Thái Bình", "thực tập sinh"]),
        # Grav's tags, each link marked as a microformats `p-category` (h-entry's categories
        # are its tags), to the blog's filter `tag:…`.
        ("<span class='tags'><a class='label p-category' href='/tin-anh/tag:duong-sinh'>dưỡng"
         " sinh</a> <a class='label p-category' href='/tin-anh/tag:ngay-hoi'>ngày hội</a></span>",
         ["dưỡng sinh", "ngày hội"]),
    ],
)  # fmt: skip
def test_a_box_marked_as_tags_is_made_of_links(box: str, tags: list[str]) -> None:
    text = "<p>" + "Nội dung bài viết về mùa lúa ở Thái Bình, có <a href='/x'>liên kết</a>. " * 4
    html = (
        "<html><body class='post-template tag-lua'><article class='post tag-lua'>"
        f"<h1>Mùa lúa</h1><div class=content>{text}</p>{text}</p></div>{box}</article>"
        "<nav><a href='/'>Trang chủ</a> <a href='/tin'>Tin tức</a></nav></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/a").tags() == tags


_CARD_LINK = "https://znews.example.vn/bao-so-3-manh-len-cap-16-post1481930.html"


@pytest.mark.parametrize(
    ("card", "kept"),
    [
        # Znews's card presenting another article inside the text: no paragraph, no picture.
        (f"<div class='c-1'><a href='{_CARD_LINK}'><img src='/bao.jpg' width='210'></a>"
         f"<h4><a href='{_CARD_LINK}'>Bão số 3 mạnh lên cấp 16, hướng vào Hải Phòng</a></h4>"
         "<p>Cơ quan khí tượng dự báo bão số 3 đổ bộ vào khu vực từ Hải Phòng đến Nam Định.</p>"
         "</div>", False),
        (f"<aside><h3><a href='{_CARD_LINK}'>Bão số 3 mạnh lên cấp 16, hướng vào Hải Phòng</a>"
         "</h3><p>Cơ quan khí tượng dự báo bão số 3 đổ bộ vào khu vực từ Hải Phòng.</p></aside>",
         False),
        # A section of the article under a heading that links to a document is the article's.
        ("<div><h3><a href='/van-ban/quyet-dinh-1234.pdf'>Quyết định số 1234/QĐ-UBND về kế "
         "hoạch</a></h3>" + "<p>Cơ quan khí tượng dự báo bão số 3 đổ bộ vào khu vực từ Hải Phòng"
         " đến Nam Định trong ngày 7/9, gió giật trên cấp 17.</p>" * 5 + "</div>", True),
    ],
)  # fmt: skip
def test_a_card_presenting_another_article_inside_the_text_is_not_text(
    card: str, kept: bool
) -> None:
    html = f"<html><body><h1>Thái Bình gặt lúa chạy bão</h1><div class='body'>{_TEXT * 2}"
    html += f"{card}{_TEXT}</div></body></html>"
    page = ArticlePage(html, "https://znews.example.vn/thai-binh-gat-lua-chay-bao-post1482205.html")
    assert any("Cơ quan khí tượng" in paragraph for paragraph in page.body(None)) is kept
    assert [image.url for image in page.images()] == []


def test_a_heading_in_a_table_row_of_its_own_heads_the_rows_under_it() -> None:
    heading = "<tr><td><font size='2'><b>Các tin khác:</b></font></td></tr>"
    rows = "".join(
        f"<tr><td><font size='2'><a href='Detail.aspx?nid={n}'>Tin khác của huyện số {n}</a>"
        "</font> (20/11/2024)</td></tr>"
        for n in (1, 2)
    )
    text = "<p>" + "Nội dung bài viết về hội nghị giao ban quý IV của huyện. " * 4 + "</p>"
    html = (
        f"<html><body><h1>Hội nghị giao ban quý IV</h1><table><tr><td>{text * 3}</td></tr>"
        f"</table><table>{heading}{rows}</table></body></html>"
    )
    related = ArticlePage(html, "https://x.vn/portal/Detail.aspx?nid=56012").related()
    assert [link.title for link in related] == [
        "Tin khác của huyện số 1",
        "Tin khác của huyện số 2",
    ]


def test_an_instant_articles_kicker_and_titled_related_list() -> None:
    """Facebook's Instant Articles markup: the header's kicker (`h3.op-kicker`) and the
    `<article>`'s own footer are no text, and the related list is headed by its `title` alone."""
    related = "".join(
        f"<li><a href='https://x.vn/kinh-te/tin-{n}.html'>Tin kinh tế số {n} về cây cảnh</a></li>"
        for n in (1, 2)
    )
    html = (
        "<html><body><article><header><h1>Nông dân Văn Giang chăm quất cảnh</h1>"
        "<h3 class='op-kicker'>Nông nghiệp</h3></header>"
        f"{_TEXT * 3}<ul class='op-related-articles' title='Tin liên quan'>{related}</ul>"
        "<footer><small>© Báo Hưng Yên</small></footer></article></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/kinh-te/quat-canh-145230.html")
    assert page.body(None)[0].startswith(_TEXT[3:20])
    assert not any("©" in paragraph for paragraph in page.body(None))  # the article's footer
    assert [link.url for link in page.related()] == [
        "https://x.vn/kinh-te/tin-1.html",
        "https://x.vn/kinh-te/tin-2.html",
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "<h4 class='heading'>Bài viết <span class='color'>liên quan</span></h4>",
        # ... inside a span of its own (a WordPress video theme)
        "<h3 class='related-header'><span>Bài viết <span class='hl'>liên quan</span></span></h3>",
        # ... or as the first of a heading's tab links (tagDiv's Newspaper)
        "<h4 class='td-related-title'><a class='td-related-left' href='#'>Bài viết liên quan</a>"
        "<a class='td-related-right' href='#'>Thêm từ tác giả</a></h4>",
        # ... or one link to the section's page (an aggregator's `Tin cùng chuyên mục`)
        "<h2 class='section-title'><a href='/giao-thong.epi'>Tin cùng chuyên mục</a></h2>",
    ],
    ids=["inline-split", "wrapped-split", "tab-links", "linked-to-its-section"],
)
def test_a_related_heading_split_by_an_inline_tag_heads_its_list(heading: str) -> None:
    """SmartMag colours the heading's last words: `Bài viết <span>liên quan</span>`."""
    items = "".join(
        f"<li><a href='/hien-mau-{n}/'>Tin hiến máu tình nguyện số {n} của huyện</a></li>"
        for n in (1, 2)
    )
    html = (
        f"<html><body><h1>Vũ Thư hiến máu đợt 1</h1><div>{_TEXT * 3}</div><section>"
        f"{heading}<ul>{items}</ul></section></body></html>"
    )
    related = ArticlePage(html, "https://x.vn/vu-thu-hien-mau/").related()
    assert [link.url for link in related] == [
        "https://x.vn/hien-mau-1/",
        "https://x.vn/hien-mau-2/",
    ]


@pytest.mark.parametrize(
    ("item", "box"),
    [
        ("<li>{}</li>", "<ul class='ipsTags'>{}</ul>"),  # Invision's `ul.ipsTags`
        ("<span>{}</span>, ", "<div class='documentByLine'>{}</div>"),  # Plone's, commas between
    ],
    ids=["items", "spans"],
)
def test_tag_links_each_in_an_item_of_their_own_are_one_list(item: str, box: str) -> None:
    """Invision's `<ul class="ipsTags"><li><a rel="tag">…</a></li>…</ul>`: the items' list is
    the tag list, not each item; Plone's `<span><a rel="tag">…</a></span>, …` likewise."""
    items = "".join(
        item.format(f"<a href='/tags/{n}/' class='ipsTag' rel='tag'><span>{tag}</span></a>")
        for n, tag in enumerate(("khoai tây", "vụ đông", "Vũ Thư"))
    )
    html = (
        f"<html><body><h1>Kinh nghiệm trồng khoai tây</h1><div>{_TEXT * 3}</div>"
        f"{box.format(items)}</body></html>"
    )
    page = ArticlePage(html, "https://x.vn/topic/3185-khoai-tay/")
    assert page.tags() == ["khoai tây", "vụ đông", "Vũ Thư"]


@pytest.mark.parametrize(
    ("headline", "section"),
    [
        # VOV's: the folder the headline's link lies in, however deep
        ("/xa-hoi/doi-song/tin-{n}-post11333{n}.vov", "<a class=card-cat href='/xa-hoi/doi-song'>"
         "Đời sống</a>"),
        # NLĐ's: the section's page, a file beside that folder
        ("/cong-doan/tin-{n}-19625011417100011{n}.htm", "<a class='box-category-link-title' href="
         "'/cong-doan.htm'>Công đoàn</a>"),
        # ZNews's: a box the template names as the category, a page of no folder
        ("/tin-{n}-post156700{n}.html", "<p class='article-meta'><span class='category-parent'>"
         "<a href='/kinh-doanh-tai-chinh.html'>Kinh doanh</a></span></p>"),
        # a series' folder, a digit in its name (`Đồng bằng 7 ngày`)
        ("/thoi-su/dong-bang-7-ngay/tin-{n}-p2405{n}.html", "<a class=x1 href='/thoi-su/"
         "dong-bang-7-ngay'>Đồng bằng 7 ngày</a>"),
        # a Next.js portal's badge over the headline: a folder beside the one the articles lie
        # in, the articles' own addresses carrying their ids
        ("/tin-thoi-tiet/ret-dam-so-{n}-p739{n}", "<a class='Card_badge__mE4cT' href="
         "'/tin-thoi-tiet/mien-bac'>Thời tiết miền Bắc</a>"),
        # an Umbraco paper's card: a section of two names (`Tín ngưỡng - Tôn giáo`), its dash
        # no word
        ("/van-hoa/tin-nguong-ton-giao/tin-{n}/", "<a class=x1 href='/van-hoa/tin-nguong-ton-"
         "giao/'>Tín ngưỡng - Tôn giáo</a>"),
    ],
    ids=["deep-folder", "folder-page", "named-category", "folder-with-a-digit", "sibling-folder",
         "dashed-section"],
)  # fmt: skip
def test_a_cards_link_to_its_sections_folder_is_no_related_article(
    headline: str, section: str
) -> None:
    """A related card: the headline, and the section it lies in."""
    cards = "".join(
        f"<div class=card><h3><a href='{headline.format(n=n)}'>Tin thủy lợi số"
        f" {n} của tỉnh</a></h3>{section}</div>"
        for n in (1, 2)
    )
    html = (
        f"<html><body><h1>Ra quân làm thủy lợi</h1><div>{_TEXT * 3}</div><section><h2>Tin liên "
        f"quan</h2>{cards}</section></body></html>"
    )
    related = ArticlePage(html, "https://vov.vn/xa-hoi/ra-quan-post1134000.vov").related()
    assert [link.title for link in related] == [
        "Tin thủy lợi số 1 của tỉnh",
        "Tin thủy lợi số 2 của tỉnh",
    ]


def test_a_post_named_by_a_slug_without_digits_beside_its_thumbnail_is_a_related_article() -> None:
    """WordPress's `/%postname%/` permalinks: one folder, no digits, as a section's page is;
    a headline of a title's length is no section's name."""
    slugs = ("ldld-huyen-tien-hai-tham-tang-qua", "giam-sat-chi-tra-luong-tet-2025")
    items = "".join(
        f"<li><a href='https://x.vn/{slug}/'><img src='/t-{n}.jpg' width='150' height='100'></a>"
        f"<a href='https://x.vn/{slug}/'>Bài viết số {n} của Công đoàn tỉnh</a></li>"
        for n, slug in enumerate(slugs)
    )
    html = (
        f"<html><body><h1>Trao quà Tết cho công nhân</h1><div>{_TEXT * 3}</div><div><h3>Bài viết"
        f" liên quan</h3><ul>{items}</ul></div></body></html>"
    )
    related = ArticlePage(html, "https://x.vn/trao-qua-tet/").related()
    assert [link.url for link in related] == [f"https://x.vn/{slug}/" for slug in slugs]


@pytest.mark.parametrize(
    "name",
    ["article-content-related", "kbwscwl-relatedbox type-1"],  # VOV's; Tuổi Trẻ's
)
def test_a_box_named_related_in_the_text_counts_with_one_link(name: str) -> None:
    """VOV's `div.article-content-related` between the text's paragraphs, often one link."""
    box = (
        f"<div class='{name}'><a href='/xa-hoi/nong-dan-post1130211.vov'>Nông dân"
        " chủ động nước cho vụ đông</a></div>"
    )
    html = (
        f"<html><body><h1>Ra quân làm thủy lợi</h1><div class=body>{_TEXT}{box}{_TEXT * 2}</div>"
        "</body></html>"
    )
    related = ArticlePage(html, "https://vov.vn/xa-hoi/ra-quan-post1134000.vov").related()
    assert [link.url for link in related] == ["https://vov.vn/xa-hoi/nong-dan-post1130211.vov"]


def test_jetpacks_related_posts_block_in_a_nav_under_its_heading() -> None:
    """Jetpack's Related Posts block: a `<nav>` in the post's content, its heading `Có liên
    quan` and each item's date and section beside its link. A `<nav>`'s words are no text, so
    its heading was never read; the box names itself related posts."""
    items = "".join(
        f"<li><a href='https://x.vn/2024/07/0{n}/bai-{n}/?relatedposts_hit=1'>Bài viết số {n}"
        f" của hội</a><dl><dt>Ngày</dt><dd>0{n}/07/2024</dd><dt>Trong</dt><dd>Trong "
        "&quot;Hoạt động Hội&quot;</dd></dl></li>"
        for n in (1, 2)
    )
    nav = (
        "<nav class='jp-relatedposts-i2' data-layout='grid'><h3 class='jp-relatedposts-headline'>"
        f"Có liên quan</h3><ul class='jp-related-posts-i2__list'>{items}</ul></nav>"
    )
    html = (
        f"<html><body><article><h1>Nuôi lươn không bùn</h1><div class='entry-content'>{_TEXT * 3}"
        f"{nav}</div></article></body></html>"
    )
    related = ArticlePage(html, "https://x.vn/2024/08/14/nuoi-luon/").related()
    assert [link.title for link in related] == ["Bài viết số 1 của hội", "Bài viết số 2 của hội"]


def test_a_file_in_a_box_named_related_is_no_related_article() -> None:
    """TYPO3's news lists its related files beside its related news: a PDF is no article."""
    files = (
        "<div class='news-related news-related-files'><ul><li><a href='/fileadmin/ban-tin-11.pdf'>"
        "Bản tin mặn tháng 11</a> (2.1 MB)</li></ul></div>"
    )
    html = (
        f"<html><body><h1>Ra quân làm thủy lợi</h1><div class=body>{_TEXT * 3}{files}</div>"
        "</body></html>"
    )
    assert ArticlePage(html, "https://x.vn/tin-tuc/chi-tiet/ra-quan").related() == []


def test_an_aggregators_cards_give_their_headlines_not_their_outlets_or_the_more_link() -> None:
    """Báo Mới-like cards: each item's outlet links to its page beside the item's time, and a
    `Xem thêm` link leads to the section the heading links to: neither is an article."""
    cards = "".join(
        f"<div class='story'><a href='/tin-{n}/c/4912{n}.epi'><img src='/t{n}.jpg'></a>"
        f"<h4><a href='/tin-{n}/c/4912{n}.epi'>Hưng Yên thông xe nút giao cao tốc số {n}</a></h4>"
        f"<div><a href='/nguon/bao-thai-binh/s14{n}.epi'>Báo Thái Bình</a> "
        f"<time datetime='2024-10-14T11:20:00+07:00'>{n} giờ</time></div></div>"
        for n in (1, 2)
    )
    html = (
        f"<html><body><h1>Đông Hưng hiến đất làm đường</h1><div>{_TEXT * 3}</div><section>"
        "<h2><a href='/giao-thong.epi'>Tin cùng chuyên mục</a></h2>"
        f"{cards}<a href='/giao-thong.epi'>Xem thêm tin Giao thông</a></section></body></html>"
    )
    related = ArticlePage(html, "https://x.vn/dong-hung/c/49127.epi").related()
    assert [link.url for link in related] == [
        "https://x.vn/tin-1/c/49121.epi",
        "https://x.vn/tin-2/c/49122.epi",
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "<div class='box-title'><a href='/van-hoa/di-san/'>Tin cùng chuyên mục</a></div>",
        "<span class='title'><a href='/van-hoa/di-san/'>Tin cùng chuyên mục</a></span>",
        "<h3><a href='/van-hoa/di-san/'>Tin cùng chuyên mục</a></h3>",
    ],
    ids=["box-title", "span-title", "h3"],
)
def test_a_boxs_title_that_is_one_link_to_its_section_heads_its_list(heading: str) -> None:
    items = "".join(
        f"<li><a class='title' href='/tin-{n}.htm'>Lễ hội Tràng An năm 2024 số {n}</a>"
        f"<span class='time'>18/03/2024</span></li>"
        for n in (1, 2)
    )
    html = (
        f"<html><body><div><h1>Gìn giữ báu vật giữa lòng di sản</h1><div>{_TEXT * 3}</div></div>"
        f"<div class='box-same-zone'>{heading}<ul>{items}</ul></div></body></html>"
    )
    related = ArticlePage(html, "https://x.vn/bai-1.htm").related()
    assert [link.url for link in related] == ["https://x.vn/tin-1.htm", "https://x.vn/tin-2.htm"]


@pytest.mark.parametrize(
    "label",
    ["Loạt bài: ", "<span class='series-label'>Loạt bài: </span>"],  # (Sitefinity's: a span)
    ids=["text", "span"],
)
def test_a_series_box_lists_its_parts_under_the_series_name(label: str) -> None:
    """`Loạt bài: <a>the series' page</a>` over the list of its parts, this one among them."""
    parts = "".join(
        f"<li><a href='https://x.vn/bai-{n}.htm'>Bài {n}: Phần {n} của loạt bài di sản</a></li>"
        for n in (1, 2, 3)
    )
    html = (
        f"<html><body><div><h1>Bài 1: Gìn giữ báu vật giữa lòng di sản</h1><div>{_TEXT * 3}</div>"
        f"<div class='box-series'><div>{label}<a href='https://x.vn/chu-de/trang-an.htm'>Tràng"
        f" An - 10 năm di sản thế giới</a></div><ul>{parts}</ul></div></div></body></html>"
    )
    related = ArticlePage(html, "https://x.vn/bai-1.htm").related()
    assert [link.url for link in related] == ["https://x.vn/bai-2.htm", "https://x.vn/bai-3.htm"]


def test_a_related_lists_pager_is_no_related_article() -> None:
    """Liferay's asset publisher pages its list: `Tiếp`, `Cuối →` lead to its next pages."""
    items = "".join(
        f"<li><a href='/web/guest/tin/-/asset_publisher/x/content/tin-{n}'>Hội nghị triển khai kế"
        f" hoạch số {n}</a></li>"
        for n in (1, 2)
    )
    pager = (
        "<ul class='lfr-pagination-buttons pager'><li class='disabled'><a href='javascript:;'>"
        "Trước</a></li><li><a href='/web/guest/tin?cur=2'>Tiếp</a></li><li><a href='/web/guest/"
        "tin?cur=9'>Cuối →</a></li></ul>"
    )
    html = (
        f"<html><body><div><h3>Ra mắt Hợp tác xã chè</h3><div>{_TEXT * 3}</div></div>"
        "<div class='portlet'><div class='portlet-topper'><h2><span>Các tin khác</span></h2>"
        f"</div><div class='portlet-content'><div><ul>{items}</ul></div><div>{pager}</div></div>"
        "</div>"
        "</body></html>"
    )
    related = ArticlePage(
        html, "https://x.vn/web/guest/tin/-/asset_publisher/x/content/a"
    ).related()
    assert [link.title for link in related] == [
        "Hội nghị triển khai kế hoạch số 1",
        "Hội nghị triển khai kế hoạch số 2",
    ]


def test_a_see_all_link_beside_the_related_heading_is_no_item_and_no_box() -> None:
    """Wix's related posts: the heading and `Xem tất cả` in a header, the cards below it."""
    cards = "".join(
        f"<div class='item'><a href='https://x.vn/post/bai-{n}'><img src='/i{n}.jpg'></a><div>"
        f"<a href='https://x.vn/post/bai-{n}'><h3>Thu hoạch lứa chè cuối vụ số {n}</h3></a>"
        "</div></div>"
        for n in (1, 2)
    )
    html = (
        f"<html><body><article><h1>Trà Thái Hòa vào vụ</h1><div>{_TEXT * 3}</div></article>"
        "<section><div class='header'><h2>Bài viết liên quan</h2><a href='https://x.vn/blog'>"
        f"Xem tất cả</a></div><div class='list'>{cards}</div></section></body></html>"
    )
    related = ArticlePage(html, "https://x.vn/post/tra-thai-hoa").related()
    assert [link.url for link in related] == ["https://x.vn/post/bai-1", "https://x.vn/post/bai-2"]


@pytest.mark.parametrize(
    "more",
    ["Xem thêm »", "Xem tất cả ›", "XEM THÊM >>", "Xem tiếp »", "Xem thêm tin Đấu giá tài sản",
     "Xem tất cả các bài viết", "Xem thêm video Nông nghiệp", "See all from Lê Minh Đức"],
)  # fmt: skip
def test_a_link_to_the_whole_list_after_its_items_is_no_item(more: str) -> None:
    """Liferay's asset publisher closes its `Các tin khác` with `<div class="asset-more"><a
    href="/dau-gia-tai-san">Xem thêm »</a></div>`."""
    content = "https://x.vn/dau-gia-tai-san/-/asset_publisher/Xk3J/content"
    items = "".join(
        f"<li><a href='{content}/thong-bao-{n}'>Thông báo đấu giá tài sản số {n}</a></li>"
        for n in ("mot", "hai")
    )
    html = (
        f"<html><body><h1>Thông báo đấu giá</h1><div>{_TEXT * 3}</div><section><header><h2>"
        f"Thông báo khác</h2></header><div><ul>{items}</ul><div class='asset-more'><a "
        f"href='https://x.vn/dau-gia-tai-san'>{more}</a></div></div></section></body></html>"
    )
    related = extract_article(html, f"{content}/an-chieu")["related"]
    assert [link["url"] for link in related] == [
        f"{content}/thong-bao-mot",
        f"{content}/thong-bao-hai",
    ]


@pytest.mark.parametrize(
    "box",
    [
        "<div class='box-cta'><p class='cta-title'><strong>ƯU ĐÃI MÙA NHÃN 2024</strong></p><p>"
        "Giảm ngay 10% cho đơn hàng từ 2 kg, miễn phí giao hàng.</p><p><a class='btn-cta'"
        " role='button' href='tel:0912486357'>GỌI NGAY: 0912 486 357</a></p></div>",
        "<div class='cta-booking rounded-xl'><div><p>Con sốt cao, ho kéo dài?</p><p>Đặt lịch"
        " khám với bác sĩ chuyên khoa Nhi, không phải chờ đợi.</p></div><a href='/dat-lich'>"
        "Đặt lịch ngay</a></div>",
    ],
    ids=["advertorial-offer", "hospital-booking"],
)
def test_a_call_to_action_in_the_text_is_not_text(box: str) -> None:
    body = _body_around(box, after=1)
    assert len(body) == 4
    assert not any("Giảm ngay" in p or "Đặt lịch" in p for p in body)


def test_a_paid_articles_disclosure_closing_the_text_is_not_text() -> None:
    line = "<p style='text-align: right;'><em>Bài viết do nhãn hàng cung cấp</em></p>"
    assert "Bài viết do nhãn hàng cung cấp" not in _body_around(line)


def test_the_papers_call_for_tips_closing_the_text_is_not_text() -> None:
    line = (
        "<div class='box-hotline-bandoc'><p><strong>Bạn đọc có thông tin phản ánh, vui lòng liên"
        " hệ Đường dây nóng Báo Lao Động: 0969.750.750 hoặc email: duongdaynong@laodong.com.vn"
        "</strong></p></div>"
    )
    assert not any("Đường dây nóng" in paragraph for paragraph in _body_around(line))


def test_a_related_box_named_so_is_no_item_of_its_own_headings_section_link() -> None:
    """A `div.box-related` whose heading links the section's page (`<h3><a href="/am-thuc">Tin
    cùng chuyên mục</a></h3>`): the box names itself related, and its heading is no item."""
    items = "".join(
        f"<li><a href='/am-thuc/mon-{n}-post{n}.html'>Món ngon số {n} của quê lúa</a></li>"
        for n in (1, 2, 3)
    )
    text = "<p>" + "Bánh cáy làng Nguyễn được làm từ gạo nếp cái hoa vàng. " * 4 + "</p>"
    html = (
        f"<html><body><div><h1>Món ngon Thái Bình</h1><div class='content'>{text * 3}</div>"
        "<div class='box-related'><h3 class='title-box'><a href='/am-thuc'>Tin cùng chuyên mục"
        f"</a></h3><ul>{items}</ul></div></div></body></html>"
    )
    related = ArticlePage(html, "https://x.vn/am-thuc/banh-cay-post9.html").related()
    assert [link.url for link in related] == [
        f"https://x.vn/am-thuc/mon-{n}-post{n}.html" for n in (1, 2, 3)
    ]


_COPY_LINK = "<div><div role='presentation'><svg width='22' height='22'></svg></div>{}</div>"


@pytest.mark.parametrize(
    ("heading", "said"),
    [
        # Google Sites' copy-link button in a heading, and the message it announces
        (_COPY_LINK.format("<div aria-live='polite'>Đã sao chép đường liên kết của tiêu đề</div>"),
         "Đã sao chép"),
        (_COPY_LINK.format("<span role='status'>Đã lưu bài viết</span>"), "Đã lưu"),
    ],
)  # fmt: skip
def test_a_controls_short_status_message_is_no_text(heading: str, said: str) -> None:
    body = _body_around(f"<h3>{heading}<span>Học sinh đạt giải cấp tỉnh</span></h3>", after=1)
    assert said not in "\n".join(body)
    assert "Học sinh đạt giải cấp tỉnh" in body


@pytest.mark.parametrize(
    "countdown",
    [
        "<div class='live-auto-refresh'>Trang tự động cập nhật sau <span id='countdown'>60</span>"
        " giây</div>",
        "<p class='note'>Tự động làm mới sau 2 phút</p>",
    ],
)
def test_a_live_reports_countdown_to_its_reload_is_no_text(countdown: str) -> None:
    body = _body_around(countdown, after=1)
    assert not any("tự động" in paragraph.lower() for paragraph in body)


def test_a_sentence_on_an_automatic_update_is_text() -> None:
    line = "<p>Hệ thống quan trắc tự động cập nhật mực nước sông Luộc sau mỗi 15 phút.</p>"
    assert any("quan trắc tự động" in paragraph for paragraph in _body_around(line, after=1))


def test_a_live_region_of_a_sentences_length_is_text() -> None:
    feed = "<div aria-live='polite'><p>" + "Hai đội bóng vào sân chào khán giả. " * 3 + "</p></div>"
    assert any("Hai đội bóng vào sân" in paragraph for paragraph in _body_around(feed, after=1))


def test_a_related_heading_after_its_icons_box_heads_the_list() -> None:
    """Liferay 7's asset links: `<h4><span class="inline-item"><svg>…</svg></span>Tài sản liên
    quan:</h4>`, the label after a box holding only the icon."""
    heading = (
        "<h4 class='asset-links-title'><span class='inline-item inline-item-before'><svg "
        "class='lexicon-icon' role='presentation'><use xlink:href='/icons.svg#link'></use></svg>"
        "</span>Tài sản liên quan:</h4>"
    )
    item = (
        "<li><a href='/web/tin-tuc/-/asset_publisher/x/content/fdi'>Thái Bình thu hút FDI</a></li>"
    )
    assert _asset_link_titles(heading, item) == ["Thái Bình thu hút FDI"]


def _asset_link_titles(heading: str, item: str) -> list[str]:
    html = (
        f"<html><body><h1>Khởi công nhà máy</h1><div>{_TEXT * 3}</div><div class='asset-links'>"
        f"{heading}<ul>{item}</ul></div></body></html>"
    )
    related = ArticlePage(
        html, "https://x.vn/web/tin-tuc/-/asset_publisher/x/content/nha-may"
    ).related()
    return [link.title for link in related]


@pytest.mark.parametrize("reader_class", ["hide-accessible sr-only", "visually-hidden"])
def test_a_related_links_words_for_screen_readers_alone_are_no_part_of_its_title(
    reader_class: str,
) -> None:
    """Liferay 7.4's asset links say the asset's kind to a screen reader (`Nội dung web`)."""
    item = (
        "<li><a href='/web/tin-tuc/-/asset_publisher/x/content/fdi'><span class='taglib-text "
        f"{reader_class}'>Nội dung web</span><svg class='lexicon-icon'></svg>Thái Bình thu hút"
        " FDI</a></li>"
    )
    assert _asset_link_titles("<h4>Tài sản liên quan:</h4>", item) == ["Thái Bình thu hút FDI"]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("<p><b>Tải về:</b> <a href='../files/2024/Bieu%20IIP%20T10-2024.xls'>Biểu IIP tháng "
         "10-2024 (.xls)</a></p>", False),
        ("<p>File đính kèm: <a href='/uploads/ke-hoach-so-12.pdf'>Kế hoạch số 12/KH-UBND</a></p>",
         False),
        # a sentence linking its document is the article's
        ("<p>Xem toàn văn <a href='/uploads/ke-hoach-so-12.pdf'>Kế hoạch số 12/KH-UBND</a> của "
         "UBND huyện về phát triển sản xuất vụ đông năm 2024.</p>", True),
    ],
)  # fmt: skip
def test_a_download_line_is_no_text(line: str, kept: bool) -> None:
    assert len(_body_around(line)) == (4 if kept else 3)


def test_a_related_lists_items_end_at_the_next_boxs_heading() -> None:
    """Medium: `More from Hoàng Nam` (the author's other stories: related, as `Cùng tác giả`)
    and `Recommended from Medium` (the platform's picks) in one box, each card's headline an
    `h2` in its link."""

    def cards(slugs: tuple[str, ...]) -> str:
        return "".join(
            f"<article><a href='/@hoangnam.tb/{slug}-9c1d'><h2>Bài số {n} về {slug}</h2></a>"
            "<span>5 phút đọc</span></article>"
            for n, slug in enumerate(slugs)
        )

    box = (
        "<div><h2>More from Hoàng Nam</h2><div>" + cards(("mua-gat", "cu-khoai")) + "</div>"
        "<h2>Recommended from Medium</h2><div>" + cards(("lang-nghe",)) + "</div></div>"
    )
    html = f"<html><body><h1>Nông dân trẻ bán hàng livestream</h1><div>{_TEXT * 3}</div>{box}"
    related = ArticlePage(
        html + "</body></html>", "https://medium.com/@hoangnam.tb/x-3f9a"
    ).related()
    assert [link.url for link in related] == [
        "https://medium.com/@hoangnam.tb/mua-gat-9c1d",
        "https://medium.com/@hoangnam.tb/cu-khoai-9c1d",
    ]


def test_a_related_cards_badge_linking_the_trails_section_is_no_item() -> None:
    """Wagtail: each related card opens with its section's badge (`a.card__badge`), a link to
    the section the breadcrumb names, of a headline's length (`Câu chuyện từ cơ sở`): the card's
    headline is the item."""
    section = "<a href='/tin-tuc/cau-chuyen-tu-co-so/' class='card__badge'>Câu chuyện từ cơ sở</a>"
    trail = (
        "<nav aria-label='breadcrumb'><ol class='breadcrumb'><li><a href='/'>Trang chủ</a></li>"
        f"<li><a href='/tin-tuc/'>Tin tức</a></li><li>{section}</li></ol></nav>"
    )
    cards = "".join(
        f"<div class='col-md-4 card'>{section}<h3 class='card__title'><a href='/tin-tuc/cau-"
        f"chuyen-tu-co-so/{slug}/'>{title}</a></h3><p class='card__date'>18/09/2024</p></div>"
        for slug, title in (
            ("nguoi-gia-ban-nguon", "Người già bản Nguồn học cách chăm sóc nhau tại nhà"),
            ("quy-quay-vong", "Quỹ quay vòng giúp cụ bà Lò Thị Sáng thoát nghèo"),
        )
    )
    html = (
        f"<html><body>{trail}<article><h1>CLB Liên thế hệ tự giúp nhau</h1><div>{_TEXT * 3}"
        f"</div></article><section><h2>Bài viết liên quan</h2><div class='row'>{cards}</div>"
        "</section></body></html>"
    )
    related = extract_article(html, "https://anlac.example.vn/tin-tuc/cau-chuyen-tu-co-so/clb/")
    assert [link["title"] for link in related["related"]] == [
        "Người già bản Nguồn học cách chăm sóc nhau tại nhà",
        "Quỹ quay vòng giúp cụ bà Lò Thị Sáng thoát nghèo",
    ]


@pytest.mark.parametrize(
    "slot",
    [
        # tagDiv's in-article ad: its label over an AdSense slot the script fills in
        "<div class='td-a-rec'><span class='td-adspot-title'>- Quảng cáo -</span><ins "
        "class='adsbygoogle' data-ad-client='ca-pub-4183920571836459' data-ad-slot='7316402958'>"
        "</ins></div>",
        "<div><p>Advertisement</p><ins data-ad-client='ca-pub-1' data-ad-slot='2'></ins></div>",
        # an AMP page's: the label, then the `<amp-ad>`, each loose among the paragraphs
        "<div class='ad-label'>Quảng cáo</div><amp-ad width='300' height='250' type='adsense' "
        "data-ad-client='ca-pub-1' data-ad-slot='2'></amp-ad>",
        "<div>Quảng cáo</div><amp-ad type='doubleclick' data-slot='/1/tin'></amp-ad>",
        # Newspack's in-article unit: its label over the Ad Manager slot its script fills in
        "<div class='newspack_global_ad newspack_ad_unit_in_article'><span class='newspack-ad-"
        "label'>Quảng cáo</span><div id='div-gpt-ad-1735350000-0' data-unit='in_article_1'>"
        "</div></div>",
    ],
    ids=["tagdiv", "advertisement", "amp-adsense", "amp-doubleclick", "newspack"],
)
def test_an_ad_slots_label_is_no_text(slot: str) -> None:
    assert len(_body_around(slot, after=1)) == 4


def test_tags_in_the_headers_line_of_its_date_are_the_articles() -> None:
    """XenForo 2 without JSON-LD: the thread's starter, date and tags in one list under its
    title, far above the first post's text (its boxes' levels, each beside the poster's); the
    tags lead to tags' own pages."""
    header = (
        "<div class='p-description'><ul><li><a href='/members/luagao.1832/'>luagao</a></li><li>"
        "<a href='/threads/gia-lua.48213/'><time datetime='2024-11-15T09:12:44+0700'>15/11/2024"
        "</time></a></li><li><span class='u-srOnly'>Thẻ</span> <a href='/tags/gia-lua/'>giá lúa"
        "</a> <a href='/tags/om-18/'>OM 18</a></li></ul></div>"
    )
    wrappers = ("message-inner", "message-cell", "message-main", "message-content", "user")
    beside = "<div class='side'><a href='/members/luagao.1832/'>luagao</a></div>"  # (each level's)
    post = (
        "<article class='message'>"
        + "".join(f"{beside}<div class='{name}'>" for name in wrappers)
        + f"<article class='message-body'><div class='bbWrapper'>{_TEXT * 3}</div></article>"
        + "</div>" * len(wrappers)
        + "</article>"
    )
    reply = "<article class='message'><div class='bbWrapper'>Cảm ơn bác đã chia sẻ.</div></article>"
    posts = post + reply * 2
    statistics = (
        "<div class='p-body-sidebar'><h3>Thống kê diễn đàn</h3><dl><dt>Chủ đề</dt><dd>48,217</dd>"
        "</dl><dl><dt>Bài viết</dt><dd>512,090</dd></dl></div>"
    )  # (`Chủ đề`, threads, over a count: no tag)
    html = (
        f"<html><body><div class='p-title'><h1>Giá lúa gạo ĐBSCL tuần này</h1></div>{header}"
        f"<div class='p-body'>{'<div>' * 6}{posts}{'</div>' * 6}{statistics}</div></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/threads/gia-lua.48213/").tags() == ["giá lúa", "OM 18"]


def test_a_nav_labelled_as_the_tags_holds_them_without_class_names() -> None:
    """Wix's post footer: `<nav aria-label="Thẻ">` of links to tags' own pages. A `<nav>` is
    otherwise the site's menu of topics; its label says it is the article's tags."""
    tags = (
        "<nav aria-label='Thẻ' class='c1a2b3'><ul><li><a href='/blog/tags/kien-nghi'>kiến nghị"
        "</a></li><li><a href='/blog/tags/hdnd-xa'>HĐND xã</a></li></ul></nav>"
    )
    menu = "<nav class='c4d5e6'><a href='/blog/tags/dat-dai'>Đất đai</a></nav>"
    html = (
        f"<html><body>{menu}<h1>Gửi đơn kiến nghị đến HĐND xã: cần lưu ý gì?</h1>"
        f"<div class='c7e8f9'>{_TEXT * 3}</div>{tags}</body></html>"
    )
    assert ArticlePage(html, "https://x.vn/post/gui-don").tags() == ["kiến nghị", "HĐND xã"]
