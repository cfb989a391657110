"""An administrative document posted as the article: its decreed frame is no text."""

from __future__ import annotations

import pytest

from newscrawl.pages.article import ArticlePage

_LETTERHEAD = (
    "<p>UBND XÃ ĐÔNG CƠ</p><p>Số: 18/KH-UBND</p><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
    "<p>Độc lập – Tự do – Hạnh phúc</p><p>Đông Cơ, ngày 05 tháng 3 năm 2025</p>"
    "<p>KẾ HOẠCH</p><p>Ra quân làm thủy lợi nội đồng năm 2025</p>"
)
_SENTENCE = "Ủy ban nhân dân xã ban hành kế hoạch ra quân làm thủy lợi nội đồng như sau."
_TEXT = f"<p>{_SENTENCE}</p>" * 3
_SIGNATURE = "<p>KT. CHỦ TỊCH</p><p>PHÓ CHỦ TỊCH</p><p>Trần Thị Lan</p>"
_RECIPIENTS = "<p>Nơi nhận:</p><p>- Các thôn;</p><p>- Lưu: VP.</p>"


@pytest.mark.parametrize(
    "closing",
    [_SIGNATURE + _RECIPIENTS, _RECIPIENTS + _SIGNATURE],
    ids=["signed-first", "listed-first"],
)
def test_a_documents_frame_is_no_text_and_its_signature_is_the_byline(closing: str) -> None:
    text = f"<div>{_LETTERHEAD}{_TEXT}{closing}</div>"
    html = f"<html><body><h1>Kế hoạch ra quân làm thủy lợi</h1>{text}</body></html>"
    page = ArticlePage(html, "https://dongco.example.gov.vn/ke-hoach-1")
    assert page.body(None) == [_SENTENCE] * 3
    assert page.byline() == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Thị Lan"
    assert page.published() == "Đông Cơ, ngày 05 tháng 3 năm 2025"


def test_the_articles_own_paragraph_above_the_documents_letterhead_is_text() -> None:
    """An agency's reply posted on its portal: a paragraph of the portal's introduces the
    letter it quotes whole."""
    intro = (
        "Ngày 05/3/2025, UBND xã Đông Cơ ban hành Kế hoạch số 18/KH-UBND về ra quân làm thủy lợi"
        " nội đồng. Nội dung kế hoạch như sau:"
    )
    text = f"<div><p>{intro}</p>{_LETTERHEAD}{_TEXT}{_SIGNATURE}</div>"
    html = f"<html><body><h1>Kế hoạch ra quân làm thủy lợi</h1>{text}</body></html>"
    page = ArticlePage(html, "https://dongco.example.gov.vn/ke-hoach-1")
    assert page.body(None) == [intro, *[_SENTENCE] * 3]
    assert page.byline() == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Thị Lan"


def test_a_long_letterhead_under_the_articles_own_paragraph_is_no_text() -> None:
    """The issuing body on three lines (the province's agency, then the district's) fills the
    letterhead's usual length: the portal's paragraph above it pushes the kind and the subject
    further down."""
    intro = (
        "Ngày 09/6/2025, Bảo hiểm xã hội huyện Bảo Thắng ban hành Thông báo số 118/TB-BHXH. Cổng"
        " thông tin điện tử huyện trân trọng giới thiệu toàn văn Thông báo."
    )
    letterhead = (
        "<p>BẢO HIỂM XÃ HỘI TỈNH LÀO CAI</p><p>BẢO HIỂM XÃ HỘI</p><p>HUYỆN BẢO THẮNG</p><p>Số:"
        " 118/TB-BHXH</p><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh"
        " phúc</p><p>Bảo Thắng, ngày 09 tháng 6 năm 2025</p><p>THÔNG BÁO</p><p>Về việc rà soát,"
        " lập danh sách người từ đủ 75 tuổi trở lên để cấp thẻ bảo hiểm y tế</p>"
    )
    text = f"<div><p>{intro}</p>{letterhead}{_TEXT}{_SIGNATURE}</div>"
    html = f"<html><body><h1>Thông báo cấp thẻ bảo hiểm y tế</h1>{text}</body></html>"
    page = ArticlePage(html, "https://baothang.example.gov.vn/thong-bao-1")
    assert page.body(None) == [intro, *[_SENTENCE] * 3]


def test_a_letter_without_the_motto_under_its_kind_and_over_its_signature() -> None:
    """A letter of thanks posted as the article: its kind over it, its place and date line and
    signing block under it; no motto, no letterhead."""
    closing = (
        "<p style='text-align: right;'><em>Hưng Yên, ngày 21 tháng 6 năm 2023</em></p><p style="
        "'text-align: right;'><strong>TM. BAN GIÁM ĐỐC<br>GIÁM ĐỐC</strong></p><p style='text-"
        "align: right;'><strong>Nguyễn Mạnh Cường</strong></p>"
    )
    text = f"<div><p style='text-align: center;'><strong>THƯ CẢM ƠN</strong></p>{_TEXT}{closing}"
    html = f"<html><body><h1>Thư cảm ơn nhân Ngày Báo chí</h1>{text}</div></body></html>"
    page = ArticlePage(html, "https://x.vn/thu-cam-on-1")
    assert page.body(None) == [_SENTENCE] * 3
    assert page.byline() == "TM. BAN GIÁM ĐỐC\nGIÁM ĐỐC\nNguyễn Mạnh Cường"


