"""Table tests for bylines: credits in the header, above the text, closing it and after it."""

from __future__ import annotations

import pytest

from newscrawl import extract_article, vn
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.content import read_content
from tests.pages.dom_builders import TEXT as _TEXT
from tests.pages.dom_builders import body as _body
from tests.pages.dom_builders import headed_page as _headed_page


@pytest.mark.parametrize(
    ("meta_author", "byline"),
    [("Nguyễn Hoàng Nam", "Nguyễn Hoàng Nam"), ("Trần Văn Bình", None), (None, None)],
)
def test_a_name_in_the_date_line_is_the_byline_when_the_metadata_names_it(
    meta_author: str | None, byline: str | None
) -> None:
    head = f"<meta name='author' content='{meta_author}'>" if meta_author else ""
    title = "<h1>Lịch sử đền Đồng Bằng</h1>"
    meta = "<div class=meta><span>22 tháng 11, 2024</span> · 4 phút đọc · Nguyễn Hoàng Nam</div>"
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    html = f"<html><head>{head}</head><body><article>{title}{meta}{text}</article></body></html>"
    assert ArticlePage(html, "https://x.vn/a").byline() == byline


@pytest.mark.parametrize(
    ("by", "byline"),
    [
        ("bởi <a href='/user/view.php?id=27'>Nguyễn Thị Thanh Hương</a>",
         "bởi Nguyễn Thị Thanh Hương"),
        ("bởi <a href='/user/view.php?id=2'>Admin User</a>", None),  # an account's
        # Plone's line: the credit, then the dates, set off by em-dashes
        ("bởi <a href='/author/ntlan'>Nguyễn Thị Lan</a> — <span>đăng 20/11/2024 07:00</span> —",
         "bởi Nguyễn Thị Lan"),
        ("Đăng bởi admin", None),
        # Newspack: the credit's spans, then the date's, with no separator between them
        ("<span class='byline'><span>bởi</span> <span class='author vcard'><a href='/author/tn/'>"
         "Lê Thảo Nguyên</a></span> và <span class='author vcard'><a href='/author/dk/'>Đinh Văn"
         " Kha</a></span></span><span class='posted-on'><time datetime='2025-01-26T15:00:00+07:00'"
         ">26 Tháng 1, 2025</time></span>", "bởi Lê Thảo Nguyên và Đinh Văn Kha"),
    ],
    ids=["a-teachers-post", "admin-user", "plone", "admin", "date-run-into-the-credit"],
)  # fmt: skip
def test_a_name_after_bởi_in_the_date_line_is_the_byline(by: str, byline: str | None) -> None:
    title = "<h1>Thông báo hoạt động ngoại khóa năm học 2024-2025</h1>"
    meta = f"<div class=meta>{by} - Thứ Năm, 21 tháng 11 2024, 8:30 AM</div>"
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    html = f"<html><body><article>{title}{meta}{text}</article></body></html>"
    assert ArticlePage(html, "https://x.vn/a").byline() == byline


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        # Sitefinity's news widget: the date, then an untranslated `By` and the name.
        ("Thg10 14, 2024, 15:30 CH\n        By\n        Minh Anh", "By Minh Anh"),
        ("14/10/2024 15:30 bởi Minh Anh", "bởi Minh Anh"),
        ("14/10/2024 15:30 by admin", None),
        ("14/10/2024 15:30 Nearby", None),
        # an ASP portal of the 2000s: date, labelled author and views in one `<font>`
        ("Thứ Hai, 14/03/2011 - 9:25 AM &nbsp;|&nbsp; Tác giả: ThS. Đỗ Văn Phúc &nbsp;|&nbsp; "
         "Lượt xem: 2.347", "Tác giả: ThS. Đỗ Văn Phúc"),
        ("14/03/2011 09:25 | Nguồn: Sở Y tế | Lượt xem: 2.347", None),  # a source, no author
        ("14/03/2011 09:25 | Ảnh: Minh Hà", None),  # the pictures' credit: not the writer's
    ],
    ids=["sitefinity", "boi", "account", "word-ending-in-by", "labelled-author", "source",
         "photographer"],
)  # fmt: skip
def test_a_credit_after_the_date_in_its_line_is_the_byline(line: str, byline: str | None) -> None:
    title = "<h3><span>Phẫu thuật nội soi cho cụ bà 92 tuổi</span></h3>"
    text = "<div>" + _TEXT * 3 + "</div>"
    html = f"<html><body><div>{title}<div class='text-muted'>{line}</div>{text}</div></body></html>"
    assert ArticlePage(html, "https://x.vn/a").byline() == byline


def test_every_name_the_metadata_confirms_in_the_date_line_is_the_byline() -> None:
    """Two authors linked in the date line, unlabelled, both named by the JSON-LD: both are
    the byline, as the line shows them."""
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "author": [{"@type": '
        '"Person", "name": "Quốc Bảo"}, {"@type": "Person", "name": "Thùy Dung"}]}'
    )
    meta = (
        "<div class=meta><span><a href='/tac-gia/quoc-bao/'>Quốc Bảo</a> - <a href='/tac-gia/"
        "thuy-dung/'>Thùy Dung</a></span> <span>Thứ Năm, 14/11/2024 | 16:05</span></div>"
    )
    html = (
        f"<html><head><script type='application/ld+json'>{ld}</script></head><body><article>"
        f"<h1>Vào vụ thu hoạch cà phê, nhiều nơi thiếu nhân công</h1>{meta}<div class=body>"
        f"{_TEXT * 3}</div></article></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/a-180432.html").byline() == "Quốc Bảo - Thùy Dung"


def test_the_first_of_the_metadatas_authors_beside_the_date_leaves_them_all_to_it() -> None:
    """A Nuxt page's `span.author` beside the date names the first of the two authors its
    JSON-LD names: the authors are the metadata's, and no visible byline disagrees."""
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "author": [{"@type": '
        '"Person", "name": "Đinh Quang Huy"}, {"@type": "Person", "name": "Lò Thị Ngọc"}]}'
    )
    meta = (
        "<div class=article__meta><span class=author>Đinh Quang Huy</span><span> · </span>"
        "<span class=time>07:45 18/11/2024 GMT+7</span></div>"
    )
    html = (
        f"<html><head><script type='application/ld+json'>{ld}</script></head><body><article>"
        f"<h1>Bò sữa Mộc Châu sau mùa dịch viêm da nổi cục</h1>{meta}<div class=body>"
        f"{_TEXT * 3}</div></article></body></html>"
    )
    article = extract_article(html, "https://x.vn/bo-sua-moc-chau-a1842")
    assert (article["authors"], article["byline_raw"]) == (["Đinh Quang Huy", "Lò Thị Ngọc"], None)
    assert "authors_conflict" not in article["warnings"]


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("Tổ chuyên môn Mẫu giáo", ["Phạm Thu Hà"]),
        ("Nguồn: Báo Thái Bình", []),  # a repost: its poster did not write it
    ],
)
def test_the_date_lines_name_credits_the_author_over_an_office_signing_the_text(
    closing: str, authors: list[str]
) -> None:
    """A kindergarten's post: `bởi Phạm Thu Hà` in the date line (and in the metadata), the
    text closed by the department that signs it, no person."""
    meta = (
        "<div class=entry-meta><span>Đăng vào <time datetime='2025-05-23T15:40:12+07:00'>23/05/"
        "2025</time></span> <span class=byline>bởi <a href='/author/thuha/'>Phạm Thu Hà</a>"
        "</span></div>"
    )
    signed = f"<p style='text-align: right;'><strong>{closing}</strong></p>"
    html = (
        "<html><head><meta name='author' content='Phạm Thu Hà'></head><body><article><h1>Ngày"
        f" hội bé ngoan, bé khỏe</h1>{meta}<div class=entry-content>{_TEXT * 3}{signed}</div>"
        "</article></body></html>"
    )
    assert extract_article(html, "https://x.vn/ngay-hoi-be-ngoan/")["authors"] == authors


