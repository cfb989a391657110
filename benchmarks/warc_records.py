"""The archive path alone: CPU per exchange of turning the replica's pages into WARC, by stage.

    python -m benchmarks.warc_records            # 7 rounds
    python -m benchmarks.warc_records --quick    # CI smoke: one round

Every page of `fixtures/portal` (its pictures left out, as the crawl benchmarks leave them)
becomes one exchange, with the request and response headers a
crawl of it served by nginx archives (Scrapy's request headers; nginx's Server, Date, Etag...).
Each stage of newscrawl/archive runs over all the exchanges in turn, fed by the one before, and
is timed in CPU time (`time.process_time`); the table shows the best round of each stage in µs
per exchange (a request and a response record together):

- digest: the payload digest the archiver looks revisits up with;
- ids: two record ids;
- build+serialise: the uncompressed bytes of the request and response records, block digests
  included (records.py; before, warcio's RecordBuilder built the records and its WARCWriter
  serialised them, two stages of about the same cost);
- gzip: one gzip member per record, at the default level (writer.gzip_member: libdeflate);
- CDXJ: the index line of the response, from its entry (request records are not indexed);
- Archiver.archive: the whole path as the crawl calls it (the stages above, the digest index
  look-up, the file write), into a fresh directory each round; the opening and closing of the
  file, once a GiB in a crawl, are left out.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks import machine
from benchmarks.rounds import rounds_from
from newscrawl.archive.archiver import Archiver
from newscrawl.archive.cdxj import entry_line, exchange_entry
from newscrawl.archive.config import DEFAULT_GZIP_LEVEL, ArchiveConfig
from newscrawl.archive.digests import payload_digest
from newscrawl.archive.records import Exchange, request_record, response_record
from newscrawl.archive.warcformat import new_record_id, warc_date
from newscrawl.archive.writer import Placement, gzip_member

REPLICA = Path(__file__).resolve().parent.parent / "fixtures" / "portal"
HOST = "127.0.0.1:8000"
MOMENT = datetime(2026, 11, 26, 7, 20, tzinfo=UTC)
# As Scrapy sends them under newscrawl's settings (Accept-Encoding as the archive leaves it)
REQUEST_HEADERS = [
    (b"Accept", b"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
    (b"Accept-Language", b"en"),
    (b"User-Agent", b"newscrawl/0.1.0 (+https://github.com/newscrawl/newscrawl; web archiving)"),
    (b"Accept-Encoding", b"gzip, deflate"),
    (b"Host", HOST.encode()),
]


def url_of(path: Path) -> str:
    relative = path.relative_to(REPLICA).as_posix().removesuffix("index.html")
    return f"http://{HOST}/{relative.removesuffix('.html')}"


def exchanges() -> list[Exchange]:
    """One exchange per replica page (its pictures and requisites left out, as the other
    benchmarks leave them), with the headers nginx answers with (as Scrapy has them)."""
    found = []
    pages = (p for p in REPLICA.rglob("*") if p.is_file() and p.suffix in (".html", ".txt"))
    for number, path in enumerate(sorted(pages)):
        body = path.read_bytes()
        url = url_of(path)
        response_headers = [
            (b"Content-Length", str(len(body)).encode()),
            (b"Server", b"nginx/1.22.1"),
            (b"Date", b"Thu, 26 Nov 2026 07:20:00 GMT"),
            (b"Content-Type", b"text/html"),
            (b"Last-Modified", b"Wed, 25 Nov 2026 10:00:00 GMT"),
            (b"Etag", f'"6b12c9ad-{len(body):x}"'.encode()),
            (b"Accept-Ranges", b"bytes"),
        ]
        sent = MOMENT + timedelta(milliseconds=number)
        found.append(
            Exchange(
                url=url,
                method="GET",
                request_target=url.removeprefix(f"http://{HOST}"),
                request_headers=[(b"Referer", f"http://{HOST}/".encode()), *REQUEST_HEADERS],
                request_body=b"",
                requested_at=sent,
                status=200,
                protocol="HTTP/1.1",
                response_headers=response_headers,
                body=body,
                received_at=sent + timedelta(microseconds=2500),
                ip_address="127.0.0.1",
            )
        )
    return found


def _timed(stage: Callable[[], Any]) -> tuple[Any, float]:
    started = time.process_time()
    result = stage()
    return result, time.process_time() - started


def one_round(items: list[Exchange]) -> dict[str, float]:
    """CPU seconds of each stage over all the exchanges."""
    times: dict[str, float] = {}
    digests, times["digest"] = _timed(lambda: [payload_digest(e.body) for e in items])
    ids, times["ids"] = _timed(lambda: [(new_record_id(), new_record_id()) for _ in items])

    def build() -> list[tuple[bytes, bytes]]:
        return [
            (request_record(e, q, r), response_record(e, r, q, d))
            for e, d, (q, r) in zip(items, digests, ids, strict=True)
        ]

    records, times["build+serialise"] = _timed(build)
    members, times["gzip"] = _timed(
        lambda: [[gzip_member(b, DEFAULT_GZIP_LEVEL) for b in pair] for pair in records]
    )

    def index() -> None:
        offset = 0
        for item, digest, (first, second) in zip(items, digests, members, strict=True):
            where = Placement("x.warc.gz", offset + len(first), len(second))
            date = warc_date(item.received_at)
            entry_line(exchange_entry(item, date=date, digest=digest, revisit=False, where=where))
            offset += len(first) + len(second)

    _, times["CDXJ"] = _timed(index)
    with tempfile.TemporaryDirectory(prefix="warc-records-") as directory:
        config = ArchiveConfig(Path(directory))
        archiver = Archiver(config, started=MOMENT, warcinfo=lambda name: {"software": "x"})
        # Opening and closing happen once a file (1 GiB): not per exchange, not timed.
        archiver.archive(replace(items[0], url="http://127.0.0.1:8000/opening", body=b"-"))
        _, times["Archiver.archive"] = _timed(lambda: [archiver.archive(e) for e in items])
        archiver.close()
    return times


def measure(items: list[Exchange], rounds: int) -> dict[str, float]:
    """Stage -> best CPU seconds over the rounds."""
    best: dict[str, float] = {}
    for _ in range(rounds):
        for stage, seconds in one_round(items).items():
            best[stage] = min(best.get(stage, seconds), seconds)
    return best


def report(best: dict[str, float], items: list[Exchange], rounds: int) -> list[str]:
    count = len(items)
    whole = best["Archiver.archive"]
    stages = {name: seconds for name, seconds in best.items() if name != "Archiver.archive"}
    lines = [
        f"WARC records: {count} exchanges of fixtures/portal, {sum(len(e.body) for e in items):,}"
        f" body bytes; best of {rounds} round(s), CPU time",
        "",
        f"{'stage':<18} {'µs/exchange':>12} {'of whole':>9}",
    ]
    for name, seconds in [*stages.items(), ("Archiver.archive", whole)]:
        lines.append(f"{name:<18} {1e6 * seconds / count:>12.1f} {seconds / whole:>9.0%}")
    rest = whole - sum(stages.values())
    lines.append(f"{'(rest of archive)':<18} {1e6 * rest / count:>12.1f} {rest / whole:>9.0%}")
    return lines


def main(argv: list[str] | None = None) -> int:
    rounds = rounds_from(argv, __doc__.splitlines()[0] if __doc__ else None)
    items = exchanges()
    print(f"machine: {machine.describe()}")
    print("\n".join(report(measure(items, rounds), items, rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
