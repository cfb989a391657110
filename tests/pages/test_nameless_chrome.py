"""Table tests for the page's own boxes told without their class names (a CSS-in-JS site hashes
them): dialogs and the footer by their ARIA roles, the masthead and readers' comments by their
words, a breadcrumb by its label for screen readers, a standfirst by its place."""

from __future__ import annotations

import pytest

from newscrawl.pages.article import ArticlePage

_SHORT = (
    "<p>Sáng 19/11, Công an xã Vũ Hội ra mắt mô hình camera an ninh với 32 camera lắp đặt tại các"
    " tuyến đường trục xã.</p><p>Mô hình góp phần phát hiện, phòng ngừa tội phạm trên địa bàn.</p>"
)
_ARTICLE = ["Sáng 19/11", "Mô hình góp phần"]  # how the article's paragraphs start
_NOTICE = (
    "<p>" + "Trang thông tin sử dụng cookie để ghi nhớ lựa chọn của bạn và thống kê truy cập. " * 6
    + "</p><p>" + "Bạn có quyền đồng ý, rút lại sự đồng ý và yêu cầu xóa dữ liệu cá nhân. " * 6
    + "</p><button>Đồng ý</button>"
)  # fmt: skip
_MASTHEAD = (
    "<p>TRANG THÔNG TIN ĐIỆN TỬ CÔNG AN HUYỆN VŨ THƯ - CƠ QUAN CHỦ QUẢN: CÔNG AN TỈNH THÁI BÌNH</p>"
    "<p>Chịu trách nhiệm nội dung: Thượng tá Nguyễn Văn Hải - Trưởng Công an huyện Vũ Thư.</p>"
    "<p>Điện thoại trực ban: 0227.3826.xxx - Email: cahvuthu@thaibinh.gov.vn - Fax: 0227.3826</p>"
    "<p>Giấy phép thiết lập trang thông tin điện tử tổng hợp số 21/GP-STTTT do Sở cấp năm 2020.</p>"
    "<p>Ghi rõ nguồn Trang thông tin điện tử Công an huyện Vũ Thư khi phát hành lại thông tin.</p>"
)


def _page(inside: str) -> ArticlePage:
    html = f"<html><body><div class='css-a1'>{inside}</div></body></html>"
    return ArticlePage(html, "https://cahvuthu.vn/tin-tuc/camera-an-ninh-1423.html")


def _starts(body: list[str]) -> list[str]:
    return [paragraph[: len(start)] for paragraph, start in zip(body, _ARTICLE, strict=False)]


def _reads_the_article(page: ArticlePage) -> bool:
    body = page.body(None)
    return len(body) == len(_ARTICLE) and _starts(body) == _ARTICLE


@pytest.mark.parametrize(
    ("box", "article"),
    [
        ("<div role='dialog' aria-modal='true' class='css-x9'>{}</div>", True),
        ("<div role='alertdialog' class='css-x9'>{}</div>", True),
        ("<dialog open>{}</dialog>", True),
        ("<div role='contentinfo' class='css-x9'>{}</div>", True),
        ("<div role='alertdialog dialog' class='css-x9'>{}</div>", True),  # fallbacks
        ("<div role='region' class='css-x9'>{}</div>", False),  # a landmark of the page's own
    ],
)
def test_a_dialog_or_the_pages_footer_landmark_is_never_the_text(box: str, article: bool) -> None:
    page = _page(f"<h1>Ra mắt mô hình camera an ninh</h1><div class='css-b2'>{_SHORT}</div>"
                 + box.format(_NOTICE))  # fmt: skip
    assert _reads_the_article(page) is article


@pytest.mark.parametrize(
    "layout",
    [
        # the masthead's box beside the article's
        "<h1>Ra mắt mô hình camera an ninh</h1><div class='css-b2'>{short}</div>"
        "<div class='css-c3'>{masthead}</div>",
        # in the page's wrapper, beside the box of the headline and the article
        "<div class='css-d4'><h1>Ra mắt mô hình camera an ninh</h1>"
        "<div class='css-b2'>{short}</div></div><div class='css-c3'>{masthead}</div>",
    ],
    ids=["beside-the-article", "beside-the-content-box"],
)
def test_the_sites_masthead_in_a_box_of_no_name_loses_to_a_short_article(layout: str) -> None:
    page = _page(layout.format(short=_SHORT, masthead=_MASTHEAD))
    assert _reads_the_article(page)