def test_a_posting_credit_naming_the_metadatas_authors_leaves_them_to_it() -> None:
    """Newspack: `bởi <a>Lê Thảo Nguyên</a> và <a>Đinh Văn Kha</a>` run into the date, both
    named by the JSON-LD: the authors are the metadata's, the line no byline."""
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "author": [{"@type": '
        '"Person", "name": "Lê Thảo Nguyên"}, {"@type": "Person", "name": "Đinh Văn Kha"}]}'
    )
    meta = (
        "<div class='entry-meta'><span class='byline'><span>bởi</span> <span class='author'><a"
        " href='/author/tn/'>Lê Thảo Nguyên</a></span> và <span class='author'><a href='/author/"
        "dk/'>Đinh Văn Kha</a></span></span><span class='posted-on'><time datetime='2025-01-26"
        "T15:00:00+07:00'>26 Tháng 1, 2025</time></span></div>"
    )
    html = (
        f"<html><head><script type='application/ld+json'>{ld}</script></head><body><article>"
        f"<h1>Chợ Tết quê bên bến Đò Chanh</h1>{meta}<div class='entry-content'>{_TEXT * 3}</div>"
        "</article></body></html>"
    )
    article = extract_article(html, "https://langviet.example.vn/2025/01/26/cho-tet/")
    assert (article["authors"], article["byline_raw"]) == (["Lê Thảo Nguyên", "Đinh Văn Kha"], None)
    assert article["warnings"] == []


def test_the_date_lines_box_of_names_the_metadata_confirms_is_the_byline() -> None:
    """A mobile template's info line: the authors in a box of their own before the time, no
    link each; the JSON-LD names both."""
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "author": [{"@type": '
        '"Person", "name": "Hoàng Anh"}, {"@type": "Person", "name": "Minh Thu"}]}'
    )
    meta = (
        "<div class='detail-info'><span class='x1'>Hoàng Anh - Minh Thu</span> "
        "<span class='x2'>06:45 09/11/2024</span></div>"
    )
    html = (
        f"<html><head><script type='application/ld+json'>{ld}</script></head><body><article>"
        f"<h1>Chả cá Thụy Hải đạt chuẩn OCOP 4 sao</h1>{meta}<div class=body>"
        f"{_TEXT * 3}</div></article></body></html>"
    )
    assert (
        ArticlePage(html, "https://x.vn/cha-ca-post58213.html").byline() == "Hoàng Anh - Minh Thu"
    )


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        # Helix Ultimate: the label only in a tooltip, the name marked by microdata
        ("<span itemprop='author' itemscope itemtype='https://schema.org/Person' title='Viết bởi:"
         " Nguyễn Văn Hùng'><span itemprop='name'>Nguyễn Văn Hùng</span></span>",
         "Nguyễn Văn Hùng"),
        ("<span itemprop='author'><span itemprop='name'>Super User</span></span>", None),  # account
        # Blogger: the label printed before the marked name, kept with it as shown
        ("<span class='post-author vcard'>Đăng bởi <span itemprop='author' itemscope><a href="
         "'https://www.blogger.com/profile/1'><span itemprop='name'>Hoàng Minh Đức</span></a>"
         "</span></span>", "Đăng bởi Hoàng Minh Đức"),
    ],
    ids=["a-person", "an-account", "label-before"],
)  # fmt: skip
def test_a_name_marked_as_the_author_by_microdata_in_the_header_is_the_byline(
    header: str, byline: str | None
) -> None:
    title = "<h1 itemprop='headline'>Hội thi giáo viên dạy giỏi cấp trường năm học 2024</h1>"
    meta = (
        f"<div class='article-info'>{header} <time datetime='2024-11-21T08:15:00+07:00'"
        " itemprop='datePublished'>21 Tháng 11 2024</time></div>"
    )
    text = "<div itemprop='articleBody'>" + _TEXT * 3 + "</div>"
    html = f"<html><body><div itemscope>{title}{meta}{text}</div></body></html>"
    assert ArticlePage(html, "https://x.vn/a").byline() == byline


@pytest.mark.parametrize(
    ("signature", "byline"),
    [
        ("Nguyễn Văn Hùng – Vũ Thị Hạnh", "Nguyễn Văn Hùng – Vũ Thị Hạnh"),
        ("Văn Hùng", "Văn Hùng"),  # the name he signs with
        ("Vũ Thị Hạnh", "Nguyễn Văn Hùng\nVũ Thị Hạnh"),  # someone else: both credited
    ],
    ids=["with-a-co-author", "signed-shorter", "another-writer"],
)  # fmt: skip
def test_a_header_name_the_closing_signature_names_again_is_credited_once(
    signature: str, byline: str
) -> None:
    """Jekyll's `itemprop=author` beside the date over the writers' signature closing the text:
    the signature credits him, with whoever wrote it with him."""
    title = "<h1>Hồ sơ trực tuyến toàn trình ở cấp xã: mười tháng nhìn lại</h1>"
    meta = (
        "<p class='post-meta'><time datetime='2024-11-20T08:15:00+07:00' itemprop='datePublished'>"
        "20/11/2024</time> • "
        "<span itemprop='author' itemscope itemtype='http://schema.org/Person'>"
        "<span itemprop='name'>Nguyễn Văn Hùng</span></span></p>"
    )
    closing = f"<p style='text-align: right'><em>{signature}</em></p>"
    text = "<div itemprop='articleBody'>" + _TEXT * 3 + closing + "</div>"
    html = f"<html><body><article itemscope itemtype='http://schema.org/BlogPosting'>{title}{meta}{text}</article></body></html>"
    assert ArticlePage(html, "https://x.vn/a").byline() == byline


def test_a_header_credit_naming_only_the_site_is_no_byline() -> None:
    """Blogger's post footer, `Đăng bởi` the blog's own profile, named as the blog is in the
    `<title>` (the blog's name before the headline), beside a row of share buttons: the
    photographer's line closing the text is the byline."""
    pictures = "".join(
        f"<table class='tr-caption-container'><tr><td><img src='/{n}.jpg' width='640'></td></tr>"
        f"<tr><td class='tr-caption'>Trích đoạn chèo thứ {n} trên sân đình làng Đông.</td></tr>"
        "</table>"
        for n in (1, 2)
    )
    html = (
        "<html><head><title>Chiếu Chèo Làng Đông: Hội chèo sân đình mùa xuân</title></head><body>"
        "<div class='post hentry'><h3 class='post-title'>Hội chèo sân đình mùa xuân</h3><div "
        f"class='post-body'>{_TEXT * 3}{pictures}<div style='text-align: right;'><b>Ảnh: Phan "
        "Thế Hiển</b></div></div><div class='post-footer'><div class='post-footer-line'><span "
        "class='post-author vcard'>Đăng bởi <span class='fn' itemprop='author' itemscope><a "
        "href='https://www.blogger.com/profile/0471' rel='author'><span itemprop='name'>Chiếu "
        "Chèo Làng Đông</span></a></span></span> <span>vào lúc <a href='/2025/02/hoi-cheo.html' "
        "rel='bookmark'><time datetime='2025-02-16T07:30:00+07:00' itemprop='datePublished'>07:30"
        "</time></a></span><div class='post-share-buttons'><a href='https://www.blogger.com"
        "/share-post.g?target=email'>Gửi email bài đăng này</a><a href='https://www.blogger.com/"
        "share-post.g?target=blog'>BlogThis!</a><a href='https://www.blogger.com/share-post.g?"
        "target=facebook'>Chia sẻ lên Facebook</a></div></div></div></div></body></html>"
    )
    page = ArticlePage(html, "https://chieucheolangdong.blogspot.com/2025/02/hoi-cheo.html")
    assert page.byline() == "Ảnh: Phan Thế Hiển"


