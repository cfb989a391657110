"""The misbehaving replica: a ReplicaHandler that answers some requests with a fault.

`FaultInjector(profile)` is a handler factory for `start_server(root, handler=...)`; it keeps
the attempt counters and the record of what it injected, readable in-process (`report()`) and
over HTTP (`GET /__faults__`; `DELETE /__faults__` starts a new record).
"""

from __future__ import annotations

import json
import logging
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from newscrawl.server.faults import bodies, responses
from newscrawl.server.faults.exchange import Exchange, Modifier, Params
from newscrawl.server.faults.kinds import KINDS
from newscrawl.server.faults.log import FaultLog
from newscrawl.server.faults.responses import HOP, LOOP, Behaviour, pop_marker
from newscrawl.server.faults.select import Selector
from newscrawl.server.faults.site import MODIFIERS
from newscrawl.server.faults.spec import FaultProfile, FaultRule, load_profile
from newscrawl.server.static import ReplicaHandler, ReplicaSite

logger = logging.getLogger(__name__)

REPORT_PATH = "/__faults__"
BEHAVIOURS: dict[str, Behaviour] = {**responses.BEHAVIOURS, **bodies.BEHAVIOURS}
assert set(BEHAVIOURS) | set(MODIFIERS) == set(KINDS), "every kind needs a behaviour"


class FaultInjector:
    """Injects `profile`'s faults into every server it is the handler factory of."""

    def __init__(self, profile: FaultProfile) -> None:
        self.profile = profile
        self.selector = Selector(profile)
        self.log = FaultLog()

    def __call__(self, site: ReplicaSite) -> type[BaseHTTPRequestHandler]:
        return type("FaultyReplicaHandler", (FaultyHandler,), {"site": site, "injector": self})

    def report(self) -> dict[str, Any]:
        return {"seed": self.profile.seed, "profile": self.profile.to_json(), **self.log.report()}

    def reset(self) -> None:
        self.log.reset()

    def modifiers(self, rules: tuple[FaultRule, ...]) -> list[tuple[FaultRule, Modifier]]:
        return [(rule, MODIFIERS[rule.fault]) for rule in rules]


def faulty_handler(spec: FaultProfile | str | Path, seed: int | None = None) -> FaultInjector:
    """A handler factory from a profile, a profile file or an inline spec; `seed` overrides."""
    profile = spec.with_seed(seed) if isinstance(spec, FaultProfile) else load_profile(spec, seed)
    return FaultInjector(profile)


class FaultyHandler(ReplicaHandler):
    injector: FaultInjector

    def handle(self) -> None:
        try:
            super().handle()
        except OSError as exc:
            # The client hung up on a stall, a drip or a reset: that is the point, not an error.
            # (`path` is unset when the client left before its request line was read.)
            logger.debug("%s: connection ended: %s", getattr(self, "path", "-"), exc)

    def do_DELETE(self) -> None:
        if urlsplit(self.path).path == REPORT_PATH:
            self.injector.reset()
            self.send_body(204, b"")
        else:
            self.send_body(405, b"<html><body><h1>405 Method Not Allowed</h1></body></html>")

    def _respond(self, *, with_body: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        if path == REPORT_PATH:
            report = json.dumps(self.injector.report(), ensure_ascii=False, indent=1)
            self.send_body(200, report.encode("utf-8"), with_body, "application/json")
            return
        exchange = Exchange(self, path, self.path, with_body, self.injector.profile.seed)
        try:
            self._dispatch(exchange)
        except OSError:
            raise
        except Exception:
            # A bug in a fault must cost this one exchange, never the server or other requests.
            logger.exception("fault injection failed for %s", self.path)
            self.close_connection = True

    def _dispatch(self, exchange: Exchange) -> None:
        injector, path = self.injector, exchange.path
        if self._redirect_step(exchange):
            return
        attempt = injector.log.next_attempt(path)
        decision = injector.selector.decide(path, attempt)
        response = [decision.response.fault] if decision.response else []
        event = injector.log.record(path, attempt, self.command, self.path, response)
        exchange.modifiers = injector.modifiers(decision.modifiers)
        exchange.on_modified = lambda fault: injector.log.add(event, fault)
        if decision.response is None:
            exchange.serve_page()
        else:
            rule = decision.response
            BEHAVIOURS[rule.fault](exchange, Params(rule.params))

    def _redirect_step(self, exchange: Exchange) -> bool:
        """Answer a hop of a redirect chain or loop; such requests are not attempts (0)."""
        injector, path = self.injector, exchange.path
        for marker, fault in ((HOP, "redirect-chain"), (LOOP, "redirect-loop")):
            target, value = pop_marker(self.path, marker)
            rule = injector.selector.first_of(fault, path) if value is not None else None
            if rule is None or value is None:
                continue
            exchange.target = target
            params = Params(rule.params)
            # The landing page of a chain is the page itself, modifiers and all.
            exchange.modifiers = injector.modifiers(injector.selector.decide(path, 1).modifiers)
            injector.log.record(path, 0, self.command, self.path, [f"{fault}:hop"])
            if fault == "redirect-chain":
                responses.chain_hop(exchange, value, params.integer("status"))
            else:
                length = params.integer("length")
                responses.loop_step(exchange, value, length, params.integer("status"))
            return True
        return False