def test_a_short_text_that_names_an_editor_and_a_licence_is_still_the_article() -> None:
    short = (
        "<p>Sáng 3/12, Bộ Thông tin và Truyền thông trao Giấy phép số 123/GP-BTTTT cho Báo Hưng"
        " Yên.</p><p>Đồng chí Nguyễn Văn Nam, Tổng Biên tập, cho biết tòa soạn đặt tại địa chỉ số"
        " 10 đường Nguyễn Văn Linh.</p>"
    )
    page = _page(f"<h1>Trao giấy phép cho Báo Hưng Yên</h1><div class='css-b2'>{short}</div>")
    assert [p[:9] for p in page.body(None)] == ["Sáng 3/12", "Đồng chí "]


_STANDFIRST = (
    "Sáng 4/12, tại xã Quảng Lãng, Hợp tác xã Nông sản Ân Thi chính thức ra mắt với 32 thành viên"
    " sáng lập."
)


@pytest.mark.parametrize(
    ("above", "lead"),
    [
        (f"<p><strong>{_STANDFIRST}</strong></p>", _STANDFIRST),
        (f"<p><strong>{_STANDFIRST}</strong></p><figure><img src='/a.jpg'></figure>", _STANDFIRST),
        (f"<div><b>{_STANDFIRST}</b></div>", _STANDFIRST),
        (f"<p>{_STANDFIRST}</p>", _STANDFIRST),  # set apart: its place says it
        (
            f"<p>{_STANDFIRST}</p><figure><img src='/a.jpg'><figcaption>Lễ ra mắt hợp tác xã."
            "</figcaption></figure>",
            _STANDFIRST,
        ),
        (
            f"<p>{_STANDFIRST}</p><div>Cỡ chữ: <a href='#'>A-</a> <a href='#'>A+</a> <a href='#'>In"
            " bài</a> <span><button>Nghe đọc bài viết</button><select><option>Giọng nữ miền Bắc"
            "</option><option>Giọng nam miền Bắc</option><option>Giọng nữ miền Nam</option>"
            "</select></span></div>",
            _STANDFIRST,
        ),
        (  # sharing a box with the lead picture (NukeViet's hometext and its figure)
            f"<div><div>{_STANDFIRST}</div><figure><img src='/a.jpg'><figcaption>Lễ ra mắt."
            "</figcaption></figure></div>",
            _STANDFIRST,
        ),
        (  # a picture's long caption under it is no standfirst
            f"<div><img src='/a.jpg'><p>{_STANDFIRST}</p></div>",
            None,
        ),
        (  # NukeViet 3's hometext: a thumbnail floated left, the sentence beside it
            f"<div><img src='/a.jpg' width='140' style='float: left'> {_STANDFIRST}</div>",
            _STANDFIRST,
        ),
        ("<p><strong>Nhiều chỉ tiêu về đích sớm</strong></p>", None),  # a heading's length
        (f"<div><p>{_STANDFIRST}</p><p>{_STANDFIRST}</p></div>", None),  # a box of paragraphs
        (
            "<div><a href='/kinh-te/bai-khac-2490.html'>Hưng Yên có thêm 12 sản phẩm OCOP 4 sao"
            f"</a> {_STANDFIRST}</div>",
            None,
        ),  # a teaser
    ],
    ids=[
        "bold-paragraph", "picture-between", "bold-box", "plain-paragraph",
        "captioned-picture-between", "toolbar-between", "beside-the-lead-picture",
        "caption-under-a-picture", "beside-a-floated-thumbnail", "short-bold-line",
        "two-paragraphs",
        "teaser",
    ],
)  # fmt: skip
def test_a_paragraph_set_apart_right_above_the_text_box_is_the_standfirst(
    above: str, lead: str | None
) -> None:
    # A text long enough for its box to outweigh the box around it and the standfirst.
    text = (
        _SHORT + "<p>" + "Hợp tác xã liên kết với 120 hộ nông dân trồng rau an toàn. " * 4 + "</p>"
    )
    page = _page(
        "<h1>Ra mắt Hợp tác xã Nông sản Ân Thi</h1><div><span>04/12/2024 15:20</span></div>"
        f"{above}<div class='css-b2'>{text}</div>"
    )
    assert page.lead() == lead
    if lead is not None:  # and it is not read twice
        assert all(_STANDFIRST not in paragraph for paragraph in page.body(lead))


