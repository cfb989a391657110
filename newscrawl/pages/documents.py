"""An administrative document posted as the article (a commune's notice, a department's plan),
read in its decreed frame (`vn.document_part`): the letterhead above the document's kind and
subject is no text (the subject is the headline as the document sets it), nor is the list of
recipients; the signature block is the byline, and the place and date line dates it. A
paragraph of the article's own above the letterhead, introducing the document, is text.

A page is read so only when the national motto opens its text; other pages pay one look at
their first few paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newscrawl import vn
from newscrawl.pages.blocks import TextBlock

_MAX_LETTERHEAD_BLOCKS = 8  # where the motto and the issuing body stand, above the kind
_MAX_SUBJECT_LINES = 2  # `Lịch tiếp công dân định kỳ tháng 12 năm 2024` under `THÔNG BÁO`
_MAX_SUBJECT_CHARS = 200
_SENTENCE_ENDS = (".", ";", ":", "!", "?", "…")
_MIN_INTRO_CHARS = 60  # a sentence of the article's own; the issuing body's lines are short
_MAX_FRAME_BLOCKS = 14  # the recipients and the signature close the text
_LIST_ITEM = ("-", "+", "•", "–")
_BLOCK_PARTS: tuple[vn.DocumentPart, ...] = ("motto", "recipients", "signing", "kind", "dateline")


@dataclass(slots=True)
class Framed:
    texts: list[TextBlock]
    signature: list[TextBlock] = field(default_factory=list)
    dateline: str | None = None


def without_frame(texts: list[TextBlock]) -> Framed:
    """The document's own text, its signature and its date line; the texts as they are when
    the national motto does not open them."""
    top = texts[:_MAX_LETTERHEAD_BLOCKS]
    if not any(vn.may_be_motto(line) for block in top for line in block.text.split("\n")):
        return _letter(texts)  # (a cheap look that spares most pages the parts)
    parts = [_part(block.text) for block in top]
    if "motto" not in parts:
        return _letter(texts)
    intro = texts[: _introduction(top, parts)]
    if intro:  # (the letterhead starts under the article's own paragraphs)
        top = texts[: len(intro) + _MAX_LETTERHEAD_BLOCKS]
        parts += [_part(block.text) for block in top[len(parts) :]]
    lines = (line for block in top for line in block.text.split("\n"))
    dateline = next((line for line in lines if vn.document_part(line) == "dateline"), None)
    body = texts[_past_addressees(texts, _after_letterhead(texts, parts)) :]
    end, signature, signed_on = _closing(body)
    return Framed(intro + body[:end], signature, dateline or signed_on)


def _letter(texts: list[TextBlock]) -> Framed:
    """A letter with no letterhead (a letter of thanks: `THƯ CẢM ƠN` over it), its kind opening
    the text and a signing block closing it: read in the same frame. Any other text as it is:
    a state's document (`KẾ HOẠCH`) always bears the motto."""
    if not texts or not vn.names_a_letter(texts[0].text) or _part(texts[0].text) != "kind":
        return Framed(texts)
    parts = [_part(block.text) for block in texts[:_MAX_LETTERHEAD_BLOCKS]]
    body = texts[_past_addressees(texts, _after_letterhead(texts, parts)) :]
    end, signature, signed_on = _closing(body)
    return Framed(body[:end], signature, signed_on) if signature else Framed(texts)


def _closing(body: list[TextBlock]) -> tuple[int, list[TextBlock], str | None]:
    """Where the text ends, the signature, and the place and date line right above the signing
    block (`Hưng Yên, ngày 21 tháng 6 năm 2023`), which is the frame's."""
    end, signature = _signed_end(body)
    if signature and end and _part(body[end - 1].text) == "dateline":
        return end - 1, signature, body[end - 1].text
    return end, signature, None


def _introduction(top: list[TextBlock], parts: list[vn.DocumentPart | None]) -> int:
    """How many of the article's own paragraphs stand above the letterhead: the portal's prose
    introducing the document it quotes (`Ngày 14/10/2024, Sở … ban hành Văn bản số …`), before
    the issuing body's upper-case lines or any part of the frame."""
    count = 0
    for block, part in zip(top[: parts.index("motto")], parts, strict=False):
        text = block.text
        if part is not None or len(text) < _MIN_INTRO_CHARS or text.isupper():
            break
        if not text.endswith(_SENTENCE_ENDS):
            break
        count += 1
    return count


def _part(text: str) -> vn.DocumentPart | None:
    """The block's part; a block of lines (a cell of the tables Word lays the frame in, its
    lines split by `<br>`: the motto beside the issuing body, the recipients beside the
    signature) is the part one of its lines is."""
    if "\n" not in text:
        return vn.document_part(text)
    parts = [vn.document_part(line) for line in text.split("\n")]
    return next((part for part in _BLOCK_PARTS if part in parts), None)


def _after_letterhead(texts: list[TextBlock], parts: list[vn.DocumentPart | None]) -> int:
    """Where the text starts: after the kind and its subject, else after the date line, else
    after the motto."""
    if "kind" in parts:
        start = parts.index("kind") + 1
        if not texts[start - 1].text.isupper():
            return start  # (the subject on the kind's line, as a sentence writes it)
        for block in texts[start : start + _MAX_SUBJECT_LINES]:
            text = block.text
            if len(text) > _MAX_SUBJECT_CHARS or text.endswith(_SENTENCE_ENDS):
                break
            if vn.opens_numbered_part(text):
                break  # the text's first part (`I. MỤC ĐÍCH, YÊU CẦU`), no subject
            start += 1
        return start
    for part in ("dateline", "motto"):
        if part in parts:
            return len(parts) - parts[::-1].index(part)
    return 0


def _past_addressees(texts: list[TextBlock], start: int) -> int:
    """Past the addressees under the subject (`Kính gửi:`, a dispatch's `CHỦ TỊCH ỦY BAN NHÂN
    DÂN TỈNH điện:`) and their list, a line each (`- Giám đốc Công an tỉnh;`)."""
    if start >= len(texts) or vn.document_part(texts[start].text) != "addressees":
        return start
    start += 1
    while start < len(texts) and texts[start].text.startswith(_LIST_ITEM):
        if len(texts[start].text) > _MAX_SUBJECT_CHARS:
            break
        start += 1
    return start


def _signed_end(body: list[TextBlock]) -> tuple[int, list[TextBlock]]:
    """Where the recipients and the signature start, and the signature's lines (a signing mark
    or post, then the note and the name; the recipients' items left out)."""
    start = max(0, len(body) - _MAX_FRAME_BLOCKS)
    parts = [_part(block.text) for block in body[start:]]
    first = next((i for i, part in enumerate(parts) if part in ("signing", "recipients")), None)
    if first is None:
        return len(body), []
    signature: list[TextBlock] = []
    listing = False
    for block, part in zip(body[start + first :], parts[first:], strict=True):
        if part in ("recipients", "signing"):
            listing = part == "recipients"
        if not listing:
            signature.append(block)
        elif part is None and not block.text.startswith(_LIST_ITEM):
            listing = False  # the list's end: the signature's own lines go on below it
            signature.append(block)
    return start + first, signature
