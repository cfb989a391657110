"""Table tests for headlines: affixes and badges cut off, bare titles, lines taken for one."""

from __future__ import annotations

import pytest

from newscrawl import extract_article, vn
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.dom import parse_html, text_of
from newscrawl.pages.generic.affixes import affix_variants, strip_affix
from newscrawl.pages.generic.headline import headline_text


@pytest.mark.parametrize(
    ("title", "headline", "sites", "stripped"),
    [
        ("Côn Sơn - Kiếp Bạc | Báo Hải Dương", "Côn Sơn - Kiếp Bạc", [], "Côn Sơn - Kiếp Bạc"),
        ("Báo Phú Yên Online - Ngư dân trúng đậm", "Ngư dân trúng đậm", [], "Ngư dân trúng đậm"),
        ("Lễ hội Vĩnh Lương :: Báo Khánh Hòa", None, ["Báo Khánh Hòa TV"], "Lễ hội Vĩnh Lương"),
        ("Tôm - lúa giúp nông dân", None, ["Báo Sóc Trăng"], "Tôm - lúa giúp nông dân"),
        ("Giáo viên vùng cao - Báo Xứ Quảng", None, ["Báo Xứ Quảng"], "Giáo viên vùng cao"),
        # Blogger: the blog's name, a colon, the post's title.
        ("Hội Nông dân xã Vũ Hội: Ra quân làm thủy lợi", "Ra quân làm thủy lợi", [],
         "Ra quân làm thủy lợi"),
        ("Bài 2: Ra quân làm thủy lợi", "Bài 2: Ra quân làm thủy lợi", [],
         "Bài 2: Ra quân làm thủy lợi"),  # a colon belonging to the title stays
        # a place before the headline's colon, which the site's name also holds (a district's
        # portal), belongs to the headline the page shows
        ("Kim Động: Nông dân phấn khởi", "Kim Động: Nông dân phấn khởi",
         ["Cổng thông tin điện tử huyện Kim Động"], "Kim Động: Nông dân phấn khởi"),
        # WordPress 2's `wp_title('&laquo;', true, 'right')`: the blog's name after a `«`
        ("Chi đoàn thôn Đông ra quân làm đường  «  Đoàn xã Vũ Hội", None, ["Đoàn xã Vũ Hội"],
         "Chi đoàn thôn Đông ra quân làm đường"),
        ("Đoàn xã Vũ Hội › Chi đoàn thôn Đông ra quân", "Chi đoàn thôn Đông ra quân", [],
         "Chi đoàn thôn Đông ra quân"),
    ],
)  # fmt: skip
def test_strip_affix(title: str, headline: str | None, sites: list[str], stripped: str) -> None:
    assert strip_affix(title, headline, sites) == stripped


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # A live report's badge, marked by its class.
        ('<h1><span class="live-badge"><i class="dot"></i>TRỰC TIẾP</span> Giải đua thuyền</h1>',
         "Giải đua thuyền"),
        ('<h1><span class="label">Video</span>Giải đua thuyền</h1>', "Giải đua thuyền"),
        # A badge word the portals use, however it is marked.
        ("<h2><b>INFOGRAPHIC</b> Kết quả thu hoạch lúa mùa</h2>", "Kết quả thu hoạch lúa mùa"),
        ('<h1><span class="icon-camera"></span> Giải đua thuyền</h1>', "Giải đua thuyền"),
        # A place or a series written in bold is the title's own.
        ("<h1><strong>Thái Bình:</strong> Thu hoạch lúa mùa</h1>", "Thái Bình: Thu hoạch lúa mùa"),
        ("<h1><span>Bài 2:</span> Ra quân làm thủy lợi</h1>", "Bài 2: Ra quân làm thủy lợi"),
        ('<h1><span class="hl">Video</span></h1>', "Video"),  # nothing after it: the title
        ('<h1>Giải đua <span class="label">Video</span></h1>', "Giải đua Video"),
    ],
    ids=["live-badge", "label-class", "badge-word", "icon", "bold-place", "series", "alone",
         "not-leading"],
)  # fmt: skip
def test_a_badge_before_the_headline_is_not_the_title(heading: str, title: str) -> None:
    body = parse_html(f"<html><body>{heading}</body></html>").find(".//body")
    assert body is not None
    assert headline_text(body[0]) == title


def test_affix_variants_cut_at_spaced_separators_only() -> None:
    variants = affix_variants("Mô hình tôm - lúa giúp nông dân - Sở NN&PTNT Sóc Trăng")
    assert "mô hình tôm - lúa giúp nông dân" in variants
    assert "sở nn&ptnt sóc trăng" in variants
    assert affix_variants("Tôm-lúa giúp nông dân") == {"tôm-lúa giúp nông dân"}
    assert vn.fold("Ra quân làm thủy lợi") in affix_variants(
        "Hội Nông dân xã Vũ Hội: Ra quân làm thủy lợi"
    )
    assert affix_variants("Lúc 9:30 sáng nay") == {"lúc 9:30 sáng nay"}  # a clock is no colon
    # a section before the title and the site after it (Moodle's forum posts)
    assert vn.fold("Thông báo ngoại khóa năm học 2024-2025") in affix_variants(
        "Tin tức: Thông báo ngoại khóa năm học 2024-2025 | THPT Nam Tiền Hải"
    )


_ARTICLE_TEXT = "<p>" + "Nội dung bài viết về chuyển đổi số ở xã. " * 4 + "</p>"


