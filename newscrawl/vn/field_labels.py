"""The labels of an article's fields as pages print them beside the value (the title's, the
standfirst's, the section's, the source's), a badge set inside a headline, a button's or an
advertisement's words in a picture's `alt`, and a reader's question with the answer under it."""

from __future__ import annotations

import re

from newscrawl.vn.text import clean_text, fold

# A field labelled as the article's title, its value in the next cell (an old CMS's table).
_TITLE_LABEL = re.compile(r"(?:tiêu đề|tên bài|tiêu đề bài viết|tieu de)\s*:", re.IGNORECASE)
# What labels a standfirst in its box (the national portal template's `Tóm tắt`).
_STANDFIRST_LABELS = frozenset(
    fold(label)
    for label in (
        "tóm tắt", "tóm lược", "tin tóm tắt", "sapo", "abstract", "summary",
        "lời tòa soạn", "lời toà soạn", "lts", "lời giới thiệu",  # (an editor's note)
    )
)  # fmt: skip
# What labels the section's link beside the headline.
_CATEGORY_LABELS = frozenset({"category", "categories", "chuyên mục", "danh mục", "thể loại"})
_MAX_CATEGORY_LABEL_CHARS = 40
# ... or closes a clause naming it (`trong chuyên mục`), a byline's sentence before it.
_IN_THE_CATEGORY = tuple(
    f"{word} {label}" for word in ("trong", "thuộc", "in") for label in sorted(_CATEGORY_LABELS)
)
# A source's label with no colon, alone in its element beside the linked outlet (tagDiv).
_SOURCE_LABELS = frozenset({"nguồn", "nguồn tin", "source", "via"})
_MAX_SOURCE_LABEL_CHARS = 24  # `Nguồn tin`, decomposed, between spaces a template leaves
# The words a credit runs on into its date with, the date in an element of its own: lower case,
# as a name's last word, capitalised, may be one of them (`Nguyễn Văn Lúc`).
_INTO_THE_DATE = re.compile(r"\s+(?:vào lúc|vào ngày|lúc|vào|ngày|at|on)\s*$")
# A badge a portal sets inside the heading, before the headline: a live report's, a format's.
_BADGES = frozenset({"trực tiếp", "live", "video", "clip", "ảnh", "photo", "infographic",
                     "emagazine", "e-magazine", "longform", "podcast", "nóng", "tin nóng", "hot",
                     "mới", "new", "độc quyền", "breaking"})  # fmt: skip
_MAX_BADGE_CHARS = 24
# A picture's words naming a button (print, e-mail, share) or an advertisement's banner.
_BUTTON_WORDS = frozenset(
    {"in", "print", "email", "e-mail", "pdf", "in bài", "in bài viết", "bản in", "gửi email",
     "gửi bài", "gửi bài viết", "chia sẻ", "share"}
)  # fmt: skip
_AD_WORDS = frozenset({"quảng cáo", "advertisement", "ads", "banner quảng cáo", "tài trợ"})
# A reader's question under its label, or its asker named before it (`Bạn đọc Phạm Thị Hạnh (xã
# Đông Hợp) hỏi: …`); its end, or its asker signing after it (`…thế nào? (Nguyễn Thị Hoa, xã
# Hùng An)`); the answer's label opening the next paragraph (`Trả lời:`, `Luật sư X trả lời:`).
_QUESTION_LABEL = re.compile(r"(?:câu )?hỏi\s*:|[^.?!:]{3,160}\bhỏi\s*:", re.IGNORECASE)
_ASKED = re.compile(r"\?(?:\s*\([^()]{3,160}\))?$")
_ANSWERED = re.compile(r"(?:trả lời|đáp|[^.?!:]{3,80}\btrả lời)\s*:", re.IGNORECASE)


def labels_the_title(label: str) -> bool:
    """Is the text a title field's label (`Tiêu đề:`, `Tên bài:`), its colon included?"""
    return _TITLE_LABEL.fullmatch(clean_text(label)) is not None


def labels_the_standfirst(label: str) -> bool:
    """Does the text label a standfirst (`Tóm tắt`, `Sapo:`, an editor's note's `LTS`)?"""
    return fold(label).rstrip(" :") in _STANDFIRST_LABELS


def labels_the_category(label: str) -> bool:
    """Is the text before a colon a label naming the section (`Chuyên mục`, `Category`)?"""
    label = clean_text(label)
    return len(label) <= _MAX_CATEGORY_LABEL_CHARS and fold(label) in _CATEGORY_LABELS


def closes_a_category_clause(text: str) -> bool:
    """Do the words close a byline's clause naming the section (Serendipity's `Đăng bởi … trong
    chuyên mục`, `Posted by … in category`), before the section's link?"""
    return fold(text).endswith(_IN_THE_CATEGORY)


def labels_the_source_alone(text: str) -> bool:
    """Is the text a source's label with no colon (`Nguồn`, `Via`), alone beside the outlet?"""
    text = text.strip()  # (a cheap look at its length first: most texts asked are longer)
    return len(text) <= _MAX_SOURCE_LABEL_CHARS and fold(text) in _SOURCE_LABELS


def without_words_into_the_date(credit: str) -> str:
    """The credit without the words it runs on into its date with (`Thu Thảo lúc` -> `Thu
    Thảo`: `Người viết: Thu Thảo lúc <time>…</time>`)."""
    return _INTO_THE_DATE.sub("", clean_text(credit))


def names_a_badge(text: str) -> bool:
    """Is the text a badge set before a headline (`Trực tiếp`, `Video`, `E-magazine`)?"""
    text = clean_text(text)
    return len(text) <= _MAX_BADGE_CHARS and fold(text) in _BADGES


def names_a_button_or_ad(words: str) -> bool:
    """Do a picture's words (`alt`, `title`) name a button (`In bài`, `Gửi email`, `Chia sẻ`)
    or an advertisement's banner (`Quảng cáo`)?"""
    words = clean_text(words).lower()
    return words in _BUTTON_WORDS or words in _AD_WORDS


def asks_a_question(text: str) -> bool:
    """Is the paragraph a reader's question under its label or its asker's name (`Hỏi: … ?`,
    `Bạn đọc … hỏi: … ? (Nguyễn Thị Hoa, xã Hùng An)`)?"""
    text = clean_text(text)
    return _QUESTION_LABEL.match(text) is not None and _ASKED.search(text) is not None


def opens_an_answer(text: str) -> bool:
    """Does the paragraph open with an answer's label (`Trả lời:`, `Đáp:`, `Luật sư X trả
    lời:`)?"""
    return _ANSWERED.match(clean_text(text)) is not None
