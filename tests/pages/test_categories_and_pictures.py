"""Table tests for breadcrumbs, categories and the lead picture."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from newscrawl import extract_article
from newscrawl.pages.article import ArticlePage
from tests.pages.dom_builders import TEXT as _TEXT

# -- categories ---------------------------------------------------------------------------------

_CRUMBS = '{"@type": "BreadcrumbList", "itemListElement": %s}'


@pytest.mark.parametrize(
    ("items", "crumbs"),
    [
        ('[{"position": 2, "name": "Giao thông", "item": "/giao-thong"},'
         ' {"position": 1, "name": "Xã hội", "item": "/xa-hoi"}]',
         [("Xã hội", "/xa-hoi"), ("Giao thông", "/giao-thong")]),
        ('[{"position": 1, "item": {"@id": "/kinh-te", "name": "Kinh t&#7871;"}}]',
         [("Kinh tế", "/kinh-te")]),
        ('[{"name": "Trang chủ", "item": {"url": "/"}}, {"name": "Tin tức"}]',
         [("Trang chủ", "/"), ("Tin tức", None)]),
        ('[{"position": 1, "name": "  "}, "Thời sự", {"position": "2", "name": "Thời sự"}]',
         [("Thời sự", None)]),
        ('{"name": "not a list"}', []),
    ],
    ids=["by-position", "item-object-entities", "no-positions", "junk-items", "not-a-list"],
)  # fmt: skip
def test_breadcrumb_list_is_read_in_position_order(
    items: str, crumbs: list[tuple[str, str | None]]
) -> None:
    script = f'<script type="application/ld+json">{_CRUMBS % items}</script>'
    page = ArticlePage(f"<html><head>{script}</head><body></body></html>", "https://x.vn/a-1234")
    assert page.meta.breadcrumb == crumbs


def _category_page(declared: str, shown: str) -> ArticlePage:
    items = f'[{{"position": 1, "name": "{declared}", "item": "https://x.vn/muc"}}]'
    script = f'<script type="application/ld+json">{_CRUMBS % items}</script>'
    trail = f'<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/m">{shown}</a></div>'
    return ArticlePage(f"<html><head>{script}</head><body>{trail}</body></html>", "https://x.vn/b")


def test_a_declared_breadcrumb_outranks_the_shown_one_and_a_disagreement_is_recorded() -> None:
    page = _category_page("Kinh tế", "Xã hội")
    assert page.category() == "Kinh tế"
    assert page.warnings == {"category_conflict"}


def test_declared_and_shown_breadcrumbs_agree_up_to_case_and_tone_placement() -> None:
    page = _category_page("Văn hoá", "VĂN HÓA")
    assert page.category() == "Văn hoá"
    assert page.warnings == set()


@pytest.mark.parametrize(
    ("trail", "category"),
    [
        ("<span>Vị trí:</span> <a href='/'>Trang chủ</a> » <a href='/tin'>Tin hoạt động</a>",
         "Tin hoạt động"),
        ("<span>Bạn đang ở:</span> <a href='/'>Trang chủ</a> › <a href='/tin'>Tin tức</a>",
         "Tin tức"),
        # Separators in elements of their own, the current page's name closing the trail
        # (Jannah's, read without its class names).
        ("<a href='/'>Trang chủ</a><em>/</em><a href='/van-hoa'>Văn hóa</a><em>/</em>"
         "<span>Lễ hội chùa Keo</span>", "Văn hóa"),
        # Each crumb a link wrapped in a span, the separator as text between (Discourse).
        ("<span><a href='/c/tin-tuc/5'><span>Tin tức</span></a></span> › <span><a href="
         "'/c/tin-tuc/tin-dia-phuong/12'><span>Tin địa phương</span></a></span>", "Tin địa phương"),
        # The separator inside the crumb's wrapper, before its link (vBulletin 3's navbar).
        ("<span><a href='/'>Diễn đàn Vũ Thư</a></span> <span>&gt; <a href='/f=12'>Tin tức - Sự "
         "kiện</a></span>", "Tin tức - Sự kiện"),
        # A sentence before the links is no label: this is no trail.
        ("<span>Xem thêm các tin khác tại đây nhé:</span> <a href='/'>Trang chủ</a> » "
         "<a href='/tin'>Tin tức</a>", None),
        # A ticker's topics, split by `·` under their label: no trail.
        ("<span>Tiêu điểm:</span> <a href='/chuyen-muc/1/thoi-su'>Sáp nhập xã</a> · <a href="
         "'/chuyen-muc/3/chinh-tri'>Đại hội Đảng bộ các cấp</a>", None),
        # A blog's pages, split by `·` after its home: a menu (Tumblr's `nav.pages`)...
        ("<a href='/'>Trang chủ</a> · <a href='/gioi-thieu'>Giới thiệu</a> · <a href='/archive'>"
         "Lưu trữ</a> · <a href='/ask'>Gửi câu hỏi</a>", None),
        # An author's counts split by `·` (Medium's card): no trail
        ("<a href='/@khoi/followers'>1.2K followers</a> · <a href='/@khoi/following'>186"
         " following</a>", None),
        # ... where a trail may pass through one of them
        ("<a href='/'>Trang chủ</a> › <a href='/gioi-thieu'>Giới thiệu</a> › <a href="
         "'/gioi-thieu/lich-su'>Lịch sử hình thành</a>", "Lịch sử hình thành"),
        # Hashnode's meta line split by `·`: the author's profile, the date linked to the post
        ("<a href='https://hashnode.com/@ngocanh'><span>Ngọc Ánh</span></a><span>·</span><a "
         "href='/nhat-ky-phan-3'><time datetime='2024-10-20T13:45:00.000Z'>20 thg 10, 2024</time>"
         "</a><span>·</span><span>7 phút đọc</span>", None),
        # Facebook's mbasic: its top menu split by `·`, and the post's counts under it
        ("<a href='/home.php'>Trang chủ</a> · <a href='/profile.php'>Trang cá nhân</a> · <a"
         " href='/friends/center/'>Tìm bạn bè</a> · <a href='/messages/'>Tin nhắn</a> · <a"
         " href='/notifications.php'>Thông báo</a> · <a href='/menu/bookmarks/'>Menu</a>", None),
        ("<a href='/ufi/reaction/?ft=24673'>Bạn và 86 người khác</a> · <a href='#comments'>12 bình"
         " luận</a> · 9 lượt chia sẻ", None),
    ],
)  # fmt: skip
def test_a_shown_breadcrumb_may_open_with_its_label(trail: str, category: str | None) -> None:
    html = f"<html><body><div class='vt'>{trail}</div><h1>Lễ hội chùa Keo</h1></body></html>"
    assert ArticlePage(html, "https://x.vn/b").category() == category


_HOME_AND_NEWS = "<li><a href='/'>Trang chủ</a></li><li><a href='/tin-tuc'>Tin tức</a></li>"


@pytest.mark.parametrize(
    ("trail", "category"),
    [
        # Liferay's trail ends with the page the reader is on, unlinked: the section.
        (f"<ol class='breadcrumb'>{_HOME_AND_NEWS}<li class='active'>Tin hoạt động</li></ol>",
         "Tin hoạt động"),
        # ... unless that is the article, or a portal page's own name.
        (f"<ol class='breadcrumb'>{_HOME_AND_NEWS}<li>Lễ hội chùa Keo</li></ol>", "Tin tức"),
        (f"<ol class='breadcrumb'>{_HOME_AND_NEWS}<li>Chi tiết tin</li></ol>", "Tin tức"),
        (f"<ol class='breadcrumb'>{_HOME_AND_NEWS}<li>Bài báo</li></ol>", "Tin tức"),  # a journal's
        # the detail page of whatever the site lists (a bulletin, a citizen's report)
        (f"<ol class='breadcrumb'>{_HOME_AND_NEWS}<li>Chi tiết bản tin</li></ol>", "Tin tức"),
        ("<div class='breadcrumb'><a href='/'>Trang chủ</a> › <a href='/tin-tuc'>Tin tức</a> › "
         "<span class='selected'>Tin hoạt động</span></div>", "Tin hoạt động"),
        ("<div class='breadcrumb'><a href='/'>Trang chủ</a> › <a href='/tin-tuc'>Tin tức</a> › "
         "Đại hội đại biểu Hội Nông dân xã Thái Hưng lần thứ VIII</div>", "Tin tức"),
        # A time printed in the trail's box, after its list, is no crumb.
        (f"<div class='breadcrumb'><ul>{_HOME_AND_NEWS}</ul><div>Thứ Năm, 02/11/2023</div></div>",
         "Tin tức"),
        # Bitrix: each crumb a box, the link followed by a template's tab-indented lines
        ("<div class='bx-breadcrumb'><div><a href='/'>Trang chủ</a></div><div><i></i>\n\t\t"
         "<a href='/tin-tuc/hoat-dong/'>Hoạt động công ty</a>\n\t\t\t\t  \n\t\t\t</div></div>",
         "Hoạt động công ty"),
        # Joomla 1.0's `pathway`, its separators pictures of arrows
        ("<span class='pathway'><a href='/index.php' class='pathway'>Trang chủ</a> <img src='/arrow"
         ".png' alt='arrow'> <a href='/index.php?option=com_content&amp;task=category&amp;id=5' "
         "class='pathway'>Kinh tế</a> <img src='/arrow.png' alt='arrow'> Lễ hội chùa Keo</span>",
         "Kinh tế"),
        # SharePoint's SiteMapPath: a skip link for screen readers to the trail's own end
        ("<div class='breadcrumb-hy'><span id='smp'><a href='#smp_SkipLink'><img alt='Bỏ qua "
         "liên kết dẫn hướng' height='0' width='0' src='/WebResource.axd?d=W'></a><span><a "
         "href='/Pages/default.aspx'>Trang chủ</a></span><span> &gt; </span><span><a "
         "href='/Pages/Kinh-te.aspx'>Kinh tế</a></span><span> &gt; </span><span>Chi tiết tin"
         "</span><a id='smp_SkipLink'></a></span></div>", "Kinh tế"),
        # ... its last crumb the page the reader is on, unlinked in a `<span>` of its own
        ("<div class='breadcrumb-hy'><span id='smp'><a href='#smp_SkipLink'><img alt='Bỏ qua "
         "liên kết dẫn hướng' height='0' width='0' src='/WebResource.axd?d=W'></a><span><a "
         "href='/Pages/default.aspx'>Trang chủ</a></span><span> &gt; </span><span><a "
         "href='/tin-tuc/Pages/default.aspx'>Tin tức</a></span><span> &gt; </span><span><span>"
         "Hoạt động của Đoàn ĐBQH</span></span><a id='smp_SkipLink'></a></span></div>",
         "Hoạt động của Đoàn ĐBQH"),
    ],
    ids=["active-item", "the-article", "page-name", "journal-page-name", "detail-page-name",
         "inline", "inline-title", "time-after", "tab-indented", "joomla-pathway",
         "sharepoint-skip-link", "sharepoint-unlinked-section"],
)  # fmt: skip
def test_a_trail_may_end_with_its_section_unlinked(trail: str, category: str) -> None:
    html = f"<html><body>{trail}<h1>Lễ hội chùa Keo</h1><p>{'Chữ. ' * 30}</p></body></html>"
    assert ArticlePage(html, "https://x.vn/b").category() == category


_EPISODE = "Tập 12: Đêm trăng trên ruộng muối"


@pytest.mark.parametrize(
    ("last", "title", "category"),
    [
        ("<li aria-current='page'>Tập 12</li>", _EPISODE, "Chuyện làng chài"),  # its label
        ("<li aria-current='page'>Tập</li>", _EPISODE, "Tập"),  # a word of the label: a section
        ("<li><a href='/podcast/tap-12/'>Tập 12</a></li>", _EPISODE, "Tập 12"),  # linked
        # a district's section, the place before a headline's colon
        ("<li aria-current='page'>Kim Động</li>", "Kim Động: Nông dân phấn khởi", "Kim Động"),
    ],
    ids=["episode-label", "one-word", "linked", "place"],
)
def test_a_trails_unlinked_end_naming_the_titles_label_is_the_article(
    last: str, title: str, category: str
) -> None:
    """Gatsby's podcast: the trail ends with the page's own short name, the label before the
    title's colon (`Tập 12` of `Tập 12: Đêm trăng trên ruộng muối`): the article, no section."""
    trail = (
        "<nav aria-label='breadcrumb'><ol><li><a href='/'>Trang chủ</a></li><li><a href="
        "'/podcast/'>Podcast</a></li><li><a href='/podcast/chuyen-lang-chai/'>Chuyện làng chài"
        f"</a></li>{last}</ol></nav>"
    )
    html = f"<html><body>{trail}<h1>{title}</h1><p>{'Chữ. ' * 30}</p></body></html>"
    page = ArticlePage(html, "https://dongbienfm.example.vn/podcast/chuyen-lang-chai/tap-12/")
    assert page.category() == category