def test_a_box_named_a_description_elsewhere_does_not_hide_the_standfirst() -> None:
    """NukeViet's header names the site's tagline `site_description`; its `hometext` has no
    name a standfirst bears."""
    tagline = "<span class='site_description'>Cổng thông tin điện tử xã Đông Xuân</span>"
    page = _page(
        f"{tagline}<h1>Ra mắt Hợp tác xã Nông sản Ân Thi</h1>"
        f"<div class='hometext'>{_STANDFIRST}</div><div class='bodytext'>{_SHORT}"
        + "<p>Hợp tác xã liên kết với 120 hộ nông dân trồng rau an toàn. " * 4
        + "</p></div>"
    )
    assert page.lead() == _STANDFIRST


@pytest.mark.parametrize(
    "meta",
    [
        "<div><span>04/12/2024 15:20</span></div>",
        # Jannah's meta line opens with the author's avatar: no lead picture in the header.
        "<div><img src='/avatar.jpg' width='140' height='140'><a href='/author/thu-huong/'>Phạm "
        "Thu Hương</a> <span>04/12/2024 15:20</span></div>",
    ],
    ids=["date", "avatar"],
)
def test_the_standfirst_after_the_headline_in_the_headers_box_is_found(meta: str) -> None:
    """The header's box holds the headline and the standfirst; the featured picture and a
    share bar stand between it and the text box (JNews, Hugo's PaperMod, Jannah)."""
    page = _page(
        "<div class='css-h'><div><a href='/'>Trang chủ</a> / <a href='/kinh-te'>Kinh tế</a></div>"
        f"<div><h1>Ra mắt Hợp tác xã Nông sản Ân Thi</h1><p>{_STANDFIRST}</p>{meta}</div></div>"
        "<div class='css-f'><img src='/a.jpg'>"
        "</div><div class='css-s'><a href='#'>Facebook</a></div><div class='css-b2'>"
        + _SHORT
        + "<p>"
        + "Hợp tác xã liên kết với 120 hộ nông dân trồng rau an toàn. " * 4
        + "</p></div>"
    )
    assert page.lead() == _STANDFIRST


@pytest.mark.parametrize(
    "text",
    [
        f"<p>{_STANDFIRST} Hợp tác xã liên kết với 120 hộ nông dân trồng rau an toàn.</p>",
        f"{_STANDFIRST}<br>Hợp tác xã liên kết với 120 hộ nông dân trồng rau an toàn.",
    ],
    ids=["one-paragraph", "one-paragraph-split-by-a-br"],
)
def test_a_one_paragraph_brief_is_its_text_not_its_standfirst(text: str) -> None:
    """A brief's only paragraph, in the header's box after the headline, is the text itself:
    the prose after the headline is looked for above the text, not in it."""
    page = _page(
        "<div><h1>Ra mắt Hợp tác xã Nông sản Ân Thi</h1><div><span>04/12/2024 15:20</span></div>"
        f"<div class='css-b2'>{text}</div></div>"
    )
    lead = page.lead()
    assert lead is None
    assert page.body(lead)[0].startswith("Sáng 4/12")


def test_a_bold_paragraph_above_the_headline_is_no_standfirst() -> None:
    page = _page(
        f"<p><strong>{_STANDFIRST}</strong></p><div><h1>Ra mắt Hợp tác xã Nông sản Ân Thi</h1>"
        f"<div class='css-b2'>{_SHORT}</div></div>"
    )
    assert page.lead() is None


