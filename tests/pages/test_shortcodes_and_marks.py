"""Code and marks inside the text that a reader does not read as words: WordPress shortcodes a
migration left unrendered, footnote numbers, anchors and back-links."""

from __future__ import annotations

import pytest

from newscrawl import extract_article
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.shortcodes import shortcode_caption, without_shortcodes

_TEXT = "<p>" + "Nội dung bài viết về lễ khánh thành trường mầm non của xã. " * 3 + "</p>"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('[caption id="attachment_1203" align="aligncenter" width="700"]', ""),
        ("[embed]https://www.youtube.com/watch?v=AbCdEf12345[/embed]", ""),
        ('[gallery ids="1205,1206,1207"]', ""),
        ("[vc_row][vc_column_text]Sáng 22/11, xã tổ chức lễ.", "Sáng 22/11, xã tổ chức lễ."),
        ("Theo quyết định [1], xã được 2 tỷ đồng.", "Theo quyết định [1], xã được 2 tỷ đồng."),
        ("[Video] Lễ khánh thành trường mầm non", "[Video] Lễ khánh thành trường mầm non"),
    ],
)  # fmt: skip
def test_shortcodes_are_no_text(text: str, kept: str) -> None:
    assert without_shortcodes(text) == kept


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Lãnh đạo huyện cắt băng khánh thành. Ảnh: Minh Tuấn[/caption]",
         "Lãnh đạo huyện cắt băng khánh thành. Ảnh: Minh Tuấn"),
        ("Lãnh đạo huyện cắt băng khánh thành.", None),
        ("[/caption]", None),
    ],
)  # fmt: skip
def test_a_caption_shortcode_closes_its_caption(text: str, caption: str | None) -> None:
    assert shortcode_caption(text) == caption


def test_an_unrendered_caption_shortcode_is_a_captioned_picture() -> None:
    figure = (
        '<p>[caption id="attachment_1" align="aligncenter" width="700"]'
        '<img src="/a.jpg" width="700" height="466"> Lễ cắt băng. Ảnh: Minh Tuấn[/caption]</p>'
    )
    html = f"<html><body><h1>Khánh thành trường</h1><div>{_TEXT}{figure}{_TEXT}</div></body></html>"
    page = ArticlePage(html, "https://x.vn/a")
    assert [i.caption for i in page.images()] == ["Lễ cắt băng. Ảnh: Minh Tuấn"]
    assert len(page.body(None)) == 2


@pytest.mark.parametrize(
    ("marked", "shown"),
    [
        # Hugo's and Python-Markdown's footnotes: the number goes with its `<sup>`.
        ('quốc gia<sup id="fnref:1"><a href="#fn:1" class="footnote-ref">1</a></sup>.',
         "quốc gia."),
        # Wikipedia's `[1]`.
        ('quốc gia<sup class="reference"><a href="#cite_note-1">[1]</a></sup>.', "quốc gia."),
        # Substack's: no `<sup>`, but a place named a footnote.
        ('quốc gia<a class="footnote-anchor" href="#footnote-1">1</a>.', "quốc gia."),
        # LibreOffice's export and Word's `Save as Web Page`, their anchors named so
        ('quốc gia<a class="sdfootnoteanc" href="#sdfootnote1sym"><sup>1</sup></a>.',
         "quốc gia."),
        ('quốc gia<a href="#_ftn1" name="_ftnref1"><span class="MsoFootnoteReference">[1]</span>'
         "</a>.", "quốc gia."),
        # A bare number linking to a place of the page, outside a `<sup>`, is left alone.
        ('quốc gia <a href="#muc-2">2</a>.', "quốc gia 2."),
    ],
)  # fmt: skip
def test_a_footnote_number_is_not_glued_to_the_word_before(marked: str, shown: str) -> None:
    text = f"<p>Toàn huyện có 46 di tích cấp tỉnh và cấp {marked}</p>"
    html = f"<html><body><h1>Di tích</h1><div>{_TEXT}{text}{_TEXT}</div></body></html>"
    body = ArticlePage(html, "https://x.vn/a").body(None)
    assert body[1] == f"Toàn huyện có 46 di tích cấp tỉnh và cấp {shown}"


