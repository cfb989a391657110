"""Captions as themes set them: a credit in an element of its own, a card's line under its
picture, a video player's caption, a label over a box of pictures."""

from __future__ import annotations

from typing import Any

import pytest

from newscrawl import extract_article

_TEXT = "<p>" + "Nội dung bài viết về hội chợ xuân của tỉnh năm nay. " * 3 + "</p>"


def _article(inner: str) -> dict[str, Any]:
    html = (
        f"<html><body><h1>Khai mạc hội chợ xuân</h1><div>{_TEXT}{inner}{_TEXT}</div></body></html>"
    )
    return dict(extract_article(html, "https://x.vn/a-1234"))


@pytest.mark.parametrize(
    ("figcaption", "caption", "credit"),
    [
        ('<span>Cắt băng khai mạc.</span> <span class="photo-credit">Ảnh: Hoàng Long</span>',
         "Cắt băng khai mạc.", "Hoàng Long"),
        ('<span>Gian hàng OCOP.</span> <span class="photo-credit">TTXVN</span>',
         "Gian hàng OCOP.", "TTXVN"),
        # K2's fields, named in camel case, the credit without its label
        ('<span class="itemImageCaption">Đua thuyền.</span> <span class="itemImageCredits">'
         "Thanh Tâm</span>", "Đua thuyền.", "Thanh Tâm"),
        ('Người dân mua bánh nhãn. <cite class="credit">Quang Minh</cite>',
         "Người dân mua bánh nhãn.", "Quang Minh"),
        ("Người dân mua bánh nhãn. Ảnh: Văn Đông", "Người dân mua bánh nhãn.", "Văn Đông"),
        ('<span>Gian hàng OCOP.</span> <span class="note">(Hải Hậu)</span>',
         "Gian hàng OCOP. (Hải Hậu)", None),
    ],
)  # fmt: skip
def test_a_credit_in_an_element_of_its_own(figcaption: str, caption: str, credit: str) -> None:
    figure = f'<figure><img src="/a.jpg" width="600"><figcaption>{figcaption}</figcaption></figure>'
    images = _article(figure)["images"]
    assert images == [{"url": "https://x.vn/a.jpg", "caption": caption, "credit": credit}]


def test_a_credit_in_an_element_of_its_own_under_a_lead_picture() -> None:
    figure = (
        '<figure class="featured"><img src="/lead.jpg" width="800"><figcaption>Khai mạc hội chợ.'
        ' <span class="photo-credit">TTXVN</span></figcaption></figure>'
    )
    html = (
        f"<html><body><article><h1>Khai mạc hội chợ xuân</h1>{figure}"
        f"<div class=body>{_TEXT * 3}</div></article></body></html>"
    )
    images = extract_article(html, "https://x.vn/a-1234")["images"]
    assert images == [
        {"url": "https://x.vn/lead.jpg", "caption": "Khai mạc hội chợ.", "credit": "TTXVN"}
    ]


@pytest.mark.parametrize("credit", ["Thanh Tâm", "Ảnh: Thanh Tâm"])
def test_k2s_caption_and_credit_fields_beside_the_lead_picture(credit: str) -> None:
    """K2's item image: the picture, then its caption's and its credit's fields, the credit
    naming the photographer with or without a label."""
    block = (
        "<div class='itemImageBlock'><span class='itemImage'><a href='/k2/1_XL.jpg'><img"
        " src='/k2/1_L.jpg'></a></span><span class='itemImageCaption'>Các đội thuyền xuất phát."
        f"</span><span class='itemImageCredits'>{credit}</span></div>"
    )
    html = (
        "<html><body><div class='itemView'><h2 class='itemTitle'>Đua thuyền trên sông Hoàng"
        f" Long</h2>{block}<div class='itemFullText'>{_TEXT * 3}</div></div></body></html>"
    )
    images = extract_article(html, "https://x.vn/item/1877-dua-thuyen")["images"]
    assert images == [
        {"url": "https://x.vn/k2/1_L.jpg", "caption": "Các đội thuyền xuất phát.",
         "credit": "Thanh Tâm"}
    ]  # fmt: skip


