"""The page's title: the profile's, the structured metadata's (JSON-LD's headline, else
`og:title`) or the visible headline, each stripped of the site's name, with the conflicts
between them recorded."""

from __future__ import annotations

from newscrawl import vn
from newscrawl.pages import layers
from newscrawl.pages.generic.affixes import kicker_apart, strip_affix, without_site_suffix
from newscrawl.pages.memo import memo
from newscrawl.pages.page_times import PageTimes


class PageTitle(PageTimes):
    @memo
    def _title(self) -> str | None:
        by_profile = self.by_profile.text("title")
        names = self.meta.site_names
        visible = by_profile
        if not visible and (shown := self.generic.title()):
            visible = without_site_suffix(shown, names)
        structured = self._structured_title(visible)
        if structured:
            structured = strip_affix(structured, visible, names)
            if vn.fold(structured) in {vn.fold(name) for name in names}:
                structured = None  # an `og:title` that is only the site's name
            elif visible and kicker_apart(structured, visible):
                structured = visible  # the kicker is the page's to print or set apart
        answers = [by_profile, structured, None if by_profile else visible]
        resolved = layers.resolve(answers, layers.same_title)
        if resolved.conflict:
            if not by_profile and visible and self._names_the_page():
                return visible  # (no headline: the page's name, which no layer reads as one)
            self.warnings.add("title_conflict")
            if not by_profile and visible and self._doc_title_shows(visible):
                return visible
        if resolved.value is None and self.meta.doc_title:  # `<title>` is the last resort
            return strip_affix(self.meta.doc_title, visible, names)
        if (
            not by_profile
            and visible
            and resolved.value
            and self._cut_short(resolved.value, visible)
        ):
            return visible
        return resolved.value

    def _cut_short(self, structured: str, visible: str) -> bool:
        """Is the structured title the headline cut short (JSON-LD's live report title before
        its colon), where `<title>` shows the headline whole?"""
        folded, whole = vn.fold(structured), vn.fold(visible)
        if folded == whole or not whole.startswith(folded):
            return False
        bare = self._bare_doc_title(visible)
        return bare is not None and vn.fold(bare) == whole

    def _names_the_page(self) -> bool:
        """Is the structured title the name of a page typed `website`, with no headline
        declared (Google Sites' `Site - Page` over its banner's headline)?"""
        return self.meta.og_type == "website" and self.meta.headline is None

    def _doc_title_shows(self, visible: str) -> bool:
        """Does `<title>` show the visible headline, where `og:title` holds a social one (the
        page's own two agree)?"""
        bare = self._bare_doc_title(visible)
        return bare is not None and layers.same_title(bare, visible)

    def _bare_doc_title(self, visible: str) -> str | None:
        """`<title>` without the site's name."""
        doc_title = self.meta.doc_title
        return strip_affix(doc_title, visible, self.meta.site_names) if doc_title else None

    def _structured_title(self, visible: str | None) -> str | None:
        """JSON-LD's headline, else `og:title`. A JSON-LD headline naming neither, where
        `og:title` names the visible headline, names no article: MediaWiki writes a generic
        description there (`trang tin tức của Wikimedia`) on every page."""
        headline, og_title = self.meta.headline, self.meta.og_title
        if not (headline and og_title and visible):
            return headline or og_title
        names = self.meta.site_names
        bare = strip_affix(og_title, visible, names)
        if layers.same_title(bare, visible) and not layers.same_title(headline, bare):
            return og_title
        return headline

    def title(self) -> str | None:
        return self._title