@pytest.mark.parametrize(
    ("by", "byline"),
    [
        ("Viết bởi Hoàng Lâm", "Viết bởi Hoàng Lâm"),
        ("Written by Hoàng Lâm", "Written by Hoàng Lâm"),
        ("Viết bởi Administrator", None),  # an account
        ("Viết bởi Ban biên tập", None),  # the newsroom, no person
    ],
    ids=["a-person", "english", "an-account", "the-newsroom"],
)
def test_joomla_1_0s_written_by_line_above_the_date_is_the_byline(
    by: str, byline: str | None
) -> None:
    """Joomla 1.0 and Mambo print `Viết bởi <name>` in a row of its own under the headline,
    without a colon and without microdata."""
    html = (
        "<html><body><table class='contentpaneopen'><tr><td class='contentheading'>Tiền Hải: "
        "Nghề nuôi ngao vùng bãi bồi phát triển mạnh</td></tr></table><table class="
        f"'contentpaneopen'><tr><td><span class='small'>{by}</span>&nbsp;&nbsp;</td></tr><tr>"
        "<td class='createdate'>Thứ tư, 16 Tháng 4 2008 08:22</td></tr><tr><td>"
        f"{_TEXT * 3}</td></tr></table></body></html>"
    )
    assert ArticlePage(html, "https://x.gov.vn/index.php?id=124").byline() == byline


@pytest.mark.parametrize(
    "site_line",
    [
        "© 2007 UBND huyện Vũ Thư",
        "Copyright © 2008 Đoàn xã Vũ Hội",
        "Bản quyền thuộc UBND huyện",
        # ... and its address and telephone under it, on lines of their own
        "© 2009 Hội Kiến trúc sư tỉnh</p><p align='center'>Số 45 phố Bạch Đằng - ĐT: 0320.3845.112",
        "© 2009 Hội Kiến trúc sư tỉnh<br>Số 45 phố Bạch Đằng - ĐT: 0320.3845.112",  # one block
    ],
)
def test_the_sites_copyright_line_closing_the_text_is_neither_text_nor_byline(
    site_line: str,
) -> None:
    """A legacy page (a frameset's `<noframes>`, a one-cell table) with no footer markup: the
    site's copyright line closes the article's box, under the signature."""
    html = (
        "<html><body><h2>Vũ Thư: Nhân dân vui đón Tết Đinh Hợi</h2><div>"
        f"{_TEXT * 3}<p align='right'><b>Nguyễn Văn Tuấn</b></p><p align='center'>{site_line}</p>"
        "</div></body></html>"
    )
    article = extract_article(html, "http://vuthu.gov.vn/tin.htm")
    assert (article["byline_raw"], article["authors"]) == ("Nguyễn Văn Tuấn", ["Nguyễn Văn Tuấn"])
    assert article["body"].count("\n\n") == 2


def test_a_labelled_credit_in_a_field_after_the_text() -> None:
    def field(label: str, value: str) -> str:
        return (
            f"<div class='field'><div class='field-label'>{label}&nbsp;</div>"
            f"<div class='field-items'><div class='field-item'>{value}</div></div></div>"
        )

    body = f"<div class='field'><div class='items'><div class='item'>{_TEXT * 3}</div></div></div>"
    credits = field("Tác giả:", "Phạm Thu Hằng") + field("Nguồn:", "Trung tâm Văn hóa huyện")
    html = f"<html><body><h1>Ngày hội</h1><div class=node>{body}{credits}</div></body></html>"
    byline = ArticlePage(html, "https://x.vn/a").byline()
    assert byline == "Tác giả: Phạm Thu Hằng\nNguồn: Trung tâm Văn hóa huyện"


@pytest.mark.parametrize(
    ("after", "byline"),
    [
        ("<div align='right'><b>Ngọc Anh</b></div>", "Ngọc Anh"),
        ("<p style='text-align: right'><strong>Minh Tuấn - Thu Hằng</strong></p>",
         "Minh Tuấn - Thu Hằng"),
        ("<div><b>Tin khác:</b></div>", None),
        ("<div>Ngọc Anh</div>", None),  # set like any line: no signature
        # the article's own footer, opened by the signature over its tags and share buttons
        ("<footer><p class='text-right font-semibold'>Quang Vinh - Hoài Thu</p><div><a href="
         "'/tag/goi-nhech'>#gỏi nhệch</a></div><div><a href='https://www.facebook.com/sharer/"
         "sharer.php?u=x'>f</a></div></footer>", "Quang Vinh - Hoài Thu"),
        ("<footer><p>Quang Vinh</p><div><a href='/tag/goi-nhech'>#gỏi nhệch</a></div></footer>",
         None),
    ],
)  # fmt: skip
def test_a_signature_right_after_the_text_box(after: str, byline: str | None) -> None:
    text = "<div class=noidung>" + "Nội dung bài viết về trao quà Tết cho hộ nghèo. " * 4
    text += "<br><br>" + "Đoạn thứ hai của bài viết về trao quà Tết. " * 4 + "</div>"
    html = f"<html><body><div class=tieude><b>Trao quà Tết</b></div>{text}{after}</body></html>"
    assert ArticlePage(html, "https://x.vn/a").byline() == byline


@pytest.mark.parametrize(
    ("tail", "byline"),
    [
        (["<p align='right'><b>Tin: Quốc Tuấn</b></p>"], ["Tin: Quốc Tuấn"]),
        (
            ["<div style='text-align:right'><strong>ThS. Nguyễn Văn Hùng</strong></div>",
             "<div style='text-align:right'><em>(Trung tâm Y tế dự phòng tỉnh)</em></div>"],
            ["ThS. Nguyễn Văn Hùng", "(Trung tâm Y tế dự phòng tỉnh)"],
        ),
        (["<p><strong>Người dân hết cảnh đi đò</strong></p>"], []),  # a bold intertitle
        # One paragraph, two lines: a `<br>` between the name and the affiliation.
        (["<p align='right'><strong>Trần Văn Bình</strong><br><em>(Tổ Khoa học xã hội)</em></p>"],
         ["Trần Văn Bình", "(Tổ Khoa học xã hội)"]),
        # ... the veteran's former unit, a long line of numbers: the two longer than one line
        (["<p align='right'><strong>Đại tá Nguyễn Văn Khiêm</strong><br><em>Nguyên chiến sĩ Đại "
          "đội 3, Tiểu đoàn 1, Trung đoàn 48, Sư đoàn 320B</em></p>"],
         ["Đại tá Nguyễn Văn Khiêm",
          "Nguyên chiến sĩ Đại đội 3, Tiểu đoàn 1, Trung đoàn 48, Sư đoàn 320B"]),
        # right-aligned, not bold: an office signs (a block theme's `has-text-align-right`)
        (["<p class='has-text-align-right has-small-font-size'>Ban Truyền thông Hội CCB xã Vũ"
          " Hội</p>"], ["Ban Truyền thông Hội CCB xã Vũ Hội"]),
        (["<p style='text-align:right'>Quê hương mãi trong tim</p>"], []),
        # an office's name, longer than a person's
        (["<p style='text-align: right;'><span style='font-weight: 700;'>Văn phòng Hội Chữ thập"
          " đỏ huyện Kiến Xương</span></p>"], ["Văn phòng Hội Chữ thập đỏ huyện Kiến Xương"]),
        # ... the post unbracketed, the whole longer than a name (Weebly's `div.paragraph`)
        (["<div style='text-align:right;'><strong>Cô Vũ Thị Hồng Nhung</strong><br /><em>Giáo viên"
          " Lịch sử, Tổ Khoa học xã hội</em></div>"],
         ["Cô Vũ Thị Hồng Nhung", "Giáo viên Lịch sử, Tổ Khoa học xã hội"]),
        # The writers, the photographer's credit on the line under them: no caption's credit
        (["<p style='text-align: right;'><strong>Lm. Phêrô Nguyễn Văn Tuấn – Nt. Maria Vũ Thị"
          " Hằng</strong><br><em>Ảnh: Gioakim Trần Quang</em></p>"],
         ["Lm. Phêrô Nguyễn Văn Tuấn – Nt. Maria Vũ Thị Hằng", "Ảnh: Gioakim Trần Quang"]),
        # A plugin's update line under the signature: the page's date, no credit.
        (["<p style='text-align: right;'><strong>Ngọc Ánh</strong></p>",
          "<p class='post-modified-info'>Cập nhật lần cuối: <time>27/03/2024 - 10:02</time></p>"],
         ["Ngọc Ánh"]),
    ],
)  # fmt: skip
def test_the_byline_is_the_short_credit_lines_closing_the_text(
    tail: list[str], byline: list[str]
) -> None:
    paragraph = "<p>" + "Nội dung bài viết rất dài. " * 6 + "</p>"
    content = read_content(_body(paragraph + "".join(tail)))
    assert content.byline_lines == byline