def test_a_breadcrumb_declared_in_microdata_names_the_section_whatever_its_class_names() -> None:
    """phpBB's prosilver marks its crumbs as schema.org's `BreadcrumbList` in microdata; with
    its class names hashed, that still names the forum, not the `Quay về` link under the
    thread."""
    crumb = (
        "<span class='c1a2b3' itemtype='https://schema.org/ListItem' itemprop='itemListElement'"
        " itemscope><a itemprop='item' href='{href}'><span itemprop='name'>{name}</span></a><meta"
        " itemprop='position' content='{position}'></span>"
    )
    trail = "".join(
        crumb.format(href=href, name=name, position=n)
        for n, (href, name) in enumerate(
            [("/", "Trang chủ"), ("./index.php", "Diễn đàn"), ("./viewforum.php?f=3", "Trồng trọt"),
             ("./viewforum.php?f=7", "Cây ăn quả")], start=1)
    )  # fmt: skip
    html = (
        "<html><body><ul class='c9f8e7'><li class='c6d5c4' itemscope"
        f" itemtype='https://schema.org/BreadcrumbList'>{trail}</li></ul><h1>HTX bưởi da xanh"
        f" xuất khẩu sang Hà Lan</h1><p>{'Chữ. ' * 30}</p><p class='c3b2a1'><a"
        " href='./viewforum.php?f=7'>Quay về “Cây ăn quả”</a></p></body></html>"
    )
    assert extract_article(html, "https://x.vn/viewtopic.php?t=4821")["category"] == "Cây ăn quả"


def test_a_canonical_address_naming_the_sections_page_leaves_its_crumb_a_section() -> None:
    """Liferay 6.2's asset publisher declares the page that hosts it as the canonical address:
    the section's page, which the trail's last crumb links to."""
    trail = (
        "<ul aria-label='Breadcrumb' class='breadcrumb'><li><a href='https://x.gov.vn/web/s/trang"
        "-chu'>Trang chủ</a></li><li><a href='https://x.gov.vn/web/s/tin-tuc-su-kien'>Tin tức - Sự"
        " kiện</a></li><li class='active'><a href='https://x.gov.vn/web/s/thong-bao'>Thông báo"
        "</a></li></ul>"
    )
    html = (
        "<html><head><link rel='canonical' href='https://x.gov.vn/web/s/thong-bao'></head><body>"
        f"{trail}<h1>Thông báo tuyển chọn dự án khởi nghiệp</h1><p>{'Chữ. ' * 30}</p></body></html>"
    )
    url = "https://x.gov.vn/web/s/thong-bao/-/asset_publisher/Ab12/content/tuyen-chon-du-an"
    assert ArticlePage(html, url).category() == "Thông báo"


