"""Table tests for the header lines: timestamps, view counts, header tables, events' dates."""

from __future__ import annotations

import pytest

from newscrawl import extract_article
from newscrawl.article import build_article
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.dom import select, text_of
from newscrawl.pages.generic.counters import view_lines
from newscrawl.pages.generic.lines import Line, digit_lines, whole_line
from newscrawl.pages.generic.region import text_stats
from newscrawl.pages.generic.stamps import stamps_in
from tests.pages.dom_builders import TEXT as _TEXT
from tests.pages.dom_builders import body as _body
from tests.pages.dom_builders import headed_page as _headed_page


def _lines(html: str) -> list[Line]:
    return digit_lines(text_stats(_body(html)).digit_owners)


@pytest.mark.parametrize(
    ("html", "raw", "clock"),
    [
        (
            "<div><span>08:39 AM 25/10/2017</span> | Lượt xem: <span>4395</span> | In bài</div>",
            "08:39 AM 25/10/2017",
            False,
        ),
        ("<div>08:39 AM 25/10/2017 | Lượt xem: 4395 | In bài viết</div>", "08:39 AM 25/10/2017", 0),
        ("<span>Thứ 3, 01/10/2024 | 09:08:18</span>", "Thứ 3, 01/10/2024 | 09:08:18", False),
        ("<font>Thứ bảy, ngày 22 tháng 7 năm 2023 | 9:26</font>", None, False),
        ("<p><span>Ngày đăng:</span> 13/05/2021 - 15:20</p>", "Ngày đăng: 13/05/2021 - 15:20", 0),
        ("<span>Hôm nay: 26/11/2025 09:12</span>", "Hôm nay: 26/11/2025 09:12", True),
        ("<p>Giấy phép số 215/GP-BTTTT ngày 10/5/2022</p>", "", False),  # a licence, not a date
        ("<p>Sáng 12/6/2024, Cảng vụ tổ chức diễn tập ứng phó sự cố tràn dầu.</p>", "", False),
        ("<span>13 giờ trước</span>", "", False),  # relative: never a publication line
        ("<div>Posted on November 21, 2024 by admin in <a>Văn hóa</a></div>",
         "Posted on November 21, 2024", False),  # a credit after the date is cut off
        ("<span>21/11/2024 bởi Nguyễn Thị Lan</span>", "21/11/2024", False),
        # SMF's edit note under the post, sent by its poster
        ("<em>Sửa lần cuối: Tháng Mười 14, 2024, 09:02:47 am gửi bởi songxanh88</em>",
         "Sửa lần cuối: Tháng Mười 14, 2024, 09:02:47 am", False),
        # ... or after a dash, an office (LadiPage's post line)
        ("<p>Đăng ngày 22/11/2024 - Ban Truyền thông HTX</p>", "Đăng ngày 22/11/2024", False),
        ("<p>Đăng ngày 22/11/2024 - cập nhật liên tục trong ngày</p>", "", False),
        # ... and before it (Moodle's forum post)
        ("<div>bởi <a href='/user/view.php?id=27'>Nguyễn Thị Thanh Hương</a> - Thứ Năm, 21 tháng"
         " 11 2024, 8:30 AM</div>", "Thứ Năm, 21 tháng 11 2024, 8:30 AM", False),
        ("<p>Ngày 21/11/2024 đoàn công tác đã làm việc với Ủy ban nhân dân xã</p>", "", False),
        # a count of turns beside the date, in brackets
        ("<div>Ngày đăng: 20/12/24 08:05 <span class='view'>(1234 lượt)</span></div>",
         "Ngày đăng: 20/12/24 08:05", False),
        ("<div>Ngày đăng: 20/12/24 08:05 (1.234 lượt xem)</div>",
         "Ngày đăng: 20/12/24 08:05", False),
        # A legacy cell: the headline, then the date under it, broken by `<br>`.
        ("<td><font><b>Khởi công cầu Cồn Tiến</b></font><br><font>Cập nhật: 12/06/2024 09:30</font>"
         "</td>", "Cập nhật: 12/06/2024 09:30", False),
        ("<td><b>Năm 2024: khởi công cầu mới</b><br>12/06/2024 09:30</td>", "12/06/2024 09:30", 0),
        # a labelled date in brackets after another field (FrontPage's `Chuyên mục: …`)
        ("<p><i>Chuyên mục: <a href='tin.htm'>Tin hoạt động</a> &nbsp;&nbsp;(Đăng ngày "
         "05/07/2016)</i></p>", "(Đăng ngày 05/07/2016)", False),
        # ... but a sentence's date in brackets, no publication's label, is none
        ("<p>Theo Quyết định của UBND tỉnh (ngày 05/07/2016)</p>", "", False),
    ],
)  # fmt: skip
def test_timestamp_lines(html: str, raw: str | None, clock: bool) -> None:
    found = [stamp for line in _lines(html) for stamp in stamps_in(line)]
    if raw == "":
        assert found == []
        return
    assert len(found) == 1
    assert found[0].raw == (raw if raw is not None else text_of(_body(html)))
    assert found[0].clock is bool(clock)


def _wrapped(html: str, depth: int) -> str:
    return "<div class=w>" * depth + html + "</div>" * depth


@pytest.mark.parametrize(
    ("wrappers", "branches", "dated"),
    [
        (4, 0, True),  # a page builder wraps every widget twice: wrappers add depth, not distance
        (0, 5, True),
        (0, 6, False),  # a date in a box further away is not the article's
    ],
)  # fmt: skip
def test_wrappers_around_the_header_lines_do_not_move_them_away(
    wrappers: int, branches: int, dated: bool
) -> None:
    title = _wrapped("<h1>Ngày hội đọc sách cho bé năm 2024</h1>", wrappers)
    date = "<ul><li><span><time>22/11/2024</time></span></li><li><a href='/tin'>Tin</a></li></ul>"
    date = _wrapped(date, wrappers)
    for _ in range(branches):
        date = f"<div><p>x</p>{date}</div>"
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    page = ArticlePage(
        f"<html><body><div>{title}{date}{text}</div></body></html>", "https://x.vn/a"
    )
    assert (page.generic.timeline.published is not None) is dated


@pytest.mark.parametrize(
    ("shown", "raw"),
    [
        ("<span class='time-ago' title='22/11/2024 08:30'>2 giờ trước</span>", "22/11/2024 08:30"),
        (
            "<abbr class='timeago' title='2024-11-22T08:30:00+07:00'>2 giờ trước</abbr>",
            "2024-11-22T08:30:00+07:00",
        ),
        # A day word has no digit: the exact time in its title is all there is.
        ("<span class='time-ago' title='21/11/2024 16:45'>Hôm qua</span>", "21/11/2024 16:45"),
        ("<time title='2024-11-20T09:05:00+07:00'>hôm kia</time>", "2024-11-20T09:05:00+07:00"),
        ("<span title='Thời gian đăng'>2 giờ trước</span>", None),  # no time in the title
        ("<span title='Tin trong ngày'>Hôm qua</span>", None),
        ("<span title='22/11/2024 08:30'>Cách đây 5 năm, xã còn nghèo khó</span>", None),
        # Redmine: the words that make it relative stand around its element
        ("thêm bởi <a href='/users/7'>Lò Văn Quân</a> cách đây <a title='16-09-2024 21:15' "
         "href='/activity?from=2024-09-16'>hơn 2 năm</a>", "16-09-2024 21:15"),
        ("Added by <a href='/users/7'>Quan Lo</a> <a title='09/16/2024 09:15 PM' href='/activity"
         "?from=2024-09-16'>about 2 years</a> ago", "09/16/2024 09:15 PM"),
        ("<span>Nhiệm kỳ <a title='16-09-2024 21:15' href='/nhiem-ky'>2 năm</a></span>", None),
    ],
)  # fmt: skip
def test_a_relative_time_is_read_from_the_exact_time_in_its_title(
    shown: str, raw: str | None
) -> None:
    page = _headed_page(
        "Khánh thành cầu treo Tân Hưng sau hai năm thi công", f"<div class=meta>{shown}</div>"
    )
    published = page.generic.timeline.published
    assert (published.raw if published else None) == raw


@pytest.mark.parametrize(
    ("shown", "raw"),
    [
        # the exact count in its title, as a reader sees it on hovering
        ("<span class='post-views' title='2.137 lượt xem'>2,1 nghìn lượt xem</span>",
         "2.137 lượt xem"),
        ("<span title='Lượt xem: 12.480'>12K lượt xem</span>", "Lượt xem: 12.480"),
        # an eye icon labels the rounded count: the title still keeps the exact one
        ("<span class='view' title='3.482 lượt xem'><i class='icon-eye'></i> 3,5K</span>",
         "3.482 lượt xem"),
        # a title that is no count of its own, or another number: the shown count
        ("<span title='Số người đã xem'>2,1 nghìn lượt xem</span>", "2,1 nghìn lượt xem"),
        ("<span title='5.137 lượt xem'>2,1 nghìn lượt xem</span>", "2,1 nghìn lượt xem"),
    ],
)  # fmt: skip
def test_a_rounded_view_count_is_read_from_the_exact_count_in_its_title(
    shown: str, raw: str
) -> None:
    page = _headed_page(
        "Tiếp sức mùa thi cho sĩ tử vùng biển",
        f"<div class=meta><span>08:30 22/11/2024</span> · {shown}</div>",
    )
    assert page.view_count() == raw


def test_a_date_apart_from_the_update_line_is_not_the_publication() -> None:
    """The header's only line is labelled `Cập nhật`; a sidebar's schedule prints dates too."""
    title = "<h2 class=title>Khánh thành trường mầm non xã Đông La</h2>"
    meta = "<div class=date>Cập nhật: 22/11/2024 10:05 | Lượt xem: 356</div>"
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    side = "<div class=side><h3>Lịch công tác</h3><ul><li><b>Thứ Hai, 25/11/2024</b><br>07:30 - Họp"
    html = (
        f"<html><body><div class=row><div class=main>{title}{meta}{text}</div>"
        f"{side}</li></ul></div></div></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/a")
    assert page.published() == "Cập nhật: 22/11/2024 10:05"
    assert page.modified() is None


@pytest.mark.parametrize(
    ("header_open", "between"),
    [
        ("<div class=post-header>", ""),  # the header box holds the headline and its lines
        ("<div class=post-header>", "</div><div class=post-title>"),  # each in a box of its own
    ],
    ids=["one-header-box", "title-box-apart"],
)
def test_a_date_in_the_headlines_own_header_above_it_is_the_publication_not_the_update(
    header_open: str, between: str
) -> None:
    """Wix's blog: the author's name and the date in a box above the headline, several boxes
    deep, the update line under the headline; both in the article's box, above its text."""
    meta = (
        "<div class=post-metadata><div class=avatar><img src=/a.jpg width=32 height=32></div>"
        "<div class=post-metadata__text><a href=/profile/hieu><span>Trần Đức Hiếu</span></a>"
        "<ul><li><span class=time-ago title='22 thg 11, 2024'>22 thg 11, 2024</span></li>"
        "<li><span>4 phút đọc</span></li></ul></div></div>"
    )
    title = "<h1><span>Gửi đơn kiến nghị đến HĐND xã: cần lưu ý gì?</span></h1>"
    updated = "<p class=post-updated>Đã cập nhật: 23 thg 11, 2024</p>"
    text = "<div class=post-content>" + _TEXT * 3 + "</div>"
    html = (
        f"<html><body><article>{header_open}{meta}{between}{title}{updated}</div>{text}"
        "</article></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/a")
    assert page.published() == "22 thg 11, 2024"
    assert page.modified() == "Đã cập nhật: 23 thg 11, 2024"


