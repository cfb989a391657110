"""Table tests for pictures in the text: captions, columns, figures, galleries, icons."""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import urlsplit

import pytest

from newscrawl import extract_article
from newscrawl.items import Article
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.content import read_content
from tests.pages.dom_builders import body as _body


@pytest.mark.parametrize(
    "html",
    [
        "<table><tr><td><img src='a.jpg'></td></tr><tr><td class='desc'>Chú thích ảnh</td></tr>"
        "</table>",
        "<div style='text-align:center'><img src='a.jpg'></div>"
        "<p style='text-align:center'><em>Chú thích ảnh</em></p>",
        "<center><img src='a.jpg'><br><i><font size='1'>Chú thích ảnh</font></i></center>",
        "<figure><img src='data:image/gif;base64,R0' data-src='a.jpg'>"
        "<figcaption><p>Chú thích ảnh</p></figcaption></figure>",
        "<p><amp-img src='a.jpg' layout='responsive'></amp-img></p><p><em>Chú thích ảnh</em></p>",
        "<figure><amp-img src='a.jpg'><noscript><img src='a.jpg'></noscript></amp-img>"
        "<figcaption>Chú thích ảnh</figcaption></figure>",
        "<figure><img class='lazy' data-src='a.jpg'><noscript><img src='a.jpg'></noscript>"
        "<figcaption>Chú thích ảnh</figcaption></figure>",
        # AMP's optimizer renders the picture server-side: an `<img>` inside its `<amp-img>`
        "<figure><amp-img src='a.jpg' i-amphtml-ssr><i-amphtml-sizer></i-amphtml-sizer>"
        "<img class='i-amphtml-fill-content i-amphtml-replaced-content' src='a.jpg'></amp-img>"
        "<figcaption>Chú thích ảnh</figcaption></figure>",
        # a mobile template's picture box, its caption named short (`img-cap`)
        "<div class='m-img'><img class='lazy' src='ph.gif' data-src='a.jpg'><noscript><img"
        " src='a.jpg'></noscript><p class='m-img-cap'>Chú thích ảnh</p></div>",
    ],
    ids=[
        "table",
        "centred-em",
        "center-br",
        "figure-lazy",
        "amp",
        "amp-figure",
        "noscript-copy",
        "amp-rendered",
        "img-cap",
    ],
)
def test_captions_are_bound_to_their_image(html: str) -> None:
    content = read_content(_body("<p>" + "Đoạn văn bản của bài viết. " * 5 + "</p>" + html))
    assert [(i.url, i.caption) for i in content.images] == [("a.jpg", "Chú thích ảnh")]
    assert all("Chú thích" not in p for p in content.paragraphs)


def test_a_picture_on_the_writer_s_own_computer_is_none() -> None:
    """Text pasted from Word keeps the clipboard's copy of a picture (`file:///C:/…`), which no
    reader's browser can load; the picture set beside it on the server is the article's."""
    pasted = (
        "<p class=MsoNormal><img width=602 height=339"
        " src='file:///C:/Users/ADMIN/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg'></p>"
    )
    text = "<p>" + "Đoạn văn bản của bài viết. " * 5 + "</p>"
    content = read_content(_body(text + pasted + "<p><img src='a.jpg'></p>" + text))
    assert [i.url for i in content.images] == ["a.jpg"]


@pytest.mark.parametrize(
    "credit",
    [
        "<tr><td style='text-align:right'><em>Ảnh: Quang Huy</em></td></tr></table>",
        "</table><p style='text-align:right'><em>Ảnh: Quang Huy</em></p>",
    ],
    ids=["a-row-of-its-own", "a-line-under-the-table"],
)
def test_a_credit_set_apart_under_a_captioned_picture_is_its_credit(credit: str) -> None:
    """An image table whose caption row is followed by the photographer's credit on a line of
    its own: the picture's credit, neither text nor lost (at the very end of the text it would
    be the byline: a photo story's signature)."""
    table = (
        "<table><tr><td><img src='a.jpg'></td></tr><tr><td><em>Các đại biểu cắt băng khánh"
        " thành.</em></td></tr>"
    )
    text = "<p>" + "Đoạn văn bản của bài viết. " * 5 + "</p>"
    content = read_content(_body(text + table + credit + text))
    assert [(i.url, i.caption, i.credit) for i in content.images] == [
        ("a.jpg", "Các đại biểu cắt băng khánh thành.", "Ảnh: Quang Huy")
    ]
    assert all("Quang Huy" not in p for p in content.paragraphs)


def test_a_long_justified_paragraph_after_an_image_is_text_not_its_caption() -> None:
    paragraph = "Chỉ tiêu tuyển dụng được phân bổ cho các chức danh như sau đây:"
    image = "<p style='text-align:center'><img src='a.jpg'></p>"
    content = read_content(_body(f"{image}<p>{paragraph}</p>"))
    assert content.images[0].caption is None
    assert content.paragraphs == [paragraph]


