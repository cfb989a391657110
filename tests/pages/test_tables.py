"""Tables of data are read row by row; tables that lay a page out are not tables of data."""

from __future__ import annotations

import pytest

from newscrawl import extract_article
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
        # A league table's team logos are icons beside the names, no layout.
        ("<table><tr><th>TT</th><th>Đội</th><th>Điểm</th></tr><tr><td>1</td><td><img"
         " src='/logos/vu-thu.png' width='20' height='20' alt=''> <span>Vũ Thư</span></td>"
         "<td><strong>7</strong></td></tr></table>", ["TT | Đội | Điểm", "1 | Vũ Thư | 7"]),
    ],
    ids=["header-and-row", "word-pasted", "empty-cells", "long-text-cell", "picture",
         "div-per-cell", "list-in-cell", "nested-table", "one-row", "one-column", "icons"],
)  # fmt: skip
def test_data_rows(html: str, rows: list[str] | None) -> None:
    found = data_rows(_table(html))
    assert (None if found is None else [text for _, text in found]) == rows


def test_a_league_tables_rows_with_team_logos_are_all_text() -> None:
    """The first row under the heading is no label over a box of pictures: the logos in the
    rows below it are icons."""
    text = "<p>" + "Giải bóng đá thiếu niên huyện khép lại vòng bảng với nhiều trận hay. " * 3
    rows = "".join(
        f"<tr><td>{rank}</td><td><img src='/logos/{rank}.png' width='20' height='20'>"
        f" <span>{team}</span></td><td>{points}</td></tr>"
        for rank, team, points in ((1, "Vũ Thư", 7), (2, "Quỳnh Phụ", 5), (3, "Tiền Hải", 1))
    )
    html = (
        f"<html><body><h1>Khép lại vòng bảng</h1><div>{text}</p>{text}</p><table><thead><tr>"
        f"<th>TT</th><th>Đội</th><th>Điểm</th></tr></thead><tbody>{rows}</tbody></table>"
        f"{text}</p></div></body></html>"
    )
    body = extract_article(html.encode(), "https://x.vn/a")["body"].split("\n\n")
    assert body[2:6] == [
        "TT | Đội | Điểm",
        "1 | Vũ Thư | 7",
        "2 | Quỳnh Phụ | 5",
        "3 | Tiền Hải | 1",
    ]


def test_a_units_exponent_stays_with_its_unit_in_a_cell() -> None:
    """A Word-pasted statistics table: `<td><p><span>Triệu m<sup>3</sup></span></p></td>`."""
    rows = "".join(
        f"<tr><td><p>{name}</p></td><td><p><span>{unit}<sup>{power}</sup></span></p></td>"
        f"<td><p>{value}</p></td></tr>"
        for name, unit, power, value in (
            ("Khí thiên nhiên", "Triệu m", 3, "7,2"),
            ("Gạch ốp lát", "Nghìn m", 2, "6.900"),
            ("Nước máy", "Triệu m", 3, "4,1"),
        )
    )
    assert [text for _, text in data_rows(_table(f"<table>{rows}</table>")) or []] == [
        "Khí thiên nhiên | Triệu m3 | 7,2",
        "Gạch ốp lát | Nghìn m2 | 6.900",
        "Nước máy | Triệu m3 | 4,1",
    ]