_NOTE = "(*) Số liệu do Sở Giao thông vận tải cung cấp."


@pytest.mark.parametrize(
    ("note", "text"),
    [
        (f"<p><em>{_NOTE}</em></p>", _NOTE),
        (f"<p style='text-align:right'><em>{_NOTE}</em></p>", _NOTE),
        ("<p><em>* Bài viết sử dụng tư liệu của Bảo tàng tỉnh.</em></p>",
         "* Bài viết sử dụng tư liệu của Bảo tàng tỉnh."),
        ("<p>(1) Văn kiện Đại hội Đảng bộ tỉnh lần thứ XX, tr.125.</p>",
         "(1) Văn kiện Đại hội Đảng bộ tỉnh lần thứ XX, tr.125."),
        # Word's footnote, its number linking back to the text (kept, as a typed one is)
        ("<p class='MsoFootnoteText'><a href='#_ftnref1' name='_ftn1'><sup>[1]</sup></a> Văn "
         "kiện Đại hội Đảng bộ tỉnh lần thứ XX, tr.125.</p>",
         "[1] Văn kiện Đại hội Đảng bộ tỉnh lần thứ XX, tr.125."),
        # ... and its number's back-link dropped as the page's own link: the box still tells
        ("<div id='ftn1' style='mso-element:footnote'><p class='MsoFootnoteText'>Văn kiện Đại "
         "hội Đảng bộ tỉnh lần thứ XX, tr.125.</p></div>",
         "Văn kiện Đại hội Đảng bộ tỉnh lần thứ XX, tr.125."),
        # kramdown's (Jekyll): the paragraph in an item of a list in the `footnotes` box
        ("<div class='footnotes' role='doc-endnotes'><ol><li id='fn:1' role='doc-endnote'><p>"
         "Số liệu trích xuất từ Cổng Dịch vụ công tỉnh ngày 15/11/2024.</p></li></ol></div>",
         "Số liệu trích xuất từ Cổng Dịch vụ công tỉnh ngày 15/11/2024."),
        # a series' next part, announced after the signature
        ("<p><em>Kỳ cuối: Hướng đi nào cho chiếu cói Hới?</em></p>",
         "Kỳ cuối: Hướng đi nào cho chiếu cói Hới?"),
        # an editor's note in italics, with no mark, too long for a signature
        ("<p><em>Báo Bạn đọc chuyển nội dung thư đến UBND huyện Vũ Thư và Sở Giao thông vận tải "
         "xem xét, giải quyết và trả lời bạn đọc.</em></p>",
         "Báo Bạn đọc chuyển nội dung thư đến UBND huyện Vũ Thư và Sở Giao thông vận tải xem xét,"
         " giải quyết và trả lời bạn đọc."),
    ],
    ids=["asterisk-italic", "asterisk-right-aligned", "bare-asterisk", "numbered",
         "word-footnote", "word-footnote-unnumbered", "kramdown-footnote", "next-part",
         "editors-note"],
)  # fmt: skip
def test_a_note_after_the_signature_is_the_texts_own(note: str, text: str) -> None:
    """An editor's note or a footnote set after the signature: the signature is the byline, the
    note stays the text's last paragraph."""
    paragraph = "<p>" + "Nội dung bài viết rất dài. " * 6 + "</p>"
    signature = "<p style='text-align:right'><strong>Minh Hà</strong></p>"
    content = read_content(_body(paragraph + signature + note))
    assert content.byline_lines == ["Minh Hà"]
    assert content.paragraphs[1:] == [text]


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        # Print layouts set the credit above the text, under the standfirst.
        ("<p style='text-align:right'><strong>Bài và ảnh: NGUYỄN HÙNG</strong></p>",
         ["Bài và ảnh: NGUYỄN HÙNG"]),
        ("<p><strong>NGUYỄN HÙNG</strong></p>", ["NGUYỄN HÙNG"]),
        ("<div class='author'>Nguyễn Hùng</div>", ["Nguyễn Hùng"]),
        # Not credits: an intertitle first, a place, a plain short first line.
        ("<p><strong>Cầu nối hai bờ sông Luộc</strong></p>", []),
        ("<p><strong>THÁI BÌNH</strong></p>", []),
        ("<p>Nguyễn Hùng</p>", []),
        # An e-magazine's credits, one role to a line, plain: each line says what it is.
        ("<p>Nội dung: Hoàng Yến</p><p>Ảnh: Quang Minh</p><p>Trình bày: Thu Trang</p>",
         ["Nội dung: Hoàng Yến", "Ảnh: Quang Minh", "Trình bày: Thu Trang"]),
        ("<p>Quang Minh</p><p>Nội dung: Hoàng Yến</p>", []),  # a plain line first: text
    ],
)  # fmt: skip
def test_a_credit_set_above_the_text_is_its_byline(head: str, byline: list[str]) -> None:
    paragraphs = "<p>" + "Nội dung bài viết rất dài. " * 6 + "</p>"
    content = read_content(_body(head + paragraphs * 2))
    assert content.byline_lines == byline
    head_blocks = head.count("<p") + head.count("<div")
    assert len(content.paragraphs) == 2 + (0 if byline else head_blocks)


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        ("<div><span class='author'>NGUYỄN HÙNG</span> | <span>20/12/2024 08:00</span></div>",
         "NGUYỄN HÙNG"),
        ("<div class='author-name'><a href='/tac-gia/nguyen-hung'>Nguyễn Hùng</a></div>",
         "Nguyễn Hùng"),
        ("<p class='byline'>Bài và ảnh: <b>Nguyễn Hùng</b></p>", "Bài và ảnh: Nguyễn Hùng"),
        # Marked, but no credit: a box of the author's other articles, a CMS account.
        ("<div class='author'><a href='/tac-gia/x'>Các bài viết khác của tác giả</a></div>", None),
        ("<span class='post-author'>Đăng bởi admin</span>", None),
        # The author's picture marked, the name beside it (Odoo's blog).
        ("<div><span class='o_wblog_author_avatar'><img src='/a/30x30' alt='Phạm Văn Hùng'>"
         "</span><div><span>Phạm Văn Hùng</span></div></div>", "Phạm Văn Hùng"),
        ("<div><span class='author-avatar'><img src='/a/30x30'></span><div>21 thg 11 2024</div>"
         "</div>", None),
        # Odoo 17's cover: the box marked as the author's holds the picture, then the name in
        # an `<address>` deep inside, over the date
        ("<div class='o_wblog_author_avatar_date'><div><div><div class='o_wblog_author_avatar'>"
         "<img src='/a/32x32' alt='Avatar'></div><div><span><address itemscope itemtype="
         "'http://schema.org/Person'><div><span itemprop='name'>Đỗ Minh Khuê</span></div>"
         "</address></span><small><span>thg 3 10, 2025</span></small></div></div></div></div>",
         "Đỗ Minh Khuê"),
        # Firefox's Reader View, saved: the byline Readability found, under the headline.
        ("<div class='credits reader-credits'>Hoàng Lâm</div>", "Hoàng Lâm"),
        # An opinion column's columnist box: the name, and the post below it.
        ("<div class='columnist-box'><img class='columnist-avatar' src='/v.jpg' width='72'><div>"
         "<span class='columnist-name'>TS. Trần Quốc Việt</span><span class='columnist-desc'>"
         "Nguyên Phó Giám đốc Sở Nông nghiệp</span></div></div>", "TS. Trần Quốc Việt"),
    ],
)  # fmt: skip
def test_a_credit_marked_as_the_authors_beside_the_headline_is_the_byline(
    header: str, byline: str | None
) -> None:
    page = _headed_page("Công trường cầu Hưng Hà những ngày cuối năm", header)
    assert page.byline() == byline


