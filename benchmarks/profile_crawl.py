"""Where a crawl's CPU goes: py-spy samples of the null spider and of the full crawl, grouped.

    python -m benchmarks.profile_crawl                 # 10,000 articles (needs py-spy)
    python -m benchmarks.profile_crawl --quick         # 200 articles
    python -m benchmarks.profile_crawl --raw full.txt  # also keep the full crawl's stacks

Each crawl runs once under `py-spy record --format raw` (sampling, so the crawl runs at nearly
full speed; it needs ptrace: root, or CAP_SYS_PTRACE). Every sample of the main thread is put
in the first group whose frames it contains (a callback's own work is below Scrapy's output
handling, so the callbacks come first); idle pool threads are left out. The table shows each
group's share and its milliseconds per page fetched (py-spy's own overhead included).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks.replicas import DEFAULT_WORK, Replica, ensure_replica
from benchmarks.runs import ROOT, child_env, scrapy_command
from benchmarks.servers import serve

NULL_SPIDER = ROOT / "benchmarks" / "null_spider.py"
IDLE = "idle"
REST = "Scrapy, Twisted, asyncio: the rest"
# (group, frames that must all be in the stack), first match wins.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (IDLE, ("Thread._bootstrap",)),
    ("Scrapy: generator-return check of callbacks", ("warn_on_generator_with_return_value",)),
    ("article pages: decode + parse (read_page)", ("parse_article", "read_page")),
    ("article pages: extraction (ArticlePage)", ("parse_article", "ArticlePage")),
    ("article pages: links + requests", ("parse_article",)),
    ("listing pages: decode + parse (read_page)", ("read_page",)),
    ("listing pages: links, dates, requests", ("parse_section",)),
    ("listing pages: links, dates, requests", ("parse_archive",)),
    ("listing pages: links, dates, requests", ("parse_home",)),
    ("item pipelines", ("ItemPipelineManager",)),
    ("feed export (JSONL)", ("export_item",)),
    ("Scrapy: handling callback output", ("handle_spider_output_async",)),
    ("newscrawl downloader middlewares", ("newscrawl/fetch/",)),
    ("newscrawl downloader middlewares", ("newscrawl/middlewares.py",)),
)


def group_of(stack: str) -> str:
    for name, frames in GROUPS:
        if all(frame in stack for frame in frames):
            return name
    return REST


def read_stacks(path: Path) -> Counter[str]:
    groups: Counter[str] = Counter()
    for line in path.read_text("utf-8", "replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            groups[group_of(stack)] += int(count)
    return groups


def py_spy() -> str | None:
    beside = Path(sys.executable).with_name("py-spy")  # installed in the same environment
    return str(beside) if beside.exists() else shutil.which("py-spy")


def record(arguments: list[str], cwd: Path, rate: int, out: Path) -> None:
    command = [py_spy() or "py-spy", "record", "--format", "raw", "--rate", str(rate)]
    command += ["-o", str(out)]
    command += ["--", *scrapy_command(*arguments)]
    subprocess.run(command, cwd=cwd, env=child_env(), check=True, capture_output=True)


def profile(replica: Replica, server: str, rate: int, raw: Path | None) -> dict[str, Counter[str]]:
    found: dict[str, Counter[str]] = {}
    with serve(replica.tree, server) as served, tempfile.TemporaryDirectory() as scratch:
        runs = {
            "null": (["runspider", str(NULL_SPIDER), "-a", f"urls={replica.urls_file}"], scratch),
            "full": (["crawl", "baothaibinh", "-O", f"{scratch}/out.jsonl"], str(ROOT)),
        }
        for name, (arguments, cwd) in runs.items():
            out = Path(scratch) / f"{name}.txt"
            arguments += ["-a", f"base_url={served.url}", "-s", "LOG_LEVEL=ERROR"]
            record(arguments, Path(cwd), rate, out)
            found[name] = read_stacks(out)
            if raw is not None and name == "full":
                shutil.copy(out, raw)
    return found


def report(found: dict[str, Counter[str]], replica: Replica, rate: int) -> list[str]:
    names = list(dict.fromkeys([*(g for g, _ in GROUPS if g != IDLE), REST]))
    busy = {k: sum(v.values()) - v[IDLE] for k, v in found.items()}
    lines = [
        f"Where the CPU goes: {replica.describe()}; py-spy at {rate} Hz, main thread, "
        "ms per page fetched",
        "",
        f"{'group':<46} {'null':>8} {'full':>8} {'full %':>7}",
    ]
    for name in sorted(names, key=lambda n: -found["full"][n]):
        per_page = [1000 * found[k][name] / rate / replica.pages for k in ("null", "full")]
        share = found["full"][name] / busy["full"] if busy["full"] else 0.0
        if per_page[1] or per_page[0]:
            lines.append(f"{name:<46} {per_page[0]:>8.2f} {per_page[1]:>8.2f} {share:>7.1%}")
    totals = [1000 * busy[k] / rate / replica.pages for k in ("null", "full")]
    lines.append(f"{'total':<46} {totals[0]:>8.2f} {totals[1]:>8.2f} {1:>7.0%}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="200 articles")
    parser.add_argument("--articles", type=int, help="replica size (default 10,000)")
    parser.add_argument("--rate", type=int, default=250, help="samples per second")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="where replicas are kept")
    parser.add_argument("--server", choices=("auto", "nginx", "newscrawl"), default="auto")
    parser.add_argument("--raw", type=Path, help="keep the full crawl's collapsed stacks here")
    args = parser.parse_args(argv)
    if py_spy() is None:
        print("py-spy is not installed (pip install py-spy)", file=sys.stderr)
        return 2
    replica = ensure_replica(args.work, args.articles or (200 if args.quick else 10_000), args.seed)
    try:
        found = profile(replica, args.server, args.rate, args.raw)
    except subprocess.CalledProcessError as exc:
        error = exc.stderr.decode("utf-8", "replace") if isinstance(exc.stderr, bytes) else ""
        print(f"py-spy failed (it needs ptrace: root or CAP_SYS_PTRACE): {error}", file=sys.stderr)
        return 2
    print("\n".join(report(found, replica, args.rate)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