@pytest.mark.parametrize("label", ["Cập nhật 16h20 ngày 5/11/2024:", "Cập nhật ngày 5/11/2024:"])
def test_an_update_opening_a_paragraph_of_the_text_is_the_texts_not_the_headers(
    label: str,
) -> None:
    """An appeal's follow-ups open its text, each a bold label leading a paragraph; the header's
    line, in the trail's box above the headline, is the publication."""
    trail = (
        "<div class=crumbs><ul><li><a href='/bao-tro'>Bảo trợ</a></li></ul>"
        "<div class=time>Thứ Hai, 28/10/2024 - 07:15</div></div>"
    )
    update = f"<p><em><strong>{label}</strong> Quỹ đã tiếp nhận 126.450.000 đồng ủng hộ.</em></p>"
    html = (
        "<html><body><div class=header><div class=top><div class=today>Thứ Năm, 28/11/2024</div>"
        "</div><ul>" + "<li><a href='/muc'>Chuyên mục</a></li>" * 6 + "</ul></div>"
        f"<div class=left>{trail}<div class=detail><h1>Người cha nghèo cầu cứu cho con trai</h1>"
        f"<div class=body>{update}{_TEXT * 3}</div></div></div></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/nguoi-cha-ngheo-2335678.html")
    assert page.published() == "Thứ Hai, 28/10/2024 - 07:15"
    assert page.modified() is None
    assert extract_article(html, "https://x.vn/nguoi-cha-ngheo-2335678.html")["body"].startswith(
        label
    )


def test_a_date_printed_apart_from_its_label_is_read_with_it() -> None:
    title = "<h1 id=page-title>Ngày hội Đại đoàn kết thôn Đông</h1>"
    field = (
        "<div class='field'><div class='field-label'>Ngày đăng:&nbsp;</div><div class='items'>"
        "<div class='item'><span>22/11/2024 - 08:30</span></div></div></div>"
    )
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    page = ArticlePage(f"<html><body>{title}{field}{text}</body></html>", "https://x.vn/a")
    assert page.published() == "Ngày đăng: 22/11/2024 - 08:30"


@pytest.mark.parametrize(
    "header",
    [
        # Next.js's `<time>`: the machine time dates the article, the reader sees the weekday.
        "<time datetime='2025-02-10T06:45:00+07:00'>Chủ Nhật, 10/02/2025 - 06:45</time>",
        "<meta property='article:published_time' content='2025-02-10T06:45:00+07:00'>"
        "<p>Chủ Nhật, 10/02/2025 - 06:45</p>",
        "<meta property='article:modified_time' content='2025-02-10T09:30:00+07:00'><time"
        " datetime='2025-02-10T06:45:00+07:00'>06:45 10/02/2025</time>"
        "<p>Cập nhật: Chủ Nhật, 10/02/2025 - 09:30</p>",
    ],
    ids=["time", "meta", "update"],
)
def test_a_wrong_weekday_on_the_shown_line_is_flagged_when_a_structured_time_wins(
    header: str,
) -> None:
    """10/02/2025 was a Monday: the page prints a wrong weekday whichever layer dates it."""
    html = f"<html><body><h1>Sơn Lâm trồng mới hơn 120.000 cây xanh</h1>{header}"
    html += f"<div class=body>{_TEXT * 3}</div></body></html>"
    article = extract_article(html, "https://x.vn/a")
    assert (article["published_at"], article["warnings"]) == (
        "2025-02-10T06:45:00+07:00",
        ["weekday_mismatch"],
    )


def test_buttons_in_brackets_make_no_teaser_of_the_tools_line() -> None:
    """A Dreamweaver page's tools row under the headline: `[In bài] [Gửi cho bạn bè] |
    Lượt đọc: 356`, the buttons linked, one as long as a short title."""
    html = (
        "<html><body><table><tr><td class='title'><font size='4'><b>Hội Chữ thập đỏ huyện Hương"
        " Khê kêu gọi ủng hộ</b></font></td></tr><tr><td class='tools'><font size='1'><a"
        " href='inbai.php?id=736'>[In bài]</a> <a href='guiban.php?id=736'>[Gửi cho bạn bè]</a>"
        " &nbsp;|&nbsp; Lượt đọc: 356</font></td></tr><tr><td class='noidung'>"
        f"{_TEXT * 3}</td></tr></table></body></html>"
    )
    assert extract_article(html, "http://x.org.vn/tin/chitiet.php?id=736")["view_count"] == 356


def test_a_sidebar_widgets_update_line_is_no_update_of_the_article() -> None:
    """A gold price board in the sidebar, beside the article's box: `Cập nhật lúc 08:00
    14/11/2024` dates the board."""
    board = (
        "<aside class='detail-right'><div class='box-gia-vang'><div class='title'>Giá vàng trực"
        " tuyến</div><table><tr><td>SJC</td><td>80,00</td></tr></table><div class='updated'>Cập"
        " nhật lúc 08:00 14/11/2024</div></div></aside>"
    )
    html = (
        "<html><body><div class='detail-left'><h1>Giá vàng 14/11: vàng nhẫn lao dốc</h1><div"
        f" class='meta'><span>14/11/2024 08:15</span></div><div class='content'>{_TEXT * 3}</div>"
        f"</div>{board}</body></html>"
    )
    article = extract_article(html, "https://x.vn/gia-vang-188241114081500123.chn")
    assert (article["published_at"], article["modified_at"]) == (
        "2024-11-14T08:15:00+07:00",
        None,
    )


@pytest.mark.parametrize(
    "button",
    [
        "<a class='btn-follow' href='https://news.google.com/publications/CAAqBwgKMNb8uAsw"
        "?hl=vi' rel='nofollow'>Theo dõi trên Google News</a>",
        "<a href='https://www.facebook.com/sharer/sharer.php?u=https://x.vn/a'>Chia sẻ lên"
        " Facebook</a>",
    ],
    ids=["follow", "share"],
)
def test_a_button_to_follow_or_share_in_the_meta_line_makes_no_teaser_of_it(button: str) -> None:
    """VCCorp's mobile page: the time and the views in the meta line, with a button to follow
    the paper on Google News; a related list below uses the same time's markup."""
    header = (
        f"<div class='detail-meta'><span class='time' title='21/10/2024 09:45'>2 giờ trước"
        f"</span> <span class='view'>2.137 lượt xem</span> {button}</div>"
    )
    html = f"<html><body><h1>Phường rối nước Vân Đình Hạ lưu diễn châu Âu</h1>{header}"
    html += f"<div class=body>{_TEXT * 3}</div></body></html>"
    article = extract_article(html, "https://m.x.vn/a-188241021094500123.chn")
    assert (article["published_at"], article["view_count"]) == ("2024-10-21T09:45:00+07:00", 2137)


def test_an_events_time_under_the_headline_is_not_the_publication() -> None:
    title = "<h1>Giải chạy Việt dã Thái Bình mở rộng năm 2024</h1>"
    info = (
        "<div class=event-info><p><strong>Thời gian:</strong> 06:30, Chủ Nhật, 08/12/2024</p></div>"
    )
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    foot = "<div class=foot>Ngày đăng: 22/11/2024 10:20 | Lượt xem: 958</div>"
    page = ArticlePage(f"<html><body>{title}{info}{text}{foot}</body></html>", "https://x.vn/a")
    assert page.published() == "Ngày đăng: 22/11/2024 10:20"


def test_a_header_table_of_labelled_rows_gives_title_date_and_credit() -> None:
    def row(label: str, value: str) -> str:
        return f"<tr><td class=lbl>{label}</td><td class=val>{value}</td></tr>"

    header = (
        "<table class=info>"
        + row("Tiêu đề:", "<b>Thông báo lịch tiêm chủng tháng 12/2024</b>")
        + row("Ngày đăng:", "22/11/2024 09:40")
        + row("Người đăng:", "Nguyễn Thị Mai")
        + "</table>"
    )
    text = "<table><tr><td class=noidung>" + _TEXT * 3 + "</td></tr></table>"
    html = f"<html><body><h1>Trạm Y tế xã Vũ Xá</h1>{header}{text}</body></html>"
    page = ArticlePage(html, "https://x.vn/ChiTiet.aspx?ID=5583")
    assert page.title() == "Thông báo lịch tiêm chủng tháng 12/2024"
    assert page.published() == "Ngày đăng: 22/11/2024 09:40"
    assert page.byline() == "Người đăng: Nguyễn Thị Mai"


def test_a_link_to_a_place_on_the_page_does_not_make_a_date_line_a_teaser() -> None:
    own = "<h2>Hội thi nấu ăn ngon xã Quỳnh Hoa</h2><div class=meta>Posted on November 21, 2024"
    links = " <a href='/hoi-thi/#respond'>Leave a comment</a>"
    other = " <a href='/khac/'>Một bài viết khác của trang</a>"
    text = "<p>" + "Nội dung bài viết về hội thi nấu ăn ngon. " * 4 + "</p>"
    for extra, dated in ((links, True), (other, False)):
        html = f"<html><body><div>{own}{extra}</div><div>{text * 3}</div></div></body></html>"
        page = ArticlePage(html, "https://x.vn/hoi-thi/")
        assert (page.published() is not None) is dated