def test_a_cards_line_captions_its_picture_and_their_label_is_no_text() -> None:
    cards = "".join(
        f'<div class="km"><img src="/{n}.jpg" width="150"><div>Ông {n} - Giám đốc Sở</div></div>'
        for n in ("An", "Bình")
    )
    article = _article(f'<div class="khach-moi"><div>Khách mời</div><div>{cards}</div></div>')
    assert [i["caption"] for i in article["images"]] == [
        "Ông An - Giám đốc Sở",
        "Ông Bình - Giám đốc Sở",
    ]
    assert "Khách mời" not in str(article["body"])
    assert str(article["body"]).count("\n\n") == 1  # the two paragraphs only


@pytest.mark.parametrize(
    "under",
    [
        '<p style="text-align:center"><em>Toàn cảnh lễ ra quân.</em></p>',
        '<p class="video-caption">Toàn cảnh lễ ra quân.</p>',
        "<p><em>Toàn cảnh lễ ra quân.</em></p>",
        # A component framework renders the caption in wrappers of its own.
        '<div class="c-1"><div class="c-2"><p class="video-caption">Toàn cảnh.</p></div></div>',
        '<section><div><p style="text-align:center"><em>Toàn cảnh.</em></p></div></section>',
    ],
)
def test_the_caption_of_a_video_player_is_no_text(under: str) -> None:
    player = '<div class="video"><iframe src="https://youtube.com/embed/x"></iframe></div>'
    article = _article(player + under)
    assert "Toàn cảnh" not in str(article["body"])
    assert article["images"] == []


@pytest.mark.parametrize(
    "after",
    [
        "<p>Toàn cảnh lễ ra quân làm thủy lợi mùa xuân tại xã.</p>",
        "<div><div><p>Toàn cảnh lễ ra quân làm thủy lợi mùa xuân tại xã.</p></div></div>",
    ],
)
def test_a_paragraph_after_a_player_is_text(after: str) -> None:
    player = '<div class="video"><video src="/v.mp4" controls></video></div>'
    article = _article(player + after)
    assert "Toàn cảnh" in str(article["body"])


@pytest.mark.parametrize(
    ("prompt", "player"),
    [
        ("<p><strong><em>Mời quý độc giả xem video:</em></strong></p>",
         '<div class="video-wrapper"><video controls poster="/p.jpg"></video>'
         '<p class="video-caption">Phóng sự: Du lịch cộng đồng</p></div>'),
        ("<p>Mời bạn đọc theo dõi clip phóng sự</p>",
         '<div class="video"><iframe src="https://youtube.com/embed/x"></iframe></div>'),
        # the video's title over its player, labelled
        ("<p><strong>Video: Mời xem hướng dẫn làm đệm lót sinh học</strong></p>",
         '<p style="text-align: center;"><iframe src="https://www.youtube.com/embed/x">'
         "</iframe></p>"),
        # VCCorp's video box, which a script fills in from its `data-vid`
        ("<p><b>Mời độc giả xem thêm video đang được quan tâm:</b></p>",
         "<div type='VideoStream' data-vid='skds/2024/12/02/benh-phong.mp4'><div class="
         "'video-placeholder' data-thumb='/t.jpg'></div><div class='VideoCMS_Caption'><p>Phóng sự:"
         " Bệnh phong có lây không?</p></div></div>"),
        # a radio station's bulletin, the picture of its studio over the invitation
        ('<p><img src="/phong-thu.jpg" width="696" height="464"></p>'
         "<p><em>Mời quý thính giả nghe Bản tin thời sự tối 15/3/2024:</em></p>",
         '<audio class="wp-audio-shortcode" controls><source type="audio/mpeg" src="/btts.mp3">'
         '<a href="/btts.mp3">/btts.mp3</a></audio>'),
        ("<p>Mời quý khán giả theo dõi phóng sự</p>",
         '<div class="video"><iframe src="https://youtube.com/embed/x"></iframe></div>'),
        # an AMP page's player, the video's title after the invitation
        ("<p><em>Mời quý độc giả xem video: Lao động thời vụ - hướng đi mới</em></p>",
         '<amp-youtube data-videoid="q8Xb2LmN4tY" layout="responsive" width="480" height="270">'
         "</amp-youtube>"),
    ],
    ids=["colon", "media-word", "video-label", "video-id", "listeners", "viewers", "amp"],
)  # fmt: skip
def test_the_invitation_to_watch_the_player_below_it_is_no_text(prompt: str, player: str) -> None:
    article = _article(prompt + player)
    assert "Mời" not in str(article["body"])
    assert "Phóng sự:" not in str(article["body"])
    assert all(image["caption"] is None for image in article["images"])


