"""Plain HTTP clients for the fault tests: http.client for whole answers, a raw socket for the
bytes a broken answer leaves behind."""

from __future__ import annotations

import http.client
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    to_unicode,
)

from newscrawl.server import RunningServer


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


def address(server: RunningServer) -> tuple[str, int]:
    parts = urlsplit(server.url)
    assert parts.hostname is not None
    assert parts.port is not None
    return parts.hostname, parts.port


def get(server: RunningServer, target: str, method: str = "GET", timeout: float = 10) -> Reply:
    """One request on a fresh connection; redirects are not followed."""
    host, port = address(server)
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request(method, target)
        response = connection.getresponse()
        body = response.read()
        return Reply(response.status, response.headers, body)
    finally:
        connection.close()


@dataclass
class RawReply:
    data: bytes
    error: type[BaseException] | None  # None: the server closed the connection cleanly


def raw(server: RunningServer, target: str, timeout: float = 10) -> RawReply:
    """Every byte the server sends for one GET until it closes (or resets) the connection."""
    with socket.create_connection(address(server), timeout=timeout) as sock:
        request = f"GET {target} HTTP/1.1\r\nHost: replica\r\nConnection: close\r\n\r\n"
        sock.sendall(request.encode("ascii"))
        data = b""
        try:
            while chunk := sock.recv(65536):
                data += chunk
        except OSError as exc:
            return RawReply(data, type(exc))
        return RawReply(data, None)


def declared_text(content_type: str | None, body: bytes) -> str:
    """The body as a client decodes it by what the page declares: its BOM, the header's charset,
    its `<meta>`, else UTF-8 (w3lib's steps). w3lib 2.6 goes on to guess from the bytes, as
    Firefox does; the replica's charset modes document what a page declares, not a guess."""
    name, bom = read_bom(body)
    if name is not None and bom is not None:
        return to_unicode(body[len(bom) :], name)
    encoding = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
    return to_unicode(body, encoding or "utf-8")