def test_a_search_button_in_the_trails_bar_is_no_crumb() -> None:
    """phpBB's prosilver: its crumbs and, at the end of the same bar, a search button whose
    only words are for screen readers."""
    trail = (
        "<ul id='nav-breadcrumbs' class='nav-breadcrumbs linklist navlinks'><li"
        " class='breadcrumbs'><span class='crumb'><a href='/'><i class='icon fa-home'></i><span>"
        "Trang chủ</span></a></span><span class='crumb'><a href='./index.php'><span>Diễn đàn"
        "</span></a></span><span class='crumb'><a href='./viewforum.php?f=12'><span>Đình, chùa,"
        " miếu mạo</span></a></span></li><li class='rightside responsive-search'><a"
        " href='./search.php' title='Tìm kiếm nâng cao'><i class='icon fa-search'></i><span"
        " class='sr-only'>Tìm kiếm</span></a></li></ul>"
    )
    html = f"<html><body>{trail}<h1>Tu bổ đình Đông Khang</h1><p>{'Chữ. ' * 30}</p></body></html>"
    assert ArticlePage(html, "https://x.vn/forum/viewtopic.php?t=88").category() == (
        "Đình, chùa, miếu mạo"
    )


@pytest.mark.parametrize(
    ("last", "category"),
    [
        # a review site names the article shorter on the page the reader is on
        ("Làng Chài Homestay Cồn Vành", "Review"),
        # a programme's name, its date in each issue's headline (`Điểm tin sáng 25/10/2024`)
        ("Điểm tin sáng", "Điểm tin sáng"),
        ("Homestay", "Homestay"),
    ],
)  # fmt: skip
def test_a_trails_unlinked_end_naming_the_article_in_fewer_words_is_no_section(
    last: str, category: str
) -> None:
    trail = (
        "<ol class='breadcrumb'><li><a href='/'>Trang chủ</a></li><li><a href='/review'>Review"
        f"</a></li><li class='active' aria-current='page'>{last}</li></ol>"
    )
    title = "Review Làng Chài Homestay Cồn Vành: nhà gỗ sát biển, Điểm tin sáng 25/10"
    html = f"<html><body>{trail}<h1>{title}</h1><p>{'Chữ. ' * 30}</p></body></html>"
    assert ArticlePage(html, "https://x.vn/review/lang-chai.html").category() == category


# A platform's footer links its legal pages split by `·`, as a trail splits its crumbs.
_LEGAL_LINKS = (
    "<a href='/dieu-khoan'>Điều khoản sử dụng</a> · <a href='/bao-mat'>Chính sách bảo mật"
    "</a> · <a href='/oa'>Zalo Official Account</a>"
)


@pytest.mark.parametrize(
    ("row", "category"),
    [
        (f"<footer><div>{_LEGAL_LINKS}</div></footer>", None),  # the page's footer: no trail
        (f"<div>{_LEGAL_LINKS}</div>", "Zalo Official Account"),  # outside it, read as one
        # a footer named by its class (Substack's `div.footer`: `Start your Substack · Get the
        # app`)
        (f"<div class='footer-wrap'><div class='footer'><div>{_LEGAL_LINKS}</div></div></div>",
         None),
        ("<p><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Facebook</a> · "
         "<a href='https://x.com/intent/post?url=x'>X</a></p>", None),  # share buttons
        # Tumblr's post meta: the date and the notes, both links to the post itself
        ("<div><a href='https://x.vn/b'>23 Tháng 11, 2024</a> · <a href='https://x.vn/b#notes'>"
         "12 ghi chú</a></div>", None),
    ],
    ids=["footer", "outside-the-footer", "named-footer", "share-buttons",
         "links-to-the-page-itself"],
)  # fmt: skip
def test_a_row_of_links_split_by_a_dot(row: str, category: str | None) -> None:
    html = f"<html><body>{row}<h1>Lễ hội chùa Keo</h1><p>{'Chữ. ' * 30}</p></body></html>"
    assert ArticlePage(html, "https://x.vn/b").category() == category


@pytest.mark.parametrize(
    ("before", "after", "category"),
    [
        # A page builder's post info links the section at WordPress's category base.
        ("", "<ul><li>22/11/2024</li><li><a href='/category/tin-tuc/'>Tin tức</a></li></ul>",
         "Tin tức"),
        ("", "<ul><li>22/11/2024</li><li><a href='/tag/tin-tuc/'>Tin tức</a></li></ul>", None),
        # A box named as the category, with one link, set by the headline (a kicker)
        ("<div class='cate'><a href='/giao-thong'>Giao thông</a></div>", "", "Giao thông"),
        ("<div class='detail-cate'><a href='/giao-thong'>Giao thông</a></div>", "", "Giao thông"),
        ("<span class='chuyen-muc'><a href='/giao-thong'>Giao thông</a></span>", "", "Giao thông"),
        ("<a class='category-name' href='/giao-thong'>Giao thông</a>", "", "Giao thông"),
        # ... not a box of several links, nor one named otherwise
        ("<div class='cate'><a href='/giao-thong'>Giao thông</a> <a href='/do-thi'>Đô thị</a>"
         "</div>", "", None),
        ("<div class='share'><a href='/giao-thong'>Giao thông</a></div>", "", None),
    ],
    ids=["category-base", "tag-base", "cate", "detail-cate", "chuyen-muc", "category-link",
         "two-links", "other-box"],
)  # fmt: skip
def test_a_link_by_the_headline_names_the_section(
    before: str, after: str, category: str | None
) -> None:
    menu = (
        "<nav><a href='/category/the-thao/'>Thể thao</a> <a href='/giao-thong'>Giao thông</a>"
        " <a href='/'>Trang chủ</a></nav>"
    )
    headline = "<h1>Khai mạc lễ hội đền Trần năm 2024</h1>"
    article = f"<div>{before}{headline}{after}{_TEXT * 3}</div>"
    sidebar = "<div class='widget_categories'><a href='/le-hoi'>Lễ hội</a></div>"
    html = f"<html><body>{menu}<div class='main'>{article}</div>{sidebar}</body></html>"
    assert ArticlePage(html, "https://x.vn/tin/le-hoi").category() == category


def test_wordpress_category_links_name_the_section_and_are_no_tags() -> None:
    links = (
        '<a href="/category/le-hoi/" rel="category tag">Lễ hội</a> '
        '<a href="/tag/den-tran/" rel="tag nofollow">đền Trần</a>'
    )
    html = f"<html><body><h1>Khai mạc lễ hội đền Trần năm 2024</h1>{_TEXT * 3}<p>{links}</p>"
    page = ArticlePage(html + "</body></html>", "https://x.vn/tin/le-hoi")
    assert (page.category(), page.tags()) == ("Lễ hội", ["đền Trần"])


def test_a_box_linking_to_the_top_of_the_page_is_no_breadcrumb() -> None:
    nav = (
        "<div class='dieuhuong'><a href='/chuyenmuc.aspx?cat=3'>« Quay lại</a> | "
        "<a href='#top'>Về đầu trang</a></div>"
    )
    html = f"<html><body><h1>Trao quà Tết</h1><div>{_TEXT * 3}</div>{nav}</body></html>"
    assert ArticlePage(html, "https://x.vn/a").category() is None


