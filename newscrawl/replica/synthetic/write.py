"""Write a synthetic replica page by page, and what benchmarks and tests need to know of it.

Beside the tree (`OUT/`), the expected directory (`OUT.expected/` unless told otherwise) gets:

- `portal-urls.txt`: every page's URL path, one per line, in the order written (robots.txt,
  home, sections, articles, date archive): exactly what a complete crawl fetches (a WARC crawl
  also fetches the five page requisites the tree holds, `replica/requisites.py`, unless
  NEWSCRAWL_WARC_REQUISITES is off);
- `portal-articles.jsonl`: every article's expected export (as `fixtures/expected/`), by id;
- `portal-manifest.json`: the parameters and counts, written last, so that its presence means
  the replica is complete.

Nothing is held in memory but the catalog: pages go to disk as they are rendered.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

from newscrawl.replica.expected import expected_article
from newscrawl.replica.render import render_site
from newscrawl.replica.requisites import requisite_files
from newscrawl.replica.synthetic.plan import SyntheticPlan

MANIFEST_FILE = "portal-manifest.json"
URLS_FILE = "portal-urls.txt"
ARTICLES_FILE = "portal-articles.jsonl"
# Bumped whenever the same (articles, seed) would give another replica (3: page requisites).
FORMAT = 3
_OURS = (".html", "robots.txt", ".css", ".js", ".ico", ".png", ".woff2")


def expected_dir_for(out_dir: Path) -> Path:
    return out_dir.with_name(out_dir.name + ".expected")


def url_path(relative: str) -> str:
    """The URL path nginx (`try_files $uri $uri/index.html $uri.html`) serves a file at."""
    if relative == "index.html":
        return "/"
    return "/" + relative.removesuffix(".html")


def kind_of(path: str) -> str:
    for prefix, kind in (
        ("/tin-tuc/", "articles"),
        ("/chuyen-muc/", "section_pages"),
        ("/xem-tin-theo-ngay/", "archive_pages"),
    ):
        if path.startswith(prefix):
            return kind
    return "other"


def write_synthetic(
    plan: SyntheticPlan, out_dir: Path, expected_dir: Path, parameters: dict[str, Any]
) -> dict[str, Any]:
    """Write the tree and the expected files; return the manifest."""
    _prepare(out_dir, expected_dir)
    counts: Counter[str] = Counter()
    with (expected_dir / URLS_FILE).open("w", encoding="utf-8") as urls:
        for relative, text in render_site(plan):
            data = text.encode("utf-8")
            _write(out_dir / relative, data)
            path = url_path(relative)
            urls.write(path + "\n")
            counts[kind_of(path)] += 1
            counts["files"] += 1
            counts["bytes"] += len(data)
    for relative, content in requisite_files():
        _write(out_dir / relative, content.encode("utf-8") if isinstance(content, str) else content)
    with (expected_dir / ARTICLES_FILE).open("w", encoding="utf-8") as items:
        for index in range(len(plan.catalog)):
            article = plan.make(index)
            counts[f"{article.layout}_layout"] += 1
            items.write(json.dumps(expected_article(plan, article), ensure_ascii=False) + "\n")
    site = plan.site
    manifest = {
        "generator": "newscrawl make-replica",
        "format": FORMAT,
        **parameters,
        "site": site.host,
        "base_url": site.base_url,
        "years": [site.first_year, site.last_year],
        "snapshot": site.snapshot.isoformat(),
        "page_size": site.page_size,
        "counts": {
            "articles": len(plan.catalog),
            "new_layout": counts["new_layout"],
            "old_layout": counts["old_layout"],
            "section_pages": counts["section_pages"],
            "archive_pages": counts["archive_pages"],
            "urls": counts["files"],
            "bytes": counts["bytes"],
        },
        "sections": [
            {
                "id": s.id,
                "name": s.name,
                "articles": len(plan.in_section[s.id]),
                "pages": plan.section_pages(s),
            }
            for s in plan.content.sections
        ],
        "urls_file": URLS_FILE,
        "articles_file": ARTICLES_FILE,
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=1) + "\n"
    (expected_dir / MANIFEST_FILE).write_text(text, encoding="utf-8")
    return manifest


def read_manifest(expected_dir: Path) -> dict[str, Any] | None:
    """The manifest of a complete synthetic replica, or None."""
    try:
        manifest = json.loads((expected_dir / MANIFEST_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def _prepare(out_dir: Path, expected_dir: Path) -> None:
    """An empty tree to write into. A tree left by an earlier synthetic replica (its expected
    directory says so) is emptied of the replica's own kinds of file; anything else that is not
    empty is refused, so a mistaken OUTDIR never loses a thing."""
    expected_dir.mkdir(parents=True, exist_ok=True)
    earlier = (expected_dir / URLS_FILE).exists()
    (expected_dir / MANIFEST_FILE).unlink(missing_ok=True)  # incomplete until written again
    if not out_dir.exists() or not any(out_dir.iterdir()):
        out_dir.mkdir(parents=True, exist_ok=True)
        return
    if not earlier:
        raise FileExistsError(f"{out_dir} is not empty and holds no synthetic replica")
    for folder, _, files in os.walk(out_dir, topdown=False):
        for name in files:
            if name.endswith(_OURS):
                os.unlink(os.path.join(folder, name))
        if folder != str(out_dir) and not os.listdir(folder):
            os.rmdir(folder)


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except FileNotFoundError:  # the first file of its folder
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