def test_a_players_labelled_title_under_it_is_no_text() -> None:
    """A broadcaster's video box: the invitation, the player, and its title labelled under it."""
    box = (
        "<div class='video-embed'><p class='video-label'>Mời quý độc giả xem video:</p><video "
        "controls src='/le-hoi.mp4'></video><p class='video-title'>Video: Toàn cảnh lễ hội đình "
        "làng Đông Tảo năm 2024</p></div>"
    )
    article = _article(box)
    assert "Toàn cảnh" not in str(article["body"])


def test_an_invitation_to_readers_without_a_player_below_is_text() -> None:
    article = _article("<p>Mời quý độc giả gửi ý kiến về hộp thư của Ban biên tập.</p>")
    assert "Mời quý độc giả gửi ý kiến" in str(article["body"])


def test_a_persons_card_captions_the_photo_with_the_name_and_keeps_the_quotation() -> None:
    card = (
        '<div class="quote-card"><img src="/hoa.jpg" width="120" height="120">'
        '<div class="name">Bà Nguyễn Thị Hoa, thôn Đông</div>'
        "<div class='quote'>“Tôi đã đọc kỹ đề án và thấy sáp nhập là cần thiết.”</div></div>"
    )
    article = _article(card)
    assert article["images"][0]["caption"] == "Bà Nguyễn Thị Hoa, thôn Đông"
    assert "“Tôi đã đọc kỹ" in article["body"]
    assert "Bà Nguyễn Thị Hoa" not in article["body"]


@pytest.mark.parametrize("above", [True, False])
def test_a_caption_cell_above_its_picture_captions_it(above: bool) -> None:
    caption = "<tr><td class='img-caption'><em>Đoàn công tác kiểm tra tuyến đê.</em></td></tr>"
    picture = "<tr><td><img src='/de.jpg' width='600'></td></tr>"
    rows = caption + picture if above else picture + caption
    article = _article(f"<table class='img-box'>{rows}</table>")
    assert article["images"][0]["caption"] == "Đoàn công tác kiểm tra tuyến đê."
    assert "Đoàn công tác" not in article["body"]


@pytest.mark.parametrize(
    ("hidden", "shown"),
    [
        ('<p style="display:none">tin tức thái bình, báo thái bình, vụ đông</p>', False),
        ('<div class="hidden seo-text">Tin tức Thái Bình hôm nay mới nhất.</div>', False),
        # Revealed by a control: the rest of the text, an accordion's answer.
        ("<button>Xem thêm</button><div style='display:none'><p>Phần còn lại của bài.</p></div>",
         True),
        ('<a data-bs-target="#a1">Hỏi?</a><div id="a1" class="collapse">Phần còn lại của bài.'
         "</div>", True),
        ('<p style="border: none">Phần còn lại của bài.</p>', True),
    ],
)  # fmt: skip
def test_text_hidden_for_good_is_not_the_articles(hidden: str, shown: bool) -> None:
    body = _article(hidden)["body"]
    assert ("Phần còn lại" in body) is shown
    assert "tin tức thái bình" not in body.lower()


def test_an_accordions_question_and_answer_are_text() -> None:
    """Flatsome's accordion: the question a link that toggles its answer (`href="#"`,
    `aria-controls`), a toggle button inside it; the answer hidden until it is opened."""
    item = (
        "<div class='accordion-item'><a href='#' class='accordion-title' aria-expanded='false' "
        "aria-controls='a1'><button class='toggle' aria-label='Chuyển đổi'><i class='icon'></i>"
        "</button><span>Mẹ sinh mổ có cho con bú sớm được không?</span></a><div id='a1' "
        "class='accordion-inner'><p>Được. Ngay khi mẹ tỉnh táo, nhân viên y tế hỗ trợ cho bú.</p>"
        "</div></div>"
    )
    body = _article(f"<div class='accordion'>{item}</div>")["body"]
    assert "Mẹ sinh mổ có cho con bú sớm được không?" in body
    assert "Ngay khi mẹ tỉnh táo" in body