def test_phpbbs_trail_in_a_list_item_split_by_bold_angle_quotes() -> None:
    """phpBB 3's prosilver: `<li class="icon-home">` holding the trail, `<strong>‹</strong>`
    between its crumbs."""
    trail = (
        "<ul class='linklist navlinks'><li class='icon-home'><a href='./index.php'>Trang chủ diễn "
        "đàn</a> <strong>&#8249;</strong> <a href='./viewforum.php?f=2'>Thi cử - Tuyển sinh</a> "
        "<strong>&#8249;</strong> <a href='./viewforum.php?f=5'>Tuyển sinh lớp 10</a></li></ul>"
    )
    html = (
        f"<html><body>{trail}<h2>Hỏi về tuyển sinh lớp 10</h2><div>{_TEXT * 3}</div></body></html>"
    )
    page = ArticlePage(html, "http://x.net/diendan/viewtopic.php?f=5&t=1234")
    assert page.category() == "Tuyển sinh lớp 10"


@pytest.mark.parametrize(
    "label",
    [
        "Category:",
        "Chuyên mục:",
        "Danh mục:",
        # Serendipity's byline sentence: `Đăng bởi <a>…</a> trong chuyên mục <a>…</a> lúc …`
        "Đăng bởi <a href='/authors/1-Hoang-Lan'>Hoàng Lan</a> trong chuyên mục",
        "Posted by <a href='/authors/1-Hoang-Lan'>Hoàng Lan</a> in category",
    ],
)
def test_a_link_labelled_the_category_under_the_headline_names_the_section(label: str) -> None:
    """Multiply's `<div class="itemcategory">Category: <a>Làng nghề</a></div>` under the entry's
    title, with no trail on the page; a byline's clause naming the section."""
    html = (
        "<html><body><div class='item'><h1>Về Đồng Xâm xem chạm bạc</h1><span>Mar 12, '10 9:05 PM"
        f"</span><div class='c1'>{label} <a href='/categories/4-lang-nghe'>Làng nghề</a></div>"
        f"<div class='body'>{_TEXT * 3}</div></div></body></html>"
    )
    assert ArticlePage(html, "http://x.multiply.com/journal/item/12").category() == "Làng nghề"


def test_a_labelled_section_and_its_subsection_beside_it_give_the_subsection() -> None:
    """Hexo's NexT: `Chuyên mục:` over the section's link and, after a comma, its subsection's,
    whose address lies under the section's (`/categories/hoat-dong/mua-he-xanh/`)."""
    meta = (
        "<span class='post-meta-item'><span class='post-meta-item-text'>Chuyên mục:</span> <span"
        " itemprop='about'><a href='/categories/hoat-dong/' rel='index'><span>Hoạt động</span></a>"
        "</span> , <span itemprop='about'><a href='/categories/hoat-dong/mua-he-xanh/' rel="
        "'index'><span>Mùa hè xanh</span></a></span></span>"
    )
    html = (
        f"<html><body><article><h1>Nhật ký Mùa hè xanh (Kỳ 2)</h1><div>{meta}</div><div>"
        f"{_TEXT * 3}</div></article></body></html>"
    )
    page = ArticlePage(html, "https://saomai.example.vn/2024/07/21/nhat-ky-ky-2/")
    assert page.category() == "Mùa hè xanh"


def test_a_one_page_sites_menu_of_anchors_and_its_blog_is_no_trail() -> None:
    """Strikingly: the menu's items link to places of the home page (`/#thoi-su`) and to the
    blog, the article's folder: a menu, not a trail ending at `Liên hệ`."""
    menu = "".join(
        f"<li><a href='{href}'>{name}</a></li>"
        for href, name in (("/#trang-chu", "Trang chủ"), ("/#thoi-su", "Thời sự"),
                           ("/blog", "Tin bài"), ("/#lien-he", "Liên hệ"))
    )  # fmt: skip
    html = (
        f"<html><body><div class='nav'><ul>{menu}</ul></div><h1>Phỏng vấn về bộ phận một cửa"
        f"</h1><div>{_TEXT * 3}</div></body></html>"
    )
    assert ArticlePage(html, "https://yenha.example.vn/blog/phong-van-mot-cua").category() is None


def test_a_kickers_section_stays_the_section_beside_its_articles_under_its_folder() -> None:
    """A photo story's kicker (`div.detail-cate`), and below the text the section's other
    stories, whose addresses lie under the section's folder: they are articles, no
    subsection."""
    others = "".join(
        f"<li><h4><a href='/phong-su-anh/diem-truong-{n}-21360{n}.html'>Điểm trường mới cho học"
        f" sinh bản xa số {n}</a></h4></li>"
        for n in (1, 2)
    )
    html = (
        "<html><body><div class='detail'><div class='detail-cate'><a href='/phong-su-anh/'>Phóng"
        f" sự ảnh</a></div><h1>Mái nhà mới ở bản Nà Pàu</h1><div>{_TEXT * 3}</div><h3>Phóng sự"
        f" ảnh khác</h3><ul>{others}</ul></div></body></html>"
    )
    page = ArticlePage(
        html, "https://m.baotaygiang.example.vn/phong-su-anh/mai-nha-moi-213700.html"
    )
    assert page.category() == "Phóng sự ảnh"


def test_a_fields_linked_term_under_a_category_label_names_the_section() -> None:
    """Drupal 7's taxonomy field: the label in a `div.field-label`, the term linked in
    `div.field-items` beside it, under the headline."""
    field = (
        "<div class='field field-name-field-chuyen-muc field-label-inline'><div"
        " class='field-label'>Chuyên mục:&nbsp;</div><div class='field-items'><div"
        " class='field-item even'><a href='/chuyen-muc/thanh-tich-sinh-vien'>Thành tích sinh"
        " viên</a></div></div></div>"
    )
    html = (
        "<html><body><div class='breadcrumb'><a href='/'>Trang chủ</a></div><div class='main'>"
        "<h1 id='page-title'>Sinh viên Khoa CNTT đạt giải Hội thi Tin học</h1><div class='tabs'>"
        "</div><div class='region'><div class='block'><div class='content'><div class='node'>"
        "<span class='rdf-meta'></span><div class='submitted'>08/12/2016 - 16:20</div><div"
        f" class='content clearfix'>{field}{_TEXT * 3}</div></div></div></div></div></div>"
        "</body></html>"
    )
    assert ArticlePage(html, "https://x.edu.vn/tin-tuc/sinh-vien-dat-giai").category() == (
        "Thành tích sinh viên"
    )


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("<div class='print-cate'>Chuyên mục: Du lịch</div>", "Du lịch"),
        # a print view's grid of label and value cells
        ("<table><tr><td>Chuyên mục:</td><td>Du lịch</td><td>Ngày đăng:</td><td>12/01/2023</td>"
         "</tr></table>", "Du lịch"),
        ("<div>Chuyên mục: </div>", None),
        # A sentence's colon is no label's.
        ("<p>Chuyên mục này có nhiều bài: du lịch, ẩm thực và lễ hội.</p>", None),
    ],
    ids=["plain-line", "grid-cell", "label-alone", "sentence"],
)  # fmt: skip
def test_a_plain_line_labelled_the_category_under_the_headline_names_the_section(
    line: str, category: str | None
) -> None:
    html = (
        "<html><body><div class='print'><div class='print-title'>Quảng Ninh đón chuyến tàu biển"
        f" quốc tế đầu tiên</div>{line}<div class='print-content'>{_TEXT * 3}</div></div>"
        "</body></html>"
    )
    assert ArticlePage(html, "https://x.vn/print/3212345").category() == category