_TRAIL = "<ol><li><a href='/'>Trang chủ</a></li><li aria-hidden='true'>›</li><li>{}</li></ol>"


@pytest.mark.parametrize(
    ("label", "category"),
    [("breadcrumb", "Kinh tế"), ("Breadcrumb", "Kinh tế"), ("Menu chính", None),
     ("Đường dẫn", "Kinh tế"),  # Liferay 7's Vietnamese pack
     ("Điều hướng chính", None)],  # (the site's main menu: `navigation` is no trail)
)  # fmt: skip
def test_a_trail_labelled_a_breadcrumb_for_screen_readers_names_the_section(
    label: str, category: str | None
) -> None:
    trail = _TRAIL.format("<a href='/kinh-te'>Kinh tế</a>")
    page = _page(
        f"<nav aria-label='{label}'>{trail}</nav><h1>Ra mắt Hợp tác xã Nông sản Ân Thi</h1>"
        f"<div class='css-b2'>{_SHORT}</div>"
    )
    assert page.category() == category


def test_a_trail_labelled_a_breadcrumb_outranks_links_split_by_dots_above_it() -> None:
    """A top bar's `Liên hệ quảng cáo · Gửi tin bài` looks like a trail; the one labelled so
    for screen readers is the trail."""
    top_bar = "<div><span><a href='/lien-he'>Liên hệ quảng cáo</a> · <a href='/gui-tin'>Gửi tin"
    top_bar += " bài</a></span></div>"
    trail = _TRAIL.format("<a href='/kinh-te'>Kinh tế</a>")
    page = _page(
        f"{top_bar}<nav aria-label='breadcrumb'>{trail}</nav><h1>Ra mắt Hợp tác xã Nông sản Ân"
        f" Thi</h1><div class='css-b2'>{_SHORT}</div>"
    )
    assert page.category() == "Kinh tế"


_MENU = (
    "<ul><li><a href='/'>Trang chủ</a></li><li><a href='/an-ninh'>An ninh</a></li>"
    "<li><a href='/kinh-te'>Kinh tế</a></li><li><a href='/van-hoa'>Văn hóa</a></li></ul>"
)


@pytest.mark.parametrize(
    ("trail", "category"),
    [
        ("<ol><li><a href='/'>Trang chủ</a></li><li><a href='/an-ninh/'>An ninh</a></li>"
         "<li><a href='/an-ninh/trat-tu/'>Trật tự</a></li></ol>", "Trật tự"),
        ("<ul><li><a href='/tin-tuc.html'>Tin tức</a></li>"
         "<li><a href='/tin-tuc/an-ninh.html'>An ninh</a></li></ul>", "An ninh"),
        # home and one section: a trail when the article sits in the section's folder
        ("<ol><li><a href='/'>Trang chủ</a></li><li><a href='/tin-tuc.html'>Tin tức</a></li>"
         "</ol>", "Tin tức"),
        ("<ol><li><a href='/'>Trang chủ</a></li><li><a href='/kinh-te'>Kinh tế</a></li></ol>",
         None),
        # a section's link over its articles' headlines is a list, not a trail
        ("<ul><li><a href='/an-ninh'>An ninh</a></li><li><a href='/an-ninh/xa-vu-hoi-ra-mat-mo"
         "-hinh-camera-an-ninh-tai-32-tuyen-duong-1400.html'>Xã Vũ Hội ra mắt mô hình camera an"
         " ninh tại 32 tuyến đường</a></li></ul>", None),
    ],
    ids=["home-and-two", "two-folders", "home-and-the-articles-folder", "home-and-another",
         "section-and-headline"],
)  # fmt: skip
def test_a_list_going_down_the_sites_folders_is_the_trail(trail: str, category: str | None) -> None:
    page = _page(
        f"{_MENU}{trail}<h1>Ra mắt mô hình camera an ninh</h1><div class='css-b2'>{_SHORT}</div>"
    )
    assert page.category() == category