@pytest.mark.parametrize(
    ("under", "caption"),
    [
        ("<p style='text-align:center'>➖➖➖➖➖</p>", None),  # a divider: no words
        ("<p style='text-align:center'>* * *</p>", None),
        ("<p style='text-align:center'>Gian hàng OCOP của xã.</p>", "Gian hàng OCOP của xã."),
    ],
)
def test_a_line_without_words_captions_no_picture(under: str, caption: str | None) -> None:
    article = _article(f"<p><img src='/hoi-cho.jpg' width='600'></p>{under}")
    assert [image["caption"] for image in article["images"]] == [caption]


_PLAYERS_AND_TITLES = {
    # VietNamNet's video box: the player (a poster, a play button, the frame) and its title
    # under it, nothing else.
    "title-in-the-players-box": (
        "<div class='v-box'><div class='v-player'><div class='v-poster'><img src='/poster.jpg'>"
        "<span class='v-play' aria-label='Phát video'></span></div>"
        "<iframe src='https://player.example.vn/embed/83124'></iframe></div>"
        "<p class='v-title'>Toàn cảnh lễ khánh thành cầu La Tiến</p></div>"
    ),
    # A video with fallback text, in a box of its own, over a marked caption.
    "fallback-text": (
        "<div class='video'><video controls><source src='/v.mp4'>Trình duyệt của bạn không hỗ "
        "trợ phát video.</video></div><p class='video-caption'>Toàn cảnh lễ ra quân.</p>"
    ),
    # VTV's video box before its script runs: a still and a play button in a box named a
    # player, the video's title in a caption box under it.
    "named-player": (
        "<div class='VCSortableInPreviewMode' type='VideoStream'><div class='videoNewsPlayer'>"
        "<img class='video-thumb' src='/video-nhan-long.jpg'><span class='btn-play'></span></div>"
        "<div class='VideoCMS_Caption'><p>Toàn cảnh vườn nhãn sau thu hoạch</p></div></div>"
    ),
    # ... with a placeholder of no name in place of the player, and a credit in the caption
    "named-caption": (
        "<div class='VCSortableInPreviewMode' type='VideoStream' data-vid='v.mp4'><div class="
        "'video-placeholder'><button class='play' aria-label='Phát video'>▶</button> <span>02:14"
        "</span></div><div class='VideoCMS_Caption'><p>Toàn cảnh cầu Tân Phúc. (Video: Đài PT-TH"
        " Hưng Yên)</p></div></div>"
    ),
}


@pytest.mark.parametrize("player", _PLAYERS_AND_TITLES.values(), ids=_PLAYERS_AND_TITLES.keys())
def test_a_players_title_is_no_text_and_its_still_no_picture(player: str) -> None:
    article = _article(player)
    assert "Toàn cảnh" not in str(article["body"])
    assert article["images"] == []


def test_a_caption_under_a_row_of_pictures_is_bound_once_to_the_first() -> None:
    """An old editor's figure: pictures side by side in one centred paragraph, one caption
    line under them (as a figure of several pictures under one `figcaption`)."""
    row = (
        "<p style='text-align:center'><img src='/a.jpg' width='300'><img src='/b.jpg' "
        "width='300'></p><p style='text-align:center'><em>Tặng hoa chúc mừng thầy cô.</em></p>"
    )
    article = _article(row)
    assert [image["caption"] for image in article["images"]] == [
        "Tặng hoa chúc mừng thầy cô.",
        None,
    ]


