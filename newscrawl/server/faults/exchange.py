"""One request being answered: the page it would normally get, and the wire-level moves a fault
needs (send a head, write bytes, wait, close, reset)."""

from __future__ import annotations

import select
import socket
import struct
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newscrawl.server.faults.kinds import ParamValue
from newscrawl.server.faults.spec import FaultRule

if TYPE_CHECKING:
    from newscrawl.server.static import ReplicaHandler

NOT_FOUND = b"<html><body><h1>404 Not Found</h1></body></html>"
HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Page:
    status: int
    body: bytes
    content_type: str

    @property
    def is_html(self) -> bool:
        return self.content_type.startswith("text/html")


class Params:
    """A rule's parameters, already validated against the kind's table, read by type."""

    def __init__(self, values: Mapping[str, ParamValue]) -> None:
        self._values = values

    def integer(self, name: str) -> int:
        value = self._values[name]
        assert isinstance(value, int), name
        assert not isinstance(value, bool), name
        return value

    def optional_integer(self, name: str) -> int | None:
        return None if self._values[name] is None else self.integer(name)

    def number(self, name: str) -> float:
        value = self._values[name]
        assert isinstance(value, int | float), name
        assert not isinstance(value, bool), name
        return float(value)

    def text(self, name: str) -> str:
        value = self._values[name]
        assert isinstance(value, str), name
        return value

    def flag(self, name: str) -> bool:
        value = self._values[name]
        assert isinstance(value, bool), name
        return value


# A site modifier turns the page a path would get into the page it gets under the rule.
Modifier = Callable[["Exchange", FaultRule, Page], Page]


@dataclass
class Exchange:
    handler: ReplicaHandler
    path: str  # decoded path, no query: what rules match and attempts are counted by
    target: str  # the request target as sent (path and query)
    with_body: bool
    seed: int
    modifiers: Sequence[tuple[FaultRule, Modifier]] = ()
    # Told the name of each modifier that changed the page, for the record of faults met.
    on_modified: Callable[[str], None] = lambda fault: None
    _page: Page | None = field(default=None, init=False)

    # The page

    def static_page(self) -> Page:
        site = self.handler.site
        found = site.resolve(self.target)
        if found is None:
            return Page(404, NOT_FOUND, HTML)
        return Page(200, found.read_bytes(), site.content_type(found))

    def page(self) -> Page:
        """What the replica serves at this path, after the site modifiers (traps, links)."""
        if self._page is None:
            page = self.static_page()
            for rule, modify in self.modifiers:
                modified = modify(self, rule, page)
                if modified != page:
                    self.on_modified(rule.fault)
                page = modified
            self._page = page
        return self._page

    @property
    def server_port(self) -> int:
        address = self.handler.connection.getsockname()
        port: int = address[1]
        return port

    # The wire

    def send_head(self, status: int, headers: Iterable[tuple[str, str]]) -> None:
        self.handler.send_response(status)
        for name, value in headers:
            self.handler.send_header(name, value)
        self.handler.end_headers()

    def send(
        self,
        status: int,
        body: bytes,
        content_type: str = HTML,
        headers: Iterable[tuple[str, str]] = (),
    ) -> None:
        head = [("Content-Type", content_type), ("Content-Length", str(len(body))), *headers]
        self.send_head(status, head)
        if self.with_body:
            self.write(body)

    def serve_page(self) -> None:
        page = self.page()
        self.send(page.status, page.body, page.content_type)

    def head_bytes(self, status: int, headers: Iterable[tuple[str, str]]) -> bytes:
        """The head `send_head` would write, as bytes (for sending only part of it)."""
        reason = self.handler.responses.get(status, ("",))[0]
        lines = [f"{self.handler.protocol_version} {status} {reason}"]
        lines += [f"Server: {self.handler.version_string()}"]
        lines += [f"{name}: {value}" for name, value in headers]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def write(self, data: bytes) -> None:
        self.handler.wfile.write(data)

    def close(self) -> None:
        """End the connection after this response (FIN): the client sees whatever was sent."""
        self.handler.close_connection = True

    def reset(self) -> None:
        """Abort the connection with a TCP RST instead of an orderly close."""
        connection = self.handler.connection
        self.handler.close_connection = True
        self.handler.wfile.flush()
        # Linger on with a zero timeout turns close() into an RST. The socket is really closed
        # once the handler's own file objects let go of it, right after this request.
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        connection.close()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds` sending nothing; False as soon as the client hangs up."""
        deadline = time.monotonic() + seconds
        connection = self.handler.connection
        while (left := deadline - time.monotonic()) > 0:
            readable, _, _ = select.select([connection], [], [], min(left, 0.2))
            if not readable:
                continue
            try:
                if connection.recv(1, socket.MSG_PEEK) == b"":
                    return False
            except OSError:
                return False
            # A pipelined request is waiting: no hang-up to watch for, just sleep it out.
            time.sleep(max(0.0, deadline - time.monotonic()))
        return True
