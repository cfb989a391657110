"""The replica's page requisites: the stylesheet, script and icon every page loads, and the
font and background picture the stylesheet loads in turn, so that a WARC crawl of the replica
archives what a replay needs to show the portal styled (docs/archive.md, "Page requisites").

The live portal's own files are unknown; these stand for them with the same shapes: paths an
ASP.NET CMS of the 2010s serves them at, a version in the query string, and a stylesheet that
reaches its font and picture by relative addresses.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

VERSION = "20190315"
STYLESHEET = "Content/css/site.css"
SCRIPT = "Scripts/site.js"
ICON = "favicon.ico"
FONT = "Content/fonts/roboto-regular.woff2"
HEADER_PICTURE = "Content/images/header-bg.png"
FILES = (STYLESHEET, SCRIPT, ICON, FONT, HEADER_PICTURE)

# A 1x1 PNG, the portal's red.
_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478"
    "9c633821a0070002aa010782259aee0000000049454e44ae426082"
)
_STYLESHEET = f"""/* Báo Thái Bình: the site's stylesheet (replica) */
@font-face {{
  font-family: "Roboto";
  src: url("../fonts/roboto-regular.woff2") format("woff2");
}}
body {{ font: 14px/1.5 "Roboto", Arial, sans-serif; color: #222; }}
#header {{ background: #c8102e url(../images/header-bg.png) repeat-x; }}
#header .logo {{ color: #fff; font-size: 28px; font-weight: bold; }}
.main-menu li {{ display: inline-block; margin-right: 12px; }}
.detail-title {{ font-size: 24px; }}
.image_desc {{ font-style: italic; text-align: center; }}
/* version {VERSION} */
"""
_SCRIPT = """// Báo Thái Bình: the site's script (replica); the archive form has its own.
(function () {
  var menu = document.querySelector('.main-menu');
  if (menu) { menu.setAttribute('data-ready', '1'); }
})();
"""


def _icon(png: bytes) -> bytes:
    """A Windows icon holding one PNG image (ICO allows PNG entries since Vista)."""
    header = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", 1, 1, 0, 0, 1, 32, len(png), 6 + 16)
    return header + entry + png


def _font() -> bytes:
    # Not a real font: the signature and a name, enough for a file a replay hands back as is.
    return b"wOF2" + b"\x00\x01\x00\x00" + b"replica: Roboto Regular".ljust(56, b"\x00")


def head_tags() -> list[str]:
    return [
        f'<link rel="stylesheet" type="text/css" href="/{STYLESHEET}?v={VERSION}">',
        f'<link rel="shortcut icon" href="/{ICON}">',
    ]


def body_end_tags() -> list[str]:
    return [f'<script src="/{SCRIPT}?v={VERSION}"></script>']


def requisite_files() -> Iterator[tuple[str, str | bytes]]:
    """(file path relative to the tree, content)."""
    yield STYLESHEET, _STYLESHEET
    yield SCRIPT, _SCRIPT
    yield ICON, _icon(_PNG)
    yield FONT, _font()
    yield HEADER_PICTURE, _PNG