@pytest.mark.parametrize(
    "span",
    [
        # AEM's image component: a class naming no caption, the microdata naming it
        '<span class="cmp-image__title" itemprop="caption">',
        '<span class="img-caption">',
    ],
    ids=["microdata", "class"],
)
def test_a_caption_in_its_pictures_box_after_the_templates_indent(span: str) -> None:
    """The blank line a template indents the caption by is not the caption's words' style."""
    picture = (
        '<div class="cmp-image">\n      <img src="/quay-thit.jpg" width="600">\n      '
        f"{span}Quầy thịt lợn trong khung giờ giảm giá buổi sáng</span>\n    </div>"
    )
    article = _article(picture)
    assert article["images"][0]["caption"] == "Quầy thịt lợn trong khung giờ giảm giá buổi sáng"
    assert "Quầy thịt" not in article["body"]


def test_a_caption_told_only_by_its_class_with_an_underscore() -> None:
    """24h marks its captions `p.img_chu_thich_0407` (chú thích, a caption), styled elsewhere."""
    picture = (
        "<p><img class='news-image' src='/lua-tom.jpg' width='600'></p>"
        "<p class='img_chu_thich_0407'>Nông dân thu hoạch tôm trên ruộng lúa. (Ảnh: Minh Anh)</p>"
    )
    image = _article(picture)["images"][0]
    assert (image["caption"], image["credit"]) == (
        "Nông dân thu hoạch tôm trên ruộng lúa.",
        "Minh Anh",
    )


def test_serendipitys_image_comment_under_its_picture_is_its_caption() -> None:
    """Serendipity's media insert: the picture's box and its comment's box in one box, the
    comment's named `serendipity_imageComment_txt`, plain text."""
    picture = (
        "<div class='serendipity_imageComment_center' style='width: 720px'><div class="
        "'serendipity_imageComment_img'><img class='serendipity_image_center' width='720'"
        " height='480' src='/uploads/2024/tu-sach.jpg' alt=''></div><div class='serendipity_"
        "imageComment_txt'>Tủ sách nhỏ bên hàng ghế đá công viên Hồ Sen, sáng Chủ nhật.</div></div>"
    )
    article = _article(picture)
    assert (
        article["images"][0]["caption"]
        == "Tủ sách nhỏ bên hàng ghế đá công viên Hồ Sen, sáng Chủ nhật."
    )
    assert "Tủ sách nhỏ" not in article["body"]


@pytest.mark.parametrize(
    ("ad", "kept"),
    [
        # tagDiv's ad slot in the text: a label over a paid banner link.
        ("<div class='td-a-rec'><span class='td-adspot-title'>- Quảng cáo -</span><div>"
         "<a href='https://vattu.example.vn/' rel='sponsored nofollow'><img src='/banner.jpg' "
         "width='300' height='250'></a></div></div>", False),
        # A picture linked without `sponsored` is the article's.
        ("<p><a href='/uploads/truong-moi.jpg'><img src='/uploads/truong-moi.jpg' width='600'></a>"
         "</p>", True),
        # Jannah's ad slot: a banner under the label alone, no `sponsored` on the link.
        ("<div class='stream-item'><span class='stream-title'>Quảng cáo</span>"
         "<a href='https://ocop.example.vn/?utm_source=x'><img src='/banner-300x250.jpg' "
         "width='300' height='250'></a></div>", False),
        # TieLabs' ad slot, named `e3lan` (Arabic for ads), its banner linked away.
        ("<div class='e3lan e3lan-post'><a href='https://shop.example.vn/'><img "
         "src='/banner-hung-phat.jpg'></a></div>", False),
        # A linked picture whose box says more than an ad's label stays.
        ("<div><span>Trường mới</span><a href='/uploads/truong-moi.jpg'>"
         "<img src='/uploads/truong-moi.jpg' width='600'></a></div>", True),
    ],
)  # fmt: skip
def test_a_paid_link_and_its_label_are_neither_text_nor_picture(ad: str, kept: bool) -> None:
    article = _article(ad)
    assert "Quảng cáo" not in str(article["body"])
    assert bool(article["images"]) is kept


