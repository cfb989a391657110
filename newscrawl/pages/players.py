"""A video page's player above its one paragraph: the video is the article, and the line under
its player sums it up, so it is the lead and the body is empty (docs/fields.md, `body`)."""

from __future__ import annotations

import re

from newscrawl.pages.blocks import TextBlock
from newscrawl.pages.dom import Element

_PLAYER_TAGS = frozenset({"video", "amp-video", "amp-youtube"})
_PLAYER_FRAMES = re.compile(
    r"youtube(?:-nocookie)?\.com/embed/|player\.vimeo\.com/|facebook\.com/plugins/video"
    r"|/player\b|\.(?:mp4|m3u8)\b",
    re.I,
)
_VIDEO_FILE = re.compile(r"\.(?:mp4|m3u8|webm)\b", re.I)
# The player's box and the text's within this many levels of the text's box: a player in a
# sidebar (a station's live stream) stands above no article's text.
_NEAR_LEVELS = 3
_MAX_SUMMARY_CHARS = 500  # a sentence or three: a text the video only illustrates is longer


def sums_up_a_video(paragraph: TextBlock, root: Element) -> bool:
    """Is `paragraph` (the text's only one; `root` the text's box) the summary under a video's
    player?"""
    if len(paragraph.text) > _MAX_SUMMARY_CHARS:
        return False
    box = root
    for _ in range(_NEAR_LEVELS):
        parent = box.getparent()
        if parent is None or parent.tag == "body":
            break
        box = parent
    for el in box.iter():
        if el is paragraph.element:
            return False
        if _is_player(el):
            return True
    return False


def _is_player(el: Element) -> bool:
    if el.tag in _PLAYER_TAGS:
        return True
    if el.tag == "iframe":
        return bool(_PLAYER_FRAMES.search(el.get("src") or ""))
    # A script's player set up in an empty box naming its file (JW Player's `<div
    # data-file="….mp4">`)
    named = el.get("data-file") or el.get("data-video") or el.get("data-src")
    return named is not None and _VIDEO_FILE.search(named) is not None