@pytest.mark.parametrize(
    ("under", "caption"),
    [
        ("<p>Nhà vườn cắt tỉa cành nhãn. Ảnh: Đức Thắng</p>",
         "Nhà vườn cắt tỉa cành nhãn. Ảnh: Đức Thắng"),
        ("<div><p>Tôm càng xanh trên ruộng lúa. (Ảnh: Minh Anh)</p></div>",
         "Tôm càng xanh trên ruộng lúa. (Ảnh: Minh Anh)"),
        ("<p>Nhà vườn cắt tỉa cành nhãn sau vụ thu hoạch.</p>", None),
        ("<p>Bài: Thu Hà - Ảnh: Văn Đông</p>", None),
    ],
)  # fmt: skip
def test_a_plain_line_under_a_picture_captions_it_when_it_credits_the_photo(
    under: str, caption: str | None
) -> None:
    """A class-less `<p>` (or one whose class a build has hashed) is a caption by its words."""
    text = "<p>" + "Đoạn văn bản của bài viết. " * 5 + "</p>"
    content = read_content(_body(f"{text}<div><img src='a.jpg'></div>{under}{text}"))
    assert content.images[0].caption == caption
    assert len(content.paragraphs) == (2 if caption else 3)


@pytest.mark.parametrize(
    ("box", "caption"),
    [
        ("<div class='_1vN'><div data-hook='imageViewer'><wow-image><img src='a.jpg'></wow-image>"
         "</div><span data-hook='imageViewerCaption'>Ban giám khảo chấm điểm mâm cỗ.</span></div>",
         "Ban giám khảo chấm điểm mâm cỗ."),
        ("<div><figure><img src='a.jpg'></figure><span>Ban giám khảo chấm điểm mâm cỗ.</span>"
         "</div>", "Ban giám khảo chấm điểm mâm cỗ."),
        # a picture set inline at the start of a paragraph, or linked: the text is no caption
        ("<p><img src='a.jpg'>Ban giám khảo chấm điểm mâm cỗ.</p>", None),
        ("<div><a href='/anh.jpg'><img src='a.jpg'></a> Ban giám khảo chấm điểm mâm cỗ.</div>",
         None),
    ],
    ids=["wix-image-viewer", "figure-then-line", "inline-picture", "linked-picture"],
)  # fmt: skip
def test_a_short_line_under_the_pictures_own_box_captions_it(box: str, caption: str | None) -> None:
    text = "<p>" + "Đoạn văn bản của bài viết. " * 5 + "</p>"
    content = read_content(_body(f"{text}{box}{text}"))
    assert content.images[0].caption == caption


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("<p>Chượp cá cơm ủ trong thùng gỗ tại nhà xưởng. Ảnh: Thu Trang</p>", False),
        ("<p>Chượp cá cơm được ủ trong thùng gỗ từ 12 đến 18 tháng.</p>", True),
    ],
    ids=["credits-a-photo", "text"],
)
def test_a_caption_whose_picture_is_painted_by_css_is_no_text(line: str, kept: bool) -> None:
    """LadiPage paints its pictures as a CSS `background-image`: no `<img>` to bind to."""
    text = "<p>" + "Đoạn văn bản của bài viết. " * 5 + "</p>"
    picture = "<div class='ladi-image'><div class='ladi-image-background'></div></div>"
    content = read_content(_body(f"{text}{picture}{line}{text}"))
    assert len(content.paragraphs) == (3 if kept else 2)


def _grid(pictures: int, captions: list[tuple[str, str]]) -> str:
    images = "".join(f"<td><img src='/anh/{n}.jpg'></td>" for n in range(1, pictures + 1))
    cells = "".join(f"<td class='image_desc'{span}>{text}</td>" for text, span in captions)
    return f"<table><tr>{images}</tr><tr>{cells}</tr></table>"


@pytest.mark.parametrize(
    ("table", "captions", "paragraphs"),
    [
        # Pictures side by side, each captioned in its own column of the row below.
        (_grid(2, [("Dưa lưới", ""), ("Dưa vàng", "")]), ["Dưa lưới", "Dưa vàng"], 2),
        (_grid(3, [("Một", ""), ("Hai", ""), ("Ba", "")]), ["Một", "Hai", "Ba"], 2),
        # One caption spanning the row: it captions the picture it follows, as before.
        (_grid(2, [("Hai loại dưa", " colspan='2'")]), [None, "Hai loại dưa"], 2),
    ],
    ids=["two-columns", "three-columns", "one-caption-spanning"],
)  # fmt: skip
def test_pictures_side_by_side_are_captioned_by_column(
    table: str, captions: list[str | None], paragraphs: int
) -> None:
    text = "<p>" + "Nông dân thu hoạch dưa trồng trong nhà màng. " * 3 + "</p>"
    content = read_content(_body(f"{text}{table}{text}"))
    assert [image.caption for image in content.images] == captions
    assert len(content.paragraphs) == paragraphs


_SENTENCE = "Hội nghị thu hút hơn 300 nhà đầu tư trong và ngoài nước tham dự."


