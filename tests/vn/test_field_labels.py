"""A field's label beside its value, a headline's badge, a button's words, a reader's question
and its answer: one row per form seen."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newscrawl.vn.field_labels import (
    asks_a_question,
    closes_a_category_clause,
    labels_the_category,
    labels_the_source_alone,
    labels_the_standfirst,
    labels_the_title,
    names_a_badge,
    names_a_button_or_ad,
    opens_an_answer,
    without_words_into_the_date,
)
from tests.vn.tables import nfd

_ROWS: list[tuple[Callable[[str], bool], str, bool]] = [
    # an old CMS's table of labelled rows: `<td>Tiêu đề:</td><td><b>…</b></td>`
    (labels_the_title, "Tiêu đề:", True),
    (labels_the_title, "Tên bài :", True),
    (labels_the_title, "tieu de:", True),  # typed without its marks
    (labels_the_title, nfd("Tiêu đề bài viết:"), True),  # decomposed
    (labels_the_title, "Tiêu đề", False),  # no colon: a heading's word
    (labels_the_title, "Tiêu đề phụ:", False),
    # a standfirst's label in its box (the national portal template's)
    (labels_the_standfirst, "Tóm tắt", True),
    (labels_the_standfirst, "Sapo:", True),
    (labels_the_standfirst, "LTS:", True),  # an editor's note
    (labels_the_standfirst, "Lời toà soạn", True),  # either tone placement
    (labels_the_standfirst, nfd("Tóm lược"), True),  # decomposed
    (labels_the_standfirst, "Tóm tắt tình hình kinh tế tháng 11", False),  # a heading
    # the section's label before its link (`Chuyên mục: <a>…</a>`)
    (labels_the_category, "Chuyên mục", True),
    (labels_the_category, "Category", True),
    (labels_the_category, "THỂ LOẠI", True),
    (labels_the_category, nfd("Danh mục"), True),  # decomposed
    (labels_the_category, "Chuyên mục Xã hội", False),  # the section named
    (labels_the_category, "Tác giả", False),
    # a byline's clause naming the section (Serendipity's)
    (closes_a_category_clause, "Đăng bởi Thu Hà trong chuyên mục", True),
    (closes_a_category_clause, "Posted by admin in category", True),
    (closes_a_category_clause, nfd("thuộc danh mục"), True),  # decomposed
    (closes_a_category_clause, "Chuyên mục", False),  # a label: `labels_the_category`'s
    # a source's label with no colon, alone beside the linked outlet (tagDiv)
    (labels_the_source_alone, "Nguồn", True),
    (labels_the_source_alone, " NGUỒN TIN ", True),
    (labels_the_source_alone, "Via", True),
    (labels_the_source_alone, nfd("Nguồn"), True),  # decomposed
    (labels_the_source_alone, "Nguồn: TTXVN", False),  # with its colon and outlet
    (labels_the_source_alone, "Nguồn nước sạch", False),
    # a badge before the headline inside its heading
    (names_a_badge, "Trực tiếp", True),
    (names_a_badge, "VIDEO", True),
    (names_a_badge, "E-magazine", True),
    (names_a_badge, nfd("Độc quyền"), True),  # decomposed
    (names_a_badge, "Trực tiếp lễ khai mạc Festival Lúa gạo", False),  # a headline
    # a picture's words naming a button or an advertisement
    (names_a_button_or_ad, "In bài viết", True),
    (names_a_button_or_ad, "Gửi email", True),
    (names_a_button_or_ad, "Quảng cáo", True),
    (names_a_button_or_ad, nfd("Chia sẻ"), True),  # decomposed
    (names_a_button_or_ad, "Lễ hội đền Trần", False),  # a photo's alt
    # a reader's question heading a Q&A column
    (asks_a_question, "Hỏi: Thủ tục đăng ký khai sinh cho con như thế nào?", True),
    (asks_a_question, "Câu hỏi: Mức hưởng trợ cấp thất nghiệp ra sao?", True),
    (
        asks_a_question,
        "Bạn đọc Phạm Thị Hạnh (xã Đông Hợp) hỏi: Gia đình tôi có được hỗ trợ không?",
        True,
    ),
    (asks_a_question, "Hỏi: Tôi cần làm gì? (Nguyễn Thị Hoa, xã Hùng An)", True),  # signed
    (asks_a_question, nfd("Hỏi: Mức đóng là bao nhiêu?"), True),  # decomposed
    (asks_a_question, "Hỏi: Mức đóng bảo hiểm năm 2025.", False),  # no question
    (asks_a_question, "Vì sao giá lúa giảm?", False),  # an interview's question
    # the answer under it
    (opens_an_answer, "Trả lời: Theo quy định tại Điều 16 …", True),
    (opens_an_answer, "Đáp: Về vấn đề này …", True),
    (opens_an_answer, "Luật sư Nguyễn Văn Hùng trả lời: Theo Luật Hôn nhân …", True),
    (opens_an_answer, nfd("Trả lời: Về vấn đề này"), True),  # decomposed
    (opens_an_answer, "Về vấn đề này, Sở Tư pháp cho biết …", False),
]


@pytest.mark.parametrize(("ask", "text", "expected"), _ROWS)
def test_field_labels(ask: Callable[[str], bool], text: str, expected: bool) -> None:
    assert ask(text) is expected


@pytest.mark.parametrize(
    ("credit", "cut"),
    [
        ("Người viết: Thu Thảo lúc", "Người viết: Thu Thảo"),  # `… lúc <time>…</time>`
        ("Tác giả: Minh Anh vào ngày", "Tác giả: Minh Anh"),
        ("Posted by Hoa on", "Posted by Hoa"),
        (nfd("Người viết: Thu Thảo lúc"), "Người viết: Thu Thảo"),  # decomposed, composed
        ("Tác giả: Minh Anh", "Tác giả: Minh Anh"),
        ("Nguyễn Văn Lúc", "Nguyễn Văn Lúc"),  # (a name's word, no space before the end)
    ],
)
def test_without_words_into_the_date(credit: str, cut: str) -> None:
    assert without_words_into_the_date(credit) == cut
