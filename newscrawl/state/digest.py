"""Digests of what an article says, to tell a revisited article that was edited from one that
was not (docs/scheduled-runs.md, "Edits and takedowns").

The state keeps one digest per field an editor may change. Fields that move by themselves are
left out: the view count, the related lists (every new article changes them), the warnings and
where and when the page was fetched. States written before the per-field digests hold only the
whole digest of title, lead and body (`content_digest`), which still tells whether those changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

# What an editor writes; an edit of any of them is recorded.
COMPARED_FIELDS = (
    "title",
    "lead",
    "body",
    "authors",
    "source",
    "published_at",
    "images",
    "tags",
    "category",
)
# What `content_digest` covers.
_CONTENT_FIELDS = ("title", "lead", "body")


def content_digest(article: Mapping[str, object]) -> str:
    text = "\n".join(str(article.get(name) or "") for name in _CONTENT_FIELDS)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def field_digests(article: Mapping[str, object]) -> dict[str, str]:
    """A short digest of each compared field; an empty value (`None`, `""`, `[]`) is one value."""
    return {name: _digest(article.get(name)) for name in COMPARED_FIELDS}


def _digest(value: object) -> str:
    text = json.dumps(value or None, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def differing(now: Mapping[str, str], then: Mapping[str, str]) -> list[str]:
    """The compared fields whose digests differ, of those `then` holds."""
    return [name for name in COMPARED_FIELDS if name in then and then[name] != now.get(name)]


def changed_fields(
    article: Mapping[str, object], digests: Mapping[str, str] | None, whole: str | None
) -> list[str] | None:
    """The compared fields in which `article` differs from the version the state holds (its
    per-field `digests`, or only its `whole` content digest): `[]` when it is the same, None
    when it differs in its title, lead or body but the state cannot tell which."""
    if digests:
        return differing(field_digests(article), digests)
    if whole is None or whole == content_digest(article):
        return []
    return None
