"""Serving a replica of a portal over HTTP on loopback (tests, benchmarks, `newscrawl serve`)."""

from newscrawl.server.static import ReplicaSite, RunningServer, serve_forever, start_server

__all__ = ["ReplicaSite", "RunningServer", "serve_forever", "start_server"]