def test_a_note_naming_the_paper_leaves_room_for_the_author_marked_below() -> None:
    """A journalist's blog: the post closes with the paper that printed it first, and
    Blogger's footer names the author."""
    text = "<div class='post-body'>" + "Nội dung bài viết rất dài về chợ nổi. " * 30
    text += "<br><br>" + "Đoạn thứ hai của bài viết về chợ nổi. " * 20
    text += "<br><br><i>(Bài đã đăng trên báo Thanh Niên)</i></div>"
    footer = "<div class='post-footer'><span class='post-author vcard'>Đăng bởi <span class='fn'>"
    footer += "Trần Minh Khôi</span></span></div>"
    html = f"<html><body><div><h3>Chợ nổi Cái Răng</h3>{text}{footer}</div></body></html>"
    article = extract_article(html, "https://x.blogspot.com/2008/02/cho-noi.html")
    assert article["byline_raw"] == "(Bài đã đăng trên báo Thanh Niên)\nĐăng bởi Trần Minh Khôi"
    assert (article["authors"], article["source"]) == (["Trần Minh Khôi"], "báo Thanh Niên")
    assert "Thanh Niên" not in article["body"]


_LAST = "Khi hoàn thành, cây cầu sẽ rút ngắn quãng đường đi lại cho người dân hai xã."


@pytest.mark.parametrize(
    ("last", "byline", "kept"),
    [
        # A line break, not a new paragraph, before the credit (WordPress turns one newline
        # into `<br>`).
        (f"<p>{_LAST}<br>\nNguyễn Văn Hùng</p>", ["Nguyễn Văn Hùng"], _LAST),
        (f"<p>{_LAST}<br><strong>Tin, ảnh: Thu Hà</strong><br><em>(Theo Báo Thái Bình)</em></p>",
         ["Tin, ảnh: Thu Hà", "(Theo Báo Thái Bình)"], _LAST),
        # A last line that is no credit stays in its paragraph.
        (f"<p>{_LAST}<br>Người dân rất phấn khởi.</p>", [], f"{_LAST} Người dân rất phấn khởi."),
    ],
)  # fmt: skip
def test_a_credit_on_the_last_lines_of_the_last_paragraph_is_the_byline(
    last: str, byline: list[str], kept: str
) -> None:
    paragraph = "<p>" + "Nội dung bài viết rất dài. " * 6 + "</p>"
    content = read_content(_body(paragraph + last))
    assert (content.byline_lines, content.paragraphs[-1]) == (byline, kept)


_PICTURE = (
    "<table><tr><td><img src='a.jpg'></td></tr><tr><td class='desc'>Vườn vải.</td></tr></table>"
)


@pytest.mark.parametrize(
    ("html", "byline", "paragraphs"),
    [
        # A photo story: the credit under its pictures is the byline, though no text is left.
        (_PICTURE + "<p align='right'><b>Ảnh: HOÀNG BÌNH</b></p>", ["Ảnh: HOÀNG BÌNH"], []),
        # Without pictures a lone line stays the article's text.
        ("<p align='right'><b>Ảnh: HOÀNG BÌNH</b></p>", [], ["Ảnh: HOÀNG BÌNH"]),
        # Signed only by its style (right-aligned, bold), a lone line is not taken.
        (_PICTURE + "<p align='right'><b>Vải thiều Thanh Hà</b></p>", [], ["Vải thiều Thanh Hà"]),
        # A video's page, its summary the standfirst: the line left credits the outlet, no text.
        ("<p class='video-source'>Theo <b>NTV</b></p>", ["Theo NTV"], []),
        ("<p>Nguồn: Báo Thái Bình</p>", ["Nguồn: Báo Thái Bình"], []),
        # ... or names its author in a box the template names so (Nhân Dân's video page)
        ("<div class='article__author'><span class='name cms-author'>HOÀNG LONG</span></div>",
         ["HOÀNG LONG"], []),
        # ... or links each name to its author's page (a photo story's credits over its sapo)
        ("<p class='x9'>Thực hiện: <a href='/tac-gia/dieu-am'>Diệu Âm</a> - <a href='/tac-gia/"
         "nguyen-khang'>Nguyên Khang</a></p>", ["Thực hiện: Diệu Âm - Nguyên Khang"], []),
        # ... or labels the names with their role (a TV station's mobile video page)
        ("<p class='x9'>Thực hiện: Thanh Tâm - Hoàng Long</p>",
         ["Thực hiện: Thanh Tâm - Hoàng Long"], []),
    ],
)  # fmt: skip
def test_a_photo_story_may_be_only_pictures_and_its_credit(
    html: str, byline: list[str], paragraphs: list[str]
) -> None:
    content = read_content(_body(html))
    assert (content.byline_lines, content.paragraphs) == (byline, paragraphs)


@pytest.mark.parametrize(
    ("credits", "byline"),
    [
        ("<div><span>Tác giả: Thu Hà</span> <span>Ngày đăng: 16/11/2024 14:20</span>"
         " <span>Lượt xem: 214</span></div>", "Tác giả: Thu Hà"),
        ("<p><b>Nguồn:</b> Báo Bắc Ninh</p>", "Nguồn: Báo Bắc Ninh"),
        ("<p><b>Tác giả:</b></p>", None),
        # A podcast's credits, one role to a line, in a box after the text.
        ("<div><p>Biên tập: Hải Yến</p><p>Giọng đọc: Minh Hằng</p></div>",
         "Biên tập: Hải Yến\nGiọng đọc: Minh Hằng"),
        # A site reprinting the article credits the paper it took it from.
        ("<div><span>Theo Báo Thái Bình</span> <a href='https://b.vn/1'>Xem bài gốc</a></div>",
         "Theo Báo Thái Bình"),
        ("<p><span>Theo kế hoạch, xã sẽ tổ chức ra quân mỗi tháng một lần.</span></p>", None),
        # tagDiv's source box: the label alone, no colon, the outlet linked beside it.
        ("<div><span>Nguồn</span><a href='https://hungha.gov.vn/'>Cổng TTĐT huyện Hưng Hà</a>"
         "</div>", "Nguồn Cổng TTĐT huyện Hưng Hà"),
        ("<div><span>Nguồn</span> nước sạch cho các xã</div>", None),
        # The account that posted it, under the credits, credits no one.
        ("<div><div>Tác giả: <b>Hồng Nhung</b></div><div>Người đăng: <i>Administrator</i></div>"
         "</div>", "Tác giả: Hồng Nhung"),
        ("<div>Người đăng: <span>quantri_gdtrh</span></div>", None),
        # A legacy cell: the author in bold, the source after a `<br>`.
        ("<table><tr><td><b>Tác giả: <span>Hoài Thanh</span></b><br>Nguồn tin: <span>Báo Long"
         " An</span></td></tr></table>", "Tác giả: Hoài Thanh\nNguồn tin: Báo Long An"),
    ],
    ids=["one-field-of-a-line", "label-and-name-apart", "label-alone", "roles", "source",
         "sentence-opening-with-theo", "via-box", "word-in-a-sentence", "account-under-credit",
         "account-alone", "source-after-br"],
)  # fmt: skip
def test_a_labelled_credit_after_the_text_is_its_own_field(
    credits: str, byline: str | None
) -> None:
    text = "<p>" + "Nội dung bài viết về ra quân làm sạch bãi biển. " * 4 + "</p>"
    html = f"<html><body><div><h2>Ra quân làm sạch bãi biển</h2><div>{text * 3}</div>{credits}"
    page = ArticlePage(html + "</div></body></html>", "https://x.vn/a")
    assert page.byline() == byline


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        # A labelled credit in the article's header comes first, before the text's own byline.
        ("<dd>Tác giả: <span itemprop=author><span itemprop=name>Đỗ Minh Tuấn</span></span></dd>",
         "Tác giả: Đỗ Minh Tuấn\nNguồn: Cổng TTĐT huyện"),
        ("<dd>Tác giả: admin</dd>", "Nguồn: Cổng TTĐT huyện"),  # the account that posted it
        ("<dd>Ảnh: Văn Thành</dd>", "Nguồn: Cổng TTĐT huyện"),  # a role there credits a picture
        # A shop's blog (Haravan): `Người viết:`, the writer.
        ("<dd>Người viết: <strong>Phạm Thu Hằng</strong></dd>",
         "Người viết: Phạm Thu Hằng\nNguồn: Cổng TTĐT huyện"),
        # The credit in a line that goes on with the date.
        ("<dd><span>Người viết: <strong>Phạm Thu Hằng</strong></span> lúc <span>21.11.2024</span>"
         "</dd>", "Người viết: Phạm Thu Hằng\nNguồn: Cổng TTĐT huyện"),
        # A broadcaster's reporters beside the date.
        ("<dd><span class='author'>Phóng viên: Hoàng Yến - Đức Thắng</span> | 08/11/2024</dd>",
         "Phóng viên: Hoàng Yến - Đức Thắng\nNguồn: Cổng TTĐT huyện"),
        # The text's and the pictures' authors by role (Tiền Phong).
        ("<dd><span class='article__author'>Bài: Nguyễn Hà - Ảnh: Hoàng Mạnh Thắng</span></dd>",
         "Bài: Nguyễn Hà - Ảnh: Hoàng Mạnh Thắng\nNguồn: Cổng TTĐT huyện"),
    ],
    ids=["author", "account", "role", "writer", "writer-then-date", "reporters", "text-and-photos"],
)  # fmt: skip
def test_a_labelled_credit_in_the_header_opens_the_byline(header: str, byline: str) -> None:
    text = "<p>" + "Nội dung bài viết về khánh thành nhà văn hóa thôn. " * 4 + "</p>"
    html = (
        "<html><body><article><h1>Khánh thành nhà văn hóa thôn Kênh Cầu</h1>"
        f"<dl><dd>Thứ Năm, 12/09/2024 08:00</dd>{header}</dl>"
        f"<section>{text * 3}<p><em>Nguồn: Cổng TTĐT huyện</em></p></section></article>"
        "</body></html>"
    )
    assert ArticlePage(html, "https://x.vn/a-7754.html").byline() == byline


