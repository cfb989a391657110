"""Faults of the content: the wrong kind of file, a bomb, a giant page, bad charsets, bad markup."""

from __future__ import annotations

from newscrawl.server.faults import payloads
from newscrawl.server.faults.charsets import CHARSET_MODES, recode
from newscrawl.server.faults.exchange import HTML, Exchange, Params
from newscrawl.server.faults.responses import Behaviour


def pdf(exchange: Exchange, params: Params) -> None:
    exchange.send(200, payloads.PDF, "application/pdf")


def jpeg(exchange: Exchange, params: Params) -> None:
    exchange.send(200, payloads.JPEG, "image/jpeg")


def gzip_bomb(exchange: Exchange, params: Params) -> None:
    body = payloads.gzip_bomb(params.integer("size"))
    exchange.send(200, body, HTML, headers=[("Content-Encoding", "gzip")])


def oversized(exchange: Exchange, params: Params) -> None:
    page = exchange.page()
    size = params.integer("size")
    if params.flag("chunked"):
        # No Content-Length: the client learns the size only by reading it all.
        exchange.send_head(
            page.status, [("Content-Type", page.content_type), ("Transfer-Encoding", "chunked")]
        )
        if exchange.with_body:
            for chunk in payloads.oversized(page.body, size):
                exchange.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            exchange.write(b"0\r\n\r\n")
        return
    length = payloads.oversized_length(page.body, size)
    exchange.send_head(
        page.status, [("Content-Type", page.content_type), ("Content-Length", str(length))]
    )
    if exchange.with_body:
        for chunk in payloads.oversized(page.body, size):
            exchange.write(chunk)


def charset(exchange: Exchange, params: Params) -> None:
    page = exchange.page()
    if not page.is_html:
        exchange.serve_page()
        return
    body, content_type = recode(page.body, CHARSET_MODES[params.text("mode")])
    exchange.send(page.status, body, content_type)


def malformed(exchange: Exchange, params: Params) -> None:
    page = exchange.page()
    body = payloads.malformed(page.body, params.text("mode"), params.integer("depth"))
    exchange.send(page.status, body, page.content_type)


def soft_error(exchange: Exchange, params: Params) -> None:
    exchange.send(200, payloads.SOFT_ERROR, HTML)


def not_found_page(exchange: Exchange, params: Params) -> None:
    exchange.send(200, payloads.NOT_FOUND_PAGE, HTML)


def empty_body(exchange: Exchange, params: Params) -> None:
    page = exchange.page()
    exchange.send(page.status, payloads.empty_body(page.body), page.content_type)


BEHAVIOURS: dict[str, Behaviour] = {
    "pdf": pdf,
    "jpeg": jpeg,
    "gzip-bomb": gzip_bomb,
    "oversized": oversized,
    "charset": charset,
    "malformed": malformed,
    "empty-body": empty_body,
    "soft-error": soft_error,
    "not-found-page": not_found_page,
}
