"""Tables of data are read row by row; tables that lay a page out are not tables of data."""

from __future__ import annotations

import pytest

from newscrawl.pages.dom import Element, parse_html
from newscrawl.pages.tables import data_rows

_LONG = "Nội dung bài viết dài trong một ô của bảng dàn trang. " * 5


def _table(html: str) -> Element:
    found = parse_html(f"<html><body>{html}</body></html>").find(".//table")
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("html", "rows"),
    [
        ("<table><tr><th>Xã</th><th>Diện tích (ha)</th></tr><tr><td>Vũ Hội</td><td>420</td></tr>"
         "</table>", ["Xã | Diện tích (ha)", "Vũ Hội | 420"]),
        ("<table><tr><td><p class=MsoNormal><b><span>Đơn vị</span></b><o:p></o:p></p></td>"
         "<td><p><span>Năng suất<br>(tạ/ha)</span></p></td></tr>"
         "<tr><td><p>Vũ Tiến</p></td><td><p>67,2</p></td></tr></table>",
         ["Đơn vị | Năng suất (tạ/ha)", "Vũ Tiến | 67,2"]),
        ("<table><tr><td>Xã</td><td></td><td>Ghi chú</td></tr><tr><td>Vũ Hội</td><td>420</td>"
         "<td>&nbsp;</td></tr><tr><td></td><td></td></tr></table>",
         ["Xã | Ghi chú", "Vũ Hội | 420"]),
        (f"<table><tr><td>Tiêu đề</td><td>{_LONG}</td></tr><tr><td>a</td><td>b</td></tr></table>",
         None),
        ("<table><tr><td><img src=a.jpg></td><td>Ảnh</td></tr><tr><td>Chú thích</td><td>b</td>"
         "</tr></table>", None),
        # An editor that wraps each cell's words in a `div`, as others use a `p`.
        ("<table><tr><td><div>Xã</div></td><td><div><b>Diện tích</b> (ha)</div></td></tr>"
         "<tr><td><div>Vũ Hội</div></td><td><div>420</div></td></tr></table>",
         ["Xã | Diện tích (ha)", "Vũ Hội | 420"]),
        ("<table><tr><td><ul><li>Khối</li></ul></td><td>b</td></tr><tr><td>a</td><td>b</td></tr>"
         "</table>", None),
        ("<table><tr><td><table><tr><td>a</td></tr></table></td><td>b</td></tr>"
         "<tr><td>a</td><td>b</td></tr></table>", None),
        ("<table><tr><td>Xã</td><td>Diện tích</td></tr></table>", None),
        ("<table><tr><td>Vũ Hội</td></tr><tr><td>Vũ Tiến</td></tr></table>", None),
    ],
    ids=["header-and-row", "word-pasted", "empty-cells", "long-text-cell", "picture",
         "div-per-cell", "list-in-cell", "nested-table", "one-row", "one-column"],
)  # fmt: skip
def test_data_rows(html: str, rows: list[str] | None) -> None:
    found = data_rows(_table(html))
    assert (None if found is None else [text for _, text in found]) == rows