def test_a_credit_line_under_a_gallery_inside_the_text_is_no_paragraph() -> None:
    """Tiền Phong credits a gallery's four pictures once, under the grid (`Ảnh: …`)."""
    gallery = (
        "<div class='gallery'>"
        + "".join(
            f"<figure><img src='/g{n}.jpg' width='400'><figcaption>Tình nguyện viên số {n}."
            "</figcaption></figure>"
            for n in (1, 2)
        )
        + "<p class='gallery__credit'>Ảnh: Hoàng Mạnh Thắng</p></div>"
    )
    article = _article(gallery)
    assert "Hoàng Mạnh Thắng" not in str(article["body"])
    assert [image["caption"] for image in article["images"]] == [
        "Tình nguyện viên số 1.",
        "Tình nguyện viên số 2.",
    ]


def test_text_flowing_beside_a_floated_picture_in_its_cell_is_no_caption() -> None:
    """A Mambo page's picture floats left in the text's own table cell; the paragraph that runs
    on beside it is the article's."""
    first = "Ngày 21/11/2007, Hội Nông dân xã Thái Hưng tổ chức Đại hội đại biểu lần thứ IX."
    cell = (
        f"<table><tr><td><img src='/images/stories/dai-hoi.jpg' align='left' hspace='6'>{first}"
        "<br /><br />Đại hội đã bầu Ban Chấp hành khóa mới gồm 15 đồng chí.</td></tr></table>"
    )
    article = _article(cell)
    assert [image["caption"] for image in article["images"]] == [None]
    assert first in str(article["body"])


@pytest.mark.parametrize(
    "meta",
    [
        "<span class='filename'>IMG_2024.jpeg</span><span class='informations'>1600×1200 245 KB"
        "</span>",
        "<span>DSC_0042.JPG</span>",
    ],
    ids=["name-and-size", "name"],
)
def test_a_pictures_file_name_and_size_are_neither_caption_nor_text(meta: str) -> None:
    """Discourse's lightbox prints the upload's file name and size under the picture."""
    picture = (
        "<div class='lightbox-wrapper'><a href='/uploads/original/8c1f.jpeg'><img "
        f"src='/uploads/optimized/8c1f_690x517.jpeg' width='690' height='517'><div>{meta}</div>"
        "</a></div>"
    )
    article = _article(picture)
    assert [image["caption"] for image in article["images"]] == [None]
    assert "IMG_2024" not in article["body"]
    assert "DSC_0042" not in article["body"]


def test_a_gallerys_credit_alone_credits_each_of_its_pictures() -> None:
    """WordPress's gallery block captioned only by its photographer (`Ảnh: Tâm Nguyện`)."""
    pictures = "".join(
        f"<figure class='wp-block-image'><img src='/bong-hong-{n}.jpg' width='1024' height='683'>"
        "</figure>"
        for n in (1, 2, 3)
    )
    gallery = (
        f"<figure class='wp-block-gallery'>{pictures}<figcaption class='blocks-gallery-caption'>"
        "Ảnh: Tâm Nguyện</figcaption></figure>"
    )
    images = _article(gallery)["images"]
    assert [(image["caption"], image["credit"]) for image in images] == [(None, "Tâm Nguyện")] * 3


@pytest.mark.parametrize(
    ("own", "captions"),
    [
        # The pictures have no caption of their own: the gallery's is theirs, bound once.
        ("", ["Sản phẩm STEM của học sinh", None]),
        # Each has its own: the gallery's binds none.
        ("<figcaption>Mô hình {n}</figcaption>", ["Mô hình 1", "Mô hình 2"]),
    ],
    ids=["gallery-caption", "own-captions"],
)
def test_a_gallerys_caption_is_its_pictures_when_they_have_none(
    own: str, captions: list[str | None]
) -> None:
    pictures = "".join(
        f"<figure class='wp-block-image'><img src='/stem-{n}.jpg' width='1024' height='768'>"
        f"{own.format(n=n)}</figure>"
        for n in (1, 2)
    )
    gallery = (
        f"<figure class='wp-block-gallery'>{pictures}"
        "<figcaption class='blocks-gallery-caption'>Sản phẩm STEM của học sinh</figcaption>"
        "</figure>"
    )
    assert [image["caption"] for image in _article(gallery)["images"]] == captions