@pytest.mark.parametrize(
    ("html", "raw"),
    [
        ("<div>09:00 25/10/2017 | Lượt xem: <span>1206</span> | In bài</div>", "Lượt xem: 1206"),
        ("<span>1.234 lượt xem</span> <span><a>Bình luận (3)</a></span>", "1.234 lượt xem"),
        ("<font>- Lượt đọc: 1205</font>", "Lượt đọc: 1205"),
        ("<dd class='hits'><span class='icon-eye'></span> Hits: 345</dd>", "Hits: 345"),
        # A label and its value in sibling elements (Drupal's fields, a definition list).
        (
            "<div class='field'><div class='field-label'>Lượt xem:&nbsp;</div>"
            "<div class='field-items'><div class='field-item'>1.204</div></div></div>",
            "Lượt xem: 1.204",
        ),
        ("<dl><dt>Lượt xem:</dt><dd>1.204</dd></dl>", "Lượt xem: 1.204"),
        ("<span><b>Đã xem:</b> 2827</span> <span>Bình luận: 0</span>", "Đã xem: 2827"),
        ("<span>Lượt xem: 12.636 lượt</span> <a>In bài</a>", "Lượt xem: 12.636 lượt"),
        ("<span class='post-view'>👁 2.345</span>", "👁 2.345"),
        ("<div>Ngày đăng: 20/12/24 08:05 <span class='view'>(1234 lượt)</span></div>",
         "1234 lượt"),
        ("<div>Ngày đăng: 20/12/24 08:05 (1.234 lượt xem)</div>", "1.234 lượt xem"),
        ("<span>(Lượt tải: 12)</span> <p>Lượt truy cập: 2.345.678</p>", None),
        # Labelled by an icon only, as themes from theme shops do.
        (
            "<span><i class='fa fa-eye'></i> 1.234</span>"
            "<span><i class='fa fa-comment'></i> 5</span>",
            "1.234",
        ),
        ("<i class='bi bi-eye-fill'></i><span>2.021</span>", "2.021"),
        ("<span class='jeg_views_count'><i class='fa fa-eye'></i> 1,2K</span>", "1,2K"),  # JNews
        ("<span><svg class='icon'><use href='#icon-views'></use></svg>318</span>", "318"),
        ("<span><img src='/images/eye.png' width='12'> 87</span>", "87"),
        # a bare inline SVG, its box named by ARIA (a Next.js site's Tailwind markup)
        (
            "<span aria-label='Lượt xem'><svg class='h-4 w-4'><path d='M2 12'/></svg>2.145</span>",
            "2.145",
        ),
        ("<span aria-label='Bình luận'><svg class='h-4 w-4'><path d='M2 12'/></svg>5</span>", None),
        # Substack's comments button: "View" is the verb, and the count the comments'
        ("<a class='post-ufi-button' href='/p/x/comments' aria-label='View comments (3)'><svg "
         "width='20' height='20'/><div class='label'>3</div></a>", None),
        ("<span><i class='fa fa-comment-o'></i> 5</span>", None),
        ("<span><i class='fa fa-heart'></i> 45</span>", None),
        # an icon of another meaning (Jannah's fire, "hot"), the count's own box named views
        ("<span class='meta-views warm'><span class='tie-icon-fire'></span> 1.287 </span>",
         "1.287"),
        ("<span class='meta-comment'><span class='tie-icon-fire'></span> 3</span>", None),
        # the same with the count in an element of its own (Publisher's share bar)
        ("<span class='views post-share-btn-views'><i class='bf-icon bsfi-fire-2'></i> <b "
         "class='number'>1.247</b></span>", "1.247"),
        ("<a class='comments'><i class='bf-icon bsfi-fire-2'></i> <b class='number'>3</b></a>",
         None),
        # Elementor's post info: the icon in a box of its own before the count's
        ("<li><span class='elementor-icon-list-icon'><i class='far fa-eye'></i></span><span "
         "class='elementor-icon-list-text'>876</span></li>", "876"),
        ("<li><span class='elementor-icon-list-icon'><i class='far fa-comment'></i></span><span "
         "class='elementor-icon-list-text'>4</span></li>", None),
        # a legacy page's tools line: buttons in brackets, then the count
        ("<td><font size='1'><a href='inbai.php?id=736'>[In bài]</a> <a href='guiban.php?id=736'"
         ">[Gửi cho bạn bè]</a> &nbsp;|&nbsp; Lượt đọc: 356</font></td>", "Lượt đọc: 356"),
        # a forum post's attached file, its size beside its own count (phpBB)
        ("<dl class='thumbnail'><dt><img src='./download/file.php?id=3121'></dt><dd>dinh-dong-"
         "khang.jpg (245.6 KiB) Đã xem 312 lần</dd></dl>", None),
        ("<dd>bao-cao.pdf (1,2 MB) Lượt xem: 87</dd>", None),
    ],
)  # fmt: skip
def test_view_count_lines(html: str, raw: str | None) -> None:
    found = view_lines(_lines(html))
    assert [v.raw for v in found][:1] == ([raw] if raw else [])


@pytest.mark.parametrize(
    ("html", "line"),
    [
        # A meta line of inline parts: its other counters and buttons go with the date.
        ("<div id='x'><div id='line'><span id='el'>12/06/2024</span> <a>Bình luận (0)</a></div>"
         "<p>Nội dung</p></div>", "line"),
        # A date that is a block itself is its own line.
        ("<div id='x'><p id='el'>Ngày đăng: 12/06/2024</p><p>Nội dung</p></div>", "el"),
        # A block holding other blocks is not one line.
        ("<div id='x'><div><span id='el'>12/06/2024</span><p>Nội dung</p></div></div>", "el"),
        # A long line is text that happens to hold a date.
        ("<div id='x'><div><span id='el'>12/06/2024</span> " + "chữ " * 40 + "</div></div>", "el"),
        # Never the block the article's text was found in.
        ("<div id='x'><span id='el'>12/06/2024</span> <a>In bài</a></div>", "el"),
        # A list of meta items set in one line (a page builder's post info): the whole list.
        ("<div id='x'><ul id='line'><li><span id='el'>22/11/2024</span></li><li><a>Tin tức</a>"
         "</li></ul><p>Nội dung</p></div>", "line"),
        ("<div id='x'><ul><li id='line'><span id='el'>22/11/2024</span></li><li>Sáng nay, tỉnh "
         "khai mạc hội chợ nông sản.</li></ul><p>Nội dung</p></div>", "line"),
        # A sentence beside the date is text (a brief's only paragraph), a credit is a credit.
        ("<div id='x'><p id='line'><span id='el'>03/12/2025</span> Sáng nay, tỉnh khai mạc hội "
         "chợ nông sản.</p><p>Nội dung</p></div>", "el"),
        ("<div id='x'><div id='line'><span id='el'>12/06/2024</span> <span>Tác giả: Thu Hà</span>"
         "</div><p>Nội dung</p></div>", "el"),
    ],
)  # fmt: skip
def test_a_header_line_is_its_whole_short_line(html: str, line: str) -> None:
    body = _body(html)
    within, el = select(body, "#x")[0], select(body, "#el")[0]
    assert whole_line(el, within).get("id") == line


def test_a_date_in_the_headline_names_its_subject_not_its_publication() -> None:
    text = "<p>" + "Sáng 22/11, huyện Khoái Châu khởi công xây dựng cầu Dân Tiến. " * 4 + "</p>"
    html = (
        "<html><body><div class=detail><h1>Điểm tin Hưng Yên ngày 22/11/2024</h1>"
        f"<span class=time>Thứ Sáu, 22/11/2024 17:30</span><div class=content>{text * 3}</div>"
        "</div></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/a-215102.html").published() == (
        "Thứ Sáu, 22/11/2024 17:30"
    )


def test_the_dates_in_wordpress_permalink_are_the_publication_without_metadata() -> None:
    """A theme's `posted_on` wraps the dates in a link to the post itself; with no SEO plugin
    and no JSON-LD, they are all the page says of its time."""
    meta = (
        "<div class='entry-meta'>Đăng ngày <a href='https://x.vn/2024/10/hoi-nghi/' rel='bookmark'>"
        "<time class='entry-date published' datetime='2024-10-25T09:00:00+07:00'>25/10/2024</time>"
        "<time class='updated' datetime='2024-10-26T14:00:00+07:00'>26/10/2024</time></a></div>"
    )
    page = _headed_page("Hội nghị xúc tiến đầu tư tỉnh Thái Bình năm 2024", meta)
    assert (page.published(), page.modified()) == (
        "2024-10-25T09:00:00+07:00",
        "2024-10-26T14:00:00+07:00",
    )


@pytest.mark.parametrize(
    "nav",
    [
        # NukeViet's theme prints the clock in the `nav` holding the breadcrumb trail.
        "<nav class='third-nav'><div><div class='breadcrumbs-wrap'><ul><li><a href='/'>Trang "
        "nhất</a></li><li><a href='/news/tin-tuc-su-kien/'>Tin tức - Sự kiện</a></li></ul>"
        "</div><span class='current-time'>Thứ năm, 26/11/2026, 07:00</span></div></nav>",
        "<nav><span>Thứ năm, 26/11/2026, 07:00</span></nav>",
        # An Angular header: the clock in one component, a menu of long links in the next.
        "<header><mat-toolbar><span>Thứ năm, 26/11/2026, 07:00</span><a href='lien-he'>Liên hệ"
        "</a></mat-toolbar><mat-toolbar><a href='chuyen-muc/tin-tuc'>Tin tức - Sự kiện</a>"
        "<a href='chuyen-muc/nong-nghiep'>Nông nghiệp nông thôn</a></mat-toolbar></header>",
        # Nuxt's header: the clock beside a link to the hotline, its number in the link
        "<header><div class='header-top'><span class='clock'>Thứ năm, 26/11/2026, 07:00</span>"
        "<a href='/lien-he' class='hotline'>Đường dây nóng: 0909.113.552</a></div></header>",
        # ... or beside a row of the paper's own links, as long as a title
        "<header><div class='topbar'><span class='topbar__date'>Thứ năm, 26/11/2026, 07:00</span>"
        "<div class='topbar__links'><a href='/e-paper'>Báo in</a><a href='/podcast'>Podcast</a>"
        "<a href='/lien-he'>Liên hệ quảng cáo</a></div></div></header>",
        # ... or in the same cell as a menu's links split by `|` (ASP.NET's `lblNgayHienTai`)
        "<table><tr><td><span>Thứ năm, 26/11/2026, 07:00</span> <a href='/'>Trang chủ</a> | <a "
        "href='/tin-tuc'>Tin tức - Sự kiện</a> | <a href='/van-ban'>Văn bản chỉ đạo điều hành</a>"
        "</td></tr></table>",
        # ... or beside the paper's own links to subscribe and to write to it
        "<div class='top-bar'><span>Thứ năm, 26/11/2026, 07:00</span> <span><a href='/dang-ky'>"
        "Đăng ký nhận tin</a> · <a href='/lien-he'>Liên hệ tòa soạn</a></span></div>",
        # ... or beside a station's live channels
        "<div class='top-bar'><span class='today'><i class='fa fa-calendar'></i> Thứ năm, "
        "26/11/2026, 07:00</span> <a href='/truc-tuyen/ptv'><i class='fa fa-circle'></i> Xem "
        "trực tuyến PTV</a> <a href='/truc-tuyen/fm'><i></i> Nghe FM 96.1</a></div>",
        "<div class='top-bar'><span>Thứ năm, 26/11/2026, 07:00</span> <a href='/truc-tuyen/lgtv1"
        ".htm'><i class='icon-live'></i> Trực tuyến LGTV1</a></div>",
    ],
)
def test_the_header_clock_is_read_inside_a_nav_or_a_component(nav: str) -> None:
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    html = f"<html><body>{nav}<div><h1>Khánh thành cầu treo Tân Hưng</h1>"
    html += f"<span>22/11/2024 16:25</span>{text}</div></body></html>"
    page = ArticlePage(html, "https://x.vn/a")
    assert page.page_time() == "Thứ năm, 26/11/2026, 07:00"
    assert page.published() == "22/11/2024 16:25"


@pytest.mark.parametrize(
    ("between", "published"),
    [
        ("", "Thứ hai, 21/2/2005, 18:42 GMT+7"),
        # A menu between: the line heads the page, not the article.
        ("<table><tr><td><a href='/xa-hoi/'>Xã hội</a> | <a href='/van-hoa/'>Văn hóa</a></td>"
         "</tr></table>", None),
    ],
    ids=["right-above", "menu-between"],
)  # fmt: skip
def test_a_date_and_time_right_above_the_headline_in_a_table_of_its_own_dates_it(
    between: str, published: str | None
) -> None:
    """A 2005 portal's row of the section and the date over the article's nested tables."""
    header = (
        "<table><tr><td class=Folder><a href='/van-hoa/'>Văn hóa</a></td><td class=Date>Thứ hai,"
        " 21/2/2005, 18:42 GMT+7</td></tr></table>"
    )
    article = (
        "<table><tr><td><table><tr><td><p><font size=4><b>Hàng vạn người trẩy hội Lim</b></font>"
        f"</p>{_TEXT * 3}</td></tr></table></td></tr></table>"
    )
    html = f"<html><body><table><tr><td>{header}{between}{article}</td></tr></table></body></html>"
    assert ArticlePage(html, "https://x.vn/a").published() == published


