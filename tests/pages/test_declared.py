"""A page rendered in the browser: the server's shell shows nothing of the article, and its
JSON-LD declares the text and the pictures."""

from __future__ import annotations

import json

import pytest

from newscrawl import extract_article
from newscrawl.pages.declared import declared_paragraphs
from tests.pages.dom_builders import TEXT as _TEXT

_SHELL = (
    "<html><head><script type='application/ld+json'>{ld}</script></head><body>"
    "<header><a href='/'>Hưng Yên TV</a> <a href='/the-thao'>Thể thao</a></header>"
    "<div class='skeleton-line'></div><div>Đang tải...</div><div id='__app'>{shown}</div>"
    "<noscript>Vui lòng bật JavaScript để xem nội dung.</noscript>"
    "<footer>Giấy phép số 12/GP-BTTTT. Địa chỉ: số 1 đường Nguyễn Văn Linh.</footer>"
    "</body></html>"
)
_BODY = (
    "Sáng 2/9, hơn 3.000 người dân dự giải đua thuyền.\n\n"
    "Đội xã Tân Hưng về nhất,\nđội Hưng Hà về nhì."
)


def _ld(**extra: object) -> str:
    return json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Đua thuyền truyền thống trên sông Luộc",
            "datePublished": "2024-09-02T10:00:00+07:00",
            "image": ["https://media.x.vn/1.jpg", {"@type": "ImageObject", "url": "/2.jpg"}],
            **extra,
        },
        ensure_ascii=False,
    )


@pytest.mark.parametrize(
    ("body", "paragraphs"),
    [
        (_BODY, ["Sáng 2/9, hơn 3.000 người dân dự giải đua thuyền.",
                 "Đội xã Tân Hưng về nhất, đội Hưng Hà về nhì."]),
        ("<p>Sáng 2/9, hơn 3.000 người dân dự giải.</p><p>Đội Tân Hưng về nhất.</p>",
         ["Sáng 2/9, hơn 3.000 người dân dự giải.", "Đội Tân Hưng về nhất."]),
        ("\n\n  \n", []),
    ],
)  # fmt: skip
def test_declared_paragraphs(body: str, paragraphs: list[str]) -> None:
    assert declared_paragraphs(body) == paragraphs


def test_a_shell_is_read_from_its_declared_text_and_pictures() -> None:
    html = _SHELL.format(ld=_ld(articleBody=_BODY), shown="")
    article = extract_article(html, "https://x.vn/the-thao/dua-thuyen-8812")
    assert article["body"].split("\n\n")[0] == "Sáng 2/9, hơn 3.000 người dân dự giải đua thuyền."
    assert [i["url"] for i in article["images"]] == [
        "https://media.x.vn/1.jpg",
        "https://x.vn/2.jpg",
    ]


def test_text_the_page_shows_wins_over_the_declared_text() -> None:
    shown = (
        "<h1>Đua thuyền truyền thống trên sông Luộc</h1><p>"
        + "Đội xã Tân Hưng về nhất giải đua thuyền năm nay. " * 4
        + "</p>"
    )
    html = _SHELL.format(ld=_ld(articleBody=_BODY), shown=shown)
    article = extract_article(html, "https://x.vn/the-thao/dua-thuyen-8812")
    assert article["body"].startswith("Đội xã Tân Hưng về nhất")
    assert article["images"] == []


@pytest.mark.parametrize(
    "stamp",
    [
        # Drupal 7's node: RDFa's `content` on the submitted line's span.
        "<span property='dc:date dc:created' content='2016-12-08T16:20:43+07:00'"
        " datatype='xsd:dateTime'>Gửi bởi <span>bientap</span> vào Thứ năm, 08/12/2016 - 16:20"
        "</span>",
        # Drupal 9's: `schema:dateCreated` on a span of its own.
        "<span>Thứ năm, 08/12/2016 - 16:20</span><span property='schema:dateCreated'"
        " content='2016-12-08T09:20:43+00:00'></span>",
    ],
    ids=["drupal7", "drupal9"],
)
def test_an_rdfa_date_gives_the_shown_times_seconds(stamp: str) -> None:
    """On a page declaring RDFa's prefixes, as Drupal's `<html>` does."""
    html = (
        "<html version='XHTML+RDFa 1.0' xmlns:dc='http://purl.org/dc/terms/' prefix='dc:"
        " http://purl.org/dc/terms/ schema: http://schema.org/'><body><div class='node'><h1>Sinh"
        " viên Khoa CNTT đạt giải Nhì Hội thi Tin học</h1>"
        f"<div class='submitted'>{stamp}</div><div class='content'>{_TEXT * 3}</div></div>"
        "</body></html>"
    )
    assert extract_article(html, "https://x.edu.vn/tin/1")["published_at"] == (
        "2016-12-08T16:20:43+07:00"
    )


@pytest.mark.parametrize(
    "comment_type", ["sioc:Post sioct:Comment", "schema:Comment"], ids=["drupal7", "drupal9"]
)
def test_an_rdfa_date_in_a_readers_comment_is_not_the_articles(comment_type: str) -> None:
    """A comment's RDFa date comes after the article's shown line, which has no RDFa of its
    own: the shown line dates the article."""
    comment = (
        f"<div class='comment' typeof='{comment_type}'><p class='comment-time'><span"
        " property='dc:date dc:created' content='2024-10-27T09:14:21+07:00'>27/10/2024 - 09:14"
        "</span></p><p>Phú Mỹ đá cống hiến cả giải, chức vô địch hoàn toàn xứng đáng.</p></div>"
    )
    html = (
        "<html version='XHTML+RDFa 1.0' xmlns:dc='http://purl.org/dc/terms/'><body><div"
        " class='node'><h1>Sinh viên Khoa CNTT đạt giải Nhì Hội thi Tin học</h1><div"
        " class='submitted'><span>Thứ bảy, 26/10/2024 - 20:15</span></div><div"
        f" class='content'>{_TEXT * 3}</div></div><div id='comments'>{comment}</div>"
        "</body></html>"
    )
    article = extract_article(html, "https://x.edu.vn/tin/1")
    assert (article["published_at"], article["warnings"]) == ("2024-10-26T20:15:00+07:00", [])


def test_an_rdfa_date_is_looked_for_only_where_the_page_declares_rdfa() -> None:
    stamp = "<span property='dc:date' content='2016-12-08T16:20:43+07:00'>08/12/2016 - 16:20</span>"
    html = (
        "<html><body><div class='node'><h1>Sinh viên Khoa CNTT đạt giải Nhì Hội thi Tin học</h1>"
        f"<div class='submitted'>{stamp}</div><div class='content'>{_TEXT * 3}</div></div>"
        "</body></html>"
    )
    assert extract_article(html, "https://x.edu.vn/tin/1")["published_at"] == (
        "2016-12-08T16:20:00+07:00"
    )