@pytest.mark.parametrize(
    ("above", "title"),
    [
        ('<div class="TieuDeTin">Xã Tây Giang hoàn thành mô hình xã chuyển đổi số điểm</div>'
         "<span>(15/07/2024 08:15)</span> <span>Số lượt xem: 325</span>",
         "Xã Tây Giang hoàn thành mô hình xã chuyển đổi số điểm"),
        ("<div>Xã có 12 tổ công nghệ số cộng đồng</div><div>Lượt xem: 12</div>",
         "Xã có 12 tổ công nghệ số cộng đồng"),
        ("<div>Xã Tây Giang chuyển đổi số</div><div>Sau 4 tháng triển khai, xã đã cơ bản"
         " hoàn thành các tiêu chí đề ra.</div>", "Xã Tây Giang chuyển đổi số"),
        ('<div><a href="/tin/7702">Tập huấn kỹ năng số cho tổ công nghệ số</a></div>', None),
        ("<div>Ủy ban nhân dân huyện Tiền Hải</div>", None),
        ("<div>Thứ Hai, 15/07/2024 08:15</div>", None),
    ],
    ids=["above-date-line", "number-in-title", "above-a-sentence", "linked", "site-name", "date"],
)  # fmt: skip
def test_without_heading_the_headline_is_the_line_above_the_text(
    above: str, title: str | None
) -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Ủy ban nhân dân huyện Tiền Hải">'
        "</head><body><table><tr><td>"
        f"{above}<div class=noi-dung>{_ARTICLE_TEXT * 3}</div></td></tr></table></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/tin/7731")
    assert page.generic.title() == title


_DATE_LINE = "<i>Ngày 15/04/2012</i>"


@pytest.mark.parametrize(
    ("top", "date", "title"),
    [
        # A hand-written page sets its headline atop the text, in a larger bold type.
        ("<font size=4 color=#cc0000><b>Tuổi trẻ Thụy Hải làm sạch bãi biển</b></font><br>", "",
         "Tuổi trẻ Thụy Hải làm sạch bãi biển"),
        ("<b>Tuổi trẻ Thụy Hải làm sạch bãi biển</b><br>", "", None),  # bold, the text's size
        ("<font size=4>Tuổi trẻ Thụy Hải làm sạch bãi biển</font><br>", "", None),  # not bold
        ("<font size=4><b>Sáng 15/4, đoàn viên ra quân làm sạch bãi biển.</b></font><br>",
         _DATE_LINE, None),  # a sentence
        # ... or over its date line, however it is set (FrontPage's `<p class="tieude">`, its
        # size and weight in the stylesheet)
        ("<b>Tuổi trẻ Thụy Hải làm sạch bãi biển</b><br>", _DATE_LINE,
         "Tuổi trẻ Thụy Hải làm sạch bãi biển"),
        ("<p class='tieude'>Tuổi trẻ Thụy Hải làm sạch bãi biển</p>", _DATE_LINE,
         "Tuổi trẻ Thụy Hải làm sạch bãi biển"),
    ],
    ids=["large-bold", "bold-only", "large-only", "sentence", "bold-over-date", "over-date"],
)  # fmt: skip
def test_a_headline_set_atop_the_text_in_large_bold_type_or_over_its_date(
    top: str, date: str, title: str | None
) -> None:
    html = (
        "<html><head><title>Đoàn Thanh niên huyện Thái Thụy</title></head><body><table><tr><td>"
        f"{top}{date}<p>{_ARTICLE_TEXT * 3}</p></td></tr></table></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/tin/0412.htm").generic.title() == title


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("UBND huyện Tiền Hải", "Xã Tây Giang chuyển đổi số"),  # the <title> is the site's name
        ("Xã Tây Giang chuyển đổi số", "Xã Tây Giang chuyển đổi số"),
    ],
)
def test_a_bare_title_repeated_in_the_banner_is_the_sites_name(title: str, headline: str) -> None:
    banner = "<div id=top><div><div class=site-name>UBND HUYỆN TIỀN HẢI</div></div></div>"
    article = f"<table><tr><td><div>Xã Tây Giang chuyển đổi số</div><div>{_ARTICLE_TEXT * 3}"
    html = f"<html><head><title>{title}</title></head><body>{banner}{article}</div></td></tr>"
    page = ArticlePage(html + "</table></body></html>", "https://x.vn/tin/7731")
    assert page.generic.title() == headline


@pytest.mark.parametrize(
    ("between", "headline"),
    [
        # A banner near the text repeats the bare <title>; the headline stands below it.
        ("<div>Vũ Hội tổng kết xây dựng nông thôn mới kiểu mẫu</div>",
         "Vũ Hội tổng kết xây dựng nông thôn mới kiểu mẫu"),
        # Only a credit between: the line repeating the <title> is the headline.
        ("<div>Nguyễn Văn Hùng - Minh Thu</div>", "UBND xã Vũ Hội"),
    ],
)  # fmt: skip
def test_a_bare_title_near_the_text_loses_to_a_headline_below_it(
    between: str, headline: str
) -> None:
    html = (
        "<html><head><title>UBND xã Vũ Hội</title></head><body><div><div>UBND xã Vũ Hội</div>"
        f"<div>{between}<div class=noi-dung>{_ARTICLE_TEXT * 3}</div></div></div></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/tin/215").generic.title() == headline


