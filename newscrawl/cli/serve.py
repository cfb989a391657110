"""`newscrawl serve DIR`: serve a replica of the portal on loopback, optionally misbehaving."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from newscrawl.server import serve_forever
from newscrawl.server.faults import REPORT_PATH, FaultProfile, FaultSpecError, load_profile
from newscrawl.server.faults.handler import FaultInjector


def _profile(value: str) -> FaultProfile:
    # Parsed while the arguments are, so a bad spec is a usage error: message and exit code 2.
    try:
        return load_profile(value)
    except FaultSpecError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "serve",
        help="serve a portal replica (e.g. fixtures/portal) over HTTP",
        description="Serve a portal replica over HTTP; with --faults, inject faults "
        "(docs/replica.md, 'The misbehaving replica').",
    )
    parser.add_argument("root", type=Path, help="the replica's directory")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback)")
    parser.add_argument("--port", type=int, default=8000, help="port (0 picks a free one)")
    parser.add_argument(
        "--faults",
        type=_profile,
        metavar="SPEC_OR_FILE",
        help="a fault profile (.json file, e.g. fixtures/faults/transient.json) or an inline "
        "spec such as '503:0.1:times=2,reset:0.05'",
    )
    parser.add_argument(
        "--seed", type=int, help="seed for the faults' choices (overrides the profile's)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    profile: FaultProfile | None = args.faults
    if profile is None:
        if args.seed is not None:
            print("newscrawl serve: --seed has no effect without --faults", flush=True)
        serve_forever(args.root, args.host, args.port)
        return 0
    profile = profile.with_seed(args.seed)
    print(
        f"Injecting {len(profile.rules)} fault rule(s) from {profile.source} with seed "
        f"{profile.seed}; the record is at {REPORT_PATH}",
        flush=True,
    )
    serve_forever(args.root, args.host, args.port, handler=FaultInjector(profile))
    return 0
