"""Faults of the exchange itself: error statuses, resets, truncation, stalls, drips, redirects."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from urllib.parse import parse_qsl, urlencode, urlsplit

from newscrawl.server.faults.exchange import Exchange, Params

Behaviour = Callable[[Exchange, Params], None]

HOP = "_hop"  # the query parameter of a redirect chain's hops: hops left before the page
LOOP = "_loop"  # the query parameter of a redirect loop's steps


def _error_body(exchange: Exchange, status: int) -> bytes:
    reason = exchange.handler.responses.get(status, ("Error",))[0]
    return f"<html><body><h1>{status} {reason}</h1></body></html>".encode()


def status(code: int) -> Behaviour:
    def respond(exchange: Exchange, params: Params) -> None:
        headers: list[tuple[str, str]] = []
        retry_after = params.optional_integer("retry_after")
        if retry_after is not None:
            when = email.utils.formatdate(time.time() + retry_after, usegmt=True)
            headers.append(("Retry-After", when if params.flag("date") else str(retry_after)))
        exchange.send(code, _error_body(exchange, code), headers=headers)

    return respond


def reset(exchange: Exchange, params: Params) -> None:
    keep = params.integer("headers")
    if keep:
        page = exchange.page()
        head = exchange.head_bytes(
            page.status,
            [("Content-Type", page.content_type), ("Content-Length", str(len(page.body)))],
        )
        # Always stop short of the blank line, so the head is never complete.
        exchange.write(head[: min(keep, len(head) - 4)])
    exchange.reset()


def truncate(exchange: Exchange, params: Params) -> None:
    page = exchange.page()
    body = page.body
    exchange.send_head(
        page.status, [("Content-Type", page.content_type), ("Content-Length", str(len(body)))]
    )
    if exchange.with_body:
        exchange.write(body[: int(len(body) * params.number("keep"))])
    if params.flag("rst"):
        exchange.reset()
    else:
        exchange.close()


def stall(exchange: Exchange, params: Params) -> None:
    still_there = exchange.wait(params.number("seconds"))
    if still_there and params.text("then") == "serve":
        exchange.serve_page()
    else:
        exchange.close()


def drip(exchange: Exchange, params: Params) -> None:
    page = exchange.page()
    exchange.send_head(
        page.status,
        [("Content-Type", page.content_type), ("Content-Length", str(len(page.body)))],
    )
    if not exchange.with_body:
        return
    chunk, interval = params.integer("chunk"), params.number("interval")
    for start in range(0, len(page.body), chunk):
        if start and not exchange.wait(interval):
            exchange.close()
            return
        exchange.write(page.body[start : start + chunk])


# Redirects


def with_marker(target: str, name: str, value: int) -> str:
    parts = urlsplit(target)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != name]
    query.append((name, str(value)))
    return f"{parts.path}?{urlencode(query)}"


def pop_marker(target: str, name: str) -> tuple[str, int | None]:
    """(the target without the marker, the marker's value or None when absent or not a number)."""
    parts = urlsplit(target)
    query = parse_qsl(parts.query, keep_blank_values=True)
    values = [v for k, v in query if k == name]
    rest = urlencode([(k, v) for k, v in query if k != name])
    stripped = parts.path + (f"?{rest}" if rest else "")
    if not values or not values[-1].isdigit():
        return stripped, None
    return stripped, int(values[-1])


def redirect_to(exchange: Exchange, location: str, code: int) -> None:
    body = f'<html><body><a href="{location}">Moved</a></body></html>'.encode()
    exchange.send(code, body, headers=[("Location", location)])


def redirect(exchange: Exchange, params: Params) -> None:
    port = exchange.server_port
    location = (
        params.text("to")
        .replace("{path}", exchange.target)
        .replace("{next_port}", str(port + 1))
        .replace("{port}", str(port))
    )
    redirect_to(exchange, location, params.integer("status"))


def redirect_chain(exchange: Exchange, params: Params) -> None:
    hops = params.integer("hops")
    redirect_to(exchange, with_marker(exchange.target, HOP, hops - 1), params.integer("status"))


def chain_hop(exchange: Exchange, left: int, code: int) -> None:
    """A request for a hop of a chain: the next hop, or the real page once none are left."""
    if left <= 0:
        exchange.serve_page()
    else:
        redirect_to(exchange, with_marker(exchange.target, HOP, left - 1), code)


def redirect_loop(exchange: Exchange, params: Params) -> None:
    redirect_to(exchange, with_marker(exchange.target, LOOP, 1), params.integer("status"))


def loop_step(exchange: Exchange, step: int, length: int, code: int) -> None:
    redirect_to(exchange, with_marker(exchange.target, LOOP, step % length + 1), code)


BEHAVIOURS: dict[str, Behaviour] = {
    **{str(code): status(code) for code in (500, 502, 503, 429, 404, 410)},
    "reset": reset,
    "truncate": truncate,
    "stall": stall,
    "drip": drip,
    "redirect-chain": redirect_chain,
    "redirect-loop": redirect_loop,
    "redirect-home": redirect,
    "redirect-offsite": redirect,
    "redirect-private": redirect,
    "redirect-loopback": redirect,
    "redirect-link-local": redirect,
}