@pytest.mark.parametrize(
    ("figure", "captions", "paragraphs"),
    [
        # A gallery: each picture has its figure and caption; the gallery's own binds none.
        ("<figure class='wp-block-gallery'>"
         "<figure><img src='/1.jpg'><figcaption>Khai mạc.</figcaption></figure>"
         "<figure><img src='/2.jpg'><figcaption>Trao quyết định.</figcaption></figure>"
         "<figcaption>Quang cảnh hội nghị. Ảnh: Hải Nam</figcaption></figure>",
         ["Khai mạc.", "Trao quyết định."], [_SENTENCE, _SENTENCE]),
        # The older gallery: the pictures' figures in a list.
        ("<figure class='wp-block-gallery'><ul class='blocks-gallery-grid'>"
         "<li><figure><img src='/1.jpg'><figcaption>Khai mạc.</figcaption></figure></li>"
         "<li><figure><img src='/2.jpg'><figcaption>Trao quyết định.</figcaption></figure></li>"
         "</ul><figcaption>Quang cảnh hội nghị.</figcaption></figure>",
         ["Khai mạc.", "Trao quyết định."], [_SENTENCE, _SENTENCE]),
        # A figure of a table is text, row by row; its caption is no paragraph.
        ("<figure class='wp-block-table'><table><tr><td>Dự án</td><td>Vốn</td></tr>"
         "<tr><td>Nhà máy Hải Long</td><td>4.250</td></tr></table>"
         "<figcaption>Một số dự án</figcaption></figure>",
         [], [_SENTENCE, "Dự án | Vốn", "Nhà máy Hải Long | 4.250", _SENTENCE]),
        # A pull quote's figure said only there is a paragraph, its speaker another.
        ("<figure class='wp-block-pullquote'><blockquote><p>Tỉnh cam kết đồng hành.</p>"
         "<cite>Ông Nguyễn Văn Định</cite></blockquote></figure>",
         [], [_SENTENCE, "Tỉnh cam kết đồng hành.", "Ông Nguyễn Văn Định", _SENTENCE]),
    ],
    ids=["gallery", "gallery-in-a-list", "table", "pullquote"],
)  # fmt: skip
def test_figures_of_pictures_tables_and_quotes(
    figure: str, captions: list[str], paragraphs: list[str]
) -> None:
    content = read_content(_body(f"<p>{_SENTENCE}</p>{figure}<p>{_SENTENCE}</p>"))
    assert [image.caption for image in content.images] == captions
    assert content.paragraphs == paragraphs


def _images_amid_the_text(figure: str) -> list[dict[str, Any]]:
    html = (
        "<html><body><h1>Ngày hội thanh niên tình nguyện</h1>"
        f"<div><p>{_SENTENCE * 3}</p>{figure}<p>{_SENTENCE * 3}</p></div></body></html>"
    )
    return cast(list[dict[str, Any]], extract_article(html.encode(), "https://x.vn/a")["images"])


@pytest.mark.parametrize(
    "own_caption", ["Ảnh: Đức Anh", "Ngày hội tình nguyện ở Khoái Châu. Ảnh: Đức Anh"]
)
def test_a_gallerys_own_caption_credits_its_pictures_that_credit_no_one(own_caption: str) -> None:
    gallery = (
        "<figure class='wp-block-gallery has-nested-images'>"
        "<figure><img src='/1.jpg'><figcaption>Trao quà cho thiếu nhi.</figcaption></figure>"
        "<figure><img src='/2.jpg'><figcaption>Khám bệnh miễn phí. Ảnh: Thu Hằng</figcaption>"
        f"</figure><figure><img src='/3.jpg'></figure><figcaption>{own_caption}</figcaption>"
        "</figure>"
    )
    images = _images_amid_the_text(gallery)
    assert [(i["caption"], i["credit"]) for i in images] == [
        ("Trao quà cho thiếu nhi.", "Đức Anh"),
        ("Khám bệnh miễn phí.", "Thu Hằng"),
        (None, "Đức Anh"),
    ]


@pytest.mark.parametrize(
    ("own_caption", "first_caption"),
    [("Ảnh: Ngọc Anh", None), ("Nhãn lồng vào vụ. Ảnh: Ngọc Anh", "Nhãn lồng vào vụ.")],
)
def test_one_figures_pictures_share_its_captions_credit(
    own_caption: str, first_caption: str | None
) -> None:
    """Ghost's gallery card: the pictures in rows of one `<figure>`, its one caption under them
    (bound once, to the first), its credit every picture's."""
    gallery = (
        "<figure class='kg-card kg-gallery-card'><div class='kg-gallery-container'><div "
        "class='kg-gallery-row'><div class='kg-gallery-image'><img src='/1.jpg' width='2000'>"
        "</div><div class='kg-gallery-image'><img src='/2.jpg' width='2000'></div></div></div>"
        f"<figcaption>{own_caption}</figcaption></figure>"
    )
    images = _images_amid_the_text(gallery)
    assert [(i["caption"], i["credit"]) for i in images] == [
        (first_caption, "Ngọc Anh"),
        (None, "Ngọc Anh"),
    ]


def test_a_progressive_loaders_blurred_preview_is_no_picture_of_its_own() -> None:
    """Medium's figures: a 60 px preview, then the picture a script loads, then its copy for
    readers without scripts; the same file each time."""
    figure = (
        "<figure><div class='progressiveMedia'><img src='https://cdn.x.vn/freeze/max/60/1*Qk3v."
        "jpeg?q=20' class='progressiveMedia-thumbnail'><canvas></canvas><img class='progressive"
        "Media-image' data-src='https://cdn.x.vn/max/800/1*Qk3v.jpeg'><noscript><img src='https:"
        "//cdn.x.vn/max/800/1*Qk3v.jpeg'></noscript></div><figcaption>Bến xe khách Thái Bình."
        "</figcaption></figure>"
    )
    images = _images_amid_the_text(figure)
    assert [(i["url"], i["caption"]) for i in images] == [
        ("https://cdn.x.vn/max/800/1*Qk3v.jpeg", "Bến xe khách Thái Bình.")
    ]


