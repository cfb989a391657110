"""Fault injection for the replica server: the misbehaving portal the crawler must survive.

    from newscrawl.server import start_server
    from newscrawl.server.faults import faulty_handler

    faults = faulty_handler("503:0.1:times=2,reset:0.05", seed=7)
    running = start_server(root, handler=faults)
    ...
    faults.report()  # also GET {running.url}/__faults__

The profile format and every fault kind are described in docs/replica.md ("The misbehaving
replica"); `kinds.KINDS` is the table in code.
"""

from newscrawl.server.faults.charsets import CHARSET_MODES, CharsetMode
from newscrawl.server.faults.handler import REPORT_PATH, FaultInjector, faulty_handler
from newscrawl.server.faults.kinds import KINDS, FaultSpecError, Kind, Role
from newscrawl.server.faults.spec import (
    FaultProfile,
    FaultRule,
    load_profile,
    parse_inline,
    profile_from_json,
)

__all__ = [
    "CHARSET_MODES",
    "KINDS",
    "REPORT_PATH",
    "CharsetMode",
    "FaultInjector",
    "FaultProfile",
    "FaultRule",
    "FaultSpecError",
    "Kind",
    "Role",
    "faulty_handler",
    "load_profile",
    "parse_inline",
    "profile_from_json",
]
