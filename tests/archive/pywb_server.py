"""pywb's replay app on 127.0.0.1, in its own process: `python -m tests.archive.pywb_server
INDEX ARCHIVE_DIR CONFIG` prints the port it listens on, then serves until killed.

A process of its own because importing pywb's app monkey-patches the whole interpreter with
gevent (sockets, threads, signals): that must not leak into the test session.
"""

from __future__ import annotations

import sys
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server


class Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve(index: str, archive: str, config: str) -> None:
    from pywb.apps.frontendapp import FrontEndApp

    collection = {"index_paths": index, "archive_paths": archive.rstrip("/") + "/"}
    app = FrontEndApp(config_file=config, custom_config={"collections": {"archive": collection}})
    server = make_server("127.0.0.1", 0, app, handler_class=Quiet)
    print(f"port {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    serve(*sys.argv[1:4])