@pytest.mark.parametrize(
    ("box", "images", "text"),
    [
        # WordPress's captioned picture: `attachment_3924` names the picture, not a file list,
        # and `caption-attachment-3924` its caption, whichever element holds it.
        ('<div id="attachment_3924" class="wp-caption aligncenter"><img src="/anh/2.jpg">'
         '<p class="wp-caption-text">Mái kè phía biển</p></div>',
         [("/anh/2.jpg", "Mái kè phía biển")], []),
        ('<div id="attachment_3924" class="wp-caption aligncenter"><img src="/anh/2.jpg"'
         ' aria-describedby="caption-attachment-3924"><div id="caption-attachment-3924"'
         ' class="wp-caption-text">Mái kè phía biển</div></div>',
         [("/anh/2.jpg", "Mái kè phía biển")], []),
        # A box of attached files stays out of the text.
        ('<div class="attachments"><p>Tệp đính kèm: ke-hoach.pdf</p></div>', [], []),
    ],
    ids=["wordpress-caption", "wordpress-caption-in-a-div", "attached-files"],
)  # fmt: skip
def test_attachments_and_captioned_pictures(
    box: str, images: list[tuple[str, str]], text: list[str]
) -> None:
    paragraph = "<p>" + "Đoàn nghiệm thu đánh giá các hạng mục thi công đúng thiết kế. " * 3
    html = (
        "<html><body><h1>Nghiệm thu đê biển Hải Thịnh</h1><div class=entry-content>"
        f"{paragraph}</p>{box}{paragraph}</p></div></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/kinh-te/nghiem-thu-3921/")
    raw = page.to_raw()
    assert [(urlsplit(image.url).path, image.caption) for image in raw.images] == images
    assert len(raw.body) == 2 + len(text)


def test_icons_in_the_text_are_no_pictures_and_a_label_after_an_icon_heads_its_list() -> None:
    paragraph = "Hội Nông dân huyện tổng kết phong trào nông dân sản xuất kinh doanh giỏi. " * 2
    html = (
        "<html><body><table><tr><td><h1>Hội nghị nông dân sản xuất kinh doanh giỏi</h1>"
        "<div class=noidung><img src='/i/spacer.gif' width='1' height='10'>"
        f"<p>{paragraph}</p><p><img src='/i/bullet.gif' width='8' height='8'> Tổng kết phong trào"
        "</p><p align=center><img src='/i/line.gif' width='400' height='6'></p>"
        f"<p align=center><img src='/up/anh-1.jpg' width='500'></p><p align=center><em>Quang cảnh"
        f" hội nghị.</em></p><p>{paragraph}</p></div>"
        "<table><tr><td><img src='/i/arrow.gif' width='9' height='9'> Các tin khác</td></tr>"
        "<tr><td><a href='/tin/2496'>Hội Nông dân xã Quang Lịch ra mắt tổ hội</a></td></tr>"
        "</table></td></tr></table></body></html>"
    )
    raw = ArticlePage(html, "https://x.vn/tin/2510").to_raw()
    assert [(urlsplit(i.url).path, i.caption) for i in raw.images] == [
        ("/up/anh-1.jpg", "Quang cảnh hội nghị.")
    ]
    assert raw.body == [paragraph.strip(), "Tổng kết phong trào", paragraph.strip()]
    assert [link.url for link in raw.related] == ["https://x.vn/tin/2496"]


@pytest.mark.parametrize("box", ["print_image", "print-image", "printImage"])
def test_a_print_views_picture_box_is_the_articles(box: str) -> None:
    """A print view names each part of the article `print_…`: its picture is no print button."""
    text = "<p>" + "Nước lũ đầu nguồn sông Cửu Long đang lên nhanh tại An Giang. " * 5 + "</p>"
    picture = (
        f"<div align='center' class='{box}'><img src='/uploads/nuocnoi.jpg' width='400'><br>"
        "<em>Nông dân thu hoạch lúa thu đông chạy lũ. (Ảnh: Phạm Thanh Phong)</em></div>"
    )
    html = (
        "<html><body><div class='print_title'>Nông dân An Giang tất bật mùa nước nổi</div>"
        f"<div class='print_content'>{text * 2}{picture}{text}</div></body></html>"
    )
    assert extract_article(html, "https://x.vn/print.php?id=1")["images"] == [
        {
            "url": "https://x.vn/uploads/nuocnoi.jpg",
            "caption": "Nông dân thu hoạch lúa thu đông chạy lũ.",
            "credit": "Phạm Thanh Phong",
        }
    ]


@pytest.mark.parametrize(
    ("img", "caption"),
    [
        # Joomla 1.5's `caption.js` writes the title under a picture classed `caption`.
        ("<img class='caption' src='/a.jpg' alt='Thu hoạch thanh long' title='Nông dân thu"
         " hoạch thanh long trái vụ' width='450'>", "Nông dân thu hoạch thanh long trái vụ"),
        ("<img src='/a.jpg' title='Nông dân thu hoạch thanh long trái vụ' width='450'>", None),
        ("<img class='caption' src='/a.jpg' width='450'>", None),
    ],
    ids=["joomla-caption-class", "title-alone", "class-alone"],
)  # fmt: skip
def test_a_picture_whose_script_captions_it_from_its_title(img: str, caption: str | None) -> None:
    text = "<p>" + "Nông dân Tiền Giang thu hoạch thanh long trái vụ được giá. " * 5 + "</p>"
    content = read_content(_body(f"{text}<p style='text-align: center;'>{img}</p>{text}"))
    assert [image.caption for image in content.images] == [caption]


