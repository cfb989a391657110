"""A static file server with the portal's URL space.

Files are found the way nginx's `try_files $uri $uri.html $uri/index.html` finds them, and an
article answers at `/tin-tuc/{cat}/{id}/{slug}` and `/tin-tuc/{id}/{slug}` whatever the category
and slug, as the portal's CMS does.
"""

from __future__ import annotations

import logging
import mimetypes
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

logger = logging.getLogger(__name__)

_ARTICLE_PATH = re.compile(r"^/(?:tin-tuc|news)/(?:\d+/)?(?P<id>\d+)/[^/]+?/?$")
_TEXT_TYPES = {".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


class ReplicaSite:
    """Maps request paths to files of a replica tree."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        if not self.root.is_dir():
            raise FileNotFoundError(f"no replica at {root}")
        self._articles = self._index_articles()

    def _index_articles(self) -> dict[str, Path]:
        index: dict[str, Path] = {}
        for folder in ("tin-tuc", "news"):
            for path in sorted((self.root / folder).glob("**/*.html")):
                index.setdefault(path.parent.name, path)
        return index

    def resolve(self, request_path: str) -> Path | None:
        path = unquote(urlsplit(request_path).path)
        if "\0" in path:
            return None
        relative = path.strip("/")
        candidates = [relative or "index.html", f"{relative}.html", f"{relative}/index.html"]
        for candidate in candidates:
            found = (self.root / candidate).resolve()
            if found.is_file() and found.is_relative_to(self.root):
                return found
        match = _ARTICLE_PATH.match(path)
        return self._articles.get(match["id"]) if match else None

    @staticmethod
    def content_type(path: Path) -> str:
        return _TEXT_TYPES.get(path.suffix) or (
            mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        )


class ReplicaHandler(BaseHTTPRequestHandler):
    site: ReplicaSite
    server_version = "newscrawl-replica"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._respond(with_body=True)

    def do_HEAD(self) -> None:
        self._respond(with_body=False)

    def _respond(self, *, with_body: bool) -> None:
        path = self.site.resolve(self.path)
        if path is None:
            self.send_body(404, b"<html><body><h1>404 Not Found</h1></body></html>", with_body)
            return
        self.send_body(200, path.read_bytes(), with_body, self.site.content_type(path))

    def send_body(
        self,
        status: int,
        body: bytes,
        with_body: bool = True,
        content_type: str = "text/html; charset=utf-8",
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        logger.debug("%s - %s", self.address_string(), format % args)


@dataclass
class RunningServer:
    server: ThreadingHTTPServer
    thread: threading.Thread

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


HandlerFactory = Callable[[ReplicaSite], type[BaseHTTPRequestHandler]]


def default_handler(site: ReplicaSite) -> type[BaseHTTPRequestHandler]:
    return type("BoundReplicaHandler", (ReplicaHandler,), {"site": site})


def make_server(
    root: Path, host: str = "127.0.0.1", port: int = 0, handler: HandlerFactory = default_handler
) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((host, port), handler(ReplicaSite(root)))
    server.daemon_threads = True
    return server


def start_server(
    root: Path, host: str = "127.0.0.1", port: int = 0, handler: HandlerFactory = default_handler
) -> RunningServer:
    """Serve `root` from a daemon thread; the thread dies with the process."""
    server = make_server(root, host, port, handler)
    thread = threading.Thread(target=server.serve_forever, name="replica-server", daemon=True)
    thread.start()
    return RunningServer(server, thread)


def serve_forever(
    root: Path, host: str = "127.0.0.1", port: int = 0, handler: HandlerFactory = default_handler
) -> None:
    server = make_server(root, host, port, handler)
    bound_host, bound_port = server.server_address[:2]
    print(f"Serving {root} on http://{bound_host!s}:{bound_port}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
