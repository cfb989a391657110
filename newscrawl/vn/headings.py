"""The words that head a box of links or tags on a Vietnamese news page ("Tin liên quan",
"Từ khóa:") or readers' comments ("Bình luận (8)"), and the labels a template prints over its
text box ("Nội dung chính:") or a quotation ("Trích:"): one vocabulary for the generic reader,
which finds such boxes to leave out of the article, and for the content reader, which drops
such a line met inside the article's text."""

from __future__ import annotations

import re

from newscrawl.vn.text import clean_text, fold, without_marks

# Folded (vn.fold) headings of related-article lists: the usual "tin/bài ... liên quan" family
# in all its combinations, and the shorter forms portals use alone.
_RELATED_SUBJECTS = ("tin", "bài", "bài viết", "các tin", "các bài", "các bài viết", "tin bài",
                     "tin tức", "video", "các video", "clip", "nội dung", "các tin bài",
                     "tin, bài", "tin, bài viết", "các tin, bài", "các tin, bài viết",
                     "thông báo", "các thông báo", "văn bản", "các văn bản", "tập", "các tập",
                     "bài báo", "các bài báo", "phóng sự", "các phóng sự", "phóng sự ảnh",
                     "các phóng sự ảnh", "tài sản", "tài nguyên", "chủ đề",
                     "các chủ đề", "số", "các số", "kỳ", "các kỳ", "bản tin", "các bản tin",
                     "e-magazine", "review", "bài review", "các bài review",
                     "emagazine", "infographic", "longform", "megastory",
                     "multimedia", "tin vắn", "các tin vắn", "câu hỏi", "các câu hỏi",
                     "bài đăng", "các bài đăng", "tin ảnh", "các tin ảnh")  # fmt: skip
# (`tài sản`, `tài nguyên`: Liferay's Vietnamese packs translate its "Related Assets",
# `Tài sản liên quan:`, `Tài nguyên liên quan:`;
# `chủ đề`: a forum's threads, `Chủ đề tương tự`; `số`, `kỳ`: a programme's issues, a series'
# parts, `Các số khác`, `Các kỳ khác`; a multimedia page's kind: `E-magazine khác`, but
# not `Podcast khác`, a broadcaster's list of its programmes; a travel or shopping site's
# reviews in the loan word, `Bài review liên quan`; a section of briefs', `Tin vắn khác`; a
# Q&A column's, `Các câu hỏi khác`; a blog's posts, `Bài đăng liên quan` (Wix); a legacy site's
# photo news, `Các tin ảnh khác`.)
# (The section's articles after and before this one: `Tin mới hơn`, `Các tin cũ hơn`.)
_RELATED_KINDS = ("liên quan", "cùng chuyên mục", "cùng chủ đề", "khác", "đã đưa", "đã đăng",
                  "mới hơn", "cũ hơn", "cùng loại", "cùng tác giả", "cùng số", "cùng số báo",
                  "tương tự")  # fmt: skip