def test_a_published_documents_update_interval_under_its_title_is_no_headline() -> None:
    """Google Docs publishes a document under its title and its interval of updates, far
    above the text its letterhead's tables open: the title repeating the bare `<title>` stays
    the headline."""
    title = "Thông báo tổ chức Hội thi kéo co mừng Xuân năm 2026"
    header = (
        f"<div id=header><div id=title>{title}</div><div id=interval><span>Được cập nhật tự"
        " động 5 phút một lần</span></div></div>"
    )
    letterhead = (
        "<table><tr><td><p>UBND XÃ TÂN THUẬN</p></td><td><p>Số: 12/TB</p></td></tr></table>"
    )
    contents = "<div><div><div>" + letterhead + "</div></div></div>"
    html = (
        f"<html><head><title>{title}</title></head><body>{header}<div id=contents>{contents}"
        f"<p>{_ARTICLE_TEXT * 3}</p></div></body></html>"
    )
    assert ArticlePage(html, "https://docs.google.com/document/d/e/2PACX/pub").title() == title


def test_a_portals_detail_page_named_by_the_title_and_the_trail_is_no_headline() -> None:
    """WebSphere's portal: `<title>` and the trail's end name the page that shows a notice,
    `Chi tiết thông báo`; the notice's headline is the `h1` in the portlet."""
    headline = "Thông báo đăng ký tham gia Chương trình bình ổn thị trường Tết Ất Tỵ 2025"
    html = (
        "<html><head><title>Chi tiết thông báo - Sở Công Thương tỉnh Kon Tum</title></head><body>"
        "<div class='trail'><a href='/wps/portal/sct/trang-chu'>Trang chủ</a> &raquo; <a href="
        "'/wps/portal/sct/trang-chu/thong-bao'>Thông báo</a> &raquo; <span>Chi tiết thông báo"
        f"</span></div><section><h1 class='tieu-de'>{headline}</h1><div>{_ARTICLE_TEXT * 3}"
        "</div></section></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/wps/portal/sct/!ut/p/z1/04").title() == headline


def test_a_line_far_from_the_text_is_no_headline() -> None:
    far = "<div>Xã Tây Giang chuyển đổi số</div>" + "<div>" * 7 + _ARTICLE_TEXT * 3 + "</div>" * 7
    page = ArticlePage(f"<html><body>{far}</body></html>", "https://x.vn/tin/7731")
    assert page.generic.title() is None


@pytest.mark.parametrize(
    "og",
    [
        "<meta property='og:title' content='Chùm thơ mùa đông'>",  # the title both agree on
        "<meta property='og:site_name' content='Báo Nam Định điện tử'>",  # the site's name
    ],
    ids=["og-title", "og-site-name"],
)
def test_a_site_name_longer_than_the_title_is_no_headline(og: str) -> None:
    """No heading on the page: the `<title>`'s two halves are both shown, the site's name in the
    banner and the article's over the text; the metadata says which is the article's."""
    html = (
        f"<html><head><title>Chùm thơ mùa đông - Báo Nam Định điện tử</title>{og}</head><body>"
        "<p><b>BÁO NAM ĐỊNH ĐIỆN TỬ</b></p><div class=news><div class=title>Chùm thơ mùa đông"
        f"</div><div class=info>Chủ Nhật, 08/12/2024 | 07:30</div><div>{_ARTICLE_TEXT * 3}</div>"
        "</div></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/van-nghe/chum-tho-93540.html")
    headline_element = page.generic.headline
    assert headline_element is not None
    assert text_of(headline_element) == "Chùm thơ mùa đông"


@pytest.mark.parametrize(
    "headline",
    [
        '<div class="t"><span class="badge-premium"><i></i>Premium</span> Làng nghề hương vòng'
        " bên sông Luộc</div>",
        '<div class="t"><span>TRỰC TIẾP</span> Làng nghề hương vòng bên sông Luộc</div>',
    ],
    ids=["badge-class", "badge-word"],
)
def test_a_line_opening_with_a_badge_is_the_headline_without_it(headline: str) -> None:
    """(No heading: a box's `<h2>` below must not stand in for it, and the view count beside
    the headline must be found.)"""
    html = (
        "<html><head><meta property='og:title' content='Làng nghề hương vòng bên sông Luộc'>"
        f"</head><body><article>{headline}<div>Thứ Bảy, 22/11/2025 - 07:30 | 2.318 lượt xem"
        f"</div><div class=noi-dung>{_ARTICLE_TEXT * 3}</div></article><aside>"
        "<h2>Tin cùng chuyên mục</h2><ul><li><a href='/a-1.html'>Bài khác về làng nghề</a></li>"
        "</ul></aside></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/tin/19442")
    anchor = page.generic.anchor
    assert anchor is not None
    assert anchor.get("class") == "t"
    assert "2.318" in (page.view_count() or "")


def test_without_a_title_to_go_by_a_boxs_heading_is_no_headline() -> None:
    html = (
        f"<html><body><div class=noi-dung>{_ARTICLE_TEXT * 3}</div><aside><h2>Tin cùng chuyên"
        " mục</h2><ul><li><a href='/a-1.html'>Bài khác về làng nghề</a></li></ul><h2>Hương vòng"
        " Thọ Lão vào vụ Tết</h2></aside></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/tin/19442")
    assert page.generic.title() == "Hương vòng Thọ Lão vào vụ Tết"


