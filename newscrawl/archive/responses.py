"""A Scrapy response made again out of an HTTP response an archive kept (a WARC record)."""

from __future__ import annotations

from scrapy import Request
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes


def archived_response(
    url: str,
    status: int,
    headers: list[tuple[bytes, bytes]],
    body: bytes,
    protocol: str,
    request: Request,
) -> Response:
    """The response the downloader would have built from these bytes: its class (`HtmlResponse`,
    `TextResponse`...) told from headers, address and body, repeated headers kept."""
    kept = Headers()
    for name, value in headers:
        kept.appendlist(name, value)
    cls = responsetypes.from_args(headers=kept, url=url, body=body)
    return cls(url=url, status=status, headers=kept, body=body, protocol=protocol, request=request)