@pytest.mark.parametrize(
    ("trail", "category"),
    [
        # SMF's linktree: each item a link and the separator after it, the last the page's own
        ("<ul><li><a href='/index.php'>Diễn đàn</a> &#187;</li><li><a href='/index.php?board=5'>"
         "An ninh</a> &#187;</li><li><a href='/index.php?topic=42'>Ra mắt mô hình camera an ninh"
         "</a></li></ul>", "An ninh"),
        # a menu's items: no separator between them
        ("<ul><li><a href='/'>Trang chủ</a></li><li><a href='/an-ninh'>An ninh</a></li>"
         "<li><a href='/kinh-te'>Kinh tế</a></li></ul>", None),
        ("<ul><li><a href='/'>Trang chủ</a> |</li><li><a href='/lien-he'>Liên hệ</a></li></ul>",
         None),
    ],
    ids=["linktree", "menu", "bar-split-row"],
)  # fmt: skip
def test_a_list_of_crumbs_each_followed_by_its_separator_is_the_trail(
    trail: str, category: str | None
) -> None:
    page = _page(f"{trail}<h1>Ra mắt mô hình camera an ninh</h1><div class='css-b2'>{_SHORT}</div>")
    assert page.category() == category


def test_a_masthead_sharing_its_box_with_the_headline_and_text_sets_nothing_aside() -> None:
    page = _page(
        f"<div class='css-d4'><h1>Ra mắt mô hình camera an ninh</h1>{_SHORT}{_MASTHEAD}</div>"
    )
    assert _starts(page.body(None)) == _ARTICLE


_COMMENTS = "".join(
    f"<div class='css-k{i}'><div><span>Bạn đọc {i}</span> <span>12/10/2024 08:1{i}</span></div>"
    f"<div>{'Rất mừng khi thấy quê hương đổi mới, mong tỉnh tiếp tục quan tâm đầu tư. ' * 3}</div>"
    "<div><a href='#'>Trả lời</a> <a href='#'>Thích</a></div></div>"
    for i in range(6)
)


@pytest.mark.parametrize(
    "heading",
    [
        "<div class='css-h1'>Bình luận (8)</div>",
        "<h3>Ý kiến bạn đọc (6)</h3>",
        "<div><h3>8 bình luận</h3></div>",  # alone in its box
        "<p>Binh luan</p>",
    ],
)
def test_readers_comments_under_their_heading_are_never_the_text(heading: str) -> None:
    page = _page(
        f"<h1>Ra mắt mô hình camera an ninh</h1><div class='css-b2'>{_SHORT}</div>"
        f"<div class='css-c3'>{heading}<div class='css-l'>{_COMMENTS}</div></div>"
    )
    assert _reads_the_article(page)


def test_a_comment_count_in_the_date_line_heads_nothing() -> None:
    text = "<p>" + "Nội dung bài viết về mô hình camera an ninh của xã Vũ Hội. " * 6 + "</p>"
    page = _page(
        "<h1>Ra mắt mô hình camera an ninh</h1><div><span>19/11/2024 08:20</span>"
        f" <span>Bình luận (0)</span></div><div class='css-b2'>{text * 3}</div>"
    )
    assert len(page.body(None)) == 3


def test_an_opinion_intertitle_inside_the_text_heads_no_comments() -> None:
    text = "<p>" + "Nội dung bài viết về mô hình camera an ninh của xã Vũ Hội. " * 3 + "</p>"
    page = _page(
        f"<h1>Ra mắt mô hình camera an ninh</h1><div class='css-b2'>{text}"
        f"<p><strong>Ý kiến</strong></p>{text * 4}</div>"
    )
    assert len(page.body(None)) == 6


@pytest.mark.parametrize("wrappers", [1, 2, 3])
def test_paragraphs_each_in_wrappers_of_their_own_add_up_where_they_meet(wrappers: int) -> None:
    """A site rendering each paragraph as a component (`<div class=css-p><div><p>`) against a
    sidebar list whose items hold sentences of their own."""
    paragraph = (
        "Nông dân xã Vũ Hội thu hoạch lúa xuân, năng suất đạt 68 tạ mỗi héc-ta, cao hơn vụ trước."
    )
    text = "".join(
        "<div class='css-p'>" * wrappers + f"<p>{i}. {paragraph}</p>" + "</div>" * wrappers
        for i in range(5)
    )
    item = "Hội nghị tổng kết phong trào xây dựng đời sống văn hóa ở cơ sở, khen thưởng tập thể."
    sidebar = "<ul>" + f"<li>{item}</li>" * 3 + "</ul>"
    page = _page(
        f"<h1>Thu hoạch lúa xuân</h1><div class='css-t'>{text}</div>"
        f"<div class='css-s'>{sidebar}</div>"
    )
    assert [p[:2] for p in page.body(None)] == ["0.", "1.", "2.", "3.", "4."]