@pytest.mark.parametrize(
    ("og_title", "title", "conflict"),
    [
        # MediaWiki's JSON-LD headline is a generic description: og:title names the headline.
        ("Thái Bình khánh thành nhà máy điện", "Thái Bình khánh thành nhà máy điện", False),
        # Without an og:title to say so, the JSON-LD headline is a layer that disagrees.
        (None, "trang tin tức của Wikimedia", True),
        # An og:title naming another headline backs neither: the JSON-LD headline wins.
        ("Nhà máy điện mặt trời nổi", "trang tin tức của Wikimedia", True),
    ],
    ids=["og-names-the-headline", "no-og-title", "og-names-another"],
)
def test_a_json_ld_headline_the_page_contradicts_names_no_article(
    og_title: str | None, title: str, conflict: bool
) -> None:
    og = f"<meta property='og:title' content='{og_title}'>" if og_title else ""
    ld = '{"@type": "Article", "headline": "trang tin tức của Wikimedia"}'
    html = (
        f"<html><head>{og}<script type='application/ld+json'>{ld}</script></head><body>"
        f"<h1>Thái Bình khánh thành nhà máy điện</h1><div>{_ARTICLE_TEXT * 3}</div></body></html>"
    )
    page = ArticlePage(html, "https://vi.wikinews.org/wiki/Thai_Binh")
    assert page.title() == title
    assert ("title_conflict" in page.warnings) is conflict


_LOGO_H1 = "<h1><a href='/'>Báo Xứ Đoài</a></h1>"
_TEXT = (
    "<div class='content'><p>Sáng 21/11, UBND tỉnh tổ chức lễ khánh thành cầu Tân Hưng bắc qua"
    " sông Luộc, nối hai huyện Hưng Hà và Tiên Lữ.</p><p>Cây cầu dài 520 mét, rộng 12 mét, có"
    " tổng mức đầu tư hơn 300 tỷ đồng từ nguồn ngân sách tỉnh.</p></div>"
)


@pytest.mark.parametrize(
    ("doc_title", "heading", "title"),
    [
        # The `<title>` types straight quotes where the headline sets typographic ones
        ('"Cây cầu mơ ước" của người dân hai huyện - Báo Xứ Đoài',
         "<h1>“Cây cầu mơ ước” của người dân hai huyện</h1>",
         "“Cây cầu mơ ước” của người dân hai huyện"),
        # An SEO title that names another headline than the page shows
        ("Cầu Tân Hưng thông xe - Báo Xứ Đoài", "<h2>Khánh thành cầu Tân Hưng nối hai huyện</h2>",
         "Khánh thành cầu Tân Hưng nối hai huyện"),
        ("Báo Xứ Đoài - Cổng thông tin điện tử của Đảng bộ tỉnh",
         "<h2>Khánh thành cầu Tân Hưng nối hai huyện</h2>",
         "Khánh thành cầu Tân Hưng nối hai huyện"),
    ],
    ids=["quotes", "seo-title", "site-title-only"],
)  # fmt: skip
def test_a_heading_linking_home_is_the_sites_name_never_the_headline(
    doc_title: str, heading: str, title: str
) -> None:
    html = (
        f"<html><head><title>{doc_title}</title></head><body><header>{_LOGO_H1}</header>"
        f"<div class='main'><div class='detail'>{heading}<div>21/11/2024 08:30</div>{_TEXT}"
        "</div></div></body></html>"
    )
    assert (
        ArticlePage(html, "https://baoxudoai.vn/thoi-su/khanh-thanh-cau-2290.html").title() == title
    )


def test_quote_styles_are_no_title_conflict() -> None:
    """`og:title` with straight quotes and the headline with typographic ones name one title."""
    html = (
        "<html><head><meta property='og:title' content='\"Cây cầu mơ ước\" của người dân hai"
        f" huyện'></head><body><div class='detail'><h1>“Cây cầu mơ ước” của người dân hai huyện"
        f"</h1><div>21/11/2024 08:30</div>{_TEXT}</div></body></html>"
    )
    page = ArticlePage(html, "https://baoxudoai.vn/thoi-su/cay-cau-2290.html")
    assert page.title() == '"Cây cầu mơ ước" của người dân hai huyện'
    assert "title_conflict" not in page.warnings


def test_a_bold_footer_line_the_bare_title_names_is_no_headline() -> None:
    """A `<title>` naming the site only (its detail page's `Tin chi tiết` cut off) matches the
    footer's bold line of the site's full name, under the text: the headline is the heading
    over the text."""
    html = (
        "<html><head><title>Sở Khoa học và Công nghệ tỉnh Sóc Trăng - Tin chi tiết</title></head>"
        "<body><h1>SỞ KHOA HỌC VÀ CÔNG NGHỆ</h1><div><h3>Nghiệm thu đề tài nhân giống lúa thơm"
        f" ST25</h3><div>{_ARTICLE_TEXT * 3}</div></div><div class=footer><p><b>SỞ KHOA HỌC VÀ"
        " CÔNG NGHỆ TỈNH SÓC TRĂNG</b></p><p>Địa chỉ: Số 7 Trần Văn Sắc, TP. Sóc Trăng</p></div>"
        "</body></html>"
    )
    page = ArticlePage(html, "https://skhcn.soctrang.gov.vn/tin-tuc/nghiem-thu-2287.html")
    assert page.generic.title() == "Nghiệm thu đề tài nhân giống lúa thơm ST25"