def test_a_menu_item_marked_as_on_the_breadcrumb_is_no_trail() -> None:
    """DNN's menu marks the items on the current path `li.selected.breadcrumb`; the trail is
    `span#dnn_dnnBreadcrumb_lblBreadCrumb` further down."""
    menu = (
        "<ul class='nav'><li class='item'><a href='/'>Trang chủ</a></li><li class='item selected "
        "breadcrumb'><a href='/tin-tuc'>Tin tức</a></li></ul>"
    )
    trail = (
        "<span id='dnn_dnnBreadcrumb_lblBreadCrumb'><a href='/'>Trang chủ</a> › <a href='/tin-tuc'"
        ">Tin tức</a> › <a href='/tin-tuc/category/di-san-van-hoa'>Di sản văn hóa</a></span>"
    )
    html = f"<html><body>{menu}{trail}<h1>Đền Mẫu Hưng Yên</h1><div>{_TEXT * 3}</div></body></html>"
    assert ArticlePage(html, "https://x.vn/tin-tuc/den-mau").category() == "Di sản văn hóa"


# -- lead pictures ------------------------------------------------------------------------------


def _pictures(between: str, after: str = "") -> list[tuple[str, str | None]]:
    html = (
        '<html><body><img src="/logo.png" alt="Báo X"><div class="node"><h1>Khai mạc lễ hội'
        f" đền Trần năm 2024</h1>{between}<div class=body>{_TEXT * 3}{after}</div></div>"
        '<div class="related"><img src="/thumb.jpg"></div></body></html>'
    )
    page = ArticlePage(html, "https://x.vn/tin/le-hoi")
    return [(image.url, image.caption) for image in page.images()]


@pytest.mark.parametrize(
    ("between", "pictures"),
    [
        ('<div class="field-image"><img src="/a.jpg" width="480"></div>', ["/a.jpg"]),
        ('<figure><img src="/a.jpg"><figcaption>Đền Trần</figcaption></figure>', ["/a.jpg"]),
        # Google Sites' hashed names: `9ad-` names no ad
        (
            '<div class="jXK9ad-SmKAyb"><img src="/a.jpg" class="CENy8b" role="img"></div>',
            ["/a.jpg"],
        ),
        ('<p>Thứ 6, 23/02/2024 <img src="/clock.gif" width="12"></p>', []),
        ('<div class="author"><img src="/u/7.jpg"> Thanh Tâm</div>', []),
        ('<img class="avatar" src="/u/7.jpg">', []),
        (  # a Vietnamese CMS's `ảnh đại diện`, the article's picture (hungyenngaymoi.vn)
            '<figure class="detail-avatar"><img src="/a.jpg" width="800">'
            "<figcaption>Ông Khải kiểm tra nhãn tại vườn.</figcaption></figure>",
            ["/a.jpg"],
        ),
        ('<a href="https://ads.example.com/"><img src="/quang-cao.jpg"></a>', []),
        ('<div class="share-tools"><img src="/fb.png"></div>', []),
        ('<img src="data:image/gif;base64,R0lGOD">', []),
        # a forum post's poster in its header, hidden from screen readers as decoration (Moodle)
        (
            '<div style="width: 45px"><img class="rounded-circle" src="/pluginfile.php/412/user/'
            'icon/boost/f1?rev=2210" alt="Ảnh của Nguyễn Thị Thanh Hương" aria-hidden="true">'
            "</div>",
            [],
        ),
        # the publisher's logo its microdata names, in a box the theme hides (Joomla's, Sapo's)
        (
            '<dl class="article-info"><dd itemprop="author">Super User<span style="display: none;"'
            ' itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><span'
            ' itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><img src='
            '"/images/banner/banner-hnd.png" alt="logo" itemprop="url"></span></span></dd></dl>',
            [],
        ),
    ],
    ids=[
        "field",
        "figure",
        "hashed-box",
        "icon",
        "author-box",
        "avatar",
        "captioned-avatar",
        "linked",
        "share",
        "placeholder",
        "decoration",
        "publishers-logo",
    ],
)
def test_a_picture_between_headline_and_text_is_the_lead_picture(
    between: str, pictures: list[str]
) -> None:
    assert [url for url, _ in _pictures(between)] == [f"https://x.vn{p}" for p in pictures]


_SITE_MENU = "<nav><a href='/'>Trang chủ</a> <a href='/van-hoa'>Văn hóa</a></nav>"


@pytest.mark.parametrize(
    ("wrapper", "layout", "before", "taken"),
    [
        ("article", "", "", True),
        ("div", "", _SITE_MENU, False),
        ("article", "div", "", True),
        # A box that opens with the picture, nothing but it before the headline (Bitrix's
        # news.detail: `div.bx-newsdetail-img` over its `h3`).
        ("div", "", "", True),
    ],
    # (Astra's `ast-post-format-`: a layout box in the article)
    ids=["article", "no-article", "layout-box-in-article", "no-article-opening-picture"],
)
def test_a_featured_picture_above_the_headline_counts_inside_an_article(
    wrapper: str, layout: str, before: str, taken: bool
) -> None:
    thumbnail = '<div class="post-thumbnail"><img src="/featured.jpg" width="1024"></div>'
    headline = "<header><h1>Khai mạc lễ hội đền Trần năm 2024</h1></header>"
    inner = f"{before}{thumbnail}{headline}<div class=body>{_TEXT * 3}</div>"
    if layout:
        inner = f"<{layout} class='ast-post-format-'>{inner}</{layout}>"
    html = f"<html><body><{wrapper}>{inner}</{wrapper}></body></html>"
    page = ArticlePage(html, "https://x.vn/tin/le-hoi")
    assert [image.url for image in page.images()] == (["https://x.vn/featured.jpg"] * taken)


def test_a_featured_picture_before_the_headlines_box_and_its_caption_box() -> None:
    """Sahifa: the featured picture and its caption box stand in the <article> before the box
    holding the headline and the text."""
    html = (
        "<html><body><article><div class='single-post-thumb'><img src='/featured.jpg' "
        "width='660'></div><div class='single-post-caption'>Phối cảnh cầu vượt. Ảnh: Sở GTVT</div>"
        f"<div class='post-inner'><h1>Khởi công cầu vượt</h1><div class=entry>{_TEXT * 3}</div>"
        "</div></article></body></html>"
    )
    image = ArticlePage(html, "https://x.vn/cau-vuot-7735.html").images()[0]
    assert (image.url, image.caption, image.credit) == (
        "https://x.vn/featured.jpg",
        "Phối cảnh cầu vượt.",
        "Sở GTVT",
    )


@pytest.mark.parametrize(
    ("after", "caption", "credit"),
    [
        ("<p>Chuối tiến vua đóng hộp. Ảnh: Thu Trang</p>", "Chuối tiến vua đóng hộp.", "Thu Trang"),
        (
            "<p>Chuối tiến vua đóng hộp. (Ảnh: HTX Dạ Trạch)</p>",
            "Chuối tiến vua đóng hộp.",
            "HTX Dạ Trạch",
        ),
        # A line with no credit under the featured picture may as well be the standfirst.
        ("<p>Chuối tiến vua Dạ Trạch được nâng hạng 4 sao.</p>", None, None),
        ("<p>Ảnh: Thu Trang</p>", None, None),  # a credit alone captions nothing
    ],
    ids=["credit", "credit-in-brackets", "no-credit", "credit-alone"],
)
def test_a_line_ending_in_a_credit_under_a_featured_picture_captions_it(
    after: str, caption: str | None, credit: str | None
) -> None:
    """Told without its class name (`wp-caption-text`, `news-img-caption`, hashed by a build):
    the line right after the picture's own box, when it ends in a photo credit."""
    picture = '<div class="c5e1f0a"><a href="/a_XL.jpg"><img src="/a.jpg" width="750"></a></div>'
    html = (
        f"<html><body><div class='c31b0'><h1>Chuối tiến vua Dạ Trạch đạt 4 sao</h1>"
        f"<div class='c0b7d2e'>{picture}{after}</div><div class='c8a2f'>{_TEXT * 3}</div></div>"
        "</body></html>"
    )
    images = ArticlePage(html, "https://x.vn/tin/chuoi-tien-vua").images()
    assert [(i.url, i.caption, i.credit) for i in images] == [
        ("https://x.vn/a.jpg", caption, credit)
    ]