def _photo_story(
    slides: str, after: str, url: str = "https://x.vn/tin-tuc/50/196734/mua-muoi"
) -> Article:
    text = "<p>" + "Xã Thụy Hải hiện có khoảng 60 ha đồng muối với hơn 200 hộ làm nghề. " * 3
    html = (
        "<html><body><div class='detail'><h1>Mùa muối trên đồng diêm Thụy Hải</h1>"
        f"<div class='detail-content'>{text}</p>{text}</p></div>"
        f"<div class='photo-gallery'><div class='swiper gallery-main'>{slides}</div>"
        "<div class='swiper gallery-thumbs'><div class='swiper-slide'><img src='/t/1.jpg'></div>"
        f"<div class='swiper-slide'><img src='/t/2.jpg'></div></div></div>{after}</div>"
        "</body></html>"
    )
    return extract_article(html, url)


_SLIDES = (
    "<div class='swiper-slide'><a href='/u/1.jpg'><img src='/u/1.jpg'></a><div"
    " class='slide-caption'><span class='num'>1/2</span> Cánh đồng muối vào vụ chính. Ảnh: Mạnh"
    " Thiềng</div></div><div class='swiper-slide'><a href='/u/2.jpg'><img src='/u/2.jpg'></a>"
    "<div class='slide-caption'><span class='num'>2/2</span> Diêm dân ra đồng từ sáng sớm. Ảnh:"
    " Mạnh Thiềng</div></div>"
)


@pytest.mark.parametrize(
    "site",
    ["https://x.vn", "https://baothaibinh.com.vn"],  # the portal's profile names the text's box
)
def test_a_photo_storys_gallery_after_the_text_gives_its_pictures_and_the_signature_below(
    site: str,
) -> None:
    signature = "<div class='detail-author'>Mạnh Thiềng</div>"
    article = _photo_story(_SLIDES, signature, f"{site}/tin-tuc/50/196734/mua-muoi")
    assert article["images"] == [
        {"url": f"{site}/u/1.jpg", "caption": "Cánh đồng muối vào vụ chính.",
         "credit": "Mạnh Thiềng"},
        {"url": f"{site}/u/2.jpg", "caption": "Diêm dân ra đồng từ sáng sớm.",
         "credit": "Mạnh Thiềng"},
    ]  # fmt: skip
    assert (article["byline_raw"], article["authors"]) == ("Mạnh Thiềng", ["Mạnh Thiềng"])


_SAPO = (
    "Hội làng Xuân Quang năm nay diễn ra từ mùng 8 đến mùng 10 tháng Hai âm lịch với nhiều hoạt"
    " động văn hóa dân gian đặc sắc, thu hút đông đảo người dân và du khách thập phương."
)


@pytest.mark.parametrize(
    ("between", "pictures"),
    [
        ("<div class='field--name-field-so-anh'><span class='photo-count'>6 ảnh</span></div>", 3),
        ("", 3),
        # words of their own between the standfirst and the pictures: a box of the page's own
        ("<div class='note'><p>Chương trình hội làng còn kéo dài đến hết tuần sau.</p></div>", 0),
    ],
    ids=["photo-count", "nothing", "words"],
)
def test_a_photo_storys_gallery_after_its_count_of_pictures(between: str, pictures: int) -> None:
    """Drupal 10's photo story: the sapo's field, a field counting the pictures (`6 ảnh`), then
    the gallery's field, each slide a captioned figure: the pictures are the article's."""
    slides = "".join(
        f"<div class='field__item'><figure class='photo-story__item'><img src='/f/0{n}.jpg'"
        f" width='1200' height='800' alt=''><figcaption>Lễ rước kiệu Thành hoàng về đình, đoạn"
        f" {n}.</figcaption></figure></div>"
        for n in (1, 2, 3)
    )
    html = (
        "<html><body><main><article class='node--type-photo-story'><h1>Sắc màu hội làng Xuân"
        " Quang</h1><div class='node__content'><div class='field--name-field-sapo'><p><strong>"
        f"{_SAPO}</strong></p></div>{between}<div class='field--name-field-gallery'>{slides}"
        "</div></div></article></main></body></html>"
    )
    article = extract_article(html, "https://vanhoa.example.vn/tin-anh/sac-mau-hoi-lang")
    assert [image["url"] for image in article["images"]] == [
        f"https://vanhoa.example.vn/f/0{n}.jpg" for n in (1, 2, 3)
    ][:pictures]
    if pictures:
        assert (article["lead"], article["body"]) == (_SAPO, "")


def test_a_forum_posts_attached_picture_is_its_picture_and_the_files_line_no_caption() -> None:
    """phpBB shows a picture attached to the post in a box of its own, over the file's name,
    size and views: the picture is the article's, that line none of its words."""
    words = "Đình Đông Khang thờ Thành hoàng làng là hai vị tướng thời Lý có công đánh giặc. "
    attachment = (
        "<div class='inline-attachment'><dl class='file'><dt class='attach-image'><img"
        " class='postimage' src='./download/file.php?id=3121&amp;sid=3c1f' alt='con-cham.jpg'>"
        "</dt><dd>con-cham.jpg (245.6 KiB) Đã xem 312 lần</dd></dl></div>"
    )
    html = (
        "<html><body><h1>Hoàn thành tu bổ đình Đông Khang</h1><div class='postbody'><div"
        f" class='content'>{words * 3}<br><br>{words * 2}<br>{attachment}<br>{words * 3}</div>"
        "</div></body></html>"
    )
    article = extract_article(html, "https://x.vn/forum/viewtopic.php?t=88")
    assert article["images"] == [
        {"url": "https://x.vn/forum/download/file.php?id=3121&sid=3c1f", "caption": None,
         "credit": None}
    ]  # fmt: skip
    assert "KiB" not in article["body"]
    assert article["view_count"] is None