def test_a_plain_line_headline_may_speak_of_updates() -> None:
    """Without a heading, a plain line over the text is the headline though its words are an
    update's (`Cập nhật`) and it holds a number: only a time alone is no headline."""
    html = (
        "<html><head><title>Cổng thông tin huyện</title></head><body><div><div><b>Cập nhật 5"
        f" điểm mới của Luật Đất đai năm 2024</b></div><div>{_ARTICLE_TEXT * 3}</div></div>"
        "</body></html>"
    )
    page = ArticlePage(html, "https://x.gov.vn/tin-tuc/luat-dat-dai-2291.html")
    assert page.generic.title() == "Cập nhật 5 điểm mới của Luật Đất đai năm 2024"


_KICKED = "Ngày hội Đại đoàn kết ở thôn Hưng Đạo"


@pytest.mark.parametrize(
    ("og_title", "heading", "title"),
    [
        # the page sets the kicker apart from its headline, the metadata writes it in front
        (f"[Video] {_KICKED}", f"<h1><span class=kicker>Video</span> {_KICKED}</h1>", _KICKED),
        (f"[Video] {_KICKED}", f"<span class=badge>[Video]</span><h1>{_KICKED}</h1>", _KICKED),
        (f"(Infographic) {_KICKED}", f"<h1>{_KICKED}</h1>", _KICKED),
        # a headline printed with its kicker keeps it (VietnamPlus's `[Photo] …`)
        (f"[Video] {_KICKED}", f"<h1>[Video] {_KICKED}</h1>", f"[Video] {_KICKED}"),
        # ... and the site's name after the metadata's title still goes
        (f"{_KICKED} - Báo Thái Bình", f"<h1>[Video] {_KICKED}</h1>", f"[Video] {_KICKED}"),
    ],
    ids=["badge-in-heading", "badge-above", "bare-heading", "printed", "suffix"],
)
def test_a_kicker_the_metadata_writes_before_the_headline_is_no_part_of_it(
    og_title: str, heading: str, title: str
) -> None:
    html = (
        f"<html><head><meta property='og:title' content='{og_title}'></head><body><article>"
        f"{heading}<div>22/11/2024 08:30</div><div>{_TEXT * 3}</div></article></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/2024/11/22/ngay-hoi-hung-dao/")
    assert page.title() == title
    assert "title_conflict" not in page.warnings


@pytest.mark.parametrize(
    "credit",
    [
        "<span class='user-detail'>Người đăng: thptbacduyenha</span>",
        "<dd class='createdby'>Được đăng bởi <span>Super User</span></dd>",
        # Joomla's article info: the section's label and its link
        "<dd class='category-name'>Chuyên mục: <a href='/tin-tuc/thong-bao'>Thông báo</a></dd>",
        # the credit's label in the line, the name in an element of its own
        "<dd class='createdby'>Viết bởi <span>Phòng Vật tư - Thiết bị y tế</span></dd>",
    ],
    ids=["account-label", "posted-by", "section", "label-beside-the-name"],
)
def test_a_credit_line_above_the_text_is_no_headline(credit: str) -> None:
    """A bare `<title>` repeating the headline, which stands far above the text: the line just
    above the text is the poster's credit, no headline."""
    title = "Trường THPT Bắc Duyên Hà kỷ niệm Ngày Nhà giáo Việt Nam"
    html = (
        f"<html><head><title>{title}</title></head><body><div class='title-detail'>{title}</div>"
        "<div><span>Đăng lúc: 10:15:23 18/11/2024</span></div><div><div><div>"
        f"<div>{credit}</div><div class='content'>{_TEXT}</div></div></div></div></body></html>"
    )
    assert ArticlePage(html, "https://x.edu.vn/tin-tuc/ky-niem-20-11-2411.html").title() == title


def test_a_signature_repeating_the_sites_name_from_the_title_is_no_headline() -> None:
    """Google Sites: `<title>` is the site's name, then the page's; the page signs with the
    site's name under the text. That line is no headline, and the text above it stays."""
    site = "Hội Chữ thập đỏ huyện Kiến Xương"
    html = (
        f"<html><head><title>{site} - Trao 200 suất quà cho hộ nghèo</title><meta property="
        "'og:title' content='Trao 200 suất quà cho hộ nghèo'></head><body><div class=banner>"
        f"<img src='/logo.png' alt=''></div><div class=text>{_TEXT * 2}<p style='text-align: "
        f"right;'><b>{site}</b></p></div></body></html>"
    )
    raw = ArticlePage(html, "https://sites.google.com/view/ctdkienxuong/tin-tuc/trao-qua").to_raw()
    assert raw.title == "Trao 200 suất quà cho hộ nghèo"
    assert "cầu Tân Hưng" in " ".join(raw.body)


def test_a_title_typed_without_diacritics_names_the_headline() -> None:
    """A 2006 page's `<title>` in plain ASCII, as editors of the time typed it, still names its
    headline (in `<font>`, no heading), over a short line of the chrome above it."""
    headline = "Làng nghề dệt Phương La vào mùa hàng Tết"
    html = (
        "<html><head><title>Lang nghe det Phuong La vao mua hang Tet</title></head><body>"
        "<div><span>Hotline: 0227.3831.888 | Đường dây nóng của tỉnh</span></div><h3>Tin nổi "
        "bật của tỉnh trong tuần qua</h3><table><tr><td><font size='4'><b>"
        f"{headline}</b></font></td></tr><tr><td>{_TEXT * 2}</td></tr></table></body></html>"
    )
    assert ArticlePage(html, "http://hungha.gov.vn/tintuc/2006/tin_0612_05.htm").title() == headline