@pytest.mark.parametrize(
    ("after", "credit"),
    [
        ("<span class='image-credit'>Ảnh: Mạnh Cường</span>", "Mạnh Cường"),
        ("<span class='photo-credit'>Mạnh Cường</span>", "Mạnh Cường"),
        ("<span class='post-views'>1.247</span>", None),
    ],
    ids=["labelled", "unlabelled", "no-credit-box"],
)
def test_a_featured_figures_credit_in_a_box_of_its_own_after_it(
    after: str, credit: str | None
) -> None:
    """Publisher's featured picture: the caption in the figure, the credit in a box after it."""
    figure = (
        "<div class='single-featured'><figure><a href='/a-full.jpg'><img src='/a.jpg' "
        "width='750'></a><figcaption>Long nhãn được sấy trước khi đóng gói.</figcaption>"
        f"</figure>{after}</div>"
    )
    html = (
        f"<html><body><div class='post'><h1>Long nhãn lên sàn</h1>{figure}"
        f"<div class='entry-content'>{_TEXT * 3}</div></div></body></html>"
    )
    image = extract_article(html, "https://x.vn/long-nhan-21457.html")["images"][0]
    assert (image["caption"], image["credit"]) == ("Long nhãn được sấy trước khi đóng gói.", credit)


def test_a_credited_line_after_a_featured_picture_in_an_article_without_class_names() -> None:
    """Sahifa's featured picture and caption box, their names hashed."""
    html = (
        "<html><body><article><div class='c3b1d'><img src='/featured.jpg' width='660'></div>"
        "<div class='c9f20'>Phối cảnh cầu vượt. Ảnh: Sở GTVT</div><div class='c51aa'>"
        f"<h1>Khởi công cầu vượt</h1><div class='c0e4b'>{_TEXT * 3}</div></div></article>"
        "</body></html>"
    )
    image = ArticlePage(html, "https://x.vn/cau-vuot-7735.html").images()[0]
    assert (image.caption, image.credit) == ("Phối cảnh cầu vượt.", "Sở GTVT")


def test_a_post_icon_in_a_line_repeating_the_headline_is_no_picture() -> None:
    """vBulletin 3 sets the post's icon before the post's title, a copy of the thread's."""
    html = (
        "<html><head><title>Đêm hội trăng rằm ở Vũ Thư - Diễn đàn Vũ Thư</title></head><body>"
        "<div><b>Đêm hội trăng rằm ở Vũ Thư</b></div><div><div><img "
        "src='/images/icons/icon1.gif' alt='Default'> <strong>Đêm hội trăng rằm ở Vũ Thư</strong>"
        f"</div><div>{_TEXT * 3}</div></div></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/showthread.php?t=15842")
    assert page.images() == []


@pytest.mark.parametrize(
    ("sources", "address"),
    [
        # Medium: the `<img>` has no address; the source every browser shows (no `type`)
        ("<source type='image/webp' srcset='/p/format:webp/1.jpeg 700w, /p/1400/format:webp/1.jpeg"
         " 1400w'><source srcset='/p/700/1.jpeg 700w, /p/1400/1.jpeg 1400w'>", "/p/1400/1.jpeg"),
        ("<source type='image/webp' srcset='/p/700/1.webp 700w, /p/1400/1.webp 1400w'>",
         "/p/1400/1.webp"),  # (only a typed source: it is the picture)
    ],
    ids=["untyped-source", "typed-source-only"],
)  # fmt: skip
def test_a_picture_whose_img_has_no_address_is_its_sources(sources: str, address: str) -> None:
    figure = (
        f"<figure><picture>{sources}<img alt='' width='700' height='467'></picture>"
        "<figcaption>Lớp học hè trong nhà văn hóa thôn.</figcaption></figure>"
    )
    html = (
        f"<html><body><h1>Mùa hè ở lại làng</h1><div>{_TEXT}{figure}{_TEXT * 2}</div></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/mua-he")
    assert [image.url for image in page.images()] == [f"https://x.vn{address}"]


def test_a_picture_wrapped_in_a_zoom_button_is_no_control() -> None:
    """Medium wraps each picture in `<div role="button">` that zooms it: with a short caption,
    the figure says little besides its "button", but it is a picture, no box of controls."""
    figure = (
        "<figure><div role='button' tabindex='0'><img src='/p/boi.jpg' width='700' height='525'>"
        "</div><figcaption>Buổi học bơi ở ao sen.</figcaption></figure>"
    )
    html = (
        f"<html><body><h1>Mùa hè ở lại làng</h1><div>{_TEXT}{figure}{_TEXT * 2}</div></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/mua-he")
    assert [(i.url, i.caption) for i in page.images()] == [
        ("https://x.vn/p/boi.jpg", "Buổi học bơi ở ao sen.")
    ]


@pytest.mark.parametrize(
    "cover",
    [
        "<img class='cover' src='/upload/cover-chieu-hoi.jpg' width='1920' height='1080'>",
        "<img src='/upload/cover-chieu-hoi.jpg' srcset='/upload/cover-chieu-hoi-960.jpg 960w'>",
    ],
    ids=["declared-large", "srcset"],
)
def test_an_e_magazines_cover_under_its_headline_is_its_first_picture(cover: str) -> None:
    """A full-screen cover with the headline laid over it: the line repeating the headline holds
    a picture, but a large one, no post icon."""
    html = (
        f"<html><body><article><header>{cover}<div><h1>Chiếu Hới - giữ nghề</h1></div></header>"
        f"<div class='info'>Thứ 4, 11/12/2024 | 06:30</div><div class='emg'>{_TEXT * 3}</div>"
        "</article></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/tin-tuc/260/213870/chieu-hoi")
    assert [image.url for image in page.images()] == ["https://x.vn/upload/cover-chieu-hoi.jpg"]


@pytest.mark.parametrize(
    ("cover", "overlay", "taken"),
    [
        ("<img src='/upload/cover-vu-mua.jpg' width='1600' height='900'>", "", True),
        (  # a `<picture>`'s sources for the screen's width
            "<picture><source media='(max-width: 767px)' srcset='/upload/cover-m.jpg'>"
            "<img src='/upload/cover-vu-mua.jpg'></picture>",
            "",
            True,
        ),
        ("<img src='/upload/icon-emagazine.png' width='24'>", "", False),
        (  # a box of the page's chrome holding the headline with its menus: no cover
            "<img src='/upload/banner-tet.jpg' width='1200'>",
            "<ul>" + "<li><a href='/muc'>Chuyên mục tin tức của tỉnh nhà</a></li>" * 8 + "</ul>",
            False,
        ),
    ],
    ids=["declared-large", "picture-sources", "icon", "chrome-box"],
)
def test_an_e_magazines_cover_box_above_its_headline_outside_an_article(
    cover: str, overlay: str, taken: bool
) -> None:
    """An e-magazine's cover section: the picture, then its overlay of section, headline and
    time; the text in an `<article>` after the section, the headline outside it."""
    html = (
        f"<html><body><main><section class='x1'>{cover}<div class='x2'>{overlay}"
        "<div><a href='/emagazine/'>E-Magazine</a></div><h1>Vụ mùa sau bão: những con số từ đất"
        " lúa Thái Bình</h1><div>Thứ Bảy, 09/11/2024 06:00</div></div></section>"
        f"<article><div class='x3'>{_TEXT * 3}</div></article></main></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/emagazine/vu-mua-sau-bao-d412876.html")
    assert [image.url for image in page.images()] == (
        ["https://x.vn/upload/cover-vu-mua.jpg"] * taken
    )


