"""What a revisit counts as an edit: one row per kind of change a portal's page goes through
between two visits, edited or not."""

from __future__ import annotations

from typing import Any

import pytest

from newscrawl.state.digest import changed_fields, content_digest, differing, field_digests

ARTICLE: dict[str, Any] = {
    "title": "Thái Bình: Hội nghị giao ban công tác dân vận",
    "lead": "Sáng 5/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị.",
    "body": "Đoạn một.\n\nĐoạn hai.",
    "authors": ["Minh Hương"],
    "source": None,
    "published_at": "2022-10-05T09:15:00+07:00",
    "images": [{"url": "https://media.example/a.jpg", "caption": "Quang cảnh", "credit": None}],
    "tags": ["dân vận"],
    "category": "Chính trị",
    "view_count": 1520,
    "related": [{"url": "https://example/tin-tuc/1/2/a", "title": "A"}],
    "fetched_at": "2025-06-01T00:00:00Z",
    "warnings": [],
}

CHANGES: list[tuple[str, dict[str, Any], list[str]]] = [
    ("the same page fetched again", {}, []),
    ("only the view count grew", {"view_count": 4395}, []),
    ("a newer article joined the related list", {"related": []}, []),
    ("fetched at another time, with a warning", {"fetched_at": "2025-07-01T00:00:00Z"}, []),
    (
        "the headline corrected",
        {"title": "Thái Bình: Hội nghị giao ban công tác Dân vận"},
        ["title"],
    ),
    ("a paragraph cut", {"body": "Đoạn một."}, ["body"]),
    ("the author's name removed", {"authors": []}, ["authors"]),
    ("the publication time moved", {"published_at": "2022-10-05T10:15:00+07:00"}, ["published_at"]),
    (
        "a caption rewritten",
        {"images": [{**ARTICLE["images"][0], "caption": "Hội nghị"}]},
        ["images"],
    ),
    ("a picture taken down", {"images": []}, ["images"]),
    ("moved to another section", {"category": "Xã hội"}, ["category"]),
    ("tags added", {"tags": ["dân vận", "hội nghị"]}, ["tags"]),
    ("a source line added", {"source": "TTXVN"}, ["source"]),
    ("an empty source line where there was none", {"source": ""}, []),
    (
        "headline and text both edited",
        {"title": "Hội nghị", "body": "Đoạn hai."},
        ["title", "body"],
    ),
]


@pytest.mark.parametrize(("case", "change", "fields"), CHANGES, ids=[c[0] for c in CHANGES])
def test_what_counts_as_an_edit(case: str, change: dict[str, Any], fields: list[str]) -> None:
    assert changed_fields({**ARTICLE, **change}, field_digests(ARTICLE), None) == fields


def test_a_state_older_than_field_digests_tells_a_change_but_not_which() -> None:
    whole = content_digest(ARTICLE)
    assert changed_fields({**ARTICLE, "tags": []}, None, whole) == []
    assert changed_fields({**ARTICLE, "body": "Đoạn một."}, None, whole) is None


def test_a_field_the_state_has_no_digest_for_is_not_called_changed() -> None:
    # A later version may compare more fields than the state's rows were written with.
    digests = {name: d for name, d in field_digests(ARTICLE).items() if name != "category"}
    assert changed_fields({**ARTICLE, "category": "Xã hội"}, digests, None) == []


def test_two_readings_differ_in_the_fields_whose_digests_differ() -> None:
    then = field_digests(ARTICLE)
    now = field_digests({**ARTICLE, "title": "Một tiêu đề khác"})
    assert differing(now, then) == ["title"]
    assert differing(then, then) == []
    # Only the fields the older reading holds are compared (a state written before a field was).
    assert differing(now, {"body": then["body"]}) == []
