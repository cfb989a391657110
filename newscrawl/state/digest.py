"""A digest of what an article says, to tell a changed article from an unchanged one."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping


def content_digest(article: Mapping[str, object]) -> str:
    text = "\n".join(str(article.get(name) or "") for name in ("title", "lead", "body"))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