def test_a_photo_storys_gallery_closed_by_its_credit_line_gives_its_pictures() -> None:
    """Hugo's PaperMod: the description in the post's header, then the post's content, only
    figures and the photographer's line."""
    figures = "".join(
        f"<figure><img loading='lazy' src='0{n}.jpg' alt=''><figcaption><p>Nhãn được thu hoạch"
        f" từ sáng sớm ở vườn số {n} để giữ độ tươi.</p></figcaption></figure>"
        for n in (1, 2, 3)
    )
    html = (
        "<html><body><main><article class='post-single'><header class='post-header'><h1"
        " class='post-title'>Mùa nhãn xuất khẩu ở Tân Hòa</h1><div class='post-description'>Tháng"
        " Tám, khi những chùm nhãn lồng chín vàng trĩu cành, các nhà vườn của HTX Nhãn Tân Hòa"
        " bước vào mùa thu hoạch bận rộn nhất năm.</div><div class='post-meta'><span>12/08/2024"
        f"</span></div></header><div class='post-content'>{figures}<p class='text-right'>Ảnh:"
        " Trần Khải</p></div><footer class='post-footer'><ul class='post-tags'><li><a"
        " href='/tags/nhan-long/'>Nhãn lồng</a></li></ul></footer></article></main></body></html>"
    )
    article = extract_article(html, "https://x.vn/phong-su-anh/2024/08/mua-nhan/")
    assert [image["url"] for image in article["images"]] == [
        f"https://x.vn/phong-su-anh/2024/08/mua-nhan/0{n}.jpg" for n in (1, 2, 3)
    ]
    assert (article["body"], article["byline_raw"]) == ("", "Ảnh: Trần Khải")


def test_a_photo_storys_cover_then_its_gallery_in_the_next_section_gives_all_its_pictures() -> None:
    """Webflow: the headline, the meta line counting the pictures (no text) and the introduction
    in a section of their own, the cover picture in the next, uncaptioned, then the captioned
    figures and the photographer's line."""
    figures = "".join(
        f"<figure class='w-richtext-figure-type-image'><div><img src='/0{n}.jpg' alt=''></div>"
        f"<figcaption>Diễn viên đội chèo thôn Đông Thượng chuẩn bị vai diễn thứ {n}.</figcaption>"
        "</figure>"
        for n in (1, 2, 3)
    )
    html = (
        "<html><body><main><section class='story-header'><div class='container'><h1>Một đêm sau"
        " cánh gà chiếu chèo làng</h1><div class='story-meta'><div>14/12/2024</div><div>·</div>"
        "<div>6 ảnh</div></div><p class='intro'>"
        "Chiếu chèo làng Đông Thượng mỗi năm chỉ mở vài đêm vào dịp hội, và ít ai biết phía sau"
        " tấm bạt xanh làm cánh gà là cả một buổi chiều tất bật.</p></div></section><section"
        " class='story-hero'><img src='/cover.jpg' alt=''></section><section class='story-body'>"
        f"<div class='container'><div class='w-richtext'>{figures}<p style='text-align:right'>"
        "<strong>Ảnh: Trịnh Hoàng Nam</strong></p></div></div></section></main></body></html>"
    )
    article = extract_article(html, "https://x.vn/phong-su-anh/mot-dem-sau-canh-ga")
    assert [image["url"] for image in article["images"]] == [
        "https://x.vn/cover.jpg",
        *(f"https://x.vn/0{n}.jpg" for n in (1, 2, 3)),
    ]
    assert article["images"][0]["caption"] is None
    assert (article["body"], article["byline_raw"]) == ("", "Ảnh: Trịnh Hoàng Nam")


def test_a_photo_storys_pictures_each_in_a_block_of_its_own_give_all_its_pictures() -> None:
    """Squarespace: the introduction in a text block, then each picture in an image block of
    its own (a `<noscript>` copy beside the lazy one), then a text block of the credit."""
    blocks = "".join(
        "<div class='sqs-block image-block'><div class='sqs-block-content'><figure><div><noscript>"
        f"<img src='/0{n}.jpg'></noscript><img src='/0{n}.jpg' data-src='/0{n}.jpg'></div>"
        f"<figcaption><p>Những gia đình cuối cùng ở xóm Bãi dọn nhà, cảnh thứ {n}.</p></figcaption>"
        "</figure></div></div>"
        for n in (1, 2, 3)
    )
    html = (
        "<html><body><article><h1>Xóm ven sông những ngày cuối</h1><div class='sqs-layout'><div"
        " class='sqs-block html-block'><div class='sqs-block-content'><p><strong>Sau gần hai năm"
        " chờ đợi, những gia đình cuối cùng ở xóm Bãi đã dọn đi để nhường đất cho công viên ven"
        f" sông.</strong></p></div></div>{blocks}<div class='sqs-block html-block'><div"
        " class='sqs-block-content'><p style='text-align:right'><strong>Ảnh: Nguyễn Thùy Linh"
        "</strong></p></div></div></div></article></body></html>"
    )
    article = extract_article(html, "https://x.vn/nhat-ky/xom-ven-song")
    assert [image["url"] for image in article["images"]] == [
        f"https://x.vn/0{n}.jpg" for n in (1, 2, 3)
    ]
    assert article["byline_raw"] == "Ảnh: Nguyễn Thùy Linh"
    # its one bold paragraph over them is its standfirst, as over pictures in the text's box
    assert (str(article["lead"])[:23], article["body"]) == ("Sau gần hai năm chờ đợi", "")