def test_a_text_without_the_motto_keeps_its_lines() -> None:
    html = (
        "<html><body><h1>Ra quân làm thủy lợi</h1><div><p>KẾ HOẠCH</p>"
        f"{_TEXT}<p>CHỦ TỊCH</p></div></body></html>"
    )
    body = ArticlePage(html, "https://dongco.example.gov.vn/ke-hoach-1").body(None)
    assert body[0] == "KẾ HOẠCH"
    assert body[-1] == "CHỦ TỊCH"


def test_a_frame_set_in_tables_of_two_cells_is_no_text() -> None:
    """Word lays the letterhead and the closing in tables of two cells, their lines split by
    `<br>`: the issuing body and the motto side by side, the recipients beside the signature.
    The document's kind and subject may share a paragraph."""
    letterhead = (
        "<table><tr><td>UBND TỈNH THÁI BÌNH<br><strong>SỞ NÔNG NGHIỆP VÀ<br>PHÁT TRIỂN NÔNG"
        " THÔN</strong><br>Số: 1865/TB-SNN</td><td><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        "</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong><br><em>Thái Bình, ngày 12"
        " tháng 8 năm 2024</em></td></tr></table>"
        "<p><strong>THÔNG BÁO</strong><br><strong>Tuyển dụng viên chức năm 2024</strong></p>"
    )
    closing = (
        "<table><tr><td><strong><em>Nơi nhận:</em></strong><br>- Sở Nội vụ (b/c);<br>- Cổng"
        " TTĐT Sở;<br>- Lưu: VT, TCCB.</td><td><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong>"
        "<br><br><em>(Đã ký)</em><br><br><strong>Đỗ Văn Khiêm</strong></td></tr></table>"
    )
    page = _notice(letterhead + _TEXT + closing)
    assert page.body(None) == [_SENTENCE] * 3
    assert page.byline() == "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nĐỗ Văn Khiêm"
    assert page.published() == "Thái Bình, ngày 12 tháng 8 năm 2024"


def test_a_dispatchs_addressees_and_its_motto_on_one_line_are_its_frame() -> None:
    """A `CÔNG ĐIỆN`: the motto's two lines joined by a `<br>` read as a space, and under the
    subject the sender and the list of those it is sent to."""
    letterhead = (
        "<p><strong>ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH</strong></p><p>Số: 09/CĐ-UBND</p><p><strong>"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong></p>"
        "<p><em>Thái Bình, ngày 05 tháng 9 năm 2024</em></p><p><strong>CÔNG ĐIỆN</strong></p>"
        "<p><strong>Về việc tập trung ứng phó khẩn cấp với bão số 3</strong></p>"
        "<p><strong>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:</strong></p>"
        "<p>- Giám đốc các sở, Thủ trưởng các ban, ngành thuộc tỉnh;</p>"
        "<p>- Chủ tịch UBND các huyện, thành phố.</p>"
    )
    assert _notice(letterhead + _TEXT + _SIGNATURE + _RECIPIENTS).body(None) == [_SENTENCE] * 3


def _notice(text: str) -> ArticlePage:
    html = f"<html><body><h1>Thông báo của Ủy ban nhân dân</h1><div>{text}</div></body></html>"
    return ArticlePage(html, "https://ubnd.example.gov.vn/thong-bao-1865")


def test_a_poster_over_a_frame_set_in_a_table_is_captioned_by_none_of_it() -> None:
    """A department's notice opening with its poster, then the letterhead in Word's table of
    two cells: the issuing body's cell, centred under the picture, is the frame's."""
    letterhead = (
        "<table><tr><td style='text-align:center'>UBND TỈNH THÁI BÌNH<br><strong>SỞ VĂN HÓA, "
        "THỂ THAO VÀ DU LỊCH</strong><br>Số: 125/TB-SVHTTDL</td><td style='text-align:center'>"
        "<strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong><br>"
        "<em>Thái Bình, ngày 05 tháng 3 năm 2025</em></td></tr></table>"
        "<p><strong>THÔNG BÁO</strong><br><strong>Chương trình Lễ hội Đền Trần</strong></p>"
    )
    poster = "<p style='text-align:center'><img src='/poster.jpg' width='600' height='848'></p>"
    page = _notice(poster + letterhead + _TEXT + _SIGNATURE)
    assert [(image.url, image.caption) for image in page.images()] == [
        ("https://ubnd.example.gov.vn/poster.jpg", None)
    ]
    assert page.body(None) == [_SENTENCE] * 3