@pytest.mark.parametrize(
    ("marked", "shown"),
    [
        ("tới 10<sup>6</sup> tế bào", "tới 10⁶ tế bào"),  # a number's power: `106` would be wrong
        # A unit's power and a formula's count, as papers type them in plain text; a number set
        # up after words (an author's affiliation, a copy count): as typed.
        ("rộng 360 m<sup>2</sup> đất", "rộng 360 m2 đất"),
        ("3.400m<sup>2</sup>, đất", "3.400m2, đất"),
        ("giảm phát thải CO<sub>2</sub> và", "giảm phát thải CO2 và"),
        ("Phạm Quốc Việt<sup>1</sup> và", "Phạm Quốc Việt1 và"),
        ("Lưu: VT, KT<sup>2</sup>.", "Lưu: VT, KT2."),
        ("10<sup>6a</sup>", "106a"),
    ],
)  # fmt: skip
def test_a_numbers_power_reads_as_shown(marked: str, shown: str) -> None:
    text = f"<p>Toàn xã có khu đất {marked}</p>"
    html = f"<html><body><h1>Khu đất</h1><div>{_TEXT}{text}{_TEXT}</div></body></html>"
    body = extract_article(html, "https://x.vn/a")["body"]  # (mended as the page is parsed)
    assert body.split("\n\n")[1] == f"Toàn xã có khu đất {shown}"


def test_anchors_and_back_links_are_no_text() -> None:
    heading = '<h2 id="den">Ngôi đền<a class="anchor" href="#den">#</a></h2>'
    back = '<a href="#fnref:1">&#x21a9;&#xfe0e;</a>'
    note = f'<ol><li id="fn:1"><p>Theo niên giám năm 2023.&#160;{back}</p></li></ol>'
    html = f"<html><body><h1>Di tích</h1><div>{_TEXT}{heading}{_TEXT}{note}</div></body></html>"
    body = ArticlePage(html, "https://x.vn/a").body(None)
    assert body[1] == "Ngôi đền"
    assert body[-1] == "Theo niên giám năm 2023."


@pytest.mark.parametrize(
    "note",
    [
        '<div class="footnote"><a class="footnote-number" href="#footnote-anchor-1">1</a>'
        '<div class="footnote-content"><p>Theo niên giám năm 2023.</p></div></div>',
        # LibreOffice's export: the number opening the footnote's paragraph
        '<div id="sdfootnote1"><p class="sdfootnote-western"><a class="sdfootnotesym" '
        'name="sdfootnote1sym" href="#sdfootnote1anc">1</a>Theo niên giám năm 2023.</p></div>',
    ],
)
def test_a_footnotes_own_number_linking_back_is_no_paragraph(note: str) -> None:
    """Substack closes the text with `<div class="footnote"><a class="footnote-number"
    href="#footnote-anchor-1">1</a><div class="footnote-content"><p>…</p></div></div>`."""
    html = f"<html><body><h1>Di tích</h1><div>{_TEXT}{_TEXT}{note}</div></body></html>"
    body = ArticlePage(html, "https://x.vn/a").body(None)
    assert body[-2:] == [_TEXT[3:-4].strip(), "Theo niên giám năm 2023."]


_QUOTED = "Trước đây, cầu sắt Trà Linh chỉ cho xe dưới 3,5 tấn qua lại trong nhiều năm."


@pytest.mark.parametrize(
    ("quotation", "paragraphs"),
    [
        # phpBB: the cite names the quoted, opening the quotation's box: a line of its own.
        (f"<blockquote><div><cite>Báo Thái Bình đã viết:</cite>{_QUOTED}</div></blockquote>",
         ["Báo Thái Bình đã viết:", _QUOTED]),
        (f"<blockquote><cite>Báo Thái Bình đã viết:</cite>{_QUOTED}</blockquote>",
         ["Báo Thái Bình đã viết:", _QUOTED]),
        # A title cited inside a sentence stays in it.
        (f"<blockquote><div>Như <cite>Báo Thái Bình</cite> viết: {_QUOTED}</div></blockquote>",
         [f"Như Báo Thái Bình viết: {_QUOTED}"]),
        (f"<p><cite>Truyện Kiều</cite> kể rằng: {_QUOTED}</p>",
         [f"Truyện Kiều kể rằng: {_QUOTED}"]),
        # vBulletin 3's quote box: its `Trích:` label names no one, the attribution line does.
        ("<div><div>Trích:</div><table><tr><td><div>Nguyên văn bởi <strong>Báo Thái Bình"
         f"</strong></div><div>{_QUOTED}</div></td></tr></table></div>",
         ["Nguyên văn bởi Báo Thái Bình", _QUOTED]),
    ],
    ids=["phpbb", "bare", "inside-a-sentence", "outside-a-quotation", "vbulletin3"],
)  # fmt: skip
def test_a_cite_opening_a_quotation_is_a_line_of_its_own(
    quotation: str, paragraphs: list[str]
) -> None:
    html = f"<html><body><h1>Cầu Trà Linh</h1><div>{_TEXT}{quotation}{_TEXT}</div></body></html>"
    body = ArticlePage(html, "https://x.vn/a").body(None)
    assert body[1:-1] == paragraphs