@pytest.mark.parametrize(
    ("under", "caption"),
    [
        # a poem's dedication set right, in italics, under the featured picture
        ("<p style='text-align: right;'><em>Kính tặng mẹ</em></p>", None),
        # ... but a right-aligned line that credits the photo captions it
        ("<p style='text-align: right;'><em>Mùa gặt ở Vũ Thư. Ảnh: Văn Đông</em></p>",
         "Mùa gặt ở Vũ Thư."),
        ("<p><em>Mùa gặt ở Vũ Thư</em></p>", "Mùa gặt ở Vũ Thư"),
        # a dedication, centred: told by its words
        ("<p style='text-align: center;'><em>Kính tặng mẹ</em></p>", None),
        ("<p style='text-align: center;'><em>Thân tặng những người bạn lính</em></p>", None),
    ],
    ids=["dedication", "right-with-credit", "italic", "centred-dedication", "thân-tặng"],
)  # fmt: skip
def test_a_line_set_right_under_a_picture_is_no_caption(under: str, caption: str | None) -> None:
    article = _article(f"<p><img src='/mua-gat.jpg' width='600'></p>{under}")
    assert [image["caption"] for image in article["images"]] == [caption]


def test_a_photo_post_of_one_captioned_picture_is_the_picture_not_its_caption() -> None:
    """A Blogger post of one picture: its caption, in the table's `td.tr-caption` row, is the
    page's only text, and the densest block; it captions the picture, and no text is left."""
    caption = (
        "Chiều cuối thu, từng đàn cò trắng sà xuống cánh đồng vừa gặt ở xã Thụy Trường (Thái "
        "Thụy).<br>Người dân ở đây bảo năm nay cò về sớm và đông hơn mọi năm."
    )
    post = (
        "<div class='post-body'><table class='tr-caption-container' align='center'><tbody><tr>"
        "<td><a href='/s1600/co.jpg'><img src='/w640/co.jpg' width='640' height='427'></a></td>"
        f"</tr><tr><td class='tr-caption'>{caption}</td></tr></tbody></table><br></div>"
    )
    html = f"<html><body><h3 class='post-title'>Mùa cò về</h3>{post}</body></html>"
    article = extract_article(html, "https://x.blogspot.com/2024/10/mua-co-ve.html")
    assert article["body"] == ""
    assert [image["caption"] for image in article["images"]] == [
        "Chiều cuối thu, từng đàn cò trắng sà xuống cánh đồng vừa gặt ở xã Thụy Trường (Thái "
        "Thụy). Người dân ở đây bảo năm nay cò về sớm và đông hơn mọi năm."
    ]


def test_a_caption_in_a_legacy_cell_that_also_quotes_a_letterhead_is_its_pictures() -> None:
    """A Dreamweaver page's text cell: a picture and its italic caption, then a letter quoted
    whole, its letterhead a table of two cells (the issuing body beside the national motto)
    nested in the same cell. Only a cell beside the motto's is the letterhead's."""
    letterhead = (
        "<table><tr><td>HỘI CTĐ HUYỆN HƯƠNG KHÊ<br>Số: 28/TKG-CTĐ</td><td><b>CỘNG HÒA XÃ HỘI CHỦ"
        " NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b></td></tr></table>"
    )
    cell = (
        "<p align='center'><img src='/images/lu.jpg' width='450' height='300'><br><i>Nước lũ gây"
        " ngập sâu nhiều khu dân cư tại xã Hương Trạch. Ảnh: Thanh Sơn</i></p>"
        f"{_TEXT}{letterhead}<p align='center'><b>THƯ KÊU GỌI</b></p>{_TEXT * 2}"
    )
    html = (
        "<html><body><table><tr><td><font size='4'><b>Hội Chữ thập đỏ huyện Hương Khê kêu gọi"
        f" ủng hộ</b></font></td></tr><tr><td class='noidung'>{cell}</td></tr></table>"
        "</body></html>"
    )
    article = extract_article(html, "http://x.org.vn/tin/chitiet.php?id=736")
    assert [(i["caption"], i["credit"]) for i in article["images"]] == [
        ("Nước lũ gây ngập sâu nhiều khu dân cư tại xã Hương Trạch.", "Thanh Sơn")
    ]
