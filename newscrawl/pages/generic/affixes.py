"""A document title and the headline in it: `<title>`, `og:title` and JSON-LD's `headline` name
the article with the site's name before or after it (`Title - Báo Xứ Quảng`, `Báo Phú Yên
Online - Title`), a section before it (Moodle's `Tin tức: Subject | School`), or none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newscrawl import vn

# A title and the site's name are joined by a spaced separator (a bare hyphen inside a word, as
# in `tôm-lúa`, is not one), or by a colon after the site's name (Blogger: `Blog: Title`).
_SEPARATOR = re.compile(r"(\s+(?:[-|–—:»«›/•]|::|\|\|)\s+|(?<=\S):\s+)")
_MAX_SEPARATORS = 8  # (`Tin tức: Subject | Section | School`: three)


# A kicker in brackets before the headline (`[Video] `, `(Infographic) `): a badge the page
# prints apart from the headline, which document titles run into it.
_KICKER = re.compile(r"[\[(【]\s*[^\W\d_][^\])】]{0,19}[\])】]\s+")


def without_kicker(title: str) -> str:
    """The title without a bracketed kicker in front (`[Video] Lễ hội` -> `Lễ hội`)."""
    kicker = _KICKER.match(title)
    return title[kicker.end() :] if kicker is not None else title


def kicker_apart(title: str, headline: str) -> bool:
    """Do the two differ only by a kicker one of them runs into the headline (`[Video] `)?"""
    folded, shown = vn.fold(title), vn.fold(headline)
    return folded != shown and (
        vn.fold(without_kicker(title)) == shown or vn.fold(without_kicker(headline)) == folded
    )


def _split(title: str) -> list[str]:
    """The title's pieces, odd indices its separators; the title whole when it has more
    separators than a document title has (a `<title>` left open swallows the page: splitting
    it at every separator, as the affixes are looked for, would cost its length squared)."""
    pieces = _SEPARATOR.split(title, maxsplit=_MAX_SEPARATORS + 1)
    return pieces if len(pieces) <= 2 * _MAX_SEPARATORS + 1 else [title]


def affix_variants(title: str) -> set[str]:
    """Folded forms the headline may take in a document title: whole, or without a prefix, a
    suffix or both split off at spaced separators (Moodle's `Tin tức: Subject | School`)."""
    pieces = _split(title)
    variants = {vn.fold(title)}
    cuts = range(1, len(pieces) - 1, 2)  # odd indices are the separators
    for cut in cuts:
        variants.add(vn.fold("".join(pieces[:cut])))
        variants.add(vn.fold("".join(pieces[cut + 1 :])))
        for end in cuts:
            if end > cut:
                variants.add(vn.fold("".join(pieces[cut + 1 : end])))
    variants.discard("")
    return variants


def strip_affix(title: str, headline: str | None, site_names: Iterable[str]) -> str:
    """The title without the site's name before or after it; a ` - ` belonging to the title
    stays (only an affix equal to the visible headline's complement or a known site name goes).
    """
    pieces = _split(title)
    if len(pieces) < 3 or (headline is not None and vn.fold(title) == vn.fold(headline)):
        return title
    split = _around(pieces, headline) if headline is not None else None
    if split is not None:
        return split[0]
    names = [vn.fold(n) for n in site_names if n]
    if _is_site_name(pieces[-1], names):
        return "".join(pieces[:-2])
    if _is_site_name(pieces[0], names):
        return "".join(pieces[2:])
    return title


_SUFFIX_SEPARATORS = (" - ", " – ", " — ", " | ")


def without_site_suffix(headline: str, site_names: Iterable[str]) -> str:
    """A shown headline without the site's declared name printed after it (` - Báo Bắc Ninh
    điện tử`, the document title shown as the headline); a kicker before a colon stays."""
    folded = vn.fold(headline)
    if len(folded) != len(headline):  # (cut where the folded text says, letter for letter)
        return headline
    for name in site_names:
        key = vn.fold(name)
        for separator in _SUFFIX_SEPARATORS:
            if key and folded.endswith(separator + key):
                return headline[: len(folded) - len(separator + key)].rstrip()
    return headline


def affix_of(title: str, headline: str) -> str | None:
    """What the title says besides the headline, folded (`Thái Bình Online - Lễ hội chùa Keo`
    -> `thái bình online`): the site's name, where no metadata gives it."""
    split = _around(_split(title), headline)
    return vn.fold(split[1]) if split is not None else None


def affix_of_folded(title: str, folded_headline: str) -> str | None:
    """`affix_of` for a headline already folded."""
    split = _split_at(_split(title), {folded_headline})
    return vn.fold(split[1]) if split is not None else None


def _around(pieces: list[str], headline: str) -> tuple[str, str] | None:
    """(the headline's part, the other part) where a separator of the split title parts the
    headline from an affix; None where no cut gives the headline. (A headline printed with its
    kicker is found in a title that leaves the kicker out.)"""
    return _split_at(pieces, {vn.fold(headline), vn.fold(without_kicker(headline))})


def _split_at(pieces: list[str], wanted: set[str]) -> tuple[str, str] | None:
    for cut in range(1, len(pieces) - 1, 2):  # odd indices are the separators
        before, after = "".join(pieces[:cut]), "".join(pieces[cut + 1 :])
        if vn.fold(before) in wanted:
            return before, after
        if vn.fold(after) in wanted:
            return after, before
    return None


def _is_site_name(part: str, names: list[str]) -> bool:
    folded = vn.fold(part)
    return len(folded) >= 4 and any(folded in name or name in folded for name in names)
