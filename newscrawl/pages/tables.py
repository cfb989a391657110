"""Tables of data inside an article: read row by row, as a reader reads them; and a list's
item made of a figure's box and its label's, read as one line.

Government and provincial reports paste tables of figures into their articles (yields by commune,
budgets by year). Cell by cell, such a table would become a run of one-word paragraphs; row by
row, each line keeps its meaning: `Vũ Hội | 420 | 68,5`. A table that lays a page out (a long
text in a cell, pictures, other tables or blocks inside) is no table of data and is walked as
before.
"""

from __future__ import annotations

from newscrawl.pages.dom import BLOCK_TAGS, IMAGE_TAGS, Element, text_of
from newscrawl.pages.figures import too_small

CELL_SEPARATOR = " | "
_CELL_TAGS = frozenset({"td", "th"})
_MAX_CELL_CHARS = 200
# Inside a cell of data: inline markup and the paragraph a word processor (`p`) or a web editor
# (`div`) wraps each cell's words in; any other block, a picture or a frame marks a layout.
_LAYOUT_INSIDE = (BLOCK_TAGS - {"p", "div"}) | {*IMAGE_TAGS, "iframe", "video"}


def data_rows(table: Element) -> list[tuple[Element, str]] | None:
    """Each row of a table of data with its cells' text joined by `CELL_SEPARATOR`; None for a
    table that lays out a page. A table of data has two rows and two columns at least."""
    rows: list[tuple[Element, str]] = []
    widest = 0
    for row in table.iter("tr"):
        cells = [cell for cell in row if cell.tag in _CELL_TAGS]
        texts = [_cell_text(cell) for cell in cells]
        if any(text is None for text in texts):
            return None
        shown = [text for text in texts if text]
        widest = max(widest, len(cells))
        if shown:
            rows.append((row, CELL_SEPARATOR.join(shown)))
    return rows if len(rows) >= 2 and widest >= 2 else None


def _lays_out(el: Element) -> bool:
    """A block, a picture or a frame in a cell; an icon beside its words (a team's logo, a
    flag) is none."""
    return el.tag in _LAYOUT_INSIDE and (el.tag not in IMAGE_TAGS or not too_small(el))


def _cell_text(cell: Element) -> str | None:
    """The cell's words, single-spaced; None when the cell holds layout or a long text."""
    if any(_lays_out(el) for el in cell.iterdescendants()):
        return None
    text = text_of(cell) or ""  # (`Triệu m<sup>3</sup>` keeps its exponent to its unit)
    return text if len(text) <= _MAX_CELL_CHARS else None


# A list item of a figure's box and its label's (no block, list or picture inside either).
_MAX_ITEM_BOXES = 3
_MAX_ITEM_BOX_CHARS = 80
_ITEM_BOX_TAGS = frozenset({"div", "p"})  # (inline boxes make one line as they are)
_BREAKING_INSIDE = ("div", "p", "ul", "ol", "table", "img", "br", "h2", "h3", "h4")


def item_of_short_boxes(item: Element) -> str | None:
    """A list item made of two or three short boxes and nothing else (an e-magazine's key
    figure: `<div>78.600 ha</div><div>lúa mùa được gieo cấy</div>`): one line, its boxes'
    words joined; None for any other item."""
    if not 2 <= len(item) <= _MAX_ITEM_BOXES or (item.text or "").strip():
        return None
    texts: list[str] = []
    for box in item:
        if (
            box.tag not in _ITEM_BOX_TAGS
            or (box.tail or "").strip()
            or next(box.iterdescendants(*_BREAKING_INSIDE), None) is not None
        ):
            return None
        text = text_of(box)
        if not text or len(text) > _MAX_ITEM_BOX_CHARS:
            return None
        texts.append(text)
    return " ".join(texts)