@pytest.mark.parametrize("hiding", ["hide-accessible", "sr-only", "visually-hidden"])
def test_a_heading_kept_for_screen_readers_is_not_the_shown_headline(hiding: str) -> None:
    """Liferay's theme prints the document title, site name and all, in a `h1` only screen
    readers get; the reader sees the headline in the `h2` below."""
    doc_title = "Làng nghề gỗ Đồng Kỵ tất bật vào vụ cuối năm - Báo Bắc Ninh điện tử"
    html = (
        f"<html><head><title>{doc_title}</title><meta property='og:title' content='{doc_title}'>"
        "<meta property='og:site_name' content='Báo Bắc Ninh điện tử'></head><body>"
        f"<h1 class='{hiding}'>{doc_title}</h1><div class='news'><h2 class='news-title'>Làng"
        " nghề gỗ Đồng Kỵ tất bật vào vụ cuối năm</h2><div class='body'>"
        + "<p>Những ngày cuối năm, làng nghề gỗ Đồng Kỵ tất bật với các đơn hàng. </p>" * 6
        + "</div></div></body></html>"
    )
    page = ArticlePage(html, "https://baobacninh.example.vn/lang-nghe-go-dong-ky-123.html")
    assert page.title() == "Làng nghề gỗ Đồng Kỵ tất bật vào vụ cuối năm"


def test_a_shown_headline_never_keeps_the_sites_declared_name_after_it() -> None:
    """A headline printed with ` - Báo Bắc Ninh điện tử` after it, the name `og:site_name`
    declares: the site's name, no part of the title."""
    site = "Báo Bắc Ninh điện tử"
    html = (
        f"<html><head><meta property='og:site_name' content='{site}'></head><body>"
        f"<h1>Làng nghề gỗ Đồng Kỵ tất bật vào vụ cuối năm - {site}</h1><div class='body'>"
        + "<p>Những ngày cuối năm, làng nghề gỗ Đồng Kỵ tất bật với các đơn hàng. </p>" * 6
        + "</div></body></html>"
    )
    page = ArticlePage(html, "https://baobacninh.example.vn/lang-nghe-go-dong-ky-123.html")
    assert page.title() == "Làng nghề gỗ Đồng Kỵ tất bật vào vụ cuối năm"


def test_a_heading_showing_the_document_title_above_the_headline_is_none() -> None:
    """A clipping tool's export (Evernote's) heads the page with the note's title, the clipped
    page's `<title>` and its site's name, above the clipped article's own `h1`: that `h1` and
    the text under it are the article, no second article appended below."""
    title = "Thanh Hà: Chủ động chăm sóc vải thiều giai đoạn phân hóa mầm hoa"
    html = (
        f"<html><head><title>{title} - Báo Hải Dương</title></head><body>"
        f"<h1>{title} - Báo Hải Dương</h1><table><tr><td><b>Created:</b></td><td>15/10/2024"
        f"</td></tr></table><div><h1>{title}</h1><div>Thứ Hai, 14/10/2024 07:45</div>"
        + "<div>Những ngày giữa tháng 10, nhiều hộ dân tranh thủ khoanh vỏ cây vải. </div>" * 6
        + "</div></body></html>"
    )
    article = extract_article(html, "https://baohaiduong.example.vn/thanh-ha-vai-392117.html")
    assert article["title"] == title
    assert article["body"].startswith("Những ngày giữa tháng 10")


def test_a_short_headline_that_another_article_s_link_also_shows_is_the_headline() -> None:
    """`Tin buồn` heads every death notice: the link in `Các tin khác` showing it leads to an
    earlier notice, where a menu's link of the same words would name a section."""
    html = (
        "<html><head><title>Tin buồn - Thái Bình Ngày Nay</title></head><body><table><tr><td>"
        "<a href='/'><img src='/images/logo_tbnn.gif' alt='Thái Bình Ngày Nay'></a></td></tr><tr>"
        "<td><h1>Tin buồn</h1></td></tr><tr><td>12/11/2024 10:25</td></tr><tr><td>"
        + "<p>Gia đình vô cùng thương tiếc báo tin đồng chí Lê Văn Thọ đã từ trần. </p>"
        * 5
        + "</td></tr><tr><td>Các tin khác: <a href='/tin-tuc/thoi-su/tin-buon-52211.html'>Tin"
        " buồn</a> (05/11/2024)</td></tr></table><p><b>THÁI BÌNH NGÀY NAY</b></p></body></html>"
    )
    page = ArticlePage(
        html, "https://thaibinhngaynay.example.vn/tin-tuc/thoi-su/tin-buon-52307.html"
    )
    assert page.title() == "Tin buồn"


def test_a_series_list_showing_this_parts_title_alone_holds_no_headline() -> None:
    """A series' part names the series before its own title; the list of parts under the
    headline shows the part's title alone, its longer half: a list's item, not the headline."""
    title = "Ký ức những bến đò sông Hồng - Kỳ 2: Bến Hồng An và chuyến đò cuối cùng"
    html = (
        f"<html><head><title>{title} - Báo Quê Lúa</title><meta property='og:title'"
        f" content='{title}'></head><body><div class='news-title'>{title}</div><div>"
        "<ul><li><a href='/tin/224517'>Kỳ 1: Tiếng gọi đò trong sương sớm</a></li>"
        "<li>Kỳ 2: Bến Hồng An và chuyến đò cuối cùng</li></ul>"
        + "<p>Gần 40 năm chèo đò ở bến Hồng An, ông Tiến thuộc từng con nước. </p>" * 6
        + "</div></body></html>"
    )
    page = ArticlePage(html, "https://baoquelua.example.vn/tin-tuc/7/224560/ky-2")
    assert page.title() == title