@pytest.mark.parametrize(
    ("featured", "taken"),
    [
        ("<div class='single-featured-image-header'><img width='1024' height='683' src='/up/"
         "loa-xa-1024x683.jpg' class='attachment-twentyseventeen-featured-image wp-post-image'>"
         "</div>", True),
        # a menu's or a widget's thumbnail of another post, linked to it
        ("<div class='menu-posts'><a href='/bai-khac/'><img width='1024' src='/up/loa-xa-1024x683"
         ".jpg' class='wp-post-image'></a></div>", False),
    ],
    ids=["twenty-seventeen", "linked-thumbnail"],
)  # fmt: skip
def test_wordpresss_featured_picture_above_the_content_area_is_the_first_picture(
    featured: str, taken: bool
) -> None:
    """Twenty Seventeen sets a post's featured picture (`img.wp-post-image`, WordPress's class
    for it) under the site's header, above the content area holding the `<article>`."""
    html = (
        f"<html><body><header class='site-header'><nav><a href='/'>Trang chủ</a></nav></header>"
        f"{featured}<div class='site-content'><main><article><header><h1>Cái loa xã và những "
        f"buổi sáng ồn ào</h1></header><div class='entry-content'>{_TEXT * 3}</div></article>"
        "</main></div>"
        "</body></html>"
    )
    page = ArticlePage(html, "https://vannghe.example.vn/cai-loa-xa/")
    assert [image.url for image in page.images()] == (
        ["https://vannghe.example.vn/up/loa-xa-1024x683.jpg"] * taken
    )


@pytest.mark.parametrize(
    "button",
    [
        "<img src='/media/system/images/printButton.png' alt='In'>",  # Joomla 2.5's actions
        "<img src='/media/system/images/emailButton.png' alt='Email'>",
        "<img src='/images/M_images/pdf_button.png' alt='PDF'>",  # Joomla 1.0, Mambo
        "<img src='/themes/default/images/icon_print.gif'>",
        "<img src='/upload/btn-share.png' title='Chia sẻ'>",
    ],
    ids=["print", "email", "pdf", "print-icon-file", "share-title"],
)
def test_a_buttons_picture_in_the_text_box_is_no_picture(button: str) -> None:
    html = (
        "<html><body><div class='item-page'><h2>Tưng bừng lễ hội đền Tiên La</h2><ul><li><a "
        f"href='/tin/312?tmpl=component&amp;print=1' rel='nofollow'>{button}</a></li></ul>"
        f"{_TEXT * 3}</div></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/tin/312").images() == []


@pytest.mark.parametrize(
    "banner",
    [
        # a FrontPage site's sidebar, in the layout table holding the text: its visit counter
        # under it reads as a caption
        "<a href='../../quangcao.htm'><img src='../../images/qc_honglinh.gif' width='170' "
        "height='200' alt='Qu&#7843;ng c&#225;o'></a>",
        "<img src='/upload/banner-vinhomes.jpg' width='320' height='100' alt='Advertisement'>",
    ],
    ids=["alt-quang-cao", "alt-advertisement"],
)
def test_a_picture_named_an_advertisement_is_no_picture(banner: str) -> None:
    html = (
        "<html><body><table><tr><td><h2>Cháy nhà dân ở phường Trung Lương</h2>"
        f"{_TEXT * 3}</td><td><p align='center'>{banner}</p><p align='center'><b>Thống kê truy "
        "cập</b><br>Đang trực tuyến: 6<br>Lượt truy cập: 124.587</p></td></tr></table>"
        "</body></html>"
    )
    assert ArticlePage(html, "https://x.vn/tin/312").images() == []


def test_a_lead_picture_keeps_its_figure_caption_and_is_not_taken_twice() -> None:
    figure = '<figure><img src="/a.jpg"><figcaption>Đền Trần. Ảnh: T.T</figcaption></figure>'
    assert _pictures(figure) == [("https://x.vn/a.jpg", "Đền Trần. Ảnh: T.T")]
    # Shown again in the text without a caption: listed once, the lead's caption kept.
    again = '<p><img src="/a.jpg"></p>'
    assert _pictures(figure, after=again) == [("https://x.vn/a.jpg", "Đền Trần. Ảnh: T.T")]
    # The text's own caption wins when both copies have one.
    again = '<figure><img src="/a.jpg"><figcaption>Lễ rước</figcaption></figure>'
    assert _pictures(figure, after=again) == [("https://x.vn/a.jpg", "Lễ rước")]


@pytest.mark.parametrize(
    ("label", "caption"),
    [
        ("<span class='cat-label cat-label-5'>Hội đồng hương</span>", None),  # Cocoon's
        ("<span class='post-category-badge'>Cộng đồng</span>", None),
        ("<p class='wp-caption-text'>Gặp mặt đồng hương</p>", "Gặp mặt đồng hương"),
    ],
    ids=["cat-label", "badge", "caption"],
)
def test_a_section_badge_laid_over_a_featured_picture_is_no_caption(
    label: str, caption: str | None
) -> None:
    figure = f'<figure class="eye-catch"><img src="/a.jpg" width="800">{label}</figure>'
    assert _pictures(figure) == [("https://x.vn/a.jpg", caption)]


@pytest.mark.parametrize(
    "name", ["edn_mediaTitle", "image-title", "img_desc", "photo-caption", "media-body"]
)
def test_a_line_named_the_pictures_title_beside_it_captions_a_lead_picture(name: str) -> None:
    """EasyDNNnews's media box: the picture and `p.edn_mediaTitle` under it."""
    box = (
        f"<div class='edn_mediaContainer'><img src='/ong-1.jpg'><p class='{name}'>Anh Quyết "
        "kiểm tra các cầu ong tại trang trại.</p></div>"
    )
    caption = None if name == "media-body" else "Anh Quyết kiểm tra các cầu ong tại trang trại."
    assert _pictures(box) == [("https://x.vn/ong-1.jpg", caption)]


def test_a_caption_boxs_hidden_field_label_is_no_part_of_the_caption() -> None:
    """SharePoint's publishing page: each field opens with its label, hidden by a style."""
    box = (
        "<div class='article-image'><img src='/ntm.jpg'></div><div class='article-caption'>"
        "<div style='display:none'>Chú thích ảnh</div><div class='ms-rtestate-field' "
        "style='display:inline'>Trao Bằng công nhận xã đạt chuẩn nông thôn mới.</div></div>"
    )
    assert _pictures(f"<div>{box}</div>") == [
        ("https://x.vn/ntm.jpg", "Trao Bằng công nhận xã đạt chuẩn nông thôn mới.")
    ]


