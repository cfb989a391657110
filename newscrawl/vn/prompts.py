"""The paper's words that point its readers elsewhere, inside an article's text: a prompt to
read a section or to watch a video, a video's label over its player, a shop's call to buy, a
file's label. None of them is the article's."""

from __future__ import annotations

import re

from newscrawl.vn.text import clean_text, fold

# A paper's prompt under every article (`* Mời bạn đọc vào chuyên mục Quốc phòng - An ninh xem
# các tin, bài liên quan.`), a radio station's to its listeners, a broadcaster's to its viewers
# (`Mời quý thính giả nghe`).
_READERS_PROMPT = re.compile(
    r"[*>»\s]*mời (?:bạn đọc|các bạn|(?:quý )?(?:độc|thính|khán) giả|quý vị)\b", re.I
)
_MEDIA_LABEL = re.compile(r"(?:video|clip)\s*:", re.I)
_MEDIA_WORDS = re.compile(r"\b(?:video|clip|phóng sự|bản tin|chương trình|audio|podcast)\b", re.I)
# A shop's call to buy, alone on its line under a blog post (Haravan, Sapo).
_SHOP_CALLS = frozenset(
    {"mua ngay", "mua hàng", "đặt hàng", "đặt mua", "đặt hàng ngay", "đặt mua ngay",
     "buy now", "order now", "shop now"}
)  # fmt: skip
_DOWNLOAD_LABELS = frozenset(
    fold(label)
    for label in ("tải về", "tải xuống", "download", "file đính kèm", "tệp đính kèm", "đính kèm",
                  "tài liệu đính kèm", "văn bản đính kèm", "tải file", "tải tệp")
)  # fmt: skip


def invites_the_reader(text: str) -> bool:
    """Does the line open with the paper's invitation to its readers, listeners or viewers
    (`Mời bạn đọc vào chuyên mục …`, `Mời quý thính giả nghe …`)?"""
    return _READERS_PROMPT.match(clean_text(text)) is not None


def invites_to_watch(text: str) -> bool:
    """Is the line an invitation to watch or hear what follows (`Mời quý độc giả xem video:`,
    `Mời quý vị theo dõi phóng sự`), over a player?"""
    text = clean_text(text)
    if _READERS_PROMPT.match(text) is None:
        return False
    return text.endswith(":") or _MEDIA_WORDS.search(text) is not None


def labels_a_video(text: str) -> bool:
    """Does the line open with a video's label (`Video: Toàn cảnh lễ hội đình làng`)?"""
    return _MEDIA_LABEL.match(clean_text(text)) is not None


def is_shop_call(text: str) -> bool:
    """Is the text a shop's call to buy (`Mua ngay`, `Đặt hàng`), a button's words?"""
    return clean_text(text).lower() in _SHOP_CALLS


def labels_a_download(text: str) -> bool:
    """Is the text a file's label (`Tải về`, `File đính kèm`), before the link to the file?"""
    return fold(text).rstrip(" :") in _DOWNLOAD_LABELS