_SHOWN = "Lý Nhân đưa vào sử dụng cầu dân sinh vượt sông Châu Giang"
_SOCIAL = "Cây cầu mơ ước của người dân đôi bờ Châu Giang"


@pytest.mark.parametrize(
    ("doc_title", "title"),
    [
        # `<title>` shows the headline: `og:title` is a headline written for social networks
        (f"{_SHOWN} - Báo Hà Nam điện tử", _SHOWN),
        # `<title>` names the site alone: the metadata's layer comes first, as for every field
        ("Báo Hà Nam điện tử", _SOCIAL),
    ],
    ids=["document-title-agrees", "document-title-says-nothing"],
)
def test_a_social_headline_in_og_title_gives_way_when_the_document_title_shows_the_h1(
    doc_title: str, title: str
) -> None:
    html = (
        f"<html><head><title>{doc_title}</title><meta property='og:title' content='{_SOCIAL}'>"
        f"</head><body><h1>{_SHOWN}</h1><div>{'<p>' + 'Chữ của bài. ' * 30 + '</p>'}</div>"
        "</body></html>"
    )
    article = extract_article(html, "https://baohanam.example.vn/cau-dan-sinh-1.html")
    assert (article["title"], article["warnings"]) == (title, ["title_conflict"])


@pytest.mark.parametrize(
    ("og_type", "title", "warnings"),
    [("website", _SHOWN, []), ("article", _SOCIAL, ["title_conflict"])],
)
def test_a_website_pages_og_title_gives_way_to_the_headline_it_contradicts(
    og_type: str, title: str, warnings: list[str]
) -> None:
    """Google Sites names a page `Site - Page` in `og:title` and `<title>`, typed `website`,
    while its banner's `h1` prints the headline: a web page's name, not an article's, and so
    no headline in conflict with it."""
    html = (
        f"<html><head><title>{_SOCIAL}</title><meta property='og:title' content='{_SOCIAL}'>"
        f"<meta property='og:type' content='{og_type}'></head><body><h1>{_SHOWN}</h1><div>"
        f"{'<p>' + 'Chữ của bài. ' * 30 + '</p>'}</div></body></html>"
    )
    article = extract_article(html, "https://sites.google.com/view/thcs-minh-tan/hoc-sinh-gioi")
    assert (article["title"], article["warnings"]) == (title, warnings)


def test_a_copy_link_buttons_announcement_inside_the_headline_is_none_of_it() -> None:
    """Google Sites puts a button to copy the heading's link inside the `h1`, and the words it
    announces once clicked in a live region beside it."""
    heading = (
        "<h1><div><div role='presentation' aria-label='Sao chép đường liên kết của tiêu đề'>"
        "<svg width='22' height='22'><path d='M0 0'></path></svg></div><div aria-hidden='true'"
        " aria-live='polite' role='status'>Đã sao chép đường liên kết của tiêu đề</div></div>"
        f"<span>{_SHOWN}</span></h1>"
    )
    html = f"<html><body>{heading}<div>{'<p>' + 'Chữ của bài. ' * 30 + '</p>'}</div></body></html>"
    assert extract_article(html, "https://sites.google.com/view/x/hoi-dap/y")["title"] == _SHOWN


def test_a_banners_heading_far_above_the_text_is_the_headline_when_the_title_names_the_footer() -> (
    None
):
    """Google Sites: `<title>` is `Site - Page`, the site's half matches the footer's bold line
    under the text, and the page's headline is the banner's `h1`, many boxes above the text."""
    wrap = "<div><div><div><div>{}</div></div></div></div>"
    html = (
        "<html><head><title>Trường THCS Minh Tân - Học sinh giỏi</title></head><body>"
        + wrap.format("<h1>Thành tích học sinh giỏi năm học 2023 - 2024</h1>")
        + wrap.format(f"<p>{_ARTICLE_TEXT * 3}</p>")
        + "<div><p><span style='font-weight: 700'>TRƯỜNG THCS MINH TÂN</span></p><p>Xã Minh "
        "Tân, huyện Phù Cừ, tỉnh Hưng Yên</p></div></body></html>"
    )
    page = ArticlePage(html, "https://sites.google.com/view/thcs-minh-tan/hoc-sinh-gioi")
    assert page.generic.title() == "Thành tích học sinh giỏi năm học 2023 - 2024"


_JOOMLA_TITLE = "Xã An Hòa đưa Bộ phận một cửa hiện đại vào hoạt động"
_JOOMLA_LINK = f"<a href='/index.php/tin-tuc/1287-xa-an-hoa.html'>{_JOOMLA_TITLE}</a>"


