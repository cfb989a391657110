"""Synthetic replicas: the portal with any number of articles, for benchmarks and load tests.

    newscrawl make-replica --articles 10000 /tmp/replica-10k [--seed 1]

The hand-written content (fixtures/portal-src) gives the site, its sections and the words; a
catalog gives each article a day, an id and a section; each article is then made from the seed
and its id alone, rendered by the replica's own templates, and written out at once
(`write.py`). Its expected export is computed by `replica/expected.py`, like the hand-written
replica's, so a crawl of a synthetic replica can be checked item by item.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newscrawl.pages.profile import get_profile
from newscrawl.replica.load import load_content
from newscrawl.replica.synthetic.catalog import Catalog
from newscrawl.replica.synthetic.plan import SyntheticPlan
from newscrawl.replica.synthetic.write import (
    ARTICLES_FILE,
    FORMAT,
    MANIFEST_FILE,
    URLS_FILE,
    expected_dir_for,
    read_manifest,
    write_synthetic,
)

# The portal whose layout and id range the replica copies (its site profile holds the anchors).
PROFILE = "baothaibinh"
DEFAULT_CONTENT = Path(__file__).resolve().parents[3] / "fixtures" / "portal-src"

__all__ = [
    "ARTICLES_FILE",
    "DEFAULT_CONTENT",
    "FORMAT",
    "MANIFEST_FILE",
    "URLS_FILE",
    "expected_dir_for",
    "make_replica",
    "read_manifest",
    "synthetic_plan",
]


def synthetic_plan(articles: int, seed: int, content_dir: Path = DEFAULT_CONTENT) -> SyntheticPlan:
    content = load_content(content_dir)
    anchors = get_profile(PROFILE).id_dates
    return SyntheticPlan(content, Catalog(content, articles, seed, anchors), seed)


def make_replica(
    articles: int,
    out_dir: Path,
    *,
    seed: int = 1,
    expected_dir: Path | None = None,
    content_dir: Path = DEFAULT_CONTENT,
) -> dict[str, Any]:
    """Write a replica of `articles` articles to `out_dir`; return its manifest."""
    plan = synthetic_plan(articles, seed, content_dir)
    parameters = {"articles": articles, "seed": seed}
    return write_synthetic(plan, out_dir, expected_dir or expected_dir_for(out_dir), parameters)
