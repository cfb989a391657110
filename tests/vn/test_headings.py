"""Lines that head a box of links or tags, not the article's text: one row per form seen."""

from __future__ import annotations

import unicodedata

import pytest

from newscrawl.vn.headings import (
    heading_kind,
    is_box_line,
    is_quote_label,
    is_way_back,
    labels_a_box,
    reads_as_more,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tin liên quan", "related"),
        ("TIN CÙNG CHUYÊN MỤC", "related"),
        ("Tin cùng chủ đề:", "related"),  # was missing from the content reader's own list
        ("Cùng chuyên mục", "related"),
        ("Các bài viết khác", "related"),
        ("Các tin đã đưa", "related"),
        # NukeViet's lists of the section's articles published after and before this one.
        ("Những tin mới hơn", "related"),
        ("Những tin cũ hơn", "related"),
        ("Tin mới hơn", "related"),  # the same neighbours, as other CMSs head them
        ("Các tin cũ hơn", "related"),
        ("Bài viết cũ hơn", "related"),
        # "tin, bài": news and articles, as provincial papers head their lists
        ("Tin, bài khác", "related"),
        ("Các tin, bài viết khác", "related"),
        ("Tin, bài liên quan", "related"),
        ("Tin, bài cùng chuyên mục", "related"),
        ("Các tin bài khác", "related"),
        ("Tin cùng loại", "related"),
        # a portal's notices and documents, a programme's episodes, an author's other pieces
        ("Thông báo khác", "related"),
        ("Các văn bản khác", "related"),
        ("Các tập khác", "related"),
        ("Các số khác", "related"),  # a programme's other issues (`Nông nghiệp - Nông thôn số 45`)
        ("Các kỳ khác", "related"),  # a series' other parts
        ("Phóng sự ảnh khác", "related"),  # a photo story's others
        ("Tài sản liên quan:", "related"),  # Liferay's "Related Assets", translated
        ("Tài nguyên liên quan:", "related"),  # ... as Liferay 6.2's pack words it
        ("Các phóng sự khác", "related"),
        ("Podcast khác", None),  # a broadcaster's programme list (the `podcast` page)
        ("Cùng tác giả", "related"),
        # a series' box: its name linked after the label, its parts listed under it
        ("Loạt bài:", "related"),
        ("Loạt bài: Ký ức những bến đò sông Hồng", "related"),  # its name, unlinked, after it
        ("Loạt bài này đã nhận giải Báo chí tỉnh năm 2024.", None),
        ("Các bài trong loạt", "related"),
        ("Loạt bài khác", "related"),
        # a forum's similar threads, a blog's similar posts
        ("Chủ đề tương tự", "related"),
        ("Bài viết tương tự", "related"),
        ("Chủ đề:", "tags"),
        ("Bài viết cùng tác giả", "related"),
        ("Bài báo cùng số", "related"),  # a journal's issue
        ("Bài cùng số báo", "related"),  # an e-paper's issue
        ("Các bản tin khác", "related"),  # a broadcaster's bulletins
        ("Related posts / Bài viết liên quan", "related"),  # a bilingual site's
        ("Bài review liên quan", "related"),  # a travel site's reviews, in the loan word
        ("More from Lê Minh Đức", "related"),  # the author's other posts (Medium)
        ("More from Lê Hoàng Phương Thảo and Tạp chí Sinh viên Phố Hiến", "related"),
        ("Các bài viết khác của tác giả", "related"),
        ("Tin vắn khác", "related"),  # a section of briefs' other briefs
        ("Các tin vắn liên quan", "related"),
        ("Các câu hỏi khác", "related"),  # a legal Q&A column's other questions
        ("Bài đăng liên quan", "related"),  # Wix's blog in Vietnamese (a post is `bài đăng`)
        ("Các tin ảnh khác:", "related"),  # a legacy site's photo news (`tin ảnh`)
        ("Câu hỏi liên quan", "related"),
        ("Tin vắn", None),  # a sidebar's box of the latest briefs, as `Video` is
        ("Cùng chuyên mục Chuyện hôm nay", "related"),  # the section named (Ghost's Casper)
        ("Tin cùng chuyên mục Kinh tế", "related"),
        ("Bài viết khác trong chuyên mục Văn hóa", "related"),
        ("Chuyên mục Chuyện hôm nay", None),  # a section's own heading, no list of this one's
        ("More", None),
        ("Các bài review khác", "related"),
        ("Từ khóa / Tags:", "tags"),
        ("Tác giả", None),
        ("Tin mới", None),  # the site's latest news, any section
        ("Từ khóa", "tags"),
        ("Từ khoá:", "tags"),
        ("Từ khóa của chủ đề", "tags"),  # vBulletin's `Tags for this Thread`, in Vietnamese
        ("Từ khóa của chủ đề này", "tags"),
        ("Thẻ", "tags"),
        ("Keywords", "tags"),
        # Plone's: its related items and the keywords a page is filed under
        ("Nội dung liên quan", "related"),
        ("Được lưu trong:", "tags"),
        ("Lưu dưới:", "tags"),  # (Plone 4 and 6 packs: `Filed under:`)
        ("Filed under:", "tags"),
        # an element's own text as the source indents it
        ("\n        Tin\n                                        liên quan\n    ", "related"),
        ("Tin\n" + " " * 60 + "cùng\n" + " " * 60 + "chuyên mục", "related"),
        ("Video khác", "related"),  # a broadcaster's video page
        ("Các video liên quan", "related"),
        ("Video", None),  # a sidebar's box of videos, not this article's related list
        # a multimedia page's list of its kind's other stories
        ("Các tin đã đăng:", "related"),  # a FrontPage site's earlier posts, as `đã đưa`
        ("Có liên quan", "related"),  # Jetpack's Related Posts, translated
        ("Liên quan", "related"),  # Jetpack's block heading, as a theme translates it
        ("E-magazine khác", "related"),
        ("Emagazine liên quan", "related"),
        ("Infographic khác", "related"),
        ("Longform khác", "related"),
        ("Infographic", None),  # a sidebar's box, as `Video` is
        ("Tin liên quan đến dự án cầu Hiệp", None),
        ("Chủ đề năm nay", None),
        # A portal's English edition.
        ("Related news", "related"),
        ("RELATED ARTICLES", "related"),
        ("Other news:", "related"),
        ("Sự kiện khác", None),  # a department's coming events (the `event-notice` page)
        ("Other events", None),  # ... in an English edition
        ("Other articles", "related"),
        ("Latest news", None),
        ("Most read", None),
        ("Related", "related"),  # Jetpack's bare label, as its Vietnamese "Liên quan" is
        # Pasted into the text, behind an editor's marks.
        (">> Tin liên quan:", "related"),
        ("» Các tin khác", "related"),
        # Templates of the 2000s, without diacritics.
        ("Tin lien quan", "related"),
        ("Cac tin khac", "related"),
        ("Tu khoa:", "tags"),
        ("The", None),  # `thẻ` unaccented is an English word
        # A note in brackets after the words: how the list was chosen (K2), or its count.
        ("Bài viết liên quan (theo từ khóa)", "related"),
        ("Tin liên quan (5)", "related"),
        ("Từ khóa (3)", "tags"),
        ("Tin liên quan đến dự án cầu Hiệp (ảnh)", None),
    ],
)
def test_heading_kind(text: str, kind: str | None) -> None:
    assert heading_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "boxed"),
    [
        ("Tin cùng chủ đề", True),
        ("Thẻ: nông nghiệp, Thái Bình", True),
        ("Chủ đề: chuyển đổi số", True),
        ("Keywords: Hưng Yên", True),
        ("Xem thêm:", True),
        ("Đọc thêm", True),
        ("Xem thêm nhiều hình ảnh tại lễ hội năm nay.", False),
        ("Tin khác thường xuất hiện ở cuối bài.", False),
        # the heading of readers' comments, however few there are
        ("0 Comments", True),
        ("Submit a Comment", True),
        ("Bình luận (0)", True),
        ("Ý kiến bạn đọc", True),
        ("Ý kiến đóng góp của bạn đọc:", True),  # a FrontPage site's form
        ("Ý kiến", False),  # an intertitle as well
        # the heading of one of the site's own lists
        ("BÀI VIẾT MỚI", True),
        ("Đọc nhiều", True),
        ("Bạn có thể quan tâm", True),
        ("Bài viết mới nhất về chuyển đổi số sẽ được đăng vào tuần sau.", False),
        ("Ý kiến của các đại biểu đều thống nhất với phương án.", False),
    ],
)
def test_is_box_line(text: str, boxed: bool) -> None:
    assert is_box_line(text) is boxed


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Nội dung chính:", True),  # over a podcast's transcript
        ("Nội dung bản tin", True),  # over a bulletin's transcript, no colon
        ("Tóm tắt:", True),
        (unicodedata.normalize("NFD", "Nội dung bản tin"), True),  # decomposed (DNN)
        ("Nội dung chương trình hội nghị gồm ba phần chính", False),  # a sentence of the text
        ("Nhiều chỉ tiêu về đích sớm", False),  # an intertitle
    ],
)
def test_labels_a_box(text: str, label: bool) -> None:
    assert labels_a_box(text) is label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Trích:", True),
        ("Quote:", True),
        ("Trích dẫn:", True),
        (unicodedata.normalize("NFD", "Trích dẫn:"), True),  # decomposed (DNN)
        ("Trích lời Bác:", False),
    ],
)
def test_is_quote_label(text: str, label: bool) -> None:
    assert is_quote_label(text) is label


@pytest.mark.parametrize(
    ("text", "more"),
    [
        ("Xem thêm »", True),
        ("Hiển thị tất cả tin tức", True),
        (unicodedata.normalize("NFD", "Tất cả"), True),  # decomposed, as DNN portals send it
        ("Xem mây từ khóa", True),  # vBulletin 4's tag cloud, in its Vietnamese pack
        ("Tất cả học sinh đều được hỗ trợ", False),
        ("Thái Bình khởi công cầu", False),
    ],
)
def test_a_link_to_the_whole_list_reads_as_more(text: str, more: bool) -> None:
    assert reads_as_more(text) is more


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("[Trở về] [Trang chủ]", True),  # a legacy page's buttons under the text
        ("« Quay lại", True),
        ("In trang này | Trở về | Đầu trang", True),
        (unicodedata.normalize("NFD", "[Trở về]"), True),  # decomposed (DNN)
        ("Liên kết cố định", True),  # Movable Type's permalink under the headline
        ("Trở về quê hương sau mười năm", False),  # a line of the text
    ],
)
def test_is_way_back(text: str, back: bool) -> None:
    assert is_way_back(text) is back