_PROMPTS = [
    # The paper's prompt under every article, pointing to a section: neither credit nor text.
    "<p><em>* Mời bạn đọc vào chuyên mục <a href='/quoc-phong-an-ninh'>Quốc phòng - An ninh</a>"
    " xem các tin, bài liên quan.</em></p>",
    "<p>Mời quý độc giả xem thêm các bài viết tại <a href='/chuyen-muc/an-ninh'>chuyên mục An"
    " ninh</a>.</p>",
]
_PROMPT_TEXT = (
    "<p>" + "Nội dung bài viết về diễn tập khu vực phòng thủ huyện Tiền Hải. " * 4 + "</p>"
)
_SIGNATURE = "<p style='text-align: right;'><strong>NGUYỄN HẢI - TRẦN MINH</strong></p>"


def _prompted(inside: str) -> ArticlePage:
    html = f"<html><body><h1>Diễn tập khu vực phòng thủ</h1><div>{inside}</div></body></html>"
    return ArticlePage(html, "https://x.vn/a-752341")


@pytest.mark.parametrize(
    ("line", "in_body"),
    [
        *((prompt, False) for prompt in _PROMPTS),
        # Words of the article that invite the reader, with no link: its text.
        ("<p>Mời bạn đọc đón xem kỳ 2 của loạt bài về diễn tập khu vực phòng thủ.</p>", True),
    ],
)
def test_a_readers_prompt_with_a_link_is_no_text(line: str, in_body: bool) -> None:
    page = _prompted(_PROMPT_TEXT * 2 + line + _PROMPT_TEXT + _SIGNATURE)
    assert any("Mời" in paragraph for paragraph in page.body(None)) is in_body


@pytest.mark.parametrize("prompt", _PROMPTS)
def test_a_readers_prompt_after_the_signature_joins_no_credit(prompt: str) -> None:
    page = _prompted(_PROMPT_TEXT * 3 + _SIGNATURE + prompt)
    assert page.byline() == "NGUYỄN HẢI - TRẦN MINH"


@pytest.mark.parametrize(
    ("page", "byline"),
    [
        # The masthead in the page's `<footer>` names the editor-in-chief, not the article's.
        ("<main><article>{}</article></main><footer><p>Tổng biên tập: Nguyễn Hoàng Minh</p>"
         "<p>Giấy phép số 27/GP-BTTTT ngày 17/01/2022</p></footer>", None),
        # An article's own footer may credit its author.
        ("<article>{}<footer class='entry-footer'><p>Tác giả: Thu Hà</p></footer></article>",
         "Tác giả: Thu Hà"),
    ],
    ids=["page-footer", "article-footer"],
)  # fmt: skip
def test_only_an_articles_own_footer_credits_it(page: str, byline: str | None) -> None:
    text = "<p>" + "Nội dung bài viết về khánh thành cầu La Tiến nối hai huyện. " * 4 + "</p>"
    article = f"<h1>Khánh thành cầu La Tiến</h1><div>{text * 3}</div>"
    html = f"<html><body>{page.format(article)}</body></html>"
    assert ArticlePage(html, "https://x.vn/a-2341567").byline() == byline


def test_a_signature_in_the_table_row_under_the_text_cell_is_the_byline() -> None:
    text = "<p>" + "Nội dung bài viết về hội nghị giao ban quý IV của huyện. " * 4 + "</p>"
    html = (
        f"<html><body><h1>Hội nghị giao ban quý IV</h1><table><tr><td>{text * 3}</td></tr>"
        "<tr><td align='right'><font size='2'><b>Minh Tuấn (Văn phòng HĐND-UBND huyện)</b>"
        "</font></td></tr></table></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/Detail.aspx?nid=56012")
    assert page.byline() == "Minh Tuấn (Văn phòng HĐND-UBND huyện)"


@pytest.mark.parametrize(
    ("closing", "byline"),
    [
        ("<div style='text-align:right'><strong><a href='/tac-gia/thu-ha'>Thu Hà</a> - "
         "<a href='/tac-gia/quang-huy'>Quang Huy</a></strong></div>", "Thu Hà - Quang Huy"),
        ("<div><a href='/tac-gia/thu-ha'>Thu Hà</a>, <a href='/tac-gia/quang-huy'>Quang Huy</a>"
         "</div>", "Thu Hà, Quang Huy"),
        # a row of sections' links is a box of links still
        ("<div><a href='/kinh-te'>Kinh tế</a> - <a href='/xa-hoi'>Xã hội</a></div>", None),
    ],
    ids=["right-aligned-names", "names-in-a-div", "sections"],
)  # fmt: skip
def test_a_byline_whose_names_link_to_the_authors_pages_is_no_box_of_links(
    closing: str, byline: str | None
) -> None:
    html = f"<html><body><h1>Kết nối cung cầu nông sản</h1><div>{_TEXT * 3}{closing}</div>"
    assert ArticlePage(html + "</body></html>", "https://x.vn/a-214761").byline() == byline


@pytest.mark.parametrize(
    "author",
    [
        '{"@type": "Organization", "name": "Nông Sản Số"}',  # Webflow's JSON-LD, by hand
        '"Nông Sản Số"',  # the site's name as a plain string
        '{"@type": "Person", "name": "BBT Nông Sản Số"}',  # the newsroom's WordPress account
        '"Trung tâm Truyền thông Nông nghiệp"',  # an office (an agency's `meta name=author`)
    ],
    ids=["organization", "site-name", "newsroom-account", "office"],
)
def test_metadata_naming_the_site_leaves_the_marked_author_box_its_place(author: str) -> None:
    ld = f'{{"@context": "https://schema.org", "@type": "BlogPosting", "author": {author}}}'
    head = (
        f'<script type="application/ld+json">{ld}</script>'
        '<meta property="og:site_name" content="Nông Sản Số">'
    )
    title = "<h1>Nông Sản Số gọi vốn thành công vòng Series A</h1>"
    box = "<div class='blog-author-wrap'><div class='author-name'>Lê Hoàng Anh</div></div>"
    text = "<div class='w-richtext'>" + _TEXT * 3 + "</div>"
    html = f"<html><head>{head}</head><body>{title}{box}{text}</body></html>"
    assert ArticlePage(html, "https://nongsanso.vn/blog/series-a").byline() == "Lê Hoàng Anh"