@pytest.mark.parametrize(
    ("box", "tags"),
    [
        ("<div class='css-t'><a href='/tag/an-ninh'>an ninh</a><a href='/tag/vu-thu'>Vũ Thư</a>"
         "</div>", ["an ninh", "Vũ Thư"]),
        ("<ul><li><a href='/tu-khoa/camera-tag12.html'>#camera</a></li><li>"
         "<a href='/tu-khoa/vu-thu-tag7.html'>#Vũ Thư</a></li></ul>", ["#camera", "#Vũ Thư"]),
        ("<div><h4><a href='/index.php/component/tags/tag/an-ninh'>an ninh</a></h4></div>",
         ["an ninh"]),
        ("<div><a href='tags/an-ninh/'>an ninh</a></div>", ["an ninh"]),  # under <base href>
        ("<ul><li><a href='/blog/hashtags/an-ninh'>An ninh</a></li></ul>", ["An ninh"]),  # Wix
        # a menu's topics are the site's; a link that only mentions a tag goes to an article
        ("<nav><a href='/tag/an-ninh'>An ninh</a><a href='/tag/giao-thong'>Giao thông</a></nav>",
         []),
        ("<div><a href='/tin-tuc/tag-camera-an-ninh-1422.html'>Lắp camera</a></div>", []),
        # a box that says more than its links is no tag list
        ("<div>Xem thêm bài về <a href='/tag/an-ninh'>an ninh</a> trên địa bàn huyện.</div>", []),
    ],
    ids=["slash-tag", "tu-khoa-list", "joomla", "relative", "wix", "menu", "article-link",
         "sentence"],
)  # fmt: skip
def test_a_tag_list_without_its_class_name_is_told_by_where_its_links_go(
    box: str, tags: list[str]
) -> None:
    """(`#` is dropped from the values the article exports: `vn.clean_tag`.)"""
    page = _page(f"<h1>Ra mắt mô hình camera an ninh</h1><div class='css-b2'>{_SHORT}</div>{box}")
    assert page.tags() == tags


@pytest.mark.parametrize(
    "names",
    [
        ["Lưu bài viết này", "Theo dõi chuyên mục", "Báo lỗi bài viết", "Tăng cỡ chữ"],
        ["Thích"],
    ],
    ids=["four-buttons", "one-button"],
)
def test_a_box_of_elements_with_the_button_role_is_never_the_text(names: list[str]) -> None:
    """Controls written as `span`s or `div`s with ARIA's button role, where `<button>` is not
    used (a page builder's): their box is set aside like a box of buttons, however many words
    the buttons themselves hold."""
    buttons = "".join(f"<span class='css-s2' role='button' tabindex='0'>{n}</span>" for n in names)
    page = _page(
        "<h1>Ra mắt mô hình camera an ninh</h1>"
        f"<div class='css-b2'>{_SHORT}<div class='css-s1'>{buttons}</div></div>"
    )
    assert _reads_the_article(page)


_POST = (
    "<p>Chào cả nhà, năm nay HTX chúng tôi ở Vũ Hội trồng khoai tây vụ đông trên đất hai lúa, "
    "tôi viết lại mấy kinh nghiệm làm đất, chọn giống và bón phân để anh em tham khảo.</p>" * 3
)


