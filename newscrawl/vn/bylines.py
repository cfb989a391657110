"""Bylines: `Tin, ảnh: Vũ Minh`, `Kim Thủy/THĐT`, `Anh Dân` + `(Tỉnh đoàn Thái Bình)`.

A byline is read line by line, each line cut at its role prefixes (`Bài: A - Ảnh: B`), each
part cut into names, and every piece classified: person, staff label, outlet, affiliation, CMS
account, note. `looks_like_byline` accepts a text only when every piece found a class.

Limits: `parse_byline` reads the first 500 characters of the cleaned text (of the first 2,000
of the input); `looks_like_byline` says no to lines of more than 80 characters, and to more
than two lines unless each opens with a role (six at most).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from newscrawl.vn import _names as n
from newscrawl.vn._byline_shape import SOURCE_LINE, shaped_unlike_a_byline
from newscrawl.vn._byline_split import office_end, split_names
from newscrawl.vn._patterns import END_OF_WORD, START_OF_WORD
from newscrawl.vn._under_name import names_no_one
from newscrawl.vn.documents import is_post, signing_mark_end
from newscrawl.vn.roles import DECOR, ROLE, opens_with_role
from newscrawl.vn.text import clean_multiline, fold_cleaned

TEXT_LIMIT = 500
RAW_LIMIT = 2_000
_LINE_LIMIT = 80
_MAX_LINES = 2
# An e-magazine credits each role on a line of its own (`Nội dung:`, `Ảnh:`, `Đồ họa:`,
# `Trình bày:`, `Video:`); lines that all open with a role are a byline up to this many.
_MAX_ROLE_LINES = 6
_CACHE_SIZE = 4096  # distinct bylines remembered (a few hundred KB at most)
_I = re.IGNORECASE
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

_BY = re.compile(
    r"(?P<role>(?:(?:đăng|viết|được viết|được đăng|gửi|posted|written) )?(?:bởi|by)) ?:? (?=\S)", _I
)
# The roles of a posting credit (folded): who put the post up, no writer's label.
_POSTING = frozenset({"bởi", "đăng bởi", "gửi bởi", "by", "posted by", "được đăng bởi"})
_PAREN = re.compile(r" ?\(([^()]*)\)")
# "(tổng hợp từ VnExpress)", "(Bài đã đăng trên báo Thanh Niên)": a note that credits an
# outlet, or names the paper that printed it first (a journalist's blog).
_NOTE_SOURCE = re.compile(
    r"(?:(?:tổng hợp|lược dịch|biên dịch|dịch|trích|lược trích) (?:từ|theo)"
    r"|(?:bài (?:viết )?)?(?:đã )?(?:được )?(?:đăng|in) (?:trên|tại)) (?P<rest>\S.*)",
    _I,
)
_DATED_SOURCE = re.compile(r"(?P<rest>\S.*?)[ ,–-]+[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}")
_MAX_LOWER_NAME_WORDS = 2  # a body's name: `Giáo phận Thái Bình`, `Sở Giáo dục và Đào tạo`
# What the name's bearer did, written after the name without brackets, in lower case.
_TRAILING_NOTE = re.compile(r" (tổng hợp|thực hiện|sưu tầm|biên dịch|lược dịch|dịch|st|t/h)$")
_INTERVIEW = re.compile(r" ?\(?" + START_OF_WORD + r"p/v" + END_OF_WORD + r".*", _I)


@dataclass(frozen=True, slots=True)
class Byline:
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    role: str | None = None
    # `Biên tập: X`: credited, but not an author.
    editors: list[str] = field(default_factory=list)
    # `(Tỉnh đoàn Thái Bình)`, `Trường Đại học Y Thái Bình`: neither an author nor a source.
    affiliation: str | None = None


@dataclass(slots=True)
class _Reading:
    authors: list[str] = field(default_factory=list)
    # "PV", "CTV": authors only when the byline names nobody ("Thu Hà - CTV" is Thu Hà's).
    staff: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    source: str | None = None
    role: str | None = None
    affiliation: str | None = None
    # Evidence for `looks_like_byline`: a role, source, account or a name of two words or more.
    strong: bool = False
    # A CMS account or the newsroom ("admin", "BBT"): a byline that credits nobody.
    account: bool = False
    # A piece that is none of the known kinds: the text is probably not a byline.
    unknown: bool = False

    def add_source(self, text: str) -> None:
        text = text.strip(DECOR)
        if text and self.source is None:
            self.source = text
        self.strong = True

    def add_person(self, name: str, *, editor: bool, staff: bool = False) -> None:
        people = self.editors if editor else self.staff if staff else self.authors
        if name not in people:
            people.append(name)


def parse_byline(text: str) -> Byline:
    """Authors (people only), the credited outlet, the role prefix as written."""
    authors, source, role, editors, affiliation = _parsed(text[:RAW_LIMIT])
    return Byline(list(authors), source, role, list(editors), affiliation)


def credits_the_poster(text: str) -> bool:
    """Is the line a poster's credit, by a posting word (`bởi Phan Văn Thiện`, `Đăng bởi Thu
    Hà`, `Posted by …`), not a writer's label (`Tác giả:`)?"""
    byline = parse_byline(text)
    role = byline.role
    return bool(byline.authors) and role is not None and fold_cleaned(role.lower()) in _POSTING


# A portal's bylines are its few dozen reporters' names, read on every article (and tried at
# the end of every article's text): reading each distinct one once is enough. Results are
# immutable (tuples and a bool), so a caller can never alter what the cache holds.
@lru_cache(maxsize=_CACHE_SIZE)
def _parsed(
    text: str,
) -> tuple[tuple[str, ...], str | None, str | None, tuple[str, ...], str | None]:
    r = _read(clean_multiline(text)[:TEXT_LIMIT].split("\n"))
    return tuple(r.authors or r.staff), r.source, r.role, tuple(r.editors), r.affiliation


@lru_cache(maxsize=_CACHE_SIZE)
def looks_like_byline(text: str) -> bool:
    """Could this short line (or two lines joined by "\\n", or up to six lines that each name
    a role) be an article's byline?"""
    if len(text) > RAW_LIMIT:
        return False
    cleaned = clean_multiline(text)
    lines = cleaned.split("\n")
    if len(lines) > 1 and names_no_one(lines[-1]):
        lines = lines[:-1]  # (read from the name's lines alone)
        cleaned = "\n".join(lines)
    if not cleaned or not _few_lines(lines) or any(len(line) > _LINE_LIMIT for line in lines):
        return False
    if shaped_unlike_a_byline(cleaned, lines):  # (cheap rejections first)
        return False
    r = _read(lines)
    credited = r.authors or r.staff or r.editors or r.source or r.role or r.account
    return not r.unknown and r.strong and bool(credited)


def _few_lines(lines: list[str]) -> bool:
    if len(lines) <= _MAX_LINES:
        return True
    return len(lines) <= _MAX_ROLE_LINES and all(map(opens_with_role, lines))


def _read(lines: list[str]) -> _Reading:
    reading = _Reading()
    for line in lines:
        _read_line(line.strip(DECOR.replace(".", "")), reading)
    return reading


def _read_line(line: str, r: _Reading) -> None:
    if not line or names_no_one(line):
        return
    if line.startswith("(") and line.endswith(")") and "(" not in line[1:]:
        _read_note(line[1:-1], r, alone=True)
        return
    if (source := SOURCE_LINE.fullmatch(line)) is not None:
        _read_part(source.group("rest"), r, kind="source")
        return
    if mark := signing_mark_end(line):
        line = line[mark:]  # (`TM. ỦY BAN NHÂN DÂN`: the body signed for; `Q.Anh` signs)
    if is_post(line):
        return  # (`TRƯỞNG CÔNG AN XÃ` over the name: the post, no one)
    if (by := _BY.match(line)) is not None:
        r.role = r.role or by.group("role")
        r.strong = True
        line = line[by.end() :]
    pos, kind = 0, "author"
    for role in ROLE.finditer(line):
        _read_part(line[pos : role.start()], r, kind=kind)
        pos, kind = role.end(), _role_kind(role, r)
    _read_part(line[pos:], r, kind=kind)


def _role_kind(role: re.Match[str], r: _Reading) -> str:
    r.strong = True
    if role.group("editor"):
        return "editor"
    if role.group("source"):
        return "source"
    r.role = r.role or role.group("role")
    return "author"


def _read_part(part: str, r: _Reading, *, kind: str) -> None:
    part = part.strip(DECOR)
    if not part:
        return
    if kind == "source":
        _read_source(part, r)
        return
    pieces = split_names(part)
    i = 0
    while i < len(pieces):
        end = office_end(pieces, i)
        if end > i + 1:  # an office's or an outlet's name the split cut: one, as printed
            start = part.find(pieces[i])
            _classify(part[start : part.find(pieces[end - 1], start) + len(pieces[end - 1])], r,
                      editor=False)  # fmt: skip
        else:
            _read_piece(pieces[i], r, editor=kind == "editor")
        i = end


def _read_source(part: str, r: _Reading) -> None:
    """What `Theo` credits: an outlet, or a person of the outlet named after them in brackets
    or after a slash (`Theo Minh Anh (Báo Thái Bình)`, `Theo Ngọc Hà/TTXVN`: the author and
    the source)."""
    credited = _PAREN.sub("", part).strip(DECOR)
    note = _PAREN.search(part)
    person, outlet = credited, note.group(1).strip(DECOR) if note is not None else ""
    if not outlet and "/" in credited:
        person, _, outlet = (piece.strip(DECOR) for piece in credited.partition("/"))
    if outlet and n.is_outlet(outlet) and n.classify(person) == "person":
        _classify(person, r, editor=False)
        r.add_source(outlet)
        return
    r.add_source(credited)


def _read_piece(piece: str, r: _Reading, *, editor: bool) -> None:
    piece = _INTERVIEW.sub("", piece)
    for note in _PAREN.finditer(piece):
        _read_note(note.group(1), r, alone=False)
    piece = _PAREN.sub("", piece).strip(DECOR)
    trailing = _TRAILING_NOTE.search(piece)
    if trailing is not None and trailing.start() > 0:  # `Minh Anh tổng hợp`: a note, unbracketed
        _read_note(trailing.group(1), r, alone=False)
        piece = piece[: trailing.start()]
    if not piece or _EMAIL.fullmatch(piece):  # `Thu Hà - thuha@gmail.com`: a contact, no name
        return
    if "@" in piece:  # `Nguyễn Hoàng nguyenhoang@thanhnien.vn`: the contact after the name
        piece = _EMAIL.sub("", piece).strip(DECOR)
    source = SOURCE_LINE.fullmatch(piece)
    if source is not None:
        r.add_source(source.group("rest"))
        return
    if "/" in piece and not n.is_outlet(piece):
        person, _, outlet = piece.partition("/")
        # (`VOV-Tây Bắc`: the outlet and its bureau, kept whole)
        if n.is_outlet(outlet) or n.is_outlet(outlet.partition("-")[0]):
            r.add_source(outlet)
            piece = person.strip()
    _classify(n.strip_titles(piece), r, editor=editor)


def _classify(piece: str, r: _Reading, *, editor: bool) -> None:
    kind = n.classify(piece)
    if kind == "account":
        r.account = r.strong = True
    elif kind == "staff":
        r.add_person(piece, editor=editor, staff=True)
        r.strong = True
    elif kind == "outlet":
        r.add_source(piece)
    elif kind == "affiliation":
        r.affiliation = r.affiliation or piece
    elif kind == "person":
        r.add_person(piece, editor=editor)
        r.strong = r.strong or len(piece.split()) >= 2 or n.is_signed_with_initials(piece)
    elif kind != "note":
        r.unknown = True


def _dated(inner: str) -> re.Match[str] | None:
    """`Giáo phận Thái Bình 10/03/2024`: an outlet or a body with the day it published the
    original (Vatican News' way of citing), which is the source."""
    dated = _DATED_SOURCE.fullmatch(inner)
    if dated is None or n.classify(dated.group("rest")) not in ("outlet", "affiliation"):
        return None
    words = dated.group("rest").split()
    return dated if sum(not w[0].isupper() for w in words) <= _MAX_LOWER_NAME_WORDS else None


def _read_note(inner: str, r: _Reading, *, alone: bool) -> None:
    """A parenthesised part: a note to drop, a source, or an affiliation."""
    inner = inner.strip(DECOR)
    if not inner or fold_cleaned(inner) in n.NOTES:  # "(CTV)" is a note, not a staff label
        r.unknown = r.unknown or (alone and not inner)
        return
    source = SOURCE_LINE.fullmatch(inner) or _NOTE_SOURCE.fullmatch(inner) or _dated(inner)
    kind = n.classify(inner)
    if source is not None:
        r.add_source(source.group("rest"))
    elif kind == "outlet":
        r.add_source(inner)
    elif alone or kind in ("affiliation", ""):
        r.affiliation = r.affiliation or inner
    else:
        r.unknown = True
