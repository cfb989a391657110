"""A video page's one paragraph under its player is the lead (pages/players.py, docs/fields.md)."""

from __future__ import annotations

import lxml.html
import pytest

from newscrawl.pages.content import read_content

_SUMMARY = "Nông dân các xã ven biển khẩn trương thu hoạch lúa mùa trước bão số 4."
_TEXT = f"<div id='t'><p>{_SUMMARY}</p></div>"
_VIDEO = "<div class='player'><video controls poster='/p.jpg'><source src='/v.mp4'></video></div>"
_YOUTUBE = "<iframe src='https://www.youtube.com/embed/abc123'></iframe>"
_MAP = "<iframe src='https://www.google.com/maps/embed?pb=1'></iframe>"


def _lead_and_paragraphs(page: str) -> tuple[str | None, list[str]]:
    tree = lxml.html.fromstring(f"<html><body>{page}</body></html>")
    content = read_content(next(el for el in tree.iter() if el.get("id") == "t"))
    return content.unmarked_lead, content.paragraphs


@pytest.mark.parametrize(
    ("page", "lead"),
    [
        # The portal's video page: the player, then the headline's box with the summary.
        (f"<div class='video'>{_VIDEO}<div><h1>Thu hoạch lúa</h1>{_TEXT}</div></div>", _SUMMARY),
        # A broadcaster's: a YouTube player in the text's own box, above the summary.
        (f"<div id='t'>{_YOUTUBE}<p>{_SUMMARY}</p></div>", _SUMMARY),
        (f"<div id='t'><amp-video src='/v.mp4'></amp-video><p>{_SUMMARY}</p></div>", _SUMMARY),
        # A short item with a clip embedded under its text: the text is the article's.
        (f"<div id='t'><p>{_SUMMARY}</p>{_YOUTUBE}</div>", None),
        # JW Player set up by a script in an empty box naming its file
        (f"<div><div data-file='https://media.x.vn/v/5g.mp4'></div><h1>5G</h1>{_TEXT}</div>",
         _SUMMARY),
        # A map above is no player, nor a picture loaded lazily.
        (f"<div>{_MAP}<div>{_TEXT}</div></div>", None),
        (f"<div><img data-src='/anh/5g.jpg'><h1>5G</h1>{_TEXT}</div>", None),
        # A station's live stream in a sidebar, far from the text, stands above no article.
        (f"<div class='side'>{_VIDEO}</div><div><div><div><div><div>{_TEXT}</div></div></div>"
         "</div></div>", None),
        # A text the video only illustrates is longer than a summary.
        (f"<div>{_VIDEO}<div id='t'><p>{_SUMMARY * 8}</p></div></div>", None),
    ],
    ids=["portal", "youtube", "amp", "jw-player", "clip-below", "map", "lazy-picture",
         "sidebar-stream", "long-text"],
)  # fmt: skip
def test_the_one_paragraph_under_a_player_is_the_lead(page: str, lead: str | None) -> None:
    found, paragraphs = _lead_and_paragraphs(page)
    assert found == lead
    assert len(paragraphs) == 1  # the body drops it only as the lead (ArticlePage.body)


def test_two_paragraphs_under_a_player_are_the_text() -> None:
    page = f"<div>{_VIDEO}<div id='t'><p>{_SUMMARY}</p><p>{_SUMMARY} Đoạn hai.</p></div></div>"
    assert _lead_and_paragraphs(page) == (None, [_SUMMARY, f"{_SUMMARY} Đoạn hai."])
