"""Authors from two layers: the visible byline wins, the structured metadata stands in when
there is none, and a disagreement between them is recorded (`authors_conflict`)."""

from __future__ import annotations

import json

import pytest

from newscrawl import extract_article

URL = "https://news.example.org/xa-hoi/le-hoi-cau-ngu-12345.html"
_TEXT = (
    "Lễ hội Cầu Ngư năm nay thu hút hàng nghìn người dân và du khách về dự. "
    "Ban tổ chức cho biết các nghi lễ truyền thống được giữ gìn nguyên vẹn qua nhiều thế hệ."
)


def _page(ld_authors: list[str], byline: str | None) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Lễ hội Cầu Ngư ở làng biển",
        "author": [{"@type": "Person", "name": name} for name in ld_authors],
    }
    signed = f"<p><strong>{byline}</strong></p>" if byline else ""
    return (
        "<html><head><script type='application/ld+json'>"
        + json.dumps(ld, ensure_ascii=False)
        + "</script></head><body><article><h1>Lễ hội Cầu Ngư ở làng biển</h1>"
        + f"<p>{_TEXT}</p><p>{_TEXT}</p>{signed}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("ld_authors", "byline", "authors", "conflict"),
    [
        (["Nguyễn Văn An"], "Trần Thị Bình", ["Trần Thị Bình"], True),
        (["Trần Thị Bình"], "Trần Thị Bình", ["Trần Thị Bình"], False),
        (["Trần Thị Bình"], "Trần Thị Bình - Lê Hoà", ["Trần Thị Bình", "Lê Hoà"], False),
        (["TRẦN THỊ BÌNH"], "Trần Thị Bình", ["Trần Thị Bình"], False),  # case is no difference
        (["Tran Thi Binh"], "Trần Thị Bình", ["Trần Thị Bình"], True),  # spelled otherwise
        (["admin"], "Trần Thị Bình", ["Trần Thị Bình"], False),  # a CMS account is no one
        (["Nguyễn Văn An"], None, ["Nguyễn Văn An"], False),
        ([], "Trần Thị Bình", ["Trần Thị Bình"], False),
        (["Nguyễn Văn An"], "Theo TTXVN", [], False),  # a source only: a wire story reposted
        # A signature without the family name (and middle name) is the same person...
        (["Phạm Thanh Hương"], "Thanh Hương", ["Thanh Hương"], False),
        (["Phạm Thị Thanh Hương"], "Thanh Hương", ["Thanh Hương"], False),
        # ... and so is the short form in the metadata (an account named as its owner signs)
        (["Thanh Hương"], "Phạm Thanh Hương", ["Phạm Thanh Hương"], False),
        (["Vàng Mỷ"], "Vàng Thị Mỷ", ["Vàng Thị Mỷ"], False),
        # ... but another family name, or another middle name, is another person.
        (["Phạm Thanh Hương"], "Lê Thanh Hương", ["Lê Thanh Hương"], True),
        (["Phạm Thanh Hương"], "Minh Hương", ["Minh Hương"], True),
        # A byline crediting only the pictures leaves the text's writer to the metadata.
        (["Vũ Thanh Tâm"], "Ảnh: Trần Khải", ["Vũ Thanh Tâm", "Trần Khải"], False),
        (["Trần Khải"], "Ảnh: Trần Khải", ["Trần Khải"], False),
        (["Vũ Thanh Tâm"], "Bài, ảnh: Trần Khải", ["Trần Khải"], True),
        (["admin"], "Ảnh: Trần Khải", ["Trần Khải"], False),
        # ... so does one naming only the editor, who is no author.
        (["Quang Huy", "Minh Tuấn"], "Biên tập: Thu Hà", ["Quang Huy", "Minh Tuấn"], False),
        (["Thu Hà"], "Biên tập: Thu Hà", [], False),
    ],
)
def test_the_byline_wins_and_a_disagreement_is_recorded(
    ld_authors: list[str], byline: str | None, authors: list[str], conflict: bool
) -> None:
    article = extract_article(_page(ld_authors, byline), URL)
    assert article["authors"] == authors
    assert ("authors_conflict" in article["warnings"]) is conflict


@pytest.mark.parametrize(
    ("feed", "conflict"),
    [
        ("Mực Tàu Giấy Đỏ - Atom", False),  # Blogger's feeds, named after the blog
        ("Mực Tàu Giấy Đỏ &raquo; Dòng thông tin", False),  # WordPress's, in Vietnamese
        ("Mực Tàu Giấy Đỏ &raquo; Feed", False),
        ("Bình luận - Atom", True),  # a feed of another name: the author is someone
    ],
)
def test_metadata_naming_the_blog_by_its_feeds_name_names_no_author(
    feed: str, conflict: bool
) -> None:
    """Blogger's JSON-LD calls its posting profile the author, named as the blog is; the
    `<title>` gives the post's headline alone, and the feed links the blog's name."""
    link = f"<link rel='alternate' type='application/atom+xml' title='{feed}' href='/feeds'>"
    html = _page(["Mực Tàu Giấy Đỏ"], "Lê Quang Tùng").replace("<head>", f"<head>{link}")
    article = extract_article(html, URL)
    assert article["authors"] == ["Lê Quang Tùng"]
    assert ("authors_conflict" in article["warnings"]) is conflict


