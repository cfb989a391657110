"""Write the static replica tree and its expected files from content."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from newscrawl.replica.expected import expected_articles, manifest
from newscrawl.replica.load import load_content
from newscrawl.replica.media import pictures
from newscrawl.replica.model import Content
from newscrawl.replica.plan import SitePlan
from newscrawl.replica.render import render_site
from newscrawl.replica.requisites import requisite_files

ARTICLES_FILE = "portal-articles.jsonl"
MANIFEST_FILE = "portal-manifest.json"


def _write(path: Path, text_or_bytes: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Bytes, not text mode: the tree must be identical whatever the platform's newline.
    data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)


# The kinds of file the tree writes: pages, pictures, and the page requisites.
_OURS = (".html", ".jpg", ".css", ".js", ".ico", ".png", ".woff2")


def _prune(out_dir: Path, keep: set[Path]) -> None:
    """Drop pages an earlier build wrote and this one did not; only the tree's own kinds of
    file, so a mistaken OUT never loses anything else."""
    for path in sorted(out_dir.rglob("*"), reverse=True):
        ours = path.suffix in _OURS or path.name == "robots.txt"
        if path.is_file() and path not in keep and ours:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def _files(plan: SitePlan) -> Iterator[tuple[str, str | bytes]]:
    yield from render_site(plan)
    yield from pictures(plan)
    yield from requisite_files()


def write_replica(content: Content, out_dir: Path, *, expected_dir: Path | None = None) -> int:
    """Write the tree for `content`; return the number of files. Reused for synthetic content."""
    plan = SitePlan(content)
    written: set[Path] = set()
    for relative, data in _files(plan):
        path = out_dir / relative
        if path in written:
            raise ValueError(f"two files of the tree at {relative}")
        _write(path, data)
        written.add(path)
    _prune(out_dir, written)
    if expected_dir is not None:
        lines = [json.dumps(item, ensure_ascii=False) for item in expected_articles(plan)]
        _write(expected_dir / ARTICLES_FILE, "\n".join(lines) + "\n")
        facts = json.dumps(manifest(plan), ensure_ascii=False, indent=1)
        _write(expected_dir / MANIFEST_FILE, facts + "\n")
    return len(written)


def build_replica(content_dir: Path, out_dir: Path, *, expected_dir: Path | None = None) -> None:
    """Build `out_dir` (the served tree) from `content_dir`; with `expected_dir`, also
    portal-articles.jsonl and portal-manifest.json there."""
    write_replica(load_content(content_dir), out_dir, expected_dir=expected_dir)