@pytest.mark.parametrize(
    ("declared", "read"),
    [
        ('{"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": '
         '"Kinh nghiệm trồng khoai tây vụ đông"}', True),
        ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": '
         '"Kinh nghiệm trồng khoai tây vụ đông"}', False),
    ],
    ids=["forum-thread", "news-article"],
)  # fmt: skip
def test_a_forum_threads_posts_named_comments_are_its_posts(declared: str, read: bool) -> None:
    """Invision names every post of a topic a comment (`comment-18231_wrap`), the first too:
    in a thread (JSON-LD `DiscussionForumPosting`) the first is the article; under a news
    article, a box so named holds readers' comments."""
    posts = "".join(
        f"<article id='elComment_{n}'><div id='comment-{n}_wrap' class='ipsComment_content'>"
        f"{text}</div></article>"
        for n, text in ((18231, _POST), (18240, "<p>Cảm ơn bác đã chia sẻ.</p>"))
    )
    html = (
        f"<html><head><script type='application/ld+json'>{declared}</script></head><body>"
        f"<h1>Kinh nghiệm trồng khoai tây vụ đông</h1><div class='cTopic'>{posts}</div>"
        "</body></html>"
    )
    body = ArticlePage(html, "https://x.vn/topic/3185-khoai-tay/").body(None)
    assert bool(body and body[0].startswith("Chào cả nhà")) is read


_THREAD_LD = (
    '{"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": '
    '"Kinh nghiệm trồng khoai tây vụ đông"}'
)


def test_a_threads_similar_threads_below_its_replies_are_related() -> None:
    """XenForo 2's `Chủ đề tương tự` under the thread's last reply: far from the first post's
    text, which the replies part from it, but near the thread's title, and the thread's own."""
    post = (
        "<article class='message'><div class='message-inner'><div class='message-cell--user'>"
        "<h4><a href='/members/x.1/'>gachoi</a></h4><div>Thành viên</div></div><div class="
        "'message-cell'><div class='message-main'><header><ul><li><a href='/p/1'>22/2/24</a>"
        "</li><li>#1</li></ul></header><div class='message-content'><div class='message-"
        "userContent'><article class='message-body'><div class='bbWrapper'>{}</div><div class="
        "'js-selectToQuoteEnd'> </div></article></div><div class='message-lastEdit'>Chỉnh sửa "
        "lần cuối: 22/2/24</div><aside>Gà nhà nuôi, chơi vui là chính</aside></div><footer><a "
        "href='/react'>Thích</a> <a href='/reply'>Trả lời</a></footer></div></div></div>"
        "<div class='js-tooltip'></div></article>"
    )
    posts = post.format(_POST) + post.format("<p>Cảm ơn bác đã chia sẻ kinh nghiệm.</p>") * 2
    similar = (
        "<div class='block'><div class='block-container'><h3 class='block-header'>Chủ đề tương tự"
        "</h3><div class='block-body'><div class='structItem'><div><a href='/members/y.2/'>Lê "
        "Văn Khang</a></div><div><div class='structItem-title'><a href='/threads/vat-cau.3650/'>"
        "Vật cầu làng Mỹ Lạc, còn ai nhớ?</a></div><ul><li><a href='/members/y.2/'>Lê Văn Khang"
        "</a></li><li>12/1/24</li></ul></div><div><dl><dt>Trả lời</dt><dd>18</dd></dl></div>"
        "</div></div></div></div>"
    )
    html = (
        f"<html><head><script type='application/ld+json'>{_THREAD_LD}</script></head><body>"
        "<div class='p-body'><div class='p-body-header'><h1>Kinh nghiệm trồng khoai tây vụ đông"
        "</h1><p>Thảo luận trong '<a href='/forums/nong-nghiep.5/'>Nông nghiệp</a>'</p></div>"
        "<div class='p-body-main'><div class='p-body-content'><div class='p-body-pageContent'>"
        "<div class='block'><div class='block-outer'><span>Trang 1/2</span></div><div class="
        f"'block-container'><div class='block-body'>{posts}</div></div><div class='block-outer'>"
        f"<a href='?page=2'>Tiếp</a></div></div>{similar}</div></div></div></div></body></html>"
    )
    links = ArticlePage(html, "https://x.vn/threads/khoai-tay.3185/").related()
    assert [link.url for link in links] == ["https://x.vn/threads/vat-cau.3650/"]


