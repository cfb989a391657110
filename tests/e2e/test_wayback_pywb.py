"""The Wayback spider reading an archive that speaks pywb's dialect of the CDX API: a pywb
collection (pywb 2.10 itself, serving WARC files of the portal's captures), and the replica
archive's index paged as Common Crawl's is (server/wayback.py, `/pywb/cdx`)."""

from __future__ import annotations

import io
import re
from datetime import datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscrawl.cli import main
from newscrawl.pages.profile import get_profile
from newscrawl.server import ReplicaSite, start_server
from newscrawl.server.wayback import ReplicaCapture, captures_of, wayback_handler
from tests.archive.warcs import pywb_replay
from tests.e2e.archives import captures_read
from tests.support import REPLICA, run_crawl

pytestmark = pytest.mark.e2e

SPIDER = "baothaibinh_wayback"
PORTAL = get_profile("baothaibinh").base_url


def _captures() -> list[ReplicaCapture]:
    return captures_of(ReplicaSite(REPLICA), PORTAL)


def _first_good_captures() -> dict[str, tuple[str, str]]:
    """Article id -> its earliest capture that is no error page: the one to read."""
    good: dict[str, tuple[str, str]] = {}
    for capture in sorted(_captures(), key=lambda c: c.timestamp):
        found = re.search(r"/tin-tuc/(?:\d+/)?(\d+)/", capture.original)
        if found and not capture.error_page:
            good.setdefault(found[1], (capture.timestamp, capture.original))
    return good


def test_an_index_paged_as_common_crawl_s_is_read_page_by_page(tmp_path: Path) -> None:
    archive = start_server(REPLICA, handler=wayback_handler(PORTAL))
    try:
        result = run_crawl(tmp_path, "-a", f"index={archive.url}/pywb/cdx",
                           "-a", f"replay={archive.url}/web", spider=SPIDER)  # fmt: skip
    finally:
        archive.close()
    assert captures_read(result) == _first_good_captures()
    assert len(result.items) == 53
    # The portal's own host's first reply is cut at its first page (40 captures, no key to go
    # on): asked for again, it names 4 pages, read one by one (136 captures). The five other
    # host names answer 404 "No Captures found", asked again pywb's way too: no failure.
    assert "'newscrawl/captures/index_pywb': 6," in result.log
    assert "'newscrawl/captures/index_empty': 5," in result.log
    assert "'newscrawl/captures/listed': 136," in result.log
    assert "'newscrawl/failures/" not in result.log


def _write_warc(path: Path, captures: list[ReplicaCapture]) -> None:
    site = ReplicaSite(REPLICA)
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for capture in captures:
            kind = "text/html" if capture.error_page else site.content_type(capture.path)
            http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            when = datetime.strptime(capture.timestamp, "%Y%m%d%H%M%S")
            record = writer.create_warc_record(
                capture.original,
                "response",
                payload=io.BytesIO(capture.archived()),
                http_headers=http,
                warc_headers_dict={"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")},
            )
            writer.write_record(record)


def test_a_pywb_collection_is_read_from_its_own_index_and_replay(tmp_path: Path) -> None:
    # The portal's captures as WARC files in a pywb collection: what a Browsertrix crawl, or a
    # national archive running pywb, would hold.
    collection = tmp_path / "collection"
    collection.mkdir()
    _write_warc(collection / "portal.warc.gz", _captures())
    assert main(["index", str(collection / "portal.warc.gz")]) == 0
    with pywb_replay(tmp_path, collection / "portal.cdxj", collection) as pywb:
        result = run_crawl(tmp_path / "crawl", "-a", f"index={pywb.url}/archive/cdx",
                           "-a", f"replay={pywb.url}/archive", spider=SPIDER)  # fmt: skip
    assert captures_read(result) == _first_good_captures()
    assert len(result.items) == 53
    assert "'newscrawl/captures/listed': 136," in result.log
    assert "'newscrawl/failures/" not in result.log
