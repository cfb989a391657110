"""WordPress shortcodes that a migration left unrendered in the text: `[caption id=...]<img>
Lãnh đạo huyện cắt băng. Ảnh: Minh Tuấn[/caption]`, `[embed]https://youtube...[/embed]`,
`[gallery ids="1,2"]`, a page builder's `[vc_row][vc_column_text]...`. A reader sees them as
bracketed code around the article's words: the code is no text, the caption's words are the
picture's caption.
"""

from __future__ import annotations

import re

# WordPress's own shortcodes, and the page builders' that small sites used most (WPBakery,
# Divi, Avada, Shortcodes Ultimate), in lower case as WordPress writes them: a bracketed word of
# another kind (`[1]`, `[Video]`) is text.
_NAME = (
    r"(?:wp_caption|caption|embed|gallery|video|audio|playlist|youtube|contact-form-7|"
    r"vc_\w+|et_pb_\w+|fusion_\w+|su_\w+)"
)
# An embed's URL is no text either: the tag pair goes whole.
_EMBED = re.compile(r"\[(embed|video|audio|youtube)\b[^\]]*\][^\[]*\[/\1\]")
_TAG = re.compile(rf"\[/?{_NAME}(?:\s[^\]]*)?\]")
_CAPTION_END = "[/caption]"


def without_shortcodes(text: str) -> str:
    """The text without the shortcodes in it ("" when it was only code)."""
    if "[" not in text:  # nearly every paragraph
        return text
    return _TAG.sub("", _EMBED.sub("", text)).strip()


def shortcode_caption(text: str) -> str | None:
    """The caption a `[caption]` shortcode closes (`Text[/caption]`), or None."""
    end = text.find(_CAPTION_END)
    if end < 0:
        return None
    return without_shortcodes(text[:end]) or None
