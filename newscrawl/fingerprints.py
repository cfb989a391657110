"""Request fingerprints that know one article is one page, however it is linked.

The portal serves an article under several hosts, with or without its category segment and
with any slug. The spider puts the article's identity in `meta["article_key"]` (plain data, so
it survives JOBDIR and Redis queues), and this fingerprinter lets Scrapy's own duplicate filter
(persisted in JOBDIR's `requests.seen`) drop every other way to the same article.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from scrapy.utils.request import RequestFingerprinter

if TYPE_CHECKING:
    from scrapy import Request

ARTICLE_KEY = "article_key"


class ArticleFingerprinter(RequestFingerprinter):
    def fingerprint(self, request: Request) -> bytes:
        key = request.meta.get(ARTICLE_KEY)
        # A redirect carries the meta of the request it answers: fingerprinted by its key it
        # would be filtered as a duplicate of that very request, and the article lost.
        redirected = "redirect_urls" in request.meta
        if isinstance(key, str) and request.method == "GET" and not redirected:
            return hashlib.sha1(b"newscrawl-article\0" + key.encode("utf-8")).digest()
        return super().fingerprint(request)
