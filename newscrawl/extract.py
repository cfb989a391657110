"""`extract_article`: one page in, one exported article out, with no crawl."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from newscrawl.article import build_article
from newscrawl.charsets import DEFAULT_FALLBACKS
from newscrawl.items import Article
from newscrawl.pages.profile import Profile, get_profile
from newscrawl.pages.reading import parse_page, read_article


def extract_article(
    html: str | bytes,
    url: str,
    *,
    fetched_at: datetime | None = None,
    profile: Profile | str | None = None,
    content_type: str | None = None,
    fallback_charsets: Sequence[str] = DEFAULT_FALLBACKS,
) -> Article:
    """The article exactly as one JSONL line of a crawl would hold it.

    `profile` names the site profile to use when `url` is not on the portal's own hosts (a
    mirror, the replica, an archived copy); by default it is chosen from the URL's host.
    Crawl-only fields are absent (`fetched_at` unless given) or null (`warc`).
    `fallback_charsets` are what undeclared bytes that are not UTF-8 are tried as, in order (a
    crawl's NEWSCRAWL_FALLBACK_CHARSETS).
    """
    chosen = get_profile(profile) if isinstance(profile, str) else profile
    raw = read_article(parse_page(html, content_type, fallback_charsets), url, chosen)
    return build_article(raw, fetched_at=fetched_at)