@pytest.mark.parametrize(
    "address",
    [
        "<address><a href='/tac-gia/hoang-lan'>Hoàng Lan</a></address>",
        "<address>Hoàng Lan</address>",
    ],
    ids=["linked", "plain"],
)
def test_the_articles_address_element_is_its_author_not_its_text(address: str) -> None:
    """HTML's `<address>` gives the contact of its article: in the header, who wrote it
    (Facebook's Instant Articles markup puts the author there)."""
    header = f"<header><h1>Nông dân Văn Giang chăm quất cảnh</h1>{address}</header>"
    html = f"<html><body><article>{header}{_TEXT * 3}</article></body></html>"
    page = ArticlePage(html, "https://x.vn/quat-canh-145230.html")
    assert page.byline() == "Hoàng Lan"
    assert all("Hoàng Lan" not in paragraph for paragraph in page.body(None))


def test_a_series_note_above_the_signature_is_no_part_of_it() -> None:
    """`(Còn nữa)` set right-aligned over the signature, as the part's last line: the text's."""
    paragraph = "<p>" + "Nội dung bài viết rất dài. " * 6 + "</p>"
    closing = (
        "<p style='text-align: right;'><em>(Còn nữa)</em></p><p style='text-align: right;'>"
        "<strong>Bài và ảnh: Hoàng Lan</strong></p>"
    )
    content = read_content(_body(paragraph + closing))
    assert content.byline_lines == ["Bài và ảnh: Hoàng Lan"]
    assert content.paragraphs[1:] == ["(Còn nữa)"]


def test_an_e_magazines_credits_one_role_to_a_line_close_the_text() -> None:
    """Dân Trí's e-magazine: four roles, the editor's among them, more lines than a signature."""
    paragraph = "<p>" + "Nội dung bài viết rất dài. " * 6 + "</p>"
    credits = "".join(
        f"<p>{line}</p>"
        for line in (
            "Nội dung: Thu Hằng",
            "Ảnh: Quang Minh",
            "Thiết kế: Tuấn Huy",
            "Biên tập: Hà Phương",
        )
    )
    content = read_content(_body(paragraph + f"<div class='e-magazine__credit'>{credits}</div>"))
    assert content.byline_lines == [
        "Nội dung: Thu Hằng",
        "Ảnh: Quang Minh",
        "Thiết kế: Tuấn Huy",
        "Biên tập: Hà Phương",
    ]
    assert len(content.paragraphs) == 1


@pytest.mark.parametrize(
    "back",
    [
        "<p align='center'><a href='javascript:history.back()'>[Trở về]</a>&nbsp;&nbsp; <a href="
        "'../../index.htm'>[Trang chủ]</a></p>",
        "<p><a href='javascript:history.back()'>« Quay lại</a></p>",
    ],
)
def test_a_legacy_pages_way_back_after_the_signature_is_nothing(back: str) -> None:
    paragraph = "<p>" + "Nội dung bài viết rất dài. " * 6 + "</p>"
    signature = "<p align='right'><b>Ngọc Anh (Báo Thái Bình)</b></p>"
    content = read_content(_body(paragraph + signature + back))
    assert content.byline_lines == ["Ngọc Anh (Báo Thái Bình)"]
    assert len(content.paragraphs) == 1


def test_phpbbs_post_line_by_its_author_before_the_date() -> None:
    """phpBB 3's `bởi <strong><a>Mai Hương</a></strong> » T.Hai 04 Th7, 2011 8:15 pm`, and the
    member's profile beside the post (`Bài viết: 812`, the posts they wrote: no credit)."""
    html = (
        "<html><head><title>Hỏi về tuyển sinh lớp 10 năm nay - Diễn đàn</title></head><body>"
        "<div class='post'><h3><a href='#p5678'>Hỏi về tuyển sinh lớp 10 năm nay</a>"
        "</h3><p class='author'>bởi <strong><a href='./memberlist.php?u=54'>Mai Hương</a></strong>"
        f" &raquo; T.Hai 04 Th7, 2011 8:15 pm </p><div class='content'>{_TEXT * 3}</div>"
        "<dl class='postprofile'><dt>Mai Hương</dt><dd><strong>Bài viết:</strong> 812</dd></dl>"
        "</div></body></html>"
    )
    article = extract_article(html, "http://x.net/diendan/viewtopic.php?f=5&t=1234")
    assert (article["byline_raw"], article["authors"]) == ("bởi Mai Hương", ["Mai Hương"])


def test_a_box_named_the_authors_right_after_the_text_box_is_its_signature() -> None:
    """Viettel's portal: `div.vt-news-author` under the text's box, plain type, a soldier's rank
    and unit; then the editor's labelled line."""
    html = (
        "<html><body><h1>Đồn Biên phòng Thụy Xuân ra quân tuyên truyền</h1><div class='vt-news'>"
        f"<div class='vt-news-content'>{_TEXT * 3}</div><div class='vt-news-author'>Đại úy Phạm "
        "Văn Khánh - Đồn Biên phòng Thụy Xuân</div><div class='vt-news-editor'>Biên tập: Nguyễn "
        "Thu Trang</div></div></body></html>"
    )
    article = extract_article(html, "https://bienphong.example.vn/tin/thuy-xuan-4512")
    assert (article["byline_raw"], article["authors"]) == (
        "Đại úy Phạm Văn Khánh - Đồn Biên phòng Thụy Xuân\nBiên tập: Nguyễn Thu Trang",
        ["Phạm Văn Khánh"],
    )


def test_a_signature_after_the_wrapper_holding_only_the_text_box_comes_before_its_source() -> None:
    """ASP.NET WebForms: the text in a label's `<span>`, alone in its `div`; the author's box
    and the source's box follow that `div`, in that order."""
    html = (
        "<html><body><h1>Sông Bàu Giang ô nhiễm hữu cơ kéo dài</h1><div class='khung'><div"
        f" class='NoiDungChiTiet'><span id='lblNoiDung'>{_TEXT * 3}</span></div><div"
        " class='TacGia' style='text-align: right'><b><span id='lblTacGia'>Hữu Nghĩa - Minh Thư"
        "</span></b></div><div class='NguonTin' style='text-align: right'><i><span"
        " id='lblNguon'>Nguồn: Trung tâm Quan trắc tài nguyên và môi trường</span></i></div>"
        "</div></body></html>"
    )
    article = extract_article(html, "https://stnmt.example.gov.vn/tin-tuc/ChiTiet.aspx?ID=4521")
    assert (article["byline_raw"], article["authors"]) == (
        "Hữu Nghĩa - Minh Thư\nNguồn: Trung tâm Quan trắc tài nguyên và môi trường",
        ["Hữu Nghĩa", "Minh Thư"],
    )


def test_an_author_box_after_the_text_naming_the_metadatas_authors_is_the_byline() -> None:
    """VCCorp's `div.detail__author`: the writers in plain type, then the source; the
    metadata names the same writers, which confirms the box."""
    html = (
        '<html><head><script type=\'application/ld+json\'>{"@type": "NewsArticle",'
        ' "author": [{"@type": "Person", "name": "Hải Yến"}, {"@type":'
        ' "Person", "name": "Minh Quân"}]}</script></head><body><h1>Startup nông'
        f" nghiệp số từ Thái Nguyên</h1><div class='detail__content'>{_TEXT * 3}</div><div"
        " class='detail__author'><p class='author'>Hải Yến - Minh Quân</p><p class='source'>Theo"
        " Tạp chí Đổi mới Sáng tạo</p></div></body></html>"
    )
    article = extract_article(html, "https://x.vn/startup-188241125064938217.chn")
    assert (article["byline_raw"], article["authors"], article["source"]) == (
        "Hải Yến - Minh Quân\nTheo Tạp chí Đổi mới Sáng tạo",
        ["Hải Yến", "Minh Quân"],
        "Tạp chí Đổi mới Sáng tạo",
    )


