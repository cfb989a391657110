"""Where a byline's part is cut into names: at commas, spaced dashes, `và`, a dash glued between
two names (`Minh Nguyệt-Kiên Trung`), never inside brackets, nor inside an office's or an
outlet's bureau's name."""

from __future__ import annotations

import re

from newscrawl.vn import _names as n
from newscrawl.vn.roles import DECOR

# "&" only between spaces: "Sở NN&PTNT" is one name, and so is "Vietnam+".
_SPLIT = re.compile(r" ?[,;|] ?| & | [-–—] ?|[-–—] | và | and ", re.IGNORECASE)
_GLUED_DASH = re.compile(r"(?<=\S)[-–](?=\S)")


def office_end(pieces: list[str], i: int) -> int:
    """Where the office or outlet named at `i` ends: the split cuts a body's name at its dashes
    and its `và` (a school's `Tổ Văn - Sử - Địa`, `Khoa Kiểm soát bệnh tật và HIV/AIDS`,
    `Phòng Kế hoạch - Nghiệp vụ`, a department's portal, `Cổng TTĐT Sở Thông tin và Truyền
    thông`), and what follows it there is no name (for an office, a single word too), no person
    nor another outlet."""
    kind = n.classify(pieces[i])
    if kind not in ("affiliation", "outlet"):
        return i + 1
    end = i + 1
    while end < len(pieces) and (
        not n.classify(pieces[end]) or (kind == "affiliation" and len(pieces[end].split()) == 1)
    ):
        end += 1
    return end


def split_names(part: str) -> list[str]:
    """Names at the top level (not inside parentheses), `Minh Nguyệt-Kiên Trung` included."""
    pieces, depth, start = [], 0, 0
    for m in _SPLIT.finditer(part):
        depth = part.count("(", 0, m.start()) - part.count(")", 0, m.start())
        if m.group().strip().lower() == "và" and _outlet_after_slash(part[start : m.start()]):
            continue  # the outlet's own `và` (`Ngọc Hà/Báo Thế giới và Việt Nam`)
        if depth <= 0:
            pieces.append(part[start : m.start()])
            start = m.end()
    pieces.append(part[start:])
    return [q for p in pieces for q in _split_glued_dash(p.strip(DECOR)) if q]


def _split_glued_dash(piece: str) -> list[str]:
    halves = _GLUED_DASH.split(piece)
    if len(halves) == 2 and halves[0].count("(") > halves[0].count(")"):
        return [piece]  # inside brackets: an office's name (`Văn phòng HĐND-UBND huyện`)
    if len(halves) == 2 and all(len(h.split()) >= 2 for h in halves):
        if _outlet_after_slash(halves[0]):
            return [piece]  # `Thanh Hà/VOV-Tây Bắc`: the outlet's bureau, no second name
        return halves
    return [piece]


def _outlet_after_slash(text: str) -> bool:
    slash = text.rfind("/")
    return slash >= 0 and n.is_outlet(text[slash + 1 :].strip())