@pytest.mark.parametrize(("field", "pictures", "standfirst"), [
    ("field-name-field-sapo", 3, True),
    ("field-name-body", 3, False),  # the text itself, however short
    ("field-name-field-sapo", 1, False),  # one picture beside one paragraph: a brief's text
])  # fmt: skip
def test_a_photo_storys_one_paragraph_in_a_box_named_a_standfirst_is_its_standfirst(
    field: str, pictures: int, standfirst: bool
) -> None:
    """Drupal's photo story: the standfirst field, then the pictures' field, each picture with
    its caption (a `<blockquote>`, as a module renders it); no text of its own."""
    lead = (
        "Khi trời còn nhá nhem, cảng cá Diêm Điền đã rộn rã tiếng máy tàu, tiếng gọi nhau của ngư"
        " dân và bạn hàng."
    )
    gallery = "".join(
        f"<div class='field-item'><img src='/anh/{n}.jpg' width='960' height='640'><blockquote"
        f" class='image-field-caption'><p>Tàu cá số {n} cập cảng sau chuyến biển dài ngày.</p>"
        "</blockquote></div>"
        for n in range(pictures)
    )
    html = (
        "<html><body><div class='node'><h1>Bình minh ở cảng cá Diêm Điền</h1><div class='content'>"
        f"<div class='field {field}'><div class='field-items'><div class='field-item'><p>{lead}"
        "</p></div></div></div><div class='field field-name-field-anh'><div class='field-items'>"
        f"{gallery}</div></div></div></div></body></html>"
    )
    article = extract_article(html, "https://x.vn/phong-su-anh/binh-minh-o-cang-ca")
    assert (article["lead"], article["body"]) == ((lead, "") if standfirst else (None, lead))
    assert len(article["images"]) == pictures


@pytest.mark.parametrize(
    "teasers",
    [
        "<div><a href='/tin/1'><img src='/u/1.jpg'></a><p>Một bài khác của chuyên mục ảnh, dài"
        " hơn một chú thích, kể về một cánh đồng muối khác ở huyện bên cạnh.</p></div>",
        # thumbnails, each over its article's short linked title, and no heading
        "<div><div><a href='/tin/1'><img src='/u/1.jpg'></a><div><a href='/tin/1'>Muối Thụy"
        " Hải vào vụ</a></div></div><div><a href='/tin/2'><img src='/u/2.jpg'></a><div><a"
        " href='/tin/2'>Diêm dân Thái Thụy</a></div></div></div>",
    ],
    ids=["a-teasers-paragraph", "linked-titles"],
)
def test_a_box_of_pictures_and_text_after_the_text_is_no_gallery(teasers: str) -> None:
    assert _photo_story(teasers, "")["images"] == []


def _pictures_captioned_above(pairs: int, closing: str) -> str:
    return (
        "".join(
            f"<p><em>Chú thích ảnh số {n} về cánh đồng lúa chiêm xuân.</em></p>"
            f"<p style='text-align:center'><img src='/anh-{n}.jpg' width='640'></p>"
            for n in range(1, pairs + 1)
        )
        + closing
    )


@pytest.mark.parametrize(
    ("pairs", "closing", "captions"),
    [
        # A district portal's photo story: each italic caption above its picture.
        (4, "<p style='text-align:right'><strong>Ảnh: Minh Hằng</strong></p>",
         [f"Chú thích ảnh số {n} về cánh đồng lúa chiêm xuân." for n in range(1, 5)]),
        # Captions under their pictures, after an italic opening line: the line stays text.
        (3, "<p><em>Chú thích ảnh số 4 về cánh đồng lúa chiêm xuân.</em></p>",
         [f"Chú thích ảnh số {n} về cánh đồng lúa chiêm xuân." for n in range(2, 5)]),
        # Two pairs tell too little: a lead's italic line may open them.
        (2, "<p>Đoạn văn của bài viết về vụ lúa chiêm xuân năm nay ở Kiến Xương.</p>",
         ["Chú thích ảnh số 2 về cánh đồng lúa chiêm xuân.", None]),
    ],
    ids=["above", "under-after-an-italic-line", "two-pairs"],
)  # fmt: skip
def test_captions_set_above_their_pictures_caption_the_picture_below(
    pairs: int, closing: str, captions: list[str | None]
) -> None:
    content = read_content(_body(_pictures_captioned_above(pairs, closing)))
    assert [image.caption for image in content.images] == captions


def test_a_credit_line_under_an_album_credits_each_of_its_pictures_not_credited_yet() -> None:
    """Báo Hưng Yên's in-text album: captioned figures, then one `Ảnh: Nguyễn Hưng` line under
    them all; a picture that credits its own photographer keeps its credit."""
    figures = "".join(
        f"<figure><img src='/album-{n}.jpg' width='400'><figcaption>Công đoạn số {n} của nghề mây"
        f" tre đan.{' Ảnh: Thu Hằng' if n == 1 else ''}</figcaption></figure>"
        for n in range(1, 4)
    )
    credit = "<p style='text-align:right'><em>Ảnh: Nguyễn Hưng</em></p>"
    album = f"<div class='album'>{figures}{credit}</div>"
    text = "<p>" + "Nội dung bài viết về làng nghề mây tre đan xuất khẩu. " * 3 + "</p>"
    html = f"<html><body><h1>Làng nghề mây tre đan</h1><div>{text}{album}{text}</div></body></html>"
    article = extract_article(html, "https://x.vn/may-tre-dan-1.html")
    assert [image["credit"] for image in article["images"]] == [
        "Thu Hằng",
        "Nguyễn Hưng",
        "Nguyễn Hưng",
    ]
    assert "Nguyễn Hưng" not in str(article["body"])


