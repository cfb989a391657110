"""The words of a pager (an article split over pages, a listing's pages) and of a members'
wall inside a text: where to turn, and the calls to sign up or sign in."""

from __future__ import annotations

import re

from newscrawl.vn.text import clean_text

# A pager says nothing but page numbers and where to turn: `Trang: 1 2 3 Trang sau »`.
_PAGER = re.compile(
    r"(?:(?:trang|page)s? ?:? ?)?"
    r"(?:(?:[0-9]{1,3}|…|\.\.\.|[«»‹›<>]+|(?:trang |page )?(?:sau|trước|đầu|cuối|tiếp)|"
    r"next|prev(?:ious)?|first|last|[|·–-]) ?)+",
    re.IGNORECASE,
)
_MAX_PAGER_CHARS = 80
# A pager's links to the other pages, besides their numbers.
_TURNS = frozenset(
    {"trang sau", "trang trước", "sau", "trước", "tiếp", "tiếp theo", "đầu", "cuối", "trang đầu",
     "trang cuối", "next", "prev", "previous", "first", "last", "»", "«", "›", "‹", ">", "<"}
)  # fmt: skip
_ARROWS = " «»‹›<>"
# A listing's link to its next page: `Trang sau`, `Tiếp »`, `›`.
_NEXT = re.compile(r"(?:trang sau|tiếp|sau|next|›|»|>)\s*[›»>]?", re.I)
# What a members' wall asks of the reader: its prompt offers both ways in.
_CALLS = frozenset(
    {"đăng ký", "đăng ký ngay", "đăng ký gói", "mua gói", "nâng cấp", "đăng nhập", "subscribe",
     "sign up", "sign in", "log in", "đọc tiếp với premium", "trở thành hội viên"}
)  # fmt: skip
_CALL_MARKS = " »›→"


def turns_the_page(text: str) -> bool:
    """Is a link's text a pager's turn: a page's number or where to turn (`Trang sau`, `»`,
    `‹ Trước`)?"""
    turn = clean_text(text).lower()
    return turn.isdigit() or turn in _TURNS or turn.strip(_ARROWS) in _TURNS


def reads_as_pager(text: str) -> bool:
    """Does a box say nothing but page numbers and where to turn (`Trang: 1 2 3 Trang sau »`)?"""
    text = clean_text(text)
    return len(text) <= _MAX_PAGER_CHARS and _PAGER.fullmatch(text) is not None


def names_the_next_page(text: str) -> bool:
    """Is a link's text a listing's way to its next page (`Trang sau`, `Tiếp »`, `›`)?"""
    return _NEXT.fullmatch(clean_text(text)) is not None


def calls_to_sign_up(text: str) -> bool:
    """Is a button's text a members' wall's call (`Đăng ký ngay`, `Đăng nhập`, `Subscribe`)?"""
    return clean_text(text).strip(_CALL_MARKS).lower() in _CALLS
