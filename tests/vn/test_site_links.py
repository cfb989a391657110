"""Links to the site's own services, which head no teaser: one row per form seen."""

from __future__ import annotations

import unicodedata

import pytest

from newscrawl.vn.site_links import names_a_site_service


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Đường dây nóng: 0909.113.552", True),  # the hotline beside the top bar's clock
        ("Hotline: 0227 3831 595", True),
        ("Liên hệ tòa soạn", True),
        ("Liên hệ quảng cáo", True),
        ("Đăng ký nhận bản tin", True),
        ("Gửi tin bài", True),
        ("Xem trực tuyến PTV", True),  # a station's live channel
        ("Trực tuyến LGTV1", True),
        ("Nghe FM 96.1", True),
        ("Nghe Phát thanh BSR", True),  # a station's radio channel beside its TV channels
        ("Kênh Truyền thanh Kỳ Lạc", True),  # a district station's, after `Xem trực tiếp:`
        ("Kênh truyền hình VTV1", True),
        # a headline naming a channel says more than its name
        ("Kênh truyền thanh xã góp phần tuyên truyền phòng chống cháy rừng hiệu quả", False),
        ("Dịch vụ công trực tuyến", True),  # a district portal's top bar (Angular iGate)
        ("Cổng Dịch vụ công tỉnh Phú Thọ", True),
        ("Một cửa điện tử", True),
        ("Dịch vụ công trực tuyến mức độ 4 giúp người dân tiết kiệm thời gian đi lại", False),
        ("Chỉ xem của tác giả", True),  # Discuz's view mode beside a post's time
        ("Chế độ xem ảnh", True),
        (unicodedata.normalize("NFD", "Xem trực tuyến PTV"), True),  # decomposed (DNN)
        ("  Liên hệ tòa soạn ", True),  # the template's indentation
        # A live report's headline says more after its label; a headline names its subject.
        ("Trực tuyến: Lễ khai mạc Festival Lúa gạo Việt Nam lần thứ VI", False),
        ("Liên hệ giữa trường học và gia đình trong giáo dục trẻ", False),
        ("Góp ý dự thảo sửa đổi Hiến pháp năm 2013 tại xã Vũ Hội", False),
    ],
)
def test_names_a_site_service(text: str, service: bool) -> None:
    assert names_a_site_service(text) is service