# A portal's English edition: "Related news", "Other news"; Jetpack's bare "Related".
_ENGLISH_RELATED = frozenset(
    {"related", "related news", "related articles", "related posts", "related stories"}
    | {"other news"}
    | {"more news", "more stories", "other articles", "other stories"}
)
# NukeViet's news module lists the section's articles published after and before this one.
_NEIGHBOURS = ("những tin mới hơn", "những tin cũ hơn")
_ACCENTED_RELATED = frozenset(
    {f"{subject} {kind}" for subject in _RELATED_SUBJECTS for kind in _RELATED_KINDS}
    | {"cùng chuyên mục", "cùng tác giả", *_NEIGHBOURS}
    | {"có liên quan", "liên quan"}  # (Jetpack's Related Posts in its Vietnamese pack)
    | {"loạt bài", "các bài trong loạt", "loạt bài khác"}  # a series' parts
)
# (Plone files a page's keywords "under" them: `Được lưu trong:` or `Lưu dưới:`, in English
# `Filed under:`.)
_ACCENTED_TAGS = frozenset(
    {"từ khóa", "từ khoá", "thẻ", "chủ đề", "được lưu trong", "lưu dưới"}
    # (vBulletin's `Tags for this Thread`, in both tone placements: keys are matched folded)
    | {f"{tags} của chủ đề{this}" for tags in ("từ khóa", "từ khoá") for this in ("", " này")}
)
# Each heading also as templates of the 2000s print it, without diacritics (`Tin lien quan`).
RELATED_HEADINGS = frozenset(
    _ACCENTED_RELATED | {without_marks(h) for h in _ACCENTED_RELATED} | _ENGLISH_RELATED
)
TAG_LABELS = frozenset(  # (not `the`: unaccented `thẻ` is an English word)
    _ACCENTED_TAGS
    | {"tu khoa", "chu de", "duoc luu trong", "luu duoi"}
    | {"tags", "tag", "keywords", "filed under"}
)
# Every heading starts with one of these letters and has a few words: a cheap test before
# folding a line to look it up. Words, not characters: the source's indentation and decomposed
# text make a heading longer, not wordier. Two more than the longest, for a colon standing apart
# ("Từ khóa :") or a token of invisible characters that cleaning drops.
_FIRST_LETTERS = frozenset(heading[0] for heading in RELATED_HEADINGS | TAG_LABELS)
_MAX_WORDS = 2 + max(len(heading.split()) for heading in RELATED_HEADINGS | TAG_LABELS)
# A heading naming the author or the section after its label (`More from Lê Hoàng Phương Thảo
# and Tạp chí Sinh viên Phố Hiến`, Medium's).
_MAX_NAMED_WORDS = 16
# The first words `_BY_THE_AUTHOR` and `_IN_THE_SECTION` open with: a new opening there goes here
# too. (Folded; as templates of the 2000s print them, without diacritics, too.)
_NAMED_OPENINGS = frozenset({"more", "các", "tin", "bài", "cùng", "trong", "cac", "bai", "cung"})
# A series' label and its name, unlinked (`Loạt bài: Ký ức những bến đò sông Hồng`), over the
# list of its parts; its name may be long (`loat` too: without diacritics). Told by its first
# letters before it is folded.
_SERIES_OPENINGS = frozenset({"Loạt", "LOẠT", "Loat", "LOAT"})
_SERIES_LABEL = re.compile(r"(?:loạt bài|loat bai)\s*:\s*\S.{0,118}$", re.DOTALL)
# The author's other posts, named after the label (Medium's `More from Lê Minh Đức`).
_BY_THE_AUTHOR = re.compile(r"(?:more from|(?:các )?(?:bài viết|tin bài|bài) khác của) \S")
# The section's other articles, the section named after the label (`Cùng chuyên mục Chuyện hôm
# nay`, `Bài viết khác trong chuyên mục Văn hóa`).
_IN_THE_SECTION = re.compile(
    r"(?:(?:các )?(?:tin|bài|bài viết|tin bài)(?: khác)? )?(?:cùng|trong) chuyên mục \S"
)
# What editors set before a heading pasted into the text: `>> Tin liên quan:`, `» Xem thêm:`.
_LEADING_MARKS = " \t\n>»›•·-+*"
# A line inside the text that starts a tag list or a "see also" box ("Từ khóa: a, b").
_BOX_LINE = re.compile(
    r"^(?:(?:xem thêm|đọc thêm)\s*(?::|$)|(?:" + "|".join(sorted(TAG_LABELS)) + r")\s*:)", re.I
)


def heading_kind(text: str) -> str | None:
    """ "related" or "tags" for a heading of such a box, else None; a bilingual site's heading
    in both languages (`Related posts / Bài viết liên quan`) too."""
    kind = _kind(text)
    if kind is None and " / " in text:
        kind = next(filter(None, map(_kind, text.split(" / "))), None)
    return kind


