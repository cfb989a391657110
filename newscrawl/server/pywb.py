"""A capture index answered as pywb answers it over a paged (ZipNum) index, as Common Crawl's
is: a JSON object a line under pywb's field names, a page at a time (the first when no `page` is
given), the number of pages for `showNumPages`, no resume key, and 404 "No Captures found" for
a query that finds nothing. The replica archive (`/pywb/cdx`, server/wayback.py) and the replica
Common Crawl (server/commoncrawl.py) answer their queries with it.
"""

from __future__ import annotations

import json
import re

PAGE_ROWS = 40  # captures a page of an index
# The Wayback CDX server's names of pywb's fields, which pywb reads in a filter too.
_WAYBACK_NAMES = {"mimetype": "mime", "statuscode": "status", "original": "url"}


def pywb_answer(rows: list[dict[str, str]], params: dict[str, list[str]]) -> tuple[int, str]:
    """The status and the JSON lines answering a query whose address and times selected `rows`
    (in index order); the query's `filter`s, `page`, `showNumPages` and `limit` apply here."""
    rows = [row for row in rows if all(kept(row, spec) for spec in params.get("filter", []))]
    if not rows:
        url = params.get("url", [""])[0]
        return 404, json.dumps({"message": f"No Captures found for: {url}"}) + "\n"
    pages = -(-len(rows) // PAGE_ROWS)
    if params.get("showNumPages", [""])[0] == "true":
        return 200, json.dumps({"pages": pages, "pageSize": 1, "blocks": pages}) + "\n"
    page = int(params.get("page", ["0"])[0])
    if not 0 <= page < pages:  # as pywb refuses a page past a ZipNum index's last
        message = f"Page {page} invalid: First Page is 0, Last Page is {pages - 1}"
        return 400, json.dumps({"message": message}) + "\n"
    rows = rows[page * PAGE_ROWS : (page + 1) * PAGE_ROWS]
    rows = rows[: int(params.get("limit", [str(len(rows))])[0])]
    return 200, "".join(json.dumps(row) + "\n" for row in rows)


def kept(row: dict[str, str], spec: str) -> bool:
    """pywb's filter: a substring of the field, `=` the whole field, `~` a regex matching from
    its start; `!` inverts."""
    invert = spec.startswith("!")
    spec = spec.removeprefix("!")
    mode = spec[:1] if spec[:1] in ("=", "~") else ""
    name, _, value = spec[len(mode) :].partition(":")
    actual = row.get(_WAYBACK_NAMES.get(name, name), "")
    if mode == "=":
        hit = actual == value
    elif mode == "~":
        hit = re.match(value, actual) is not None
    else:
        hit = value in actual
    return hit != invert