def test_a_menu_in_a_nav_is_no_text() -> None:
    menu = (
        "<nav><ul>" + "<li><a href='/a'>Tin tức - Sự kiện trong tỉnh</a></li>" * 6 + "</ul></nav>"
    )
    page = _headed_page("Khánh thành cầu treo Tân Hưng", menu)
    assert "Sự kiện" not in "".join(page.body(None))


@pytest.mark.parametrize(
    ("line", "times"),
    [
        ("<span class='td-post-date'><time class='entry-date updated td-module-date' "
         "datetime='2024-11-21T09:15:32+07:00'>21/11/2024</time></span>",
         ("2024-11-21T09:15:32+07:00", None)),
        ("<div class='meta'>Cập nhật: <time class='updated' datetime='2024-11-22T10:00:00+07:00'>"
         "22/11/2024 10:00</time></div>", (None, "2024-11-22T10:00:00+07:00")),
        # Plone 6: each time in a box its class names, the label a span of its own
        ("<div class='documentByLine'><span class='documentPublished'>— <span>đã xuất bản"
         "</span> <time class='pat-display-time' datetime='2026-02-22T16:40:00+07:00'>22/02/2026"
         " 16:40</time></span> <span class='documentModified'>— <span>cập nhật lần cuối</span> "
         "<time class='pat-display-time' datetime='2026-02-23T08:12:00+07:00'>23/02/2026 08:12"
         "</time></span></div>", ("2026-02-22T16:40:00+07:00", "2026-02-23T08:12:00+07:00")),
    ],
    ids=["alone", "labelled-an-update", "in-boxes-classed"],
)  # fmt: skip
def test_a_header_time_is_the_publication_unless_labelled_or_boxed_as_an_update(
    line: str, times: tuple[str | None, str | None]
) -> None:
    assert (
        _headed_page("Khánh thành trường mầm non xã Tân Lễ", line).generic.header_times() == times
    )


def test_a_time_classed_updated_alone_in_the_header_is_the_publication() -> None:
    """tagDiv's Newspaper theme prints the publication as `<time class="entry-date updated">`,
    its only `<time>`; the metadata's later `dateModified` is the update."""
    ld = (
        '<script type="application/ld+json">{"@type": "Article", "datePublished": '
        '"2024-11-21T02:15:32+00:00", "dateModified": "2024-11-22T01:40:18+00:00"}</script>'
    )
    meta = (
        "<span class='td-post-date'><time class='entry-date updated td-module-date' "
        "datetime='2024-11-21T09:15:32+07:00'>21/11/2024</time></span>"
    )
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    html = f"<html><head>{ld}</head><body><h1>Khánh thành trường mầm non</h1>{meta}{text}</body>"
    raw = ArticlePage(html + "</html>", "https://x.vn/khanh-thanh-12875/").to_raw()
    assert (raw.modified, raw.warnings) == ("2024-11-22T01:40:18+00:00", [])


_PANEL_TEXT = (
    "<p>" + "Bệnh viện tổ chức ngày hội hiến máu tình nguyện cho cán bộ, nhân viên. " * 3 + "</p>"
)
_PANEL_RELATED = (
    "<table><tr><td><a href='/Pages/ChiTietTin.aspx?ItemID=3388'>Bệnh viện khai trương khoa"
    " khám bệnh theo yêu cầu</a></td><td>(20/11/2024)</td></tr></table>"
)


def _panel(header: str) -> ArticlePage:
    """A WebForms panel: the header's spans, the text and the related GridView in one block."""
    html = (
        "<html><body><div id='pnlChiTiet'><span class='TieuDe'>Ngày hội hiến máu tình nguyện"
        f" năm 2024</span><br/>{header}<br/>{_PANEL_TEXT * 3}{_PANEL_RELATED}</div></body></html>"
    )
    return ArticlePage(html, "https://bv.example.vn/Pages/ChiTietTin.aspx?ItemID=3391")


def test_a_time_element_in_a_panel_holding_the_text_and_its_related_list_is_the_articles() -> None:
    page = _panel("<time datetime='2024-11-22T14:15:34+07:00'>22/11/2024</time>")
    assert page.published() == "2024-11-22T14:15:34+07:00"


@pytest.mark.parametrize(
    ("after", "views", "byline"),
    [
        # WordPress's Post Views Counter under the last paragraph, the signature above it
        ("<div class='post-views'><span class='dashicons'></span> <span>Lượt xem: </span> "
         "<span>512</span></div><div class='share'><a href='#'>Facebook</a></div>", "Lượt xem: 512",
         "Hoàng Yến"),
        # ... but a count a paragraph of the text follows is some sentence's, not the page's
        ("<p>Lượt xem: 512</p><p>" + "Đoạn văn tiếp theo của bài viết về ngày hội. " * 3 + "</p>",
         None, None),
    ],
    ids=["closing-the-text", "followed-by-text"],
)  # fmt: skip
def test_a_view_counter_closing_the_text_counts_the_articles_views(
    after: str, views: str | None, byline: str | None
) -> None:
    signature = "<p style='text-align: right'><strong>Hoàng Yến</strong></p>"
    html = (
        "<html><body><article><h1>Ngày hội Đại đoàn kết ở thôn Hưng Đạo</h1><div class='meta'>"
        f"22/11/2024</div><div class='entry'>{_TEXT * 3}{signature}{after}</div></article>"
        "</body></html>"
    )
    raw = ArticlePage(html, "https://x.vn/2024/11/22/ngay-hoi-hung-dao/").to_raw()
    assert (raw.view_count, raw.byline) == (views, byline)


_CARD = (
    "<div class=item><h3><a href='/giao-thong/thong-xe-cau-vuot-song-hoa-{i}.html'>Thông xe cầu"
    " vượt sông Hóa nối Thái Bình với Hải Phòng</a></h3><div class=meta>2{i}/11/2024 | {i}.678"
    " lượt xem</div></div>"
)


@pytest.mark.parametrize(
    ("meta", "views", "published"),
    [
        ("", None, None),
        ("<div class=meta>21/11/2024 08:30 | Lượt xem: 321</div>", "Lượt xem: 321",
         "21/11/2024 08:30"),
    ],
    ids=["none-of-its-own", "its-own"],
)  # fmt: skip
def test_a_cards_date_and_views_beside_the_article_are_the_cards(
    meta: str, views: str | None, published: str | None
) -> None:
    """A sidebar of cards (a linked heading over a line of its date and views) set beside the
    article: its lines are the other articles', even where the article shows none."""
    title = "<h1>Khánh thành cầu Tân Hưng nối hai huyện</h1>"
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    side = "<div class=side><h3>Xem nhiều</h3>" + _CARD.format(i=5) + _CARD.format(i=4) + "</div>"
    html = (
        f"<html><body><div class=row><div class=main><div class=detail>{title}{meta}{text}</div>"
        f"</div><div class=col>{side}</div></div></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/a")
    assert (page.view_count(), page.published()) == (views, published)


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("Ngày đăng: 28/11/2024 15:42 - Ngày cập nhật: 28/11/2024 17:05",
         "Ngày đăng: 28/11/2024 15:42", "Ngày cập nhật: 28/11/2024 17:05"),
        ("Đăng lúc 15:42 28/11/2024, cập nhật lúc 17:05 28/11/2024",
         "Đăng lúc 15:42 28/11/2024", "cập nhật lúc 17:05 28/11/2024"),
    ],
)  # fmt: skip
def test_publication_and_update_in_one_line_of_text(
    line: str, published: str, modified: str
) -> None:
    """A dash or a comma before the update's label sets the two apart, as `|` does."""
    found = [(s.raw, s.kind) for item in _lines(f"<div>{line}</div>") for s in stamps_in(item)]
    assert found == [(published, "published"), (modified, "modified")]


@pytest.mark.parametrize(
    "comments",
    [
        "<div class=bl><div>Bình luận (2)</div><div><b>Trần Văn Quý</b> <span>(21/11/2024 08:15)"
        "</span><p>Bài viết rất hay. Mong huyện tiếp tục nhân rộng mô hình.</p></div></div>",
        "<div><h3>Bình luận (1)</h3><ul><li><div>Tùng</div><div>18/11/2024 20:14</div>"
        "<div>Rất tự hào. Mong các HTX học tập.</div></li></ul></div>",
        # WordPress 2's Kubrick: a list named for comments, each dated in its own `<small>`
        "<h3 id='comments'>2 phản hồi</h3><ol class='commentlist'><li class='alt'><cite>Trần "
        "Quý</cite> nói:<br><small class='commentmetadata'><a href='#comment-51'>21/11/2008 lúc "
        "9:12 tối</a></small><p>Bài viết rất hay.</p></li></ol>",
    ],
    ids=["bracketed-time", "list-of-comments", "named-comment-list"],
)
def test_a_readers_comment_never_dates_the_article(comments: str) -> None:
    """A page whose header prints no date: the time of a reader's comment under a line of its
    own reading `Bình luận (2)` is the reader's, not the article's publication."""
    html = (
        "<html><body><div><h1>Yên Lập ra quân trồng rừng gỗ lớn</h1>"
        f"<div>{_TEXT * 3}<p><b>Bích Ngọc</b></p></div>{comments}</div></body></html>"
    )
    assert (
        ArticlePage(html, "https://x.gov.vn/tin-tuc/ra-quan-trong-rung-2291.html").published()
        is None
    )


def test_a_page_classed_for_its_commentary_section_is_no_readers_comment() -> None:
    """`Bình luận` names a paper's commentary section as well as readers' comments: a `<body>`
    classed for the section (`cate-binh-luan`) holds the article, its date and its views."""
    meta = (
        "<div class='detail-meta'><span><i class='fa fa-clock-o'></i> 07:15 | 20/11/2024</span>"
        " <span><i class='fa fa-eye'></i> 2.315</span></div>"
    )
    html = (
        "<html><body class='page-detail cate-binh-luan'><article><h1>Đừng để ruộng bỏ hoang "
        f"thành chuyện thường ngày</h1>{meta}<div class='detail-content'>{_TEXT * 3}</div>"
        "</article></body></html>"
    )
    article = extract_article(html, "https://x.vn/binh-luan/dung-de-ruong-bo-hoang-158214.html")
    assert article["published_at"] == "2024-11-20T07:15:00+07:00"
    assert article["view_count"] == 2315