def _kind(text: str) -> str | None:
    stripped = text.lstrip(_LEADING_MARKS)
    if stripped[:4] in _SERIES_OPENINGS and _SERIES_LABEL.match(fold(stripped)):
        return "related"
    words = len(text.split(None, _MAX_NAMED_WORDS))
    if stripped[:1].lower() not in _FIRST_LETTERS or words > _MAX_NAMED_WORDS:
        return None
    if words > _MAX_WORDS and fold(stripped.split(None, 1)[0]) not in _NAMED_OPENINGS:
        return None  # (most long lines: no heading's first word, told before folding)
    key = fold(stripped).rstrip(" :")
    if _BY_THE_AUTHOR.match(key) or _IN_THE_SECTION.match(key):
        return "related"  # (the names after the label may be long)
    key = _BRACKETED_NOTE.sub("", key)  # (K2's `Bài viết liên quan (theo từ khóa)`)
    if len(key.split()) > _MAX_WORDS:
        return None
    if key in RELATED_HEADINGS:
        return "related"
    return "tags" if key in TAG_LABELS else None


# A note in brackets after a heading's words: how the list was chosen, or its count.
_BRACKETED_NOTE = re.compile(r"\s*\([^()]*\)$")


# Readers' comments: `Bình luận (8)`, `8 bình luận`, `Ý kiến bạn đọc`, `Gửi ý kiến của bạn`
# (folded, with or without diacritics).
_COMMENTS_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:gửi |viết |gui |viet )?(?:bình luận|ý kiến|binh luan|y kien)"
    r"(?: đóng góp| dong gop)?"
    r"(?: (?:của )?(?:bạn đọc|bạn)| (?:cua )?(?:ban doc|ban))?(?:\s*\(\d+\))?$"
    r"|^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$|^(?:leave|submit|post) a (?:comment|reply)$"
)
_MAX_COMMENTS_HEADING_WORDS = 7  # (`Ý kiến đóng góp của bạn đọc`)
_MAX_COMMENTS_HEADING_CHARS = 60  # raw: indentation and decomposed letters count
# A cheap look before folding (most lines of a page are asked): what such a heading starts
# with (`Bình`, `Ý`, `Gửi`, `Viết`, `8`, `Comments`, `Leave`, `Submit`, `Post`) and a word it
# holds, composed, decomposed or without diacritics.
_COMMENTS_FIRST = frozenset("bBýÝyYgGvVcCLlSsPp0123456789")
_COMMENTS_WORDS = (
    "luận",
    "kiến",
    "luan",
    "kien",
    "lua\u0323\u0302n",
    "kie\u0302\u0301n",
    "comment",
    "reply",
)


def is_comments_heading(text: str) -> bool:
    """Does the line head readers' comments (`Bình luận (8)`, `Ý kiến bạn đọc`)?"""
    if len(text) > _MAX_COMMENTS_HEADING_CHARS:
        return False
    stripped = text.lstrip(_LEADING_MARKS)
    if stripped[:1] not in _COMMENTS_FIRST:
        return False
    lowered = stripped.lower()
    if not any(word in lowered for word in _COMMENTS_WORDS):
        return False
    if len(text.split(None, _MAX_COMMENTS_HEADING_WORDS)) > _MAX_COMMENTS_HEADING_WORDS:
        return False
    return _COMMENTS_HEADING.match(fold(stripped).rstrip(" :")) is not None


# A legacy page's way back and tools, alone on their line: `[Trở về] [Trang chủ]`, `« Quay
# lại`, `In trang này | Trở về | Đầu trang`; a blog's link to the post itself (Movable Type's
# `Liên kết cố định`).
_WAY_BACK = re.compile(
    r"(?:[\[«‹<(|·]* ?(?:trở về|trở lại|quay lại danh sách|quay lại|quay về|về trang chủ"
    r"|trang chủ|về đầu trang|lên đầu trang|đầu trang|back|in trang này|in trang|in bài viết"
    r"|in bài|bản in|gửi email"
    r"|gửi cho bạn bè|lưu bài viết|lưu bài|print|email|top|liên kết cố định|đường dẫn cố định"
    r"|permalink)[ \]»›>)|·]*)+",
    re.I,
)


def is_way_back(text: str) -> bool:
    """Is the line only links back or the page's tools (`[Trở về] [Trang chủ]`, `In trang này
    | Trở về | Đầu trang`), no words of the text?"""
    return _WAY_BACK.fullmatch(clean_text(text)) is not None


