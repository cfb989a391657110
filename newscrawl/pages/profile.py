"""Site profiles: what newscrawl knows about one portal, as data.

A profile is a JSON file under `pages/profiles/`: host aliases (and the hosts of its pictures),
URL patterns and CSS selectors.
A new portal of the same kind is a new file (plus, at most, a small spider subclass).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

PROFILE_PACKAGE = "newscrawl.pages.profiles"


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    site: str
    base_url: str
    hosts: frozenset[str]
    article_pattern: re.Pattern[str]
    section_pattern: re.Pattern[str] | None = None
    archive_day_pattern: re.Pattern[str] | None = None
    archive_template: str | None = None
    canonical_template: str | None = None
    canonical_template_without_category: str | None = None
    selectors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (article id, publication date) anchors, by id: ids rise with time, so an id far from the
    # interpolated date is suspicious.
    id_dates: tuple[tuple[int, date], ...] = ()
    id_date_tolerance_days: int = 120
    # Hosts serving the portal's pictures and not its pages (`media.baothaibinh.com.vn`): an
    # article's pictures there are archived with it (docs/archive.md, "Pictures").
    media_hosts: frozenset[str] = frozenset()

    def selector(self, name: str) -> tuple[str, ...]:
        return self.selectors.get(name, ())

    def with_media_hosts(self, names: Iterable[str]) -> Profile:
        """The profile with more picture hosts (NEWSCRAWL_MEDIA_HOSTS: a CDN the portal moved
        its pictures to)."""
        more = {host_name(name) for name in names} - {""}
        return replace(self, media_hosts=self.media_hosts | more) if more else self


def host_name(name: str) -> str:
    """A host name as profiles and URLs are compared by: lower case, no root dot."""
    return name.strip().lower().rstrip(".")


def _pattern(urls: dict[str, str], key: str) -> re.Pattern[str] | None:
    value = urls.get(key)
    return re.compile(value) if value else None


def profile_from_dict(data: dict[str, Any]) -> Profile:
    urls: dict[str, str] = data.get("urls", {})
    article = _pattern(urls, "article")
    if article is None:
        raise ValueError(f"profile {data.get('name')!r} has no article URL pattern")
    return Profile(
        name=data["name"],
        site=data["site"],
        base_url=data["base_url"].rstrip("/"),
        hosts=frozenset(host_name(h) for h in data.get("hosts", [data["site"]])),
        article_pattern=article,
        section_pattern=_pattern(urls, "section"),
        archive_day_pattern=_pattern(urls, "archive_day"),
        archive_template=urls.get("archive_template"),
        canonical_template=urls.get("canonical"),
        canonical_template_without_category=urls.get("canonical_without_category"),
        selectors={k: tuple(v) for k, v in data.get("selectors", {}).items()},
        id_dates=tuple(
            sorted((int(i), date.fromisoformat(d)) for i, d in data.get("id_dates", []))
        ),
        id_date_tolerance_days=int(data.get("id_date_tolerance_days", 120)),
        media_hosts=frozenset(host_name(h) for h in data.get("media_hosts", [])),
    )


@cache
def all_profiles() -> tuple[Profile, ...]:
    files = sorted(
        (f for f in resources.files(PROFILE_PACKAGE).iterdir() if f.name.endswith(".json")),
        key=lambda f: f.name,
    )
    return tuple(profile_from_dict(json.loads(f.read_text("utf-8"))) for f in files)


def get_profile(name: str) -> Profile:
    for profile in all_profiles():
        if profile.name == name:
            return profile
    known = ", ".join(p.name for p in all_profiles())
    raise KeyError(f"no site profile named {name!r} (known: {known})")


@cache
def profile_for_site(site: str) -> Profile | None:
    """The profile of the site an article was exported for (`RawArticle.site`)."""
    return next((p for p in all_profiles() if p.site == site), None)


def profile_for_host(host: str) -> Profile | None:
    host = host.lower().rstrip(".")
    for profile in all_profiles():
        if host in profile.hosts:
            return profile
    return None