@pytest.mark.parametrize(
    ("meta", "raw"),
    [
        ("<div>22/11/2024 08:30 | Lượt xem: --</div>", "Lượt xem: --"),
        ("<div><span>22/11/2024 08:30</span> <span>Lượt xem: --</span></div>", "Lượt xem: --"),
        ("<div><span>22/11/2024 08:30</span> <span>Lượt xem: đang cập nhật</span></div>",
         "Lượt xem: đang cập nhật"),
        # the count a script fills in, its box still empty
        ("<div>22/11/2024 08:30</div><div>Lượt xem: <span id=views></span></div>", "Lượt xem:"),
        # ... its label after an eye icon (Blogger's `post-views`)
        ("<div>22/11/2024 08:30</div><span class=post-views><i class='fas fa-eye'></i> Lượt xem:"
         " <span id=postviews></span></span>", "Lượt xem:"),
        ("<div>22/11/2024 08:30</div><div>Lượt nghe: --</div>", "Lượt nghe: --"),  # a podcast's
        # a readable count in the header comes first
        ("<div>22/11/2024 08:30 | Lượt xem: -- | 1.234 lượt xem</div>", "1.234 lượt xem"),
        # a sidebar's heading and a column's label are no counter
        ("<div>22/11/2024 08:30</div><h3>Xem nhiều</h3><table><tr><th>Tên</th><th>Lượt xem</th>"
         "</tr></table>", None),
    ],
    ids=[
        "dashes", "dashes-apart", "words", "empty-box", "after-an-icon", "listens",
        "readable-first", "no-counter",
    ],
)  # fmt: skip
def test_a_views_label_without_a_readable_number_is_reported(meta: str, raw: str | None) -> None:
    """`views_unparsed` reaches the export: the header's counter is kept as shown, its count
    null, and the warning says why, where a script was to fill in the number."""
    page = _headed_page("Ngày hội Đại đoàn kết ở thôn Hưng Đạo", meta)
    article = build_article(page.to_raw())
    unparsed = raw is not None and not any(c.isdigit() for c in raw)
    assert article["view_count_raw"] == raw
    assert ("views_unparsed" in article["warnings"]) is unparsed


def test_a_download_button_beside_the_counter_makes_no_teaser_of_its_line() -> None:
    """A journal's stats bar: views, downloads and the PDF's button (a link of a title's
    length, to a file: no other article)."""
    stats = (
        "<div class='article-stats'><span><i class='fa fa-eye'></i> Lượt xem: 1.024</span> "
        "<span>Lượt tải: 215</span> <a class='btn' href='/uploads/pdf/412-tran-van-minh.pdf'>"
        "Tải bài báo (PDF)</a></div>"
    )
    assert _headed_page("Ảnh hưởng của xâm nhập mặn", stats).view_count() == "Lượt xem: 1.024"


def test_a_live_reports_update_time_in_the_box_after_the_publication_line() -> None:
    """Lao Động's live report: the date line, then a box of its badge and `Cập nhật lúc 11:40`."""
    header = (
        "<div class=time><span>Thứ hai, 30/06/2025 08:00 (GMT+7)</span></div><div class="
        "live-status><span class=live-badge>Trực tiếp</span> <span class=live-updated>Cập nhật "
        "lúc 11:40</span></div>"
    )
    page = _headed_page("Công bố nghị quyết hợp nhất tỉnh", header)
    assert page.modified() == "Cập nhật lúc 11:40"


def test_a_live_reports_update_time_under_the_box_holding_a_day_only_date() -> None:
    """WordPress's block theme: the post's date shows the day alone, its time in `datetime`,
    in the template part's row; `Cập nhật lúc 22:15` right under the part."""
    header = (
        "<div class='wp-block-template-part'><div class='wp-block-group'><div class="
        "'wp-block-post-date'><time datetime='2024-07-26T19:30:00+07:00'>26/07/2024</time></div>"
        "<p>—</p><div><a href='/category/hoat-dong/' rel='tag'>Hoạt động Đoàn</a></div></div>"
        "</div><p class='has-text-align-center'>Cập nhật lúc 22:15</p>"
    )
    article = extract_article(
        f"<html><body><div><h1>Trực tiếp: Lễ thắp nến tri ân</h1>{header}"
        f"<div class=body>{_TEXT * 3}</div></div></body></html>",
        "https://x.vn/2024/07/26/thap-nen-tri-an/",
    )
    assert (article["published_at"], article["modified_at"]) == (
        "2024-07-26T19:30:00+07:00",
        "2024-07-26T22:15:00+07:00",
    )


@pytest.mark.parametrize(
    "footer",
    [
        "<div id='footer'><p>Trạm Khuyến nông huyện Đông Hưng</p>"
        "<p>Cập nhật lần cuối: 05/12/2024 16:20</p></div>",
        "<footer><p>Bản quyền © Trạm Khuyến nông</p><p>Ngày cập nhật: 05/12/2024</p></footer>",
        "<div class='chan-trang'>Website cập nhật lúc 16:20 ngày 05/12/2024</div>",
    ],
    ids=["named-footer", "footer-tag", "vietnamese-name"],
)
def test_the_sites_last_update_in_the_page_footer_never_dates_the_article(footer: str) -> None:
    """A page dated only by its address: the footer's `Cập nhật lần cuối` is the site's last
    update, neither the article's publication nor its update."""
    html = (
        "<html><body><div id='main'><h1>Hội nghị tổng kết công tác khuyến nông năm 2024</h1>"
        f"{_TEXT * 3}<p><b>Minh Châu</b></p></div>{footer}</body></html>"
    )
    page = ArticlePage(html, "https://khuyennong.example.vn/2024/11/21/hoi-nghi-tong-ket/")
    assert (page.published(), page.modified()) == ("2024/11/21", None)


@pytest.mark.parametrize(
    ("lines", "published"),
    [
        # Joomla 2.5's info list: created, updated, then published (`publish_up`)
        ("<dd>Ngày tạo Thứ sáu, 14 Tháng 3 2014 08:47</dd><dd>Cập nhật lần cuối Thứ bảy, 15 "
         "Tháng 3 2014 10:05</dd><dd>Ngày đăng Thứ sáu, 14 Tháng 3 2014 09:00</dd>",
         "Ngày đăng Thứ sáu, 14 Tháng 3 2014 09:00"),
        # ... or created alone: then it is the publication
        ("<dd>Ngày tạo Thứ sáu, 14 Tháng 3 2014 08:47</dd><dd>Cập nhật lần cuối Thứ bảy, 15 "
         "Tháng 3 2014 10:05</dd>", "Ngày tạo Thứ sáu, 14 Tháng 3 2014 08:47"),
    ],
    ids=["created-and-published", "created-alone"],
)  # fmt: skip
def test_the_day_an_item_was_created_dates_it_only_without_a_publication_line(
    lines: str, published: str
) -> None:
    page = _headed_page("Tưng bừng lễ hội đền Tiên La năm 2014", f"<dl>{lines}</dl>")
    assert (page.published(), page.modified()) == (
        published,
        "Cập nhật lần cuối Thứ bảy, 15 Tháng 3 2014 10:05",
    )


@pytest.mark.parametrize(
    ("hits", "views"),
    [
        ("<dd class='hits'>Lượt truy cập: 2731</dd>", 2731),
        ("", None),  # the sidebar's counter counts the site's visits
    ],
    ids=["beside-the-date", "sidebar-only"],
)
def test_joomlas_hits_labelled_as_visits_beside_the_date_are_the_articles_views(
    hits: str, views: int | None
) -> None:
    """Joomla's Vietnamese pack labels an article's hits `Lượt truy cập`, as sites label their
    own visit counters: only the line in the date line's box is the article's."""
    html = (
        "<html><body><div class='item-page'><h2>Tưng bừng lễ hội đền Tiên La năm 2014</h2><dl "
        "class='article-info'><dd class='published'>Ngày đăng Thứ sáu, 14 Tháng 3 2014 09:00</dd>"
        f"{hits}</dl>{_TEXT * 3}</div><div class='sidebar'><h3>Thống kê</h3><p>Lượt truy cập: "
        "1.234.567</p></div></body></html>"
    )
    assert extract_article(html.encode(), "https://x.vn/tin/312")["view_count"] == views


@pytest.mark.parametrize(
    "online",
    ["Hiện có 4 khách trực tuyến", "Đang truy cập: 12", "Online: 4"],
)
def test_a_view_count_beside_the_visitors_online_is_the_sites(online: str) -> None:
    """Joomla 1.0's statistics module in the sidebar: the visitors online, then `Lượt xem:`
    counting the whole site's page views."""
    html = (
        "<html><body><table><tr><td><h2>Thư mời chào giá thiết bị y tế năm 2012</h2><p>Thứ ba, "
        f"13 Tháng 3 2012 10:25</p>{_TEXT * 3}</td><td><table><tr><th>Thống kê</th></tr><tr><td>"
        f"<p>{online}</p><p>Lượt xem: 1.238.754</p></td></tr></table></td></tr></table>"
        "</body></html>"
    )
    assert extract_article(html.encode(), "https://x.vn/tin/312")["view_count"] is None


def test_wordpress_3s_local_time_written_as_utc_is_read_as_its_permalinks_title_shows() -> None:
    """Before 5.3, WordPress wrote `get_the_date('c')` as the local time with `+00:00`; Twenty
    Twelve prints the date, and the time in its permalink's `title` (`8:30 sáng`)."""
    meta = (
        "<footer class='entry-meta'>Bài viết này được đăng trong <a href='/category/hoat-dong/' "
        "rel='category tag'>Hoạt động</a> vào <a href='https://x.vn/2012/09/14/trao-thuong/' "
        "title='8:30 sáng' rel='bookmark'><time class='entry-date' datetime='2012-09-14T08:30:12"
        "+00:00'>14/09/2012</time></a>.</footer>"
    )
    html = (
        "<html><body><article><header><h1>Xã Tây Giang trao thưởng cho học sinh giỏi</h1>"
        f"</header><div class='entry-content'>{_TEXT * 3}</div>{meta}</article></body></html>"
    )
    article = extract_article(html.encode(), "https://x.vn/2012/09/14/trao-thuong/")
    assert article["published_at"] == "2012-09-14T08:30:00+07:00"


def test_a_modification_the_metadata_writes_as_its_publication_is_no_update() -> None:
    """An SEO plugin writes the local clock as UTC (`17:30:00Z` beside `17:30`) for both its
    published and modified times, which it sets equal: the visible line dates the article, and
    the equal modification is no update."""
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": '
        '"2024-10-03T17:30:00Z", "dateModified": "2024-10-03T17:30:00Z"}'
    )
    html = (
        f"<html><head><script type='application/ld+json'>{ld}</script></head><body><article>"
        "<h1>Công an huyện Tiên Lữ ra quân bảo đảm trật tự giao thông</h1><div class='meta'>"
        f"17:30 03/10/24</div><div class='body'>{_TEXT * 3}</div></article></body></html>"
    )
    article = extract_article(html.encode(), "https://x.vn/tin/tien-lu-ra-quan-1234.html")
    assert article["published_at"] == "2024-10-03T17:30:00+07:00"
    assert article["modified_at"] is None