def test_a_lead_pictures_hidden_preview_is_no_second_picture() -> None:
    """NukeViet's modal preview: the full-size copy of the lead picture (another folder, the
    same file) in a box hidden until the picture is clicked."""
    figure = (
        "<figure onclick=\"modalShowByObj('#imgpreview');\"><img src='/assets/news/lop-6.jpg'>"
        "<figcaption>Phụ huynh làm hồ sơ nhập học.</figcaption></figure><div id='imgpreview' "
        "style='display:none'><p><img src='/uploads/news/lop-6.jpg'></p><figcaption>Phụ huynh "
        "làm hồ sơ nhập học.</figcaption></div>"
    )
    assert _pictures(figure) == [
        ("https://x.vn/assets/news/lop-6.jpg", "Phụ huynh làm hồ sơ nhập học.")
    ]
    # A hidden picture of its own (a slide shown later) is the article's.
    other = figure.replace("/uploads/news/lop-6.jpg", "/uploads/news/lop-7.jpg")
    assert len(_pictures(other)) == 2


@pytest.mark.parametrize(
    ("link", "pictured"),
    [
        ("/media/k2/items/cache/8d1f_XL.jpg", True),  # its own enlargement, in a lightbox
        # Plone's view of a picture at a scale, no file name to tell it: the enlargement too
        ("/tin-tuc/trao-bang/@@images/image/large", True),
        ("/quang-cao/hoi-cho-2024.html", False),  # a link away: an ad, a teaser
        # the article itself (Flatsome links the featured picture to the post), as fetched or
        # by its canonical URL
        ("https://x.vn/item/1877-xa-quynh-hoa", True),
        ("/item/1877-xa-quynh-hoa", True),
        ("/item/1878-xa-quynh-hai", False),
    ],
)
def test_a_picture_linked_to_its_enlargement_is_a_lead_picture(link: str, pictured: bool) -> None:
    text = "<p>" + "Xã Quỳnh Hoa đón Bằng công nhận xã nông thôn mới nâng cao. " * 4 + "</p>"
    html = (
        "<html><body><div class='itemView'><h2 class='itemTitle'>Xã Quỳnh Hoa đón Bằng công"
        f" nhận nông thôn mới</h2><div class='itemImageBlock'><a href='{link}'>"
        "<img src='/media/k2/items/cache/8d1f_L.jpg'></a><span class='itemImageCaption'>"
        "Trao Bằng công nhận.</span><span class='itemImageCredits'>Ảnh: Thanh Bình</span></div>"
        f"<div class='itemFullText'>{text * 3}</div></div></body></html>"
    )
    images = ArticlePage(html, "https://x.vn/item/1877-xa-quynh-hoa").images()
    expected = [("/media/k2/items/cache/8d1f_L.jpg", "Trao Bằng công nhận.", "Ảnh: Thanh Bình")]
    found = [(urlsplit(i.url).path, i.caption, i.credit) for i in images]
    assert found == (expected if pictured else [])


@pytest.mark.parametrize(("opening", "closing"), [("", ""), ("<b>", "</b>")])
def test_a_trail_in_a_font_element_names_the_section(opening: str, closing: str) -> None:
    """An XSLT portal sets its trail in `<font size="1">` inside a table cell; a classic ASP
    school site in bold inside it."""
    trail = (
        f"<table><tr><td><font size='1'>{opening}<a href='../Default.aspx'>Trang chủ</a> &raquo; "
        "<a href='List.aspx?cid=1'>Tin tức - Sự kiện</a> &raquo; <a href='List.aspx?cid=3'>Chỉ "
        f"đạo - Điều hành</a>{closing}</font></td></tr></table>"
    )
    html = f"<html><body>{trail}<h1>Hội nghị giao ban quý IV</h1>{_TEXT * 3}</body></html>"
    assert ArticlePage(html, "https://x.vn/Detail.aspx?nid=1").category() == "Chỉ đạo - Điều hành"


@pytest.mark.parametrize(
    ("caption_block", "pictured"),
    [
        ("<table><tr><td style='text-align:center'><em>Nông dân xã Phù Ủng thu hoạch lúa. Ảnh:"
         " Văn Khải</em></td></tr></table>", True),
        # no caption: a banner after the text as well as a picture of the article
        ("<table><tr><td><a href='https://x.vn/'>Đọc tiếp trên website</a></td></tr></table>",
         False),
    ],
    ids=["captioned", "uncaptioned"],
)  # fmt: skip
def test_a_captioned_picture_in_the_block_after_the_text_is_the_articles(
    caption_block: str, pictured: bool
) -> None:
    """An e-mail newsletter (Mailchimp's blocks) sets its lead story's picture in an image block
    under the text block, and the caption in a text block under that."""
    text = "<p>" + "Vụ mùa năm nay, nông dân toàn tỉnh thu hoạch hơn 38.000 ha lúa. " * 4 + "</p>"
    html = (
        "<html><body><table id='bodyTable'><tr><td id='templateBody'>"
        f"<table><tr><td><h1>Nông dân Hưng Yên thu hoạch vụ mùa</h1>{text * 3}</td></tr></table>"
        "<table><tr><td><img src='/images/lua.jpg' width='564'></td></tr></table>"
        f"{caption_block}</td></tr></table></body></html>"
    )
    images = ArticlePage(html, "https://x.vn/?id=8a41c7e92f").images()
    expected = [("/images/lua.jpg", "Nông dân xã Phù Ủng thu hoạch lúa. Ảnh: Văn Khải")]
    assert [(urlsplit(i.url).path, i.caption) for i in images] == (expected if pictured else [])


@pytest.mark.parametrize(
    ("box", "pictured"),
    [
        ("<div class='penci-ad-box'><a href='https://phanbon.example.vn/' rel='nofollow'>"
         "<img src='/banner-phan-bon-640x160.jpg' width='640' height='160'></a></div>", False),
        ("<div class='ad-slot'><img src='/banner.jpg' width='640'></div>", False),
        ("<div class='road-box'><img src='/duong-moi.jpg' width='640'></div>", True),
        # HubSpot's call to action: a promotion's picture in the text's flow
        ("<p><span class='hs-cta-wrapper'><span class='hs-cta-node'><a href='https://cta-redirect"
         ".hubspot.com/cta/redirect/1/2'><img class='hs-cta-img' src='https://no-cache.hubspot.com"
         "/cta/default/1/2.png' alt='Tải miễn phí sổ tay'></a></span></span></p>", False),
        ("<div class='wp-block-call-to-action'><img src='/ebook.png' width='640'></div>", False),
    ],
    ids=["theme-ad-box", "ad-slot", "a-word-with-ad-in-it", "hubspot-cta", "call-to-action"],
)  # fmt: skip
def test_an_ad_box_inside_the_text_holds_no_picture(box: str, pictured: bool) -> None:
    text = "<p>" + "Nông dân Hưng Yên thu hoạch nhãn lồng vụ 2024 được giá. " * 4 + "</p>"
    html = f"<html><body><h1>Mùa nhãn 2024</h1><div class='entry'>{text}{box}{text}</div></body>"
    images = ArticlePage(html + "</html>", "https://x.vn/mua-nhan-2024/").images()
    assert bool(images) is pictured


def test_joomlas_full_text_picture_is_captioned_by_its_title() -> None:
    """Joomla's `caption.js` writes an `<img class="caption">`'s `title` under it: the full-text
    image above the text is captioned so, as a picture in the text already is."""
    between = (
        "<div class='pull-none item-image'><img class='caption' title='Nhà thờ chi họ Phạm Đồng"
        " Xâm sau khi hoàn thành' src='/images/nha-tho.jpg' alt='Nhà thờ chi họ'></div>"
    )
    assert _pictures(between) == [
        ("https://x.vn/images/nha-tho.jpg", "Nhà thờ chi họ Phạm Đồng Xâm sau khi hoàn thành")
    ]
