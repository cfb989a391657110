"""The words of a link to one of the site's own services, which a news page prints in its top
bar or beside a post's time: a way to reach the paper, its own pages, a station's live channel,
a forum's view mode. Such a link heads no teaser, however long its text."""

from __future__ import annotations

import re

from newscrawl.vn.text import clean_text

# A way to reach the paper, labelled: its hotline, phone, address (`Đường dây nóng: 0909…`).
_CONTACT = re.compile(
    r"(?:đường dây nóng|hotline|điện thoại|đt|tel|fax|e-?mail|địa chỉ|liên hệ)\s*:", re.I
)
# The paper's own pages linked in its top bar: to write to it, to subscribe, to advertise.
_PAPERS_OWN = re.compile(
    r"(?:liên hệ (?:tòa soạn|toà soạn|quảng cáo|với chúng tôi)|đăng ký nhận (?:bản )?tin"
    r"|gửi tin bài|góp ý)$",
    re.I,
)
# A broadcaster's live channels, linked in its top bar beside the clock: `Xem trực tuyến PTV`,
# `Trực tuyến LGTV1`, `Nghe FM 96.1`, a channel's name (`Kênh Truyền thanh Kỳ Lạc`, after `Xem
# trực tiếp:`); a live report's headline says more after its label.
_LIVE_CHANNEL = re.compile(
    r"(?:(?:xem|nghe) )?(?:truyền hình |phát thanh )?trực tuyến(?: \S+){0,2}"
    r"|nghe (?:fm|radio|đài|phát thanh)(?: \S+){0,2}"
    r"|kênh (?:truyền hình|truyền thanh|phát thanh)(?: \S+){0,3}",
    re.I,
)
# A government portal's services linked in its top bar: `Dịch vụ công trực tuyến`, `Một cửa
# điện tử`, `Thư điện tử công vụ`.
_PUBLIC_SERVICE = re.compile(
    r"(?:cổng )?dịch vụ công(?: trực tuyến)?(?: \S+){0,3}|(?:hệ thống )?một cửa điện tử"
    r"|thư điện tử(?: công vụ)?|e-?mail công vụ",
    re.I,
)
# A forum's view modes beside a post's time (Discuz's `Chỉ xem của tác giả`, `Chế độ xem ảnh`).
_VIEW_MODE = re.compile(r"chỉ xem (?:bài )?của (?:tác giả|người này)|chế độ xem (?:ảnh|in)", re.I)


def names_a_site_service(text: str) -> bool:
    """Does a link's text name one of the site's services: its hotline (`Đường dây nóng:
    0909.113.552`), its own pages (`Liên hệ tòa soạn`), a live channel (`Xem trực tuyến PTV`),
    a portal's public services (`Dịch vụ công trực tuyến`), a forum's view mode (`Chỉ xem của
    tác giả`)?"""
    text = clean_text(text)
    if _CONTACT.match(text) or _PAPERS_OWN.match(text):
        return True
    if _LIVE_CHANNEL.fullmatch(text) or _PUBLIC_SERVICE.fullmatch(text):
        return True
    return _VIEW_MODE.fullmatch(text) is not None
