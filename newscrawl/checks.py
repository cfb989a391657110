"""The run's checks: what makes a run's report `failed` and the `crawl` command exit 3
(`health.py` builds the report they read; docs/scheduled-runs.md lists them and their
settings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

DEFAULT_FLOORS = {"published_at": 0.5}


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def run_checks(
    report: dict[str, Any], previous: dict[str, float] | None, settings: BaseSettings
) -> list[Check]:
    checks = [_check_articles(report)]
    checks.append(
        _check_error_rate(report, settings.getfloat("NEWSCRAWL_CHECK_MAX_ERROR_RATE", 0.2))
    )
    asked = report["media"]["requested"] + report["media"]["retried"]
    if asked:
        max_media = settings.getfloat("NEWSCRAWL_CHECK_MAX_MEDIA_ERROR_RATE", 0.5)
        rate = report["media"]["failed"] / asked
        detail = f"{rate:.1%} of {asked} pictures failed (max {max_media:.0%})"
        checks.append(Check("media_error_rate", rate <= max_media, detail))
    checks.append(
        _check_profile_fit(report, settings.getfloat("NEWSCRAWL_CHECK_MAX_PROFILE_MISSES", 0.5))
    )
    minimum = settings.getint("NEWSCRAWL_CHECK_MIN_ARTICLES", 5)
    if report["articles"]["revisits_requested"] >= minimum:
        max_removed = settings.getfloat("NEWSCRAWL_CHECK_MAX_REMOVED_RATE", 0.5)
        checks.append(_check_removed_rate(report["articles"], max_removed))
    if report["articles"]["exported"] >= minimum:
        floors = settings.getdict("NEWSCRAWL_CHECK_COVERAGE_FLOORS", DEFAULT_FLOORS)
        drop = settings.getfloat("NEWSCRAWL_CHECK_COVERAGE_DROP", 0.5)
        checks += _coverage_checks(report["coverage"], floors, previous, drop)
    return checks


def _check_error_rate(report: dict[str, Any], max_rate: float) -> Check:
    """The pages' requests that failed; the pictures' have a check of their own, so that a
    picture host that is down does not hide, or stand for, a portal that is, and a missing
    stylesheet or icon (a requisite) says nothing of the pages."""
    media, requisites = report["media"], report["requisites"]
    failed = sum(report["failures"].values()) - media["failed"] - requisites["failed"]
    requests = report["requests"] - media["requested"] - media["retried"]
    requests -= requisites["requested"]
    rate = failed / requests if requests > 0 else 0.0
    return Check(
        "error_rate", rate <= max_rate, f"{rate:.1%} of requests failed (max {max_rate:.0%})"
    )


def _check_removed_rate(articles: dict[str, Any], max_rate: float) -> Check:
    """Takedowns are news; most of the archive gone at once is a portal being retired or
    broken (every article redirected home, or answered 404), which the archivist must hear of
    the morning it happens, to turn to the web archives (docs/wayback.md)."""
    removed, revisits = articles["removed"], articles["revisits_requested"]
    rate = removed / revisits
    detail = f"{removed} of {revisits} revisited articles found removed (max {max_rate:.0%})"
    if rate > max_rate:
        detail += ": is the portal going?"
    return Check("removed_rate", rate <= max_rate, detail)


def _check_articles(report: dict[str, Any]) -> Check:
    """Some article was read, or every article the portal listed is archived already (or
    failed in earlier runs too: a scheduled run retrying a lost article has nothing new)."""
    read = report["pages"].get("article", 0)
    links = report["article_links"]
    new = links["requested"] - links["retried_failed"]
    ok = read > 0 or (links["seen"] > 0 and new == 0)
    detail = f"{read} article pages read, {links['seen']} article links, {new} new"
    return Check("articles_found", ok, detail)


def _check_profile_fit(report: dict[str, Any], max_share: float) -> Check:
    """The site profile still finds the portal's text box, listing items and archive form. A
    redesign is read on by the generic layers, but loses what only the profile finds: the
    listings' dates (date windows, a scheduled run's early stop) and the way into the archive."""
    fit, pages = report["profile"], report["pages"]
    misses: list[str] = []
    articles = pages.get("article", 0)
    gone = fit["content_missing"] + fit["content_empty"]
    if articles and gone > max_share * articles:
        misses.append(f"content box missing or empty on {gone} of {articles} article pages")
    sections = pages.get("section", 0)
    if sections and fit["listing_items_missing"] > max_share * sections:
        misses.append(
            f"listing items missing on {fit['listing_items_missing']} of {sections} section pages"
        )
    if fit["archive_form_missing"]:
        misses.append("archive form missing from the home page: the date archive was not walked")
    detail = "; ".join(misses) or (
        f"content box missing or empty on {gone} of {articles} article pages,"
        f" listing items on {fit['listing_items_missing']} of {sections} section pages"
    )
    return Check("profile_fit", not misses, detail)


def _coverage_checks(
    coverage: dict[str, float | None],
    floors: dict[str, Any],
    previous: dict[str, float] | None,
    drop: float,
) -> list[Check]:
    checks: list[Check] = []
    for name, floor in floors.items():
        share = coverage.get(name) or 0.0
        checks.append(
            Check(
                f"coverage_{name}",
                share >= float(floor),
                f"{name} on {share:.0%} of articles (floor {float(floor):.0%})",
            )
        )
    for name, before in (previous or {}).items():
        now = coverage.get(name)
        if now is None or before < 0.2:
            continue
        share = now
        ok = share >= before * (1 - drop)
        checks.append(
            Check(
                f"coverage_drop_{name}",
                ok,
                f"{name} on {share:.0%} of articles, {before:.0%} in the last run",
            )
        )
    return checks