def test_xenforo_1s_thread_description_dates_the_thread_with_the_time_in_its_title() -> None:
    """XenForo 1: `Thảo luận trong '<forum>' bắt đầu bởi <member>, <DateTime>` under the
    thread's title, the time in the date's `title`; the forum's link is a section's, the
    member's a profile: no teaser's headline."""
    description = (
        "<p id='pageDescription' class='muted'>Thảo luận trong '<a href='forums/rau-mau-cay-vu-"
        "dong.12/'>Rau màu - Cây vụ đông</a>' bắt đầu bởi <a href='members/pham-van-luc.2251/' "
        "class='username'>Phạm Văn Lực</a>, <a href='threads/trong-ot-chuong.8812/'><span class="
        "'DateTime' title='12/3/16 lúc 07:42'>12/3/16</span></a>.</p>"
    )
    html = (
        "<html><head><title>Trồng ớt chuông trong nhà lưới | Nhà Nông Hưng Yên</title></head>"
        f"<body><div class='titleBar'><h1>Trồng ớt chuông trong nhà lưới</h1>{description}</div>"
        f"<ol class='messageList'><li class='message'><div class='messageContent'>{_TEXT * 3}"
        "</div></li></ol></body></html>"
    )
    article = extract_article(html.encode(), "https://x.vn/threads/trong-ot-chuong.8812/")
    assert article["published_at"] == "2016-03-12T07:42:00+07:00"


def test_a_person_linked_to_their_profile_in_the_date_line_is_the_byline() -> None:
    """XenForo 1's `bắt đầu bởi <a href="members/…">Phạm Văn Lực</a>`, mid-line, with no
    metadata naming anyone; a nickname (`minhtuan_tb`) names no person."""

    def byline(member: str) -> str | None:
        html = (
            "<html><head><title>Trồng ớt chuông trong nhà lưới | Nhà Nông</title></head><body>"
            "<h1>Trồng ớt chuông trong nhà lưới</h1><p>Thảo luận trong '<a href='forums/rau-mau"
            f".12/'>Rau màu</a>' bắt đầu bởi <a href='members/{member}.2251/'>{member}</a>, "
            "<span>12/3/2016 07:42</span>.</p>"
            f"<div class='messageContent'>{_TEXT * 3}</div></body></html>"
        )
        return extract_article(html.encode(), "https://x.vn/threads/ot-chuong.8812/")["byline_raw"]

    assert (byline("Phạm Văn Lực"), byline("minhtuan_tb")) == ("Phạm Văn Lực", None)


def test_a_print_views_grid_of_label_and_value_cells_gives_dates_and_credits() -> None:
    """A portal's print view (`Bản in`): a header table of two label/value pairs a row."""
    grid = (
        "<table class='print-info'><tr><td class='lbl'>Ngày đăng:</td><td>19/11/2024 08:45</td>"
        "<td class='lbl'>Tác giả:</td><td>Lan Anh</td></tr><tr><td class='lbl'>Cập nhật:</td>"
        "<td>19/11/2024 16:20</td><td class='lbl'>Nguồn:</td><td>Phòng GD&amp;ĐT Văn Lâm</td>"
        "</tr></table>"
    )
    html = (
        f"<html><body><h1>Văn Lâm tổ chức hội thi giáo viên dạy giỏi</h1>{grid}<div>{_TEXT * 3}"
        "</div></body></html>"
    )
    article = extract_article(html.encode(), "https://vanlam.example.vn/tin/hoi-thi?print=1")
    assert (article["published_at"], article["modified_at"]) == (
        "2024-11-19T08:45:00+07:00",
        "2024-11-19T16:20:00+07:00",
    )
    assert (article["byline_raw"], article["authors"], article["source"]) == (
        "Tác giả: Lan Anh\nNguồn: Phòng GD&ĐT Văn Lâm",
        ["Lan Anh"],
        "Phòng GD&ĐT Văn Lâm",
    )


def test_a_date_whose_year_is_two_digits_after_an_apostrophe() -> None:
    """Multiply's journal entries: `Mar 12, '10 9:05 PM`."""
    page = _headed_page(
        "Về Đồng Xâm xem chạm bạc", "<div><span class='itemdate'>Mar 12, '10 9:05 PM</span></div>"
    )
    assert page.published() == "Mar 12, '10 9:05 PM"


def test_the_article_headers_date_outranks_a_list_after_the_text() -> None:
    """Drupal's Olivero prints the headline in a page-title block above the article; the
    node's date is in the article's header, a `Tin cùng chuyên mục` block's dates after it."""
    title = "<div class='region'><div class='block'><h1><span>Sôi nổi Hội thi cồng chiêng</span>"
    title += "</h1></div></div>"
    node = (
        "<div class='block'><div class='content'><article><header><span class='rdf-meta'></span>"
        "<div class='node__meta'><article class='profile'></article><span>Bởi <span>quantri"
        "</span>, <span><time>Thứ Sáu, 03/03/2023 - 10:05</time></span></span></div></header>"
        f"<div class='node__content'><div><img src='/a.jpg'></div><div>{_TEXT * 3}</div></div>"
        "</article></div></div>"
    )
    items = "".join(
        f"<li><div><span><a href='/tin-{n}'>Liên hoan văn nghệ quần chúng số {n}</a></span></div>"
        f"<div><span><time>1{n}/01/2023</time></span></div></li>"
        for n in (1, 2)
    )
    related = f"<div class='block'><h2>Tin cùng chuyên mục</h2><div><ul>{items}</ul></div></div>"
    html = (
        f"<html><body><main>{title}<div class='region'>{node}{related}</div></main></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/a").published() == "Thứ Sáu, 03/03/2023 - 10:05"


@pytest.mark.parametrize(
    "reason", ["", " <span class='reason'>Lý do:</span> Bổ sung ảnh"], ids=["bare", "reason"]
)
def test_a_forums_edit_note_under_the_post_is_its_update(reason: str) -> None:
    """vBulletin prints `Lần sửa cuối bởi admin; … lúc 09:10 AM.` under the first post's text,
    in the post's own box, far from the thread's title; and the edit's reason after it, where
    the editor gave one (`Lý do: Bổ sung ảnh`)."""
    post = (
        "<li class='postcontainer'><div class='posthead'><span class='date'>25-10-2017, <span"
        " class='time'>08:39 AM</span></span></div><div class='userinfo'><a href='/m/1'>thuha</a>"
        "<dl><dt>Tham gia ngày</dt><dd>Jul 2015</dd><dt>Bài gửi</dt><dd>6.482</dd></dl></div>"
        "<div class='postbody'><div class='postrow'><h2 class='title'>Bưởi Phúc Trạch được"
        f" mùa, được giá</h2><div class='content'><div><blockquote>{_TEXT * 3}</blockquote>"
        "</div></div><div class='cleardiv'></div></div><div class='after_content'><!-- edit note"
        " --><blockquote class='lastedited'>Lần sửa cuối bởi <a href='/m/1'>admin</a>;"
        f" 25-10-2017 lúc <span class='time'>09:10 AM</span>.{reason}</blockquote><!-- / edit"
        " note -->"
        "<blockquote class='signature'><div><b>Hà Tĩnh - Đất học!</b></div></blockquote></div>"
        "</div></li>"
    )
    html = f"<html><body><ol id='posts'>{post}</ol></body></html>"
    article = extract_article(html, "https://x.vn/diendan/showthread.php?48213-buoi")
    assert (article["published_at"], article["modified_at"]) == (
        "2017-10-25T08:39:00+07:00",
        "2017-10-25T09:10:00+07:00",
    )


def test_an_edit_note_under_a_post_listed_below_the_threads_title_is_its_update() -> None:
    """vBulletin 4: the thread's title (`Chủ đề: …`) above the list of posts, the first
    post's item (`li.postcontainer`) holding its date, its text and, under it, its edit
    note."""
    post = (
        "<li class='postcontainer'><div class='posthead'><span class='date'>15-09-2024,&nbsp;"
        "<span class='time'>08:31 PM</span></span></div><div class='postdetails'><div"
        " class='userinfo'><a href='member.php?3312-namluctroi'>namluctroi</a></div><div"
        f" class='postbody'><div class='content'><blockquote class='postcontent'>{_TEXT * 3}"
        "</blockquote></div><div class='after_content'><blockquote class='postcontent"
        " lastedited'>Sửa lần cuối bởi namluctroi; <span class='time'>16-09-2024 lúc 07:12 AM"
        "</span>.</blockquote></div></div></div></li>"
    )
    html = (
        "<html><body><div id='pagetitle'><h1>Chủ đề: <span class='threadtitle'><a href="
        "'showthread.php?18452-cuu-tro'>Chuyến xe yêu thương cứu trợ Lục Yên</a></span></h1>"
        f"</div><div id='postlist'><ol id='posts'>{post}</ol></div></body></html>"
    )
    article = extract_article(html, "https://x.vn/forum/showthread.php?18452-cuu-tro")
    assert (article["published_at"], article["modified_at"]) == (
        "2024-09-15T20:31:00+07:00",
        "2024-09-16T07:12:00+07:00",
    )


def test_an_edit_note_under_the_first_post_below_the_threads_title_is_its_update() -> None:
    """XenForo 2: the thread's title in the page's header, the first post an `<article>` of
    its own below it, its edit note under the post's body."""
    post = (
        "<article class='message message--post'><div class='message-inner'><div class="
        "'message-cell message-cell--main'><header class='message-attribution'><a href="
        "'/threads/x.3812/post-1'><time datetime='2024-02-21T19:02:00+0700' title='21/2/24 lúc"
        " 19:02'>21/2/24</time></a></header><div class='message-content'><article class="
        f"'message-body'><div class='bbWrapper'>{_TEXT * 3}</div></article><div class="
        "'message-lastEdit'>Chỉnh sửa lần cuối: <time datetime='2024-02-22T09:15:00+0700' "
        "title='22/2/24 lúc 09:15'>22/2/24</time></div></div></div></div></article>"
    )
    html = (
        "<html><body><div class='p-body-header'><h1 class='p-title-value'>Hội chọi gà làng An "
        f"Vinh xuân Giáp Thìn</h1></div><div class='block-body'>{post}</div></body></html>"
    )
    article = extract_article(html, "https://x.vn/threads/hoi-choi-ga.3812/")
    assert (article["published_at"], article["modified_at"]) == (
        "2024-02-21T19:02:00+07:00",
        "2024-02-22T09:15:00+07:00",
    )


def _fluxbb_post(number: int, when: str, title: str, text: str, edit_note: str = "") -> str:
    return (
        f"<div id='p{number}' class='blockpost'><h2><span><span class='conr'>#1</span> <a"
        f" href='viewtopic.php?pid={number}#p{number}'>{when}</a></span></h2><div class='box'>"
        "<div class='postbody'><div class='postleft'><dl><dt><strong>hoangduc_qt</strong></dt>"
        "<dd><span>Đã đăng ký: 12-03-2011</span></dd><dd><span>Bài viết: 1.842</span></dd></dl>"
        f"</div><div class='postright'><h3>{title}</h3><div class='postmsg'>{text}{edit_note}"
        "</div></div></div></div></div>"
    )


