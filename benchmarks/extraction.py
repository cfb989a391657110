"""Article extraction: `newscrawl.extract_article` against trafilatura on the same saved pages.

Both read the same pages from their bytes and URL: the pages of `fixtures/pages/**`
(markups newscrawl was never tuned to, plus the thaibinhtv.vn profile) and the 53 article pages
of the portal replica (the baothaibinh.com.vn profile). A third column reads every page without
any site profile (the profiled pages at a host no profile knows): the generic layers alone.
The table shows, per field, how many pages each tool gets right, and the median time per page
over repeated runs (CPU time of this process, so a busy machine skews neither side), over all
pages and for each kind of page; the last line compares that time with issue 4's goal. The
saved pages are small (150 elements at the median): the line `in chrome` times them again
inside a large portal's chrome (`benchmarks.chrome`, 338 elements more), in the same runs,
to show how each tool's time grows with a page's size (not judged, not in the overall figure).

How a field is judged (the truth is each page's expected export):
- title: equal after Unicode NFC and whitespace cleanup;
- published_at: the same minute at +07:00 when the page gives a time, the same day when it
  gives a date only, nothing when it gives none; a naive answer is right if it is right as
  Vietnamese time or as UTC;
- authors: the same people in the same order (trafilatura's `author` split at `;`);
- body: token F1 >= 0.9 against the expected body (lower-cased words);
- lead: equal; trafilatura offers `description` (from `<meta>`), so that is what is compared;
- images, captions: the image URLs / their (caption, credit) pairs equal, in page order;
- view_count: equal.
`n/a` marks a field the tool does not offer. trafilatura runs with metadata, without comments
or images in the text, and with a date format that keeps the time.

    PYTHONPATH=. python benchmarks/extraction.py [--quick] [--repeats N] [--misses]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from benchmarks import chrome
from benchmarks.judging import BODY_F1, is_right, truth
from newscrawl import extract_article
from newscrawl.pages.profile import profile_for_host

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
REPLICA = ROOT / "fixtures" / "portal"
EXPECTED = ROOT / "fixtures" / "expected" / "portal-articles.jsonl"
FETCHED_AT = datetime(2026, 11, 26, tzinfo=UTC)
FIELDS = ("title", "published_at", "authors", "body", "lead", "images", "captions", "view_count")
CHROME_KIND = "in chrome"
GOAL_RATIO = 10.0  # issue 4: at a tenth of trafilatura's time or less

Reading = dict[str, Any]  # a tool's answer per field; a missing key means "not offered"


@dataclass(frozen=True)
class Page:
    name: str
    html: bytes
    url: str
    expected: dict[str, Any]


@dataclass
class Outcome:
    tool: str
    right: Counter[str] = field(default_factory=Counter)
    offered: set[str] = field(default_factory=set)
    ms_per_page: float | None = None  # None: the tool is not installed
    ms_by_kind: dict[str, float] = field(default_factory=dict)  # page kind -> median ms a page
    misses: list[tuple[str, str, Any, Any]] = field(default_factory=list)


# -- the pages ---------------------------------------------------------------------------------


def load_pages() -> list[Page]:
    pages = []
    for path in sorted(PAGES.glob("**/*.json")):
        expected = json.loads(path.read_text("utf-8"))
        name = str(path.relative_to(PAGES).with_suffix(""))
        pages.append(Page(name, path.with_suffix(".html").read_bytes(), expected["url"], expected))
    for line in EXPECTED.read_text("utf-8").splitlines():
        expected = json.loads(line)
        url = expected["canonical_url"]
        html = (REPLICA / (urlsplit(url).path.lstrip("/") + ".html")).read_bytes()
        pages.append(Page(f"replica/{expected['article_id']}", html, url, expected))
    return pages


# -- the tools ---------------------------------------------------------------------------------


def newscrawl_reader(page: Page) -> Reading:
    return _newscrawl(page.html, page.url)


def newscrawl_generic_reader(page: Page) -> Reading:
    """newscrawl with no site profile: the page read at a host no profile knows."""
    parts = urlsplit(page.url)
    if profile_for_host(parts.hostname or "") is None:
        return _newscrawl(page.html, page.url)
    return _newscrawl(page.html, urlunsplit(parts._replace(netloc="news.example.org")))


def _newscrawl(html: bytes, url: str) -> Reading:
    article = extract_article(html, url, fetched_at=FETCHED_AT)
    return {
        "title": article["title"],
        "published_at": article["published_at"],
        "authors": article["authors"],
        "body": article["body"],
        "lead": article["lead"],
        "images": [i["url"] for i in article["images"]],
        "captions": [(i["caption"], i["credit"]) for i in article["images"]],
        "view_count": article["view_count"],
    }


def trafilatura_reader() -> tuple[str, Callable[[Page], Reading]] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    dates = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S"}

    def read(page: Page) -> Reading:
        doc = trafilatura.bare_extraction(
            page.html,
            url=page.url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            date_extraction_params=dates,
        )
        if doc is None:
            return {"title": None, "published_at": None, "authors": [], "body": "", "lead": None}
        author = getattr(doc, "author", None) or ""
        return {
            "title": getattr(doc, "title", None),
            "published_at": getattr(doc, "date", None),
            "authors": [a.strip() for a in author.split(";") if a.strip()],
            "body": getattr(doc, "text", None) or "",
            "lead": getattr(doc, "description", None),
        }

    return f"trafilatura {trafilatura.__version__}", read


# -- running -----------------------------------------------------------------------------------


def in_chrome(pages: list[Page]) -> list[Page]:
    """The saved pages of other markups inside a large portal's chrome (`benchmarks.chrome`):
    timed beside the pages as saved, to show how each tool's time grows with a page's size."""
    saved = [page for page in pages if page_kind(page) == "saved pages"]
    wrapped = [(page, chrome.around(page.html)) for page in saved]
    return [Page(f"chrome/{p.name}", html, p.url, p.expected) for p, html in wrapped if html]


def measure(
    tool: str,
    read: Callable[[Page], Reading] | None,
    pages: list[Page],
    repeats: int,
    timed_only: Sequence[Page] = (),
) -> Outcome:
    """Each field judged on `pages`, and the time a page: over `pages` and for each kind, and
    over `timed_only` (not judged, not in the overall figure), alternating in every run."""
    outcome = Outcome(tool)
    if read is None:
        return outcome
    for page in pages:  # the answers, which also warm caches up
        reading = _safely(read, page)
        outcome.offered |= set(reading)
        for name in FIELDS:
            if name not in reading:
                continue
            if is_right(name, reading[name], truth(page.expected, name)):
                outcome.right[name] += 1
            else:
                outcome.misses.append((page.name, name, reading[name], truth(page.expected, name)))
    kinds = _by_kind(pages)
    runs: list[float] = []
    kind_runs: dict[str, list[float]] = {kind: [] for kind in kinds}
    if timed_only:
        kind_runs[CHROME_KIND] = []
    for _ in range(repeats):
        total = 0.0
        for kind, group in kinds.items():  # timed a kind at a time: one clock reading each
            spent = _time(read, group)
            kind_runs[kind].append(spent / len(group) * 1000)
            total += spent
        runs.append(total / len(pages) * 1000)
        if timed_only:
            kind_runs[CHROME_KIND].append(_time(read, timed_only) / len(timed_only) * 1000)
    outcome.ms_per_page = statistics.median(runs)
    outcome.ms_by_kind = {kind: statistics.median(ms) for kind, ms in kind_runs.items()}
    return outcome


def _time(read: Callable[[Page], Reading], pages: Sequence[Page]) -> float:
    started = time.process_time()
    for page in pages:
        _safely(read, page)
    return time.process_time() - started


def page_kind(page: Page) -> str:
    """The saved pages of other markups (read by the generic layers, but for the thaibinhtv.vn
    profile's few) or the replica's articles (read with the portal's profile)."""
    return "replica pages" if page.name.startswith("replica/") else "saved pages"


def _by_kind(pages: list[Page]) -> dict[str, list[Page]]:
    kinds: dict[str, list[Page]] = {}
    for page in pages:
        kinds.setdefault(page_kind(page), []).append(page)
    return kinds


def _safely(read: Callable[[Page], Reading], page: Page) -> Reading:
    try:
        return read(page)
    except Exception:  # a tool's crash on a page counts as no answer for any field
        return {}


def report(
    outcomes: list[Outcome], pages: list[Page], repeats: int, chromed: Sequence[Page] = ()
) -> str:
    width = 22
    label_width = 18  # "  52 replica pages"
    head = f"{'field':<{label_width}}" + "".join(f"{o.tool:>{width}}" for o in outcomes)
    kinds = _by_kind(pages)
    lines = [
        f"Article extraction: {len(pages)} saved pages ({len(kinds['saved pages'])} in "
        f"fixtures/pages, {len(kinds['replica pages'])} replica articles), "
        f"median of {repeats} run(s)",
        "",
        head,
    ]
    for name in FIELDS:
        label = f"body (F1>={BODY_F1})" if name == "body" else name
        cells = []
        for o in outcomes:
            if o.ms_per_page is None:
                cells.append("not installed")
            elif name not in o.offered:
                cells.append("n/a")
            else:
                cells.append(f"{o.right[name]}/{len(pages)} {o.right[name] / len(pages):4.0%}")
        lines.append(f"{label:<{label_width}}" + "".join(f"{c:>{width}}" for c in cells))
    times = [f"{o.ms_per_page:.2f}" if o.ms_per_page is not None else "-" for o in outcomes]
    lines.append(f"{'ms per page':<{label_width}}" + "".join(f"{t:>{width}}" for t in times))
    for kind, group in kinds.items():
        cells = [f"{o.ms_by_kind[kind]:.2f}" if o.ms_by_kind else "-" for o in outcomes]
        label = f"  {len(group)} {kind}"
        lines.append(f"{label:<{label_width}}" + "".join(f"{c:>{width}}" for c in cells))
    if chromed:  # timed only: neither judged nor in the figure above
        cells = [f"{o.ms_by_kind[CHROME_KIND]:.2f}" if o.ms_by_kind else "-" for o in outcomes]
        label = f"  {len(chromed)} {CHROME_KIND}"
        lines.append(f"{label:<{label_width}}" + "".join(f"{c:>{width}}" for c in cells))
    lines.append(goal_line(outcomes[0], outcomes[-1]))
    return "\n".join(lines)


def goal_line(ours: Outcome, theirs: Outcome) -> str:
    """Issue 4's speed goal: a tenth of trafilatura's time a page, or less."""
    if ours.ms_per_page is None or theirs.ms_per_page is None:
        return f"goal: {GOAL_RATIO:g}x faster than trafilatura: not measured (not installed)"
    ratio = theirs.ms_per_page / ours.ms_per_page
    verdict = "met" if ratio >= GOAL_RATIO else "missed"
    return f"goal: {GOAL_RATIO:g}x faster than trafilatura: {ratio:.1f}x, {verdict}"


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    pages = load_pages()
    tools: list[tuple[str, Callable[[Page], Reading] | None]] = [
        ("newscrawl", newscrawl_reader),
        ("newscrawl, no profile", newscrawl_generic_reader),
    ]
    other = trafilatura_reader()
    tools.append(other if other else ("trafilatura", None))
    chromed = in_chrome(pages)
    outcomes = [measure(name, read, pages, args.repeats, chromed) for name, read in tools]
    print(report(outcomes, pages, args.repeats, chromed))
    if args.misses:
        for o in outcomes:
            print(f"\n{o.tool}: {len(o.misses)} wrong answers")
            for page, name, got, expected in o.misses:
                print(f"  {page} {name}: got {_short(got)}, expected {_short(expected)}")
    return 0


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 120 else text[:117] + "..."


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="one timed run (a CI smoke test)")
    parser.add_argument("--repeats", type=int, default=None, help="timed runs per tool")
    parser.add_argument("--misses", action="store_true", help="list every wrong answer")
    args = parser.parse_args(argv)
    if args.repeats is None:
        args.repeats = 1 if args.quick else 7
    return args


if __name__ == "__main__":
    sys.exit(main())
