"""Downloader middlewares of the crawl."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.http import Response

FETCHED_AT = "fetched_at"


class FetchTimeMiddleware:
    """Stamps each response with the moment it arrived (ISO 8601 UTC, in `meta["fetched_at"]`).

    The spider copies it into the article, so `fetched_at` is the download time, not the time a
    callback happened to run."""

    def process_response(self, request: Request, response: Response) -> Response:
        # Overwritten, not kept: a redirect or a retry carries the meta of the hop before it.
        request.meta[FETCHED_AT] = datetime.now(UTC).isoformat()
        return response