def test_a_forum_posts_time_linked_to_its_box_above_its_title_dates_it() -> None:
    """FluxBB heads each post with its time, linked to the post's own box (`<div id="p15862">`,
    `viewtopic.php?pid=15862#p15862`), above the post's title; the poster's column beside it
    tells when the poster registered (`Đã đăng ký:`), which dates no post. The edit note closes
    the post's text box."""
    note = "<p class='postedit'><em>Sửa lần cuối bởi hoangduc_qt (25-10-2020 07:12:30)</em></p>"
    title = "Tổng kết quyên góp ủng hộ vùng lũ Quảng Trị"
    first = _fluxbb_post(15862, "24-10-2020 20:41:07", title, _TEXT * 3, note)
    reply = _fluxbb_post(15871, "24-10-2020 21:05:44", "Re: " + title, _TEXT)
    crumbs = (
        "<div class='linkst'><div class='inbox'><ul class='crumbs'><li><a href='index.php'>"
        "Trang chủ diễn đàn</a></li><li><span>»&#160;</span><a href='viewforum.php?id=4'>Thiện"
        " nguyện</a></li><li><span>»&#160;</span><strong><a href='viewtopic.php?id=2381'>"
        f"{title}</a></strong></li></ul><div class='pagepost'><p class='pagelink'>Trang: "
        "<strong>1</strong></p><p class='postlink'><a href='post.php?tid=2381'>Trả lời</a></p>"
        "</div></div></div>"
    )
    html = f"<html><body>{crumbs}<div id='punviewtopic'>{first}{reply}</div></body></html>"
    article = extract_article(html, "https://x.vn/forum/viewtopic.php?id=2381")
    assert (article["published_at"], article["modified_at"]) == (
        "2020-10-24T20:41:07+07:00",
        "2020-10-25T07:12:30+07:00",
    )
    assert article["category"] == "Thiện nguyện"


def test_a_discuz_threads_first_post_dates_it_under_the_title_printed_apart() -> None:
    """Discuz: the thread's title above the posts' tables, far from the first post's head
    (`Đăng lúc <span title=…>3 ngày trước</span>` beside its view modes); the poster's column
    tells when they registered and were last active; the edit note opens the post's text."""
    poster = (
        "<td class='pls'><div><a href='space-uid-877.html'>nongdan_vinhlac</a></div><dl><dt>Đăng"
        " ký</dt><dd>2019-3-2</dd><dt>Hoạt động cuối</dt><dd>2024-10-16</dd></dl></td>"
    )
    head = (
        "<div class='pi'><div class='pti'><div class='authi'><em>Đăng lúc <span title='2024-10-14"
        " 08:30'>3&nbsp;ngày trước</span></em> <span>|</span><a href='forum.php?mod=viewthread"
        "&amp;tid=4521&amp;authorid=877' rel='nofollow'>Chỉ xem của tác giả</a></div></div></div>"
    )
    text = (
        "<div class='pct'><div class='pcb'><div class='t_fsz'><table><tr><td class='t_f'><i "
        "class='pstatus'> Bài này được nongdan_vinhlac sửa lần cuối lúc 2024-10-14 09:02 </i>"
        "<br><br>" + "Trạm bơm Đồng Bông phục vụ tưới tiêu cho gần 150 mẫu ruộng. " * 4 + "<br>"
        "<br>" + "Bà con mong trạm bơm sớm được sửa chữa trước vụ chiêm. " * 3 + "</td></tr>"
        "</table></div></div></div>"
    )
    post = f"<table id='pid10233'><tr>{poster}<td class='plc'>{head}{text}</td></tr></table>"
    html = (
        "<html><body><div id='pt'><div class='z'><a href='./'>Diễn đàn</a> › <a href='forum-12-1"
        ".html'>Thủy lợi</a></div></div><div id='ct'><div class='pl'><table><tr><td><h1><span>"
        "Trạm bơm Đồng Bông hỏng máy</span></h1></td></tr></table></div><div id='postlist'>"
        f"<div id='post_10233'>{post}</div></div></div></body></html>"
    )
    article = extract_article(html, "https://x.vn/thread-4521-1-1.html")
    assert (article["published_at"], article["modified_at"]) == (
        "2024-10-14T08:30:00+07:00",
        "2024-10-14T09:02:00+07:00",
    )
    assert article["body"].startswith("Trạm bơm Đồng Bông phục vụ")


def test_a_date_in_the_headlines_own_box_beside_its_link_to_the_article_dates_it() -> None:
    """Grav's Quark theme: the headline a link to the article itself, its `<time>` in the same
    box; that link makes no teaser of the box. A sidebar's card with its own date still is one."""
    title = "Ngày hội dưỡng sinh người cao tuổi phường Đông Thành"
    header = (
        "<div class='content-title'><h2><a href='/tin-anh/ngay-hoi-duong-sinh'>"
        f"{title}</a></h2><span><time datetime='2024-10-12T16:45:00+07:00'>12 Tháng 10 2024"
        "</time></span><span>6 ảnh</span></div>"
    )
    card = (
        "<div class='sidebar'><div><h3><a href='/tin-anh/hoi-thao-2024'>Hội thao người cao tuổi"
        " năm 2024</a></h3><span>05/10/2024</span></div></div>"
    )
    html = (
        f"<html><head><title>{title} | Hội NCT</title></head><body><div>{card}<div>{header}"
        f"<div class='e-content'>{_TEXT * 3}</div></div></div></body></html>"
    )
    article = extract_article(html, "https://x.vn/tin-anh/ngay-hoi-duong-sinh")
    assert article["published_at"] == "2024-10-12T16:45:00+07:00"


def test_a_date_and_its_time_printed_in_elements_of_their_own_are_one_line() -> None:
    """An ASP.NET commune portal prints the date and the hour in two labels side by side
    (`lblNgayDang`, `lblGioDang`), the hour in words: read together."""
    line = (
        "<div class='ngaydang'><img src='/Images/icon_clock.gif' width='11'> <span"
        " id='lblNgayDang'>Thứ Sáu, ngày 18 tháng 10 năm 2024</span> <span id='lblGioDang'>"
        "8 giờ 30 phút</span></div>"
    )
    html = (
        "<html><body><div><h1>Xã An Bình đẩy nhanh tiến độ thu hoạch lúa mùa</h1>"
        f"{line}<div class='body'>{_TEXT * 3}</div></div></body></html>"
    )
    article = extract_article(html.encode(), "https://anbinh.example.gov.vn/tin-tuc/1543.aspx")
    assert article["published_at"] == "2024-10-18T08:30:00+07:00"


@pytest.mark.parametrize(
    "widget",
    [
        "<h3>Giá nông sản</h3><table><tr><td>Thóc tẻ</td><td>7.800</td></tr></table>"
        "<p>Cập nhật: 02/12/2024</p>",
        "<h3>Thời tiết</h3><p>Thái Bình 24°C</p><p>Cập nhật lúc 15:00 ngày 02/12/2024</p>",
    ],
    ids=["price-box", "weather-box"],
)
def test_a_sidebar_boxs_update_line_under_its_own_heading_is_not_the_articles(widget: str) -> None:
    """A DNN department's page: the article's column, then a sidebar whose boxes each open with
    a heading; a price box's `Cập nhật:` tells when its prices were read."""
    html = (
        "<html><body><div class='row'><div class='main'><div class='module'><div class='detail'>"
        "<h1>Tỉnh hỗ trợ mua máy cấy, máy gặt cho hợp tác xã</h1>"
        "<div class='meta'><span>Ngày đăng: 19/11/2024 3:47:12 CH</span></div>"
        f"<div class='content'>{_TEXT * 3}</div></div></div></div>"
        f"<div class='side'><div class='box'>{widget}</div></div></div></body></html>"
    )
    page = ArticlePage(html, "https://snn.example.vn/tin-tuc/3958")
    assert (page.published(), page.modified()) == ("Ngày đăng: 19/11/2024 3:47:12 CH", None)


def test_a_labelled_date_opening_the_text_box_under_a_headline_apart_dates_the_article() -> None:
    """Liferay's asset publisher: the headline in the portlet's header, the web content's own
    first line `Ngày đăng: 06/11/2024` inside the text's box. A date in the text's sentences
    (`ngày 29/11/2024`) does not date it."""
    text = "<p>Trung tâm Dịch vụ đấu giá tài sản tỉnh thông báo đấu giá vào ngày 29/11/2024.</p>"
    html = (
        "<html><body><div class='portlet'><div class='header'><h3>Thông báo đấu giá quyền sử "
        "dụng đất tại thôn An Chiểu 2</h3></div><div class='content'><div class='article'>"
        f"<div class='date'>Ngày đăng: 06/11/2024</div>{text}{_TEXT * 3}</div></div></div>"
        "</body></html>"
    )
    article = extract_article(html, "https://sotuphap.example.vn/dau-gia/-/content/an-chieu")
    assert article["published_at"] == "2024-11-06"
    assert "Ngày đăng" not in str(article["body"])


@pytest.mark.parametrize(
    "issue",
    [
        "<div class='ep-issue'>Số 4321 · Thứ Năm, 21/11/2024</div>",
        "<div class='ep-issue'><span>Số 4321</span> · <span>Thứ Năm, 21/11/2024</span></div>",
    ],
    ids=["one-element", "apart"],
)
def test_an_e_papers_issue_bar_dates_an_article_that_nothing_else_dates(issue: str) -> None:
    html = (
        "<html><body><div><a href='/'>Báo Nam Định</a> | <a href='/bao-in'>Báo in</a></div>"
        f"<div>{issue}<div>Báo in số 4321, trang 3</div></div><div><h1>Hải Hậu giữ nghề làm"
        f" bánh nhãn truyền thống</h1><div>{_TEXT}{_TEXT}</div></div></body></html>"
    )
    article = extract_article(html.encode(), "https://epaper.x.vn/bao-in/so-4321/trang-3/bai-2")
    assert article["published_at"] == "2024-11-21"


_NUKEVIET_RATING = (
    "<form action=''><div class='h5'><p>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p>"
    "<span>Click để đánh giá bài viết</span><div><input type='radio' value='1' title='Bài viết rất"
    " kém'><input type='radio' value='5' title='Bài viết rất tốt'><span>Bài viết rất tốt</span>"
    "</div></div></form>"
)


def test_a_view_count_beside_a_rating_form_after_the_text_counts_the_articles_views() -> None:
    """NukeViet's news module: the views in a panel of their own under the tags' panel, beside
    the form rating the article, whose prompts are no text of another post below."""
    panel = (
        "<div class='panel'><ul><li><em class='fa fa-eye'>&nbsp;</em> Lượt xem: 1.284</li></ul>"
        f"{_NUKEVIET_RATING}</div>"
    )
    tags = (
        "<div class='panel'><strong>Từ khóa: </strong><a href='/news/tag/hdnd'><em>HĐND tỉnh</em>"
        "</a>, <a href='/news/tag/ky-hop'><em>kỳ họp thứ 28</em></a></div>"
    )
    html = (
        "<html><body><div class='col'><div class='panel'><h1>Kỳ họp thứ 28 HĐND tỉnh</h1>"
        "<span>10/12/2024 16:35</span><div class='bodytext'>" + _TEXT * 3 + "</div>"
        "<p class='text-right'><strong>Tác giả bài viết: </strong>Thu Trang</p></div>"
        f"{tags}{panel}</div></body></html>"
    )
    raw = ArticlePage(html, "https://x.vn/news/thoi-su/ky-hop-thu-28-1.html").to_raw()
    assert raw.view_count == "Lượt xem: 1.284"