@pytest.mark.parametrize(
    "sidebar",
    [
        "",
        # the site's latest news listing the article too: an item among its like
        f"<ul><li>{_JOOMLA_LINK}</li><li><a href='/index.php/tin-tuc/1286-a.html'>Hội nghị"
        " triển khai chuyển đổi số</a></li></ul>",
        f"<div class='latest'><div>{_JOOMLA_LINK}</div><div><a href='/index.php/tin-tuc/1286-"
        "a.html'>Hội nghị triển khai chuyển đổi số</a></div></div>",
    ],
    ids=["alone", "list-items", "boxes"],
)
def test_a_headline_shown_as_a_link_to_the_article_alone_in_its_cell(sidebar: str) -> None:
    """Joomla 1.5's linked titles: no heading on the page, the headline a link in its table
    cell (`td.contentheading`), the site's statistics box under an `h3` in the sidebar."""
    page = (
        f"<table><tr><td id=left>{sidebar}<div><h3>Thống kê truy cập</h3><div>Hôm nay: 532"
        f"</div></div></td><td id=maincol><table><tr><td>{_JOOMLA_LINK}</td><td><a href='?print"
        "=1'><img src='/images/printButton.png' alt='In'></a></td></tr></table><table><tr><td>"
        "Thứ hai, 14 Tháng 10 2024 08:30</td></tr><tr><td>" + _TEXT * 3 + "</td></tr>"
        "</table></td></tr></table>"
    )
    html = f"<html><head><title>{_JOOMLA_TITLE}</title></head><body>{page}</body></html>"
    article = extract_article(html, "https://x.vn/index.php/tin-tuc/1287-xa-an-hoa.html")
    assert article["title"] == _JOOMLA_TITLE
    assert article["published_at"] == "2024-10-14T08:30:00+07:00"


def test_the_banners_link_home_naming_the_site_as_the_title_does_is_no_headline() -> None:
    """Google Sites: the site's name in the banner, a link home alone in its box, is the
    `<title>`'s first half; the headline, in an `h1` the title does not name, is the page's."""
    headline = "Thay đổi nơi cư trú, hội viên chuyển sinh hoạt Hội thế nào?"
    html = (
        "<html><head><title>Hội LHPN xã Yên Phú - Chuyển sinh hoạt Hội</title></head><body>"
        "<div><div><a href='/view/phunuyenphu/trang-chu'>Hội LHPN xã Yên Phú</a></div></div>"
        f"<div><h1><span>{headline}</span></h1>{_TEXT * 3}</div></body></html>"
    )
    article = extract_article(html, "https://sites.google.com/view/phunuyenphu/chuyen-sinh-hoat")
    assert article["title"] == headline


_SERIES_PART = "Kỳ 2: Học phách và học chầu trống"
_BOLD_LEAD = (
    "Sau buổi đầu làm quen với chiếu hát, các học viên khóa mới bước vào phần khó nhất: học"
    " phách cho đào nương và học cầm chầu cho quan viên."
)


@pytest.mark.parametrize(
    "anchor",
    [
        "<a class='headerlink' href='#ky-2' title='Permanent link'>&para;</a>",  # MkDocs, Sphinx
        "<a class='anchor' href='#ky-2' aria-hidden='true'>#</a>",  # Hugo, Docusaurus
    ],
    ids=["pilcrow", "hash"],
)
def test_a_headings_own_anchor_mark_leaves_it_the_headline(anchor: str) -> None:
    """MkDocs prints a link to the heading itself after its words (`¶`): the heading is still
    the one the title names, not the series box's bold line naming the part (`<strong>Kỳ 2:
    …</strong> (bài này)`) under it, and the bold paragraph between them is the lead."""
    heading = f"<h1 id='ky-2'>{_SERIES_PART}{anchor}</h1>"
    if anchor.startswith("<a class='anchor'"):
        heading = f"<h1 id='ky-2'>{anchor}{_SERIES_PART}</h1>"
    html = (
        f"<html><head><title>{_SERIES_PART} - CLB Ca trù Thăng Long</title></head><body>"
        f"<article>{heading}<p><strong>{_BOLD_LEAD}</strong></p><div class='admonition'><p>Loạt"
        " bài: Chuyện nghề ca trù</p><ul><li><a href='../ky-1/'>Kỳ 1: Buổi đầu ngồi chiếu</a>"
        f"</li><li><strong>{_SERIES_PART}</strong> (bài này)</li></ul></div>"
        f"{_TEXT * 3}</article></body></html>"
    )
    page = ArticlePage(html, "https://catru.example.vn/blog/2025/01/20/ky-2/")
    assert getattr(page.generic.headline, "tag", None) == "h1"
    article = extract_article(html, "https://catru.example.vn/blog/2025/01/20/ky-2/")
    assert (article["title"], article["lead"]) == (_SERIES_PART, _BOLD_LEAD)


_FINAL = "Trực tiếp chung kết Giải bóng đá học sinh THCS huyện Thanh Lâm"


@pytest.mark.parametrize(
    ("shown", "title"),
    [
        # the `<title>` and og:title show the headline whole: the JSON-LD cut it at its colon
        (f"{_FINAL}: THCS Thanh Xuyên vô địch", f"{_FINAL}: THCS Thanh Xuyên vô địch"),
        # a `<title>` as short as the JSON-LD's: the headline's addition is the page's own
        (_FINAL, _FINAL),
    ],
    ids=["title-shows-it-whole", "title-cut-too"],
)
def test_a_json_ld_headline_cut_short_gives_way_to_the_headline_the_title_shows(
    shown: str, title: str
) -> None:
    """Remix over a headless CMS: JSON-LD's `headline` is the live report's title before its
    colon, while the `h1`, the `<title>` and og:title add the result after it."""
    ld = f'{{"@type": "LiveBlogPosting", "headline": "{_FINAL}"}}'
    html = (
        f"<html><head><title>{shown} | Tin Thanh Lâm</title><meta property='og:title'"
        f" content='{shown}'><script type='application/ld+json'>{ld}</script></head><body><h1>"
        f"{_FINAL}: THCS Thanh Xuyên vô địch</h1><div>{_ARTICLE_TEXT * 3}</div></body></html>"
    )
    article = extract_article(html, "https://tinthanhlam.example.vn/truc-tiep/chung-ket-2024")
    assert article["title"] == title