def is_box_line(text: str) -> bool:
    """A line of the article's text that belongs to a box of links or tags instead, or heads
    readers' comments (`0 Comments` over a theme's empty list: no words of the article; a bare
    `Ý kiến` may be an intertitle, `Opinions`, of the text's own)."""
    return (
        heading_kind(text) is not None
        or _BOX_LINE.match(text.lstrip(_LEADING_MARKS)) is not None
        or (is_comments_heading(text) and fold(text).strip(" :") not in _OPINIONS)
        or (len(text) <= _MAX_SITE_LIST_CHARS and fold(text).strip(" :") in _SITE_LISTS)
    )


_OPINIONS = frozenset({"ý kiến", "y kien"})
# The site's own lists, headed alike on every page (`BÀI VIẾT MỚI` over a landing page's latest
# posts, `Bạn có thể quan tâm` over a theme's suggestions): a heading left in the text box when
# its list is set aside.
_SITE_LISTS = frozenset(
    fold(heading)
    for heading in ("tin mới", "tin mới nhất", "bài mới", "bài viết mới", "bài viết mới nhất",
                    "đọc nhiều", "đọc nhiều nhất", "xem nhiều", "xem nhiều nhất", "tin đọc nhiều",
                    "tin xem nhiều", "tin nổi bật", "bài viết nổi bật", "có thể bạn quan tâm",
                    "bạn có thể quan tâm", "đừng bỏ lỡ")
)  # fmt: skip
_MAX_SITE_LIST_CHARS = 24


# A forum's label over every quotation (vBulletin 3's `Trích:`), naming no one.
_QUOTE_LABELS = frozenset({"trích:", "trích dẫn:", "quote:", "code:", "mã:"})
# A template's label over the text box: a few words ending in a colon (`Nội dung chính:`), or
# naming the box's content (`Nội dung bản tin`).
_MAX_BOX_LABEL_WORDS = 4
_CONTENT_LABEL = "nội dung "


def is_quote_label(text: str) -> bool:
    text = clean_text(text)
    return text.endswith(":") and text.lower() in _QUOTE_LABELS


def labels_a_box(text: str) -> bool:
    """Could the heading be a template's label over the box it opens?"""
    text = clean_text(text)
    return (text.endswith(":") or text.lower().startswith(_CONTENT_LABEL)) and len(
        text.split()
    ) <= _MAX_BOX_LABEL_WORDS


# A link to a whole list (`Xem tất cả`), or to every tag (vBulletin's `Xem bảng từ khóa`, its
# tag cloud: `Xem mây từ khóa`).
_MORE = frozenset(
    fold(words)
    for words in ("xem tất cả", "xem thêm", "xem tiếp", "tất cả", "xem toàn bộ", "view all",
                  "see all", "more", "xem them", "xem bảng từ khóa", "xem tất cả từ khóa",
                  "tất cả từ khóa", "all tags", "view all tags", "xem mây từ khóa",
                  "mây từ khóa", "tag cloud")
)  # fmt: skip
_MAX_MORE_CHARS = 24
# ... or naming what it lists: `Xem thêm tin Gương sáng ngành y`, `Xem tất cả các bài viết`.
# (Koha's `Hiển thị tất cả tin tức`.)
_MORE_OF_LABELS = ("xem thêm", "xem tất cả", "xem tiếp", "hiển thị tất cả")
_MORE_OF = re.compile(
    rf"(?:{'|'.join(_MORE_OF_LABELS)}) (?:các )?"
    r"(?:tin|bài|bài viết|tin bài|tin tức|video|clip|ảnh)(?: |$)|see all from "
)
_MAX_MORE_OF_CHARS = 60
# The first letters of them all, to tell most links at once, before folding (a base letter:
# decomposed text opens with it too).
_MORE_INITIALS = frozenset(words[0] for words in (*_MORE, *_MORE_OF_LABELS, "see"))


def reads_as_more(text: str) -> bool:
    """Does a link's text lead to a whole list or to every tag, no item of it?"""
    if not 0 < len(text) <= _MAX_MORE_OF_CHARS:
        return False
    if text.lstrip()[:1].lower() not in _MORE_INITIALS:
        return False  # (most links: told before folding)
    # (Folding writes `»` as `"`.)
    folded = fold(text).strip(' »›→>."')
    if len(text) <= _MAX_MORE_CHARS and folded in _MORE:
        return True
    return _MORE_OF.match(folded) is not None