def test_an_albums_credit_only_caption_credits_each_of_its_uncaptioned_pictures() -> None:
    """VCCorp's album: rows of uncaptioned pictures, then the album's caption box holding only
    `Ảnh: MINH ĐỨC`, which binds to the last picture as its caption: all of them are its."""
    rows = "".join(
        "<div class='LayoutAlbumRow'>"
        + "".join(
            f"<div class='LayoutAlbumItem'><a href='/a-{n}.jpg'><img src='/t/a-{n}.jpg' "
            "width='365'></a></div>"
            for n in pair
        )
        + "</div>"
        for pair in ((1, 2), (3, 4))
    )
    caption = "<div class='LayoutAlbumCaptionWrapper'><div><p>Ảnh: MINH ĐỨC</p></div></div>"
    album = f"<div class='LayoutAlbumWrapper'><div>{rows}</div>{caption}</div>"
    text = f"<p>{_SENTENCE}</p>{album}<p>{_SENTENCE}</p>"
    html = f"<html><body><h1>Lớp học bài sông</h1><div>{text}</div></body></html>"
    images = extract_article(html, "https://x.vn/lop-hoc-bai-song-1.html")["images"]
    assert [(image["caption"], image["credit"]) for image in images] == [(None, "MINH ĐỨC")] * 4


def _table_picture(rows: list[str]) -> str:
    return (
        "<table class='tplCaption'><tbody>"
        + "".join(f"<tr>{r}</tr>" for r in rows)
        + "</tbody></table>"
    )


_PICTURE_ROW = "<td><img src='/trong-{n}.jpg' width='600'></td>"
_CREDIT_ROW = "<td class='credit' align='right'><i>Ảnh: Văn Trường</i></td>"


def test_a_legacy_image_tables_caption_and_credit_rows_above_and_below_the_picture() -> None:
    """A legacy CMS's picture table: a caption row, then a credit row of its own under the
    picture (the text opening with it), or the caption row above the picture."""
    under = _table_picture(
        [
            _PICTURE_ROW.format(n=1),
            "<td class='caption'>Nghệ nhân căng mặt trống.</td>",
            _CREDIT_ROW,
        ]
    )
    above = _table_picture(
        ["<td class='caption'><em>Trống thành phẩm chờ giao.</em></td>", _PICTURE_ROW.format(n=2),
         _CREDIT_ROW]
    )  # fmt: skip
    text = "<p>" + "Nội dung bài viết về làng trống Đọi Tam vào mùa lễ hội. " * 3 + "</p>"
    signature = "<p style='text-align:right'><b>N.Hương</b></p>"
    html = (
        f"<html><body><h1>Làng trống Đọi Tam</h1><div>{under}{text}{above}{text}{signature}</div>"
        "</body></html>"
    )
    article = extract_article(html, "https://x.vn/lang-trong-134872.html")
    assert [(i["caption"], i["credit"]) for i in article["images"]] == [
        ("Nghệ nhân căng mặt trống.", "Văn Trường"),
        ("Trống thành phẩm chờ giao.", "Văn Trường"),
    ]
    assert (article["authors"], str(article["body"]).count("\n\n")) == (["N.Hương"], 1)


def test_a_credit_set_beside_the_picture_outside_its_figcaption_is_its_credit() -> None:
    """WordPress's Media Credit plugin: `span.media-credit` in a box with the picture, the
    `figcaption` after that box."""
    figure = (
        "<figure class='wp-caption'><div class='media-credit-container'><img src='/ga.jpg' "
        "width='800'><span class='media-credit'>Đức Anh</span></div><figcaption>Những đôi gà "
        "Đông Tảo tại ngày hội.</figcaption></figure>"
    )
    content = read_content(_body(figure))
    assert [(i.caption, i.credit) for i in content.images] == [
        ("Những đôi gà Đông Tảo tại ngày hội.", "Đức Anh")
    ]
    assert content.paragraphs == []


@pytest.mark.parametrize(
    "icon",
    [
        "<img class='inlineimg onlinestatus' src='images/statusicon/user-offline.png' alt='x'>",
        "<img src='images/smilies/smile.gif' alt=':)'>",
        "<img src='images/attach/zip.gif' alt=''>",  # (`pdf.gif` is a button's name anyway)
    ],
    ids=["status", "smiley", "file-type"],
)
def test_a_forums_icons_declaring_no_size_are_no_pictures(icon: str) -> None:
    """vBulletin's icons declare no size: the poster's status, a smiley, a file's type."""
    words = "Đoàn xe cứu trợ đã đến xã Khánh Hòa, huyện Lục Yên trong sáng nay. "
    html = (
        "<html><body><h1>Cứu trợ Lục Yên đợt 1</h1><div id='post_1'><div class='userinfo'><a"
        f" href='member.php?u=9'>namluctroi</a> {icon}</div><div class='postbody'><blockquote"
        f" class='postcontent'>{words * 4}<br><br>{words * 4}</blockquote></div></div>"
        "</body></html>"
    )
    assert extract_article(html, "https://x.vn/forum/showthread.php?t=9")["images"] == []
