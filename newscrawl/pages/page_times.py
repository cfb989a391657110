"""The page's timestamps: publication, update and the page's own clock, each from the first
layer that answers (profile, structured metadata, the visible lines, the URL), with the
conflicts between layers recorded."""

from __future__ import annotations

from newscrawl import vn
from newscrawl.pages import layers
from newscrawl.pages.memo import memo
from newscrawl.pages.sources import PageSources
from newscrawl.pages.urls import url_date


class PageTimes(PageSources):
    @memo
    def _month_first(self) -> bool:
        """A profile's portal prints day first; other pages tell by their own dates."""
        return self.profile is None and self.generic.month_first

    def _same_moment(self, a: str, b: str) -> bool:
        return layers.same_moment(a, b, month_first=self._month_first)

    @memo
    def _published(self) -> str | None:
        by_profile = self.by_profile.text("published")
        meta = self.meta
        answers: list[str | None] = [
            by_profile,
            self._not_archived(meta.ld_published),
            self._not_archived(meta.meta_published),
        ]
        shown: str | None = None
        dated: str | None = None
        if not by_profile:  # the profile's line is the visible one: no need to read it twice
            published = self.generic.timeline.published
            shown = published.raw if published else None
            dated = self.generic.header_times()[0]
            answers += [dated, shown]
        answers.append(self._not_archived(meta.issued))
        resolved = layers.resolve(answers, self._same_moment)
        if resolved.conflict:
            self.warnings.add("published_at_conflict")
        if resolved.value is None:  # the URL is a last resort, never compared
            return (
                self._document_date() or url_date(self.page_url) or url_date(self.canonical_url())
            )
        winner = self._shown_if_utc_is_local(resolved.value, shown)
        self._check_shown_weekday(shown, winner)
        return self._date_if_written_as_utc(winner, [dated, shown])

    def _check_shown_weekday(self, shown: str | None, winner: str) -> None:
        """A structured time dates the article, but readers see the line's weekday: a wrong
        one is flagged as it is where the line itself wins (`build_article` parses the winner)."""
        if shown and shown != winner:
            parsed = vn.parse_timestamp_detailed(shown, month_first=self._month_first)
            if "weekday_mismatch" in parsed.warnings:
                self.warnings.add("weekday_mismatch")

    def _shown_if_utc_is_local(self, winner: str, shown: str | None) -> str:
        """The visible line rather than a structured value that wrote local time as UTC."""
        month_first = self._month_first
        if (
            shown
            and winner != shown
            and layers.local_time_as_utc(winner, shown, month_first=month_first)
        ):
            return shown
        return winner

    def _date_if_written_as_utc(self, winner: str, later: list[str | None]) -> str:
        """The date the page shows (its `<time datetime>`, else its line) rather than a
        structured midnight or noon UTC that stands for it."""
        month_first = self._month_first
        for answer in later:
            if answer and layers.date_written_as_utc(winner, answer, month_first=month_first):
                return answer
        return winner

    def published(self) -> str | None:
        return self._published

    def _not_archived(self, structured: str | None) -> str | None:
        """A structured time, unless it is a snapshot's own moment of capture: archive.today
        writes its head's `article:published_time` so, over the original's text."""
        capture = self.capture
        if structured is None or capture is None or not capture.snapshot:
            return structured
        moment = vn.parse_timestamp(structured)
        return None if moment is not None and moment == capture.captured_at else structured

    def _document_date(self) -> str | None:
        """An administrative document's place and date line (`Vũ Hội, ngày 25 tháng 11 năm
        2024`), read with its text (`ArticlePage`): its date where no line dates the page."""
        return None

    def modified(self) -> str | None:
        answers: list[str | None] = [
            self.by_profile.text("modified"),
            self._not_archived(self.meta.ld_modified),
            self._not_archived(self.meta.meta_modified),
        ]
        shown: str | None = None
        dated: str | None = None
        if not self.by_profile.text("published"):
            modified = self.generic.timeline.modified
            shown = modified.raw if modified else None
            dated = self.generic.header_times()[1]
            answers += [dated, shown]
        resolved = layers.resolve(answers, self._same_moment)
        value = resolved.value
        if value is None:
            return None
        if value in (self.meta.ld_published, self.meta.meta_published):
            return None  # (the metadata's pair set equal, whatever the publication read as)
        value = self._shown_if_utc_is_local(value, shown)
        self._check_shown_weekday(shown, value)
        value = self._date_if_written_as_utc(value, [dated, shown])
        if not layers.is_update(value, self._published, month_first=self._month_first):
            return None  # an "update" at the publication instant is not an update
        if resolved.conflict:
            self.warnings.add("modified_at_conflict")
        return value

    def page_time(self) -> str | None:
        return self._profile_or_generic("page_time", self.by_profile.text, self._generic_clock)

    def _generic_clock(self) -> str | None:
        clock = self.generic.timeline.clock
        return clock.raw if clock else None

    def view_count(self) -> str | None:
        """The profile's, the structured metadata's (a forum's JSON-LD counts what it never
        shows), else the count the header shows, else the count its microdata declares.

        Microdata marks the shown count itself: read from the page, it is the same number, with
        its label as shown. It answers where the label is no views label (Joomla's Vietnamese
        pack prints its hits `Lượt truy cập`, the words of a site's visitor counter)."""
        return (
            self.by_profile.text("view_count")
            or self.meta.ld_views
            or self.generic.view_count()
            or self.meta.md_views
        )
