"""Raw strings -> the exported article: the one place where page text becomes typed values.

Both the crawl (through `pipelines.NormalizePipeline`) and `newscrawl.extract_article` call
`build_article`, so an article looks the same whichever way it was produced.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime

from newscrawl import vn
from newscrawl.items import (
    SCHEMA_VERSION,
    Article,
    ImageOut,
    LinkOut,
    RawArticle,
    RawImage,
)
from newscrawl.pages.profile import profile_for_site
from newscrawl.utc import utc_iso


def published_day(raw: RawArticle, fetched_at: datetime | None = None) -> date | None:
    """The day the article was published, read as `build_article` reads it (date windows)."""
    page_clock = vn.parse_timestamp(raw.page_time) if raw.page_time else None
    reference = _reference(page_clock, raw.captured_at or fetched_at)
    value = (
        vn.parse_timestamp(raw.published, reference=reference, month_first=raw.month_first)
        if raw.published
        else None
    )
    return vn.day_of(value) if value is not None else None


def _reference(page_clock: datetime | date | None, fetched_at: datetime | None) -> datetime | None:
    """What relative times on the page ("2 giờ trước") count from: its own clock, else the
    moment it was fetched (or captured, for a web archive's replay)."""
    return page_clock if isinstance(page_clock, datetime) else fetched_at


def build_article(raw: RawArticle, *, fetched_at: datetime | None = None) -> Article:
    warnings = set(raw.warnings)
    month_first = raw.month_first
    page_clock = _read_time(raw.page_time, "page_time", None, warnings, month_first)
    seen_at = raw.captured_at or fetched_at  # a replayed page was seen when it was captured
    reference = _reference(page_clock, seen_at)
    published = _in_utc(
        _read_time(raw.published, "published", reference, warnings, month_first), raw.published, raw
    )
    modified = _in_utc(
        _read_modified(raw.modified, published, reference, warnings, month_first), raw.modified, raw
    )
    views = vn.parse_view_count_detailed(raw.view_count) if raw.view_count else None
    # (Joomla's hits labelled as visits, `Lượt truy cập: 2731`: the page layer took the line.)
    view_count = views.value if views else None
    if view_count is None and raw.view_count:
        view_count = vn.parse_visits(raw.view_count)
    if raw.view_count and view_count is None:
        warnings.add("views_unparsed")
    byline = vn.parse_byline(raw.byline) if raw.byline else None
    # A visible byline wins, even one naming only a source ("Theo TTXVN"): the metadata's
    # author is then often the account that posted a wire story.
    authors = list(byline.authors) if byline else _metadata_authors(raw)
    if byline and raw.byline and vn.credits_only_the_media(raw.byline):
        # (A theme's author field over a closing `Ảnh: Trần Khải`: the writer, then the rest.)
        authors = _with_writers(_metadata_authors(raw), authors)
    elif byline and byline.editors and not (byline.authors or byline.source):
        # (`Biên tập: Thu Hà` alone under the text: the writers are the metadata's, not she.)
        writers = _metadata_authors(raw)
        authors = [w for w in writers if not any(vn.same_person(w, e) for e in byline.editors)]
    if byline and authors and raw.meta_authors and _names_others(_metadata_authors(raw), authors):
        warnings.add("authors_conflict")
    if published is not None and raw.article_id and _id_out_of_line(raw, published):
        warnings.add("id_date_mismatch")
    article: Article = {
        "url": raw.url,
        "canonical_url": raw.canonical_url or raw.url,
        "site": raw.site,
        "article_id": raw.article_id,
        "category": raw.category,
        "title": raw.title or "",
        "lead": raw.lead,
        "body": "\n\n".join(raw.body),
        "published_at": vn.format_timestamp(published) if published is not None else None,
        "published_at_raw": raw.published,
        "modified_at": vn.format_timestamp(modified) if modified is not None else None,
        "modified_at_raw": raw.modified,
        "authors": authors,
        "source": byline.source if byline else None,
        "byline_raw": raw.byline,
        "view_count": view_count,
        "view_count_raw": raw.view_count,
        "view_count_observed_at": _observed_at(view_count, page_clock, seen_at),
        "images": [_image(i) for i in raw.images],
        "tags": _tags(raw.tags),
        "related": [LinkOut(url=r.url, title=r.title) for r in raw.related],
        "warc": None,
        "warnings": sorted(warnings),
        "schema_version": SCHEMA_VERSION,
    }
    if fetched_at is not None:
        article["fetched_at"] = utc_iso(fetched_at)
    return article


def _tags(shown: list[str]) -> list[str]:
    """Each tag once, as a keyword (`#nhãn lồng` is the tag `nhãn lồng`)."""
    if len(set(shown)) == len(shown) and not any(tag.startswith(("#", "＃")) for tag in shown):
        return list(shown)  # (the page layer's tags are cleaned already: most pages)
    return [tag for tag in dict.fromkeys(map(vn.clean_tag, shown)) if tag]


def _in_utc(
    value: datetime | date | None, text: str | None, raw: RawArticle
) -> datetime | date | None:
    """A zone-less machine time from a generator that writes UTC (the page layer says so)."""
    return vn.as_utc_if_zoneless(value, text) if raw.zoneless_utc and text else value


def _read_time(
    text: str | None,
    field: str,
    reference: datetime | None,
    warnings: set[str],
    month_first: bool = False,
) -> datetime | date | None:
    if not text:
        return None
    result = vn.parse_timestamp_detailed(text, reference=reference, month_first=month_first)
    if field != "page_time":  # a wrong weekday on the page's clock says nothing of the article
        warnings.update(w for w in result.warnings if w == "weekday_mismatch")
    if result.value is None:
        problem = "in_future" if "in_future" in result.warnings else "unparsed"
        warnings.add(f"{field}_{problem}")
    return result.value


def _read_modified(
    text: str | None,
    published: datetime | date | None,
    reference: datetime | None,
    warnings: set[str],
    month_first: bool = False,
) -> datetime | date | None:
    """The update's moment; a time with no date (`Cập nhật lúc 11:20`, which the page layer
    takes only beside the publication line) is read on the publication's day."""
    if text and isinstance(published, datetime):  # (`parse_time_on` refuses a dated line)
        beside = vn.parse_time_on(text, vn.day_of(published)).value
        if beside is not None:
            return beside
    return _read_time(text, "modified", reference, warnings, month_first)


def _observed_at(
    view_count: int | None, page_clock: datetime | date | None, fetched_at: datetime | None
) -> str | None:
    if view_count is None:
        return None
    if isinstance(page_clock, datetime):
        return vn.format_timestamp(page_clock)
    return utc_iso(fetched_at) if fetched_at is not None else None


def _metadata_authors(raw: RawArticle) -> list[str]:
    """People the structured metadata names, for a page without a visible byline.

    Each name is read as a byline would be, so CMS accounts (`admin`, `Quản trị viên`) and the
    site's own name, which are no people, are dropped.
    """
    site = vn.fold(raw.site)
    found: list[str] = []
    for name in raw.meta_authors:
        for person in vn.parse_byline(name).authors:
            if person not in found and vn.fold(person) != site:
                found.append(person)
    return found


def _with_writers(writers: list[str], credited: list[str]) -> list[str]:
    """The metadata's writers first, then those the byline credits, each person once."""
    rest = [name for name in credited if not any(vn.same_person(name, w) for w in writers)]
    return [*writers, *rest] if writers else credited


def _names_others(named: list[str], authors: list[str]) -> bool:
    """Does the metadata name someone the visible byline does not (`vn.signs_for`: case, tone
    placement and a signature without the family name aside, whichever of the two is the
    shorter: a CMS account may carry the name its owner signs with)? Naming fewer of them, as a
    CMS's single author field does, is no disagreement."""
    return not vn.all_named(named, authors)


def _image(image: RawImage) -> ImageOut:
    caption = vn.parse_caption(image.caption) if image.caption else None
    credit = caption.credit if caption else None
    if image.credit:  # set apart by the page: `Ảnh: Hoàng Long` or a bare `TTXVN`
        credit = vn.parse_caption(image.credit).credit or vn.clean_text(image.credit)
    return ImageOut(url=image.url, caption=caption.text if caption else None, credit=credit)


def _id_out_of_line(raw: RawArticle, published: datetime | date) -> bool:
    """Ids rise with time: is this one far from where its date says it should be?"""
    profile = profile_for_site(raw.site)
    if profile is None or len(profile.id_dates) < 2 or not (raw.article_id or "").isdigit():
        return False
    expected = _interpolate(profile.id_dates, int(raw.article_id or 0))
    return abs((vn.day_of(published) - expected).days) > profile.id_date_tolerance_days


def _interpolate(anchors: tuple[tuple[int, date], ...], article_id: int) -> date:
    """The date an id should have, between the anchors around it (sorted by id)."""
    lo, hi = anchors[0], anchors[1]
    for left, right in itertools.pairwise(anchors):
        lo, hi = left, right
        if article_id <= right[0]:
            break
    span_ids = hi[0] - lo[0] or 1
    span_days = (hi[1] - lo[1]).days
    offset = round((article_id - lo[0]) * span_days / span_ids)
    return date.fromordinal(lo[1].toordinal() + offset)