_MYBB_TITLE = "Ghi chép ngày đầu Lễ hội Sách mùa thu Hà Nội 2024"
_MYBB_TEXT = (
    "Chiều nay mình tranh thủ tan làm sớm để ghé Lễ hội Sách mùa thu Hà Nội ở khu vực Hoàng"
    " thành Thăng Long, năm nay ban tổ chức mở rộng không gian sang cả đường Hoàng Diệu."
)


def _mybb_thread() -> str:
    """MyBB 1.8's thread: the trail ending in the thread's name, unlinked; the name again in
    the table's head, in bold; the first post with its author's rank (`Thành viên tích cực`)
    and statistics; the similar threads' table, each row with its starter, its replies linked
    to who posted them, its views and its last post."""
    trail = (
        "<div class='navigation'><a href='index.php'>Diễn đàn Mọt Sách</a> &rsaquo; <a href="
        "'forum-3.html'>Sự kiện sách</a> &rsaquo; <a href='forum-12.html'>Hội sách - Hội chợ"
        f" sách</a><br><img src='images/nav_bit.png' alt=''><span class='active'>{_MYBB_TITLE}"
        "</span></div>"
    )
    post = (
        "<div class='post classic'><div class='post_author'><div class='author_information'>"
        "<strong><span class='largetext'><a href='user-318.html'>hadong_motsach</a></span>"
        "</strong><br><span class='smalltext'>Thành viên tích cực<br><img src='images/star.png'"
        " alt='*'></span></div><div class='author_statistics'>Bài viết: 1.204<br>Tham gia:"
        " 06-2019</div></div><div class='post_content'><div class='post_head'><span"
        " class='post_date'>28-09-2024, 09:47 PM</span></div><div class='post_body'>"
        f"{_MYBB_TEXT}<br><br>{_MYBB_TEXT}<br><br>{_MYBB_TEXT}</div></div></div>"
    )
    rows = "".join(
        f"<tr><td class='trow1'><a href='thread-{n}.html'>{title}</a></td><td><a href="
        f"'user-77.html'>bookworm_hn</a></td><td><a href='misc.php?action=whoposted&amp;tid={n}'>"
        f"14</a></td><td>3.201</td><td><span class='smalltext'>10-10-2023, 10:02 PM<br><a href="
        f"'thread-{n}-lastpost.html'>Bài viết cuối</a>: <a href='user-455.html'>thuhuong</a>"
        "</span></td></tr>"
        for n, title in ((4390, "Lễ hội Sách mùa thu 2023 có gì hay?"),
                         (4612, "Kinh nghiệm săn sách cũ ở Hội sách TP.HCM"))
    )  # fmt: skip
    similar = (
        "<table class='tborder'><tr><td class='thead' colspan='5'><strong>Chủ đề tương tự"
        "</strong></td></tr><tr><td>Chủ đề</td><td>Người gửi</td><td>Trả lời</td><td>Lượt xem"
        f"</td><td>Bài viết cuối</td></tr>{rows}</table>"
    )
    return (
        f"<html><head><title>{_MYBB_TITLE}</title></head><body>{trail}<table class='tborder'>"
        f"<tr><td class='thead'><div><strong>{_MYBB_TITLE}</strong></div></td></tr><tr><td"
        f" id='posts_container'><div id='posts'>{post}</div></td></tr></table>{similar}"
        "</body></html>"
    )


def test_a_mybb_threads_name_its_trail_ends_in_is_its_headline() -> None:
    """The bare `<title>` is the thread's, not the site's: the trail ends in it."""
    page = ArticlePage(_mybb_thread(), "https://x.vn/thread-4827.html")
    assert (page.title(), page.category()) == (_MYBB_TITLE, "Hội sách - Hội chợ sách")


def test_a_mybb_similar_threads_row_gives_its_thread_only() -> None:
    """Not its starter's profile (`user-77.html`), the count linked to who posted, or the link
    to its last post."""
    links = ArticlePage(_mybb_thread(), "https://x.vn/thread-4827.html").related()
    assert [link.url for link in links] == [
        "https://x.vn/thread-4390.html",
        "https://x.vn/thread-4612.html",
    ]
