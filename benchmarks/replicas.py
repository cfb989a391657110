"""Synthetic replicas for the benchmarks, made once and reused while their manifest matches."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newscrawl.replica.synthetic import (
    FORMAT,
    URLS_FILE,
    expected_dir_for,
    make_replica,
    read_manifest,
)

DEFAULT_WORK = Path(os.environ.get("NEWSCRAWL_BENCH_DIR", tempfile.gettempdir())) / (
    "newscrawl-bench"
)


@dataclass(frozen=True)
class Replica:
    tree: Path
    expected: Path
    manifest: dict[str, Any]

    @property
    def articles(self) -> int:
        return int(self.manifest["counts"]["articles"])

    @property
    def pages(self) -> int:
        return int(self.manifest["counts"]["urls"])

    @property
    def urls_file(self) -> Path:
        return self.expected / URLS_FILE

    def describe(self) -> str:
        counts = self.manifest["counts"]
        return (
            f"{counts['articles']:,} articles ({counts['old_layout']:,} in the old layout), "
            f"{counts['urls']:,} pages, {counts['bytes'] / 1e6:,.0f} MB"
        )


def ensure_replica(work: Path, articles: int, seed: int = 1) -> Replica:
    """The replica of `articles` articles under `work`, made if missing or incomplete."""
    tree = work / f"replica-{articles}-s{seed}"
    expected = expected_dir_for(tree)
    manifest = read_manifest(expected)
    wanted = {"articles": articles, "seed": seed, "format": FORMAT}
    if manifest is None or any(manifest.get(k) != v for k, v in wanted.items()):
        started = time.perf_counter()
        print(f"making a replica of {articles:,} articles in {tree} ...", file=sys.stderr)
        manifest = make_replica(articles, tree, seed=seed, expected_dir=expected)
        print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return Replica(tree, expected, manifest)