def test_a_journals_citation_authors_stand_in_for_a_byline() -> None:
    """Highwire Press tags (Open Journal Systems, every journal Google Scholar reads): one
    `citation_author` a person, in the paper's order, over the site's own `author`."""
    head = (
        "<meta name='author' content='Tạp chí Khoa học Trường Đại học Thái Bình'>"
        "<meta name='citation_author' content='Trần Văn Minh'>"
        "<meta name='citation_author_institution' content='Trường Đại học Thái Bình'>"
        "<meta name='citation_author' content='Lê Thị Hoa'>"
    )
    html = (
        f"<html><head>{head}</head><body><article><h1>Ảnh hưởng của xâm nhập mặn</h1>"
        f"<div><p>{_TEXT}</p><p>{_TEXT}</p></div></article></body></html>"
    )
    article = extract_article(html.encode(), URL)
    assert article["authors"] == ["Trần Văn Minh", "Lê Thị Hoa"]
    assert article["byline_raw"] is None


def test_a_header_author_box_over_the_writers_post_credits_the_name_on_the_labels_line() -> None:
    """A translated op-ed: `Tác giả:` and the writer's name on one line of the author box, the
    writer's post on the next (after a `<br>`), and the translator signing the text."""
    text = "<p>" + "Nhật Bản cần chuyển hướng ODA sang giúp các cộng đồng ven biển. " * 4 + "</p>"
    html = (
        "<html><body><h1>ODA của Nhật Bản và đồng bằng sông Hồng</h1><div class='author'>"
        "<img src='/avatar.jpg' width='80' height='80'><div><span>Tác giả:</span> <strong>GS."
        " Kenji Watanabe</strong><br><span>Khoa Kỹ thuật đô thị, Đại học Kyoto (Nhật Bản)</span>"
        f"</div></div><div class='content'>{text * 3}<p style='text-align:right'><strong>Bảo"
        " Ngọc (dịch)</strong></p></div></body></html>"
    )
    article = extract_article(html.encode(), "https://baoquocte.example.vn/oda-nhat-ban-291.html")
    assert article["authors"] == ["Kenji Watanabe", "Bảo Ngọc"]


@pytest.mark.parametrize(
    ("shown", "authors"),
    [
        ("Ngọc Anh, Đỗ Trung", ["Ngọc Anh", "Đỗ Trung"]),  # the metadata's and a co-author
        ("Ngọc Anh", ["Ngọc Anh"]),
        ("Lê Thị Hoa, Đỗ Trung", ["Ngọc Anh"]),  # naming others: the metadata's stands
    ],
    ids=["co-author", "the-same", "others"],
)
def test_a_header_author_box_naming_the_metadatas_author_and_more_credits_them_all(
    shown: str, authors: list[str]
) -> None:
    """Ghost's JSON-LD names the post's primary author alone; its byline box names them all."""
    ld = {"@context": "https://schema.org", "@type": "Article",
          "author": {"@type": "Person", "name": "Ngọc Anh"}}  # fmt: skip
    names = ", ".join(
        f"<a href='/author/{i}/'>{name}</a>" for i, name in enumerate(shown.split(", "))
    )
    html = (
        "<html><head><script type='application/ld+json'>"
        + json.dumps(ld, ensure_ascii=False)
        + "</script></head><body><article><header><h1>Nhãn lồng Hưng Yên vào vụ</h1>"
        + f"<div class='article-byline'><h4 class='author-name'>{names}</h4>"
        + "<time datetime='2024-07-22'>22 thg 7, 2024</time></div></header>"
        + f"<section class='gh-content'><p>{_TEXT}</p><p>{_TEXT}</p></section></article>"
        + "</body></html>"
    )
    assert (
        extract_article(html.encode(), "https://nongsan.example.vn/nhan-long/")["authors"]
        == authors
    )


def test_a_drupal_fields_colon_less_author_label_in_the_article_over_its_text() -> None:
    """Drupal 9: the page title in a block of its own, the node's fields in its `<article>`
    below, the author's label without its colon (the theme's style sheet adds it)."""
    html = (
        "<html><body><div class='region'><div class='block-page-title'><h1><span>Kỳ 2: Hiểm họa "
        "từ thói quen sạc xe điện qua đêm</span></h1></div><div class='block-content'><article "
        "role='article'><div class='node__meta'><div class='field field--name-field-tac-gia'>"
        "<div class='field__label'>Tác giả</div><div class='field__item'>Trung tá, ThS. Phạm Văn"
        " Hòa</div></div><div class='field field--name-created'><div class='field__label'>Ngày "
        "đăng</div><div class='field__item'><time datetime='2024-09-28T02:30:00Z'>28/09/2024 - "
        f"09:30</time></div></div></div><div class='node__content'><div class='field--name-body'>"
        f"<p>{_TEXT}</p><p>{_TEXT}</p></div></div></article></div></div></body></html>"
    )
    assert extract_article(html, URL)["authors"] == ["Phạm Văn Hòa"]