@pytest.mark.parametrize(
    ("label", "published"),
    [
        ("Danh mục:", "Thứ Bảy, 12/10/2024"),
        ("<b>Chuyên mục:</b>", "Thứ Bảy, 12/10/2024"),
        # unlabelled, a link of a title's length in the line is a teaser's headline
        ("", None),
    ],
)
def test_a_meta_lines_section_after_its_label_is_no_teasers_headline(
    label: str, published: str | None
) -> None:
    """EasyDNNnews's meta line: the date, the poster, the section after its label (linked to an
    address with digits), the views."""
    meta = (
        "<div class='edn_metaDetails'><span>Thứ Bảy, 12/10/2024</span> <span>Người đăng: <a "
        "href='/tin-tuc/ArtMID/1540/UserID/1/admin'>admin</a></span> <span>"
        f"{label} <a href='/tin-tuc/ArtMID/1540/CategoryID/12/Thanh-nien-khoi-nghiep'>Thanh niên"
        " khởi nghiệp</a></span> <span>Lượt xem (356)</span></div>"
    )
    html = (
        f"<html><body><div><h1>Chàng trai 9X khởi nghiệp từ mật ong hoa nhãn</h1>{meta}"
        f"<div class='edn_articleContent'>{_TEXT * 3}</div></div></body></html>"
    )
    raw = ArticlePage(html, "https://x.vn/tin-tuc/ArtMID/1540/ArticleID/2381/x").to_raw()
    assert raw.published == published
    assert raw.view_count == ("Lượt xem (356)" if published else None)


def test_a_news_footers_date_beside_a_link_to_all_the_news_dates_the_article() -> None:
    """Koha's news item closes with `Đăng ngày 22/04/2025 bởi <span>…</span> • <a>Hiển thị
    tất cả tin tức</a>`: a link to the whole list is no teaser's headline."""
    footer = (
        "<div class='newsfooter'>Đăng ngày 22/04/2025 bởi <span class='newsauthor'>Nguyễn Thị "
        "Mai</span> &bull; <a href='/cgi-bin/koha/opac-main.pl'>Hiển thị tất cả tin tức</a></div>"
    )
    html = (
        "<html><body><div class='newsitem'><h4 class='newsheader'>Sôi nổi Ngày hội đọc sách năm "
        f"2025</h4><div class='newsbody'>{_TEXT * 3}</div>{footer}</div></body></html>"
    )
    page = ArticlePage(html, "https://opac.thuvien.example.vn/cgi-bin/koha/opac-main.pl?news_id=57")
    assert page.published() == "Đăng ngày 22/04/2025"


@pytest.mark.parametrize(
    "section",
    [
        "<a href='/infusions/news/news.php?cat_id=3'>Hoạt động công đoàn</a>",  # PHP-Fusion's
        "<a href='/index.php?option=com_content&amp;view=category&amp;catid=3'>Hoạt động công"
        " đoàn</a>",
    ],
)
def test_a_meta_lines_link_to_its_section_by_its_id_makes_no_teaser_of_it(section: str) -> None:
    """PHP-Fusion's news item: the poster, the date, the section linked by its id
    (`news.php?cat_id=3`), the comments' and the reads' icons in one line under the headline."""
    meta = (
        "<div class='news-info'><span><i class='fa fa-user'></i> <a href='/profile.php?lookup=1'>"
        "admin</a></span> <span><i class='fa fa-calendar'></i> 14-10-2024 08:30</span> <span><i"
        f" class='fa fa-folder-o'></i> {section}</span> <span><a href='#comments'><i class="
        "'fa fa-comments-o'></i> 2</a></span> <span><i class='fa fa-eye'></i> 1.234</span></div>"
    )
    html = (
        "<html><body><article><h2>Thăm hỏi người lao động các bến phà mùa nước nổi</h2>"
        f"{meta}<div class='news-text'>{_TEXT * 3}</div></article></body></html>"
    )
    article = extract_article(html, "https://x.vn/infusions/news/news.php?readmore=1456")
    assert (article["published_at"], article["view_count"]) == ("2024-10-14T08:30:00+07:00", 1234)


def _property(label: str, value: str) -> str:
    return (
        f"<div class=property><div><span>{label}</span></div><div><span>{value}</span></div></div>"
    )


@pytest.mark.parametrize(
    "properties",
    [
        # Notion's page properties (Super.so): each label and value in boxes of their own.
        _property("Ngày đăng", "3 tháng 12, 2024") + _property("Chuyên mục", "Trò chuyện"),
        "<dl><dt>Ngày đăng</dt><dd>3 tháng 12, 2024</dd>"
        "<dt>Chuyên mục</dt><dd>Trò chuyện</dd></dl>",
        "<table><tr><td>Ngày đăng</td><td>3 tháng 12, 2024</td></tr>"
        "<tr><td>Chuyên mục</td><td>Trò chuyện</td></tr></table>",
        "<p><span>Ngày đăng:</span> 3 tháng 12, 2024</p><p>Chuyên mục: Trò chuyện</p>",
    ],
    ids=["notion", "dl", "grid", "labelled-lines"],
)
def test_the_articles_properties_opening_its_text_date_it_and_are_no_text(
    properties: str,
) -> None:
    lead = (
        "<p><strong>"
        + "Nghệ nhân kể về bốn mươi năm gắn bó với nghề sơn thếp. " * 2
        + "</strong></p>"
    )
    article = f"<article>{properties}{lead}{_TEXT * 3}</article>"
    html = f"<html><body><header><h1>Nghệ nhân làng Sơn Đồng</h1></header>{article}</body></html>"
    found = extract_article(html, "https://x.vn/tro-chuyen/nghe-nhan")
    assert found["published_at"] == "2024-12-03"
    assert str(found["lead"]).startswith("Nghệ nhân kể")
    assert found["body"].startswith("Nội dung bài viết")


@pytest.mark.parametrize(
    ("permalink", "published"),
    [
        ("Liên kết cố định", "21/10/2024 08:30 PM"),  # Movable Type's Vietnamese pack
        ("Permalink", "21/10/2024 08:30 PM"),
        # a headline's length of words linked after the date: a teaser's line
        ("Giữ rừng luồng Mường Khà - Bài 3: Hướng đi mới", None),
    ],
    ids=["vietnamese", "english", "headline"],
)
def test_a_meta_lines_permalink_makes_no_teaser_of_it(
    permalink: str, published: str | None
) -> None:
    """Movable Type's meta line closes with a link to the post itself, `Liên kết cố định`
    (`rel="bookmark"`): a tool of the page, no teaser's headline beside the date."""
    meta = (
        "<div class='asset-meta'><span class='byline'>Đăng bởi <a href='/tac-gia/bbt/'>Ban Biên"
        " tập</a> lúc <span class='published'>21/10/2024 08:30 PM</span></span> | <span class="
        f"'views'>3.482</span> | <a rel='bookmark' href='/2024/10/bai-{len(permalink)}.html'>"
        f"{permalink}</a></div>"
    )
    html = (
        "<html><body><div class='asset'><div class='asset-header'><h1>Giữ rừng luồng Mường Khà"
        f" - Bài 2: Khi cây luồng mất giá</h1>{meta}</div><div class='asset-content'>"
        f"{_TEXT * 3}</div></div></body></html>"
    )
    raw = ArticlePage(html, "https://rungdoisong.example.vn/2024/10/bai-2.html").to_raw()
    assert raw.published == published


@pytest.mark.parametrize(
    ("poster", "kept"),
    [
        ("bởi Phan Văn Thiện", False),  # Contao's news reader: the poster beside the date
        ("Đăng bởi Phan Văn Thiện", False),
        # a sentence of the text after the date: the line is the text's
        ("Đoàn rước xuất phát từ sân đền lúc bảy giờ rưỡi sáng", True),
    ],
    ids=["by", "posted-by", "sentence"],
)
def test_the_poster_between_the_date_and_the_views_is_the_meta_lines(
    poster: str, kept: bool
) -> None:
    """Contao's `<p class="info"><time>12.02.2025 07:30</time> bởi Phan Văn Thiện <span
    class="hits">1.517 lượt xem</span></p>` in the article's box, a live report's update in a
    line of its own under it, then the text: the whole line is the header's, no paragraph of
    the text."""
    html = (
        "<html><body><div class='layout_full'><h1>Lễ rước nước đền Quát Xuyên</h1><p"
        " class='info'><time datetime='2025-02-12T07:30:00+07:00'>12.02.2025 07:30</time>"
        f" {poster} <span class='hits'>1.517 lượt xem</span></p><p class='live-update'>Cập nhật"
        " lúc 11:20</p>"
        + f"<div class='ce_text block'>{_TEXT * 2}</div>" * 3
        + "</div></body></html>"
    )
    article = extract_article(html, "https://disanhd.example.vn/tin-tuc/ruoc-nuoc.html")
    assert (poster in str(article["body"])) is kept
    assert article["view_count"] == 1517


def test_a_live_reports_entry_times_in_their_own_articles_are_no_header_times() -> None:
    """A live report's entries, each an `<article>` inside the report's, stamped by `<time>`
    (`16:42`): their times date the entries; the report's header line, a plain span, dates it."""
    entries = "".join(
        f"<article class='lb-entry'><div><time datetime='2024-11-09T{t}:00+07:00'>{t}</time>"
        f"</div><p>Diễn biến trận đấu lúc {t}, hai đội vẫn giằng co ở giữa sân.</p></article>"
        for t in ("16:42", "16:02")
    )
    html = (
        "<html><body><main><article class='article--live'><h1>Trực tiếp chung kết Giải bóng đá"
        " học sinh THCS</h1><div class='meta'><span class='date'>Thứ Bảy, 09/11/2024 - 14:00"
        f" (GMT+7)</span></div><div>{_TEXT * 2}</div><div class='entries'>"
        f"{entries}</div></article></main></body></html>"
    )
    article = extract_article(html, "https://tinthanhlam.example.vn/truc-tiep-d24817")
    assert article["published_at"] == "2024-11-09T14:00:00+07:00"
    assert "published_at_conflict" not in article["warnings"]


@pytest.mark.parametrize(
    "icon",
    [
        "<mat-icon class='mat-icon material-icons' aria-hidden='true'>visibility</mat-icon>",
        "<span class='material-icons'>visibility</span>",
        "<i class='material-symbols-outlined'>visibility</i>",
    ],
    ids=["angular-material", "material-icons", "material-symbols"],
)
def test_a_material_icons_ligature_is_no_word_of_its_line(icon: str) -> None:
    """Material icons are drawn from their ligature's name (`visibility`, an eye): the line
    reads `Lượt xem: 1.234`, as shown."""
    meta = (
        "<div class='news-info'><span>Ngày đăng: 11/10/2024 15:40</span> <span>"
        f"{icon} Lượt xem: 1.234</span></div>"
    )
    html = (
        "<html><body><div class='news-detail'><h1>Tạm dừng tiếp nhận hồ sơ đổi giấy phép lái"
        f" xe trực tiếp</h1>{meta}<div class='news-content'>{_TEXT * 3}</div></div></body></html>"
    )
    article = extract_article(html, "https://sgtvt.example.gov.vn/tin-tuc/tam-dung-2318")
    assert (article["view_count"], article["view_count_raw"]) == (1234, "Lượt xem: 1.234")