def test_a_source_line_after_the_grid_wrappers_holding_the_text_is_the_texts() -> None:
    """Umbraco's grid: the text four wrappers deep, each holding the next alone; the source's
    line after the grid, in the article."""
    grid = f"<div class='umb-grid'><div><div><div><div class='umb-rte'>{_TEXT * 3}</div>"
    html = (
        "<html><body><article><h1>Điều khiển xe máy có nồng độ cồn bị xử phạt thế nào?</h1><div"
        " class='meta'><span class='author'>Tác giả: ThS. Phạm Quốc Bảo</span> <span>08/01/2025"
        f" 14:05</span></div>{grid}</div></div></div></div><p class='article-source'>Nguồn:"
        " Phòng Phổ biến, giáo dục pháp luật</p></article></body></html>"
    )
    article = extract_article(html, "https://x.gov.vn/hoi-dap/nong-do-con/")
    assert (article["byline_raw"], article["source"]) == (
        "Tác giả: ThS. Phạm Quốc Bảo\nNguồn: Phòng Phổ biến, giáo dục pháp luật",
        "Phòng Phổ biến, giáo dục pháp luật",
    )


def test_a_comment_forms_heading_after_the_text_is_no_credit_line() -> None:
    """A FrontPage page, all in one cell: the signature and its source, other articles, then
    the readers' form under its bold heading, a label with its colon (`Ý kiến đóng góp của
    bạn đọc:`)."""
    html = (
        f"<html><body><table><tr><td><h1>Mù Cang Chải thực hiện Chương trình 135</h1>{_TEXT * 3}"
        "<p align='right'><b>Giàng A Lử</b></p><p align='right'>Theo Báo Yên Bái</p><hr><p><b>"
        "Các tin khác:</b></p><ul><li><a href='ct135_vanchan.htm'>Văn Chấn nghiệm thu 12 công"
        " trình</a></li></ul><hr><p><b><font size='2'>Ý kiến đóng góp của bạn đọc:</font></b></p>"
        "<form method='POST'><p>Họ tên: <input name='HoTen'></p></form></td></tr></table>"
        "</body></html>"
    )
    article = extract_article(html, "http://www.x.gov.vn/tintuc/2009/ct135_mucangchai.htm")
    assert article["byline_raw"] == "Giàng A Lử\nTheo Báo Yên Bái"


def test_a_hidden_copy_for_printing_adds_no_credit_line() -> None:
    """NukeViet: the labelled credit lines after the text, and a copy of the whole article kept
    hidden for printing, its credits on one line."""
    html = (
        "<html><body><h1>Câu lạc bộ múa rối nước ra mắt</h1><div class='bodytext'>"
        f"{_TEXT * 3}</div><div class='author'>Tác giả bài viết: <strong>Lưu Thị Hồng Nhung"
        "</strong></div><div class='source'>Nguồn tin: <strong>Trường THCS Nguyễn Khuyến"
        "</strong></div><div id='print-area' style='display:none'><h2>Câu lạc bộ múa rối nước"
        f" ra mắt</h2>{_TEXT * 3}<p>Tác giả bài viết: Lưu Thị Hồng Nhung - Nguồn tin: Trường"
        " THCS Nguyễn Khuyến</p></div></body></html>"
    )
    article = extract_article(html, "https://thcs.example.edu.vn/vi/news/hoat-dong/clb-152/")
    assert (article["byline_raw"], article["authors"], article["source"]) == (
        "Tác giả bài viết: Lưu Thị Hồng Nhung\nNguồn tin: Trường THCS Nguyễn Khuyến",
        ["Lưu Thị Hồng Nhung"],
        "Trường THCS Nguyễn Khuyến",
    )


def test_a_box_of_credit_lines_above_the_text_gives_every_role() -> None:
    """A photo story's credits between its standfirst and its text, one role a line: the
    picture's and the layout's credits with the text's."""
    html = (
        "<html><body><h1>Mùa muối Thụy Hải</h1><div class='ps-sapo'><p><em>Giữa cái nắng gần 40 "
        "độ C của tháng 6, diêm dân xã Thụy Hải vẫn bám ruộng.</em></p></div><div class="
        "'ps-credits'><p>Bài: Ngọc Hân</p><p>Ảnh: Quốc Việt</p><p>Trình bày: Thu Hằng</p></div>"
        f"<div class='ps-body'>{_TEXT * 3}</div></body></html>"
    )
    article = extract_article(html, "https://x.vn/phong-su-anh/mua-muoi-thuy-hai-29811.html")
    assert (article["byline_raw"], article["authors"]) == (
        "Bài: Ngọc Hân\nẢnh: Quốc Việt\nTrình bày: Thu Hằng",
        ["Ngọc Hân", "Quốc Việt", "Thu Hằng"],
    )


@pytest.mark.parametrize(
    ("closing", "published"),
    [
        ("<p style='text-align:right'><em>Ngày 05/11/2024</em></p>", "2024-11-05"),
        ("<p style='text-align:right'><em>Thụy Trường, ngày 05/11/2024</em></p>", "2024-11-05"),
        ("<p style='text-align:right'><em>Ngày 5 tháng 11 năm 2024</em></p>", "2024-11-05"),
    ],
    ids=["day-label", "place-and-day", "day-in-words"],
)
def test_a_date_under_the_signature_closing_the_text_dates_an_undated_article(
    closing: str, published: str
) -> None:
    """A mass organisation's post: no date by the headline or in the metadata, only the day
    its author signed, in italics under the signature."""
    signature = "<p style='text-align:right'><strong>Phạm Văn Tuấn</strong><br>Hội Nông dân xã</p>"
    html = (
        "<html><body><div class='post'><h1>Ra mắt chi hội nuôi ngao xã Thụy Trường</h1>"
        f"<div class='post-content'>{_TEXT * 3}{signature}{closing}</div></div></body></html>"
    )
    article = extract_article(html, "https://hoinongdan.example.vn/tin-tuc/ra-mat-chi-hoi")
    assert article["published_at"] == published
    assert article["authors"] == ["Phạm Văn Tuấn"]
    paragraph = ("Nội dung bài viết về lễ hội truyền thống của địa phương. " * 3).strip()
    assert article["body"] == "\n\n".join([paragraph] * 3)


@pytest.mark.parametrize(
    "line",
    [
        "<li>Người viết: Đặng Thu Thảo lúc <time datetime='2024-07-21'>21.07.2024</time></li>",
        "<li>Tác giả: Đặng Thu Thảo vào lúc <span>08:30 21/07/2024</span></li>",
    ],
    ids=["haravan", "author-at"],
)
def test_a_labelled_credit_running_on_into_the_date_names_its_author(line: str) -> None:
    """Haravan's blog: `Người viết: <name> lúc <time>`, the name and the date in one line."""
    page = _headed_page("Mùa nhãn lồng Hưng Yên 2024", f"<ul class='info'>{line}</ul>")
    assert page.to_raw().byline is not None
    assert vn.parse_byline(page.to_raw().byline or "").authors == ["Đặng Thu Thảo"]


def test_a_roundups_items_each_signed_alike_give_every_signature() -> None:
    """`Tin vắn`: each item a bold title over its text and a right-aligned signature; the
    items' signatures are bylines as the last one is, none of them text. A line set so before
    a paragraph (a poem's author) stays."""
    item = (
        "<p><strong>{0}</strong></p><p>" + "Nội dung của mục tin ngắn trong bản tin. " * 3 + "</p>"
    )
    sign = "<p style='text-align: right;'><strong>{0}</strong></p>"
    poem = "<p><em>Quê hương là chùm khế ngọt</em></p>" + sign.format("Đỗ Trung Quân")
    html = (
        item.format("Hội thi tuyên truyền viên giỏi")
        + poem
        + "<p>Câu thơ được các đội thi nhắc lại nhiều lần trong phần chào hỏi.</p>"
        + sign.format("Thu Hà")
        + item.format("Khánh thành cầu Tân Đệ mới")
        + sign.format("Nguyễn Cường")
        + item.format("Ra quân làm thủy lợi")
        + sign.format("Thu Hà")
    )
    content = read_content(_body(html))
    assert content.byline_lines == ["Thu Hà", "Nguyễn Cường", "Thu Hà"]
    assert "Đỗ Trung Quân" in content.paragraphs
    assert not {"Thu Hà", "Nguyễn Cường"} & set(content.paragraphs)
