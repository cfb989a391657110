"""The replica: rebuilt byte for byte from its content, and its content checked for sense.

The checks read the generated tree with their own small HTML reader (not newscrawl.pages), so
they vouch for the replica independently of the crawler being tested against it.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import unicodedata
from collections import defaultdict, deque
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import jsonschema
import pytest
from parsel import Selector

from newscrawl.items import CRAWL_FIELDS, SCHEMA_VERSION, Article
from newscrawl.replica import build_replica, load_content, requisites
from newscrawl.replica.model import Content, Image, MediaLine, RawHtml
from newscrawl.replica.text import clean

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "fixtures" / "portal-src"
TREE = ROOT / "fixtures" / "portal"
EXPECTED = ROOT / "fixtures" / "expected"
# A copy of ../shared/reference/article-159670.txt (bytes kept), so the test never depends on
# what sits beside the clone.
REFERENCE = ROOT / "fixtures" / "reference" / "article-159670.txt"

PORTAL_HOSTS = {"baothaibinh.com.vn", "www.baothaibinh.com.vn", "wwww.baothaibinh.com.vn"}
MEDIA = "https://media.baothaibinh.com.vn/"
ARTICLE_PATH = re.compile(r"^/tin-tuc/(?:(?P<cat>\d+)/)?(?P<id>\d+)/[^/]+$")
# PORTAL.md's anchors; the "≈" ones pinned to a mid-point of what they say.
ANCHORS = [
    (date(2013, 6, 10), 17822),
    (date(2016, 1, 11), 43377),
    (date(2017, 12, 31), 61607),
    (date(2018, 9, 14), 70353),
    (date(2020, 10, 15), 113702),
    (date(2022, 9, 22), 159670),
    (date(2023, 3, 6), 170273),
    (date(2023, 11, 13), 187335),
    (date(2024, 10, 12), 209844),
    (date(2025, 2, 20), 222144),
]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []  # <a> and <link> (canonical)
        self.anchors: list[str] = []
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("a", "link") and values.get("href"):
            self.hrefs.append(str(values["href"]))
        if tag == "a" and values.get("href"):
            self.anchors.append(str(values["href"]))
        if tag == "img" and values.get("src"):
            self.images.append(str(values["src"]))


def _links(text: str) -> _Links:
    parser = _Links()
    parser.feed(text)
    return parser


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("replica")
    build_replica(SRC, out / "portal", expected_dir=out / "expected")
    return out


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(SRC)


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return {
        name: data.decode("utf-8")
        for name, data in _files(TREE).items()
        if name.endswith((".html", ".txt"))
    }


@pytest.fixture(scope="module")
def facts() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXPECTED / "portal-manifest.json").read_text("utf-8"))
    return data


@pytest.fixture(scope="module")
def items() -> dict[str, dict[str, Any]]:
    lines = (EXPECTED / "portal-articles.jsonl").read_text("utf-8").splitlines()
    return {item["article_id"]: item for item in map(json.loads, lines)}


# Reproducibility


def test_tree_is_rebuilt_byte_for_byte(rebuilt: Path) -> None:
    want, got = _files(TREE), _files(rebuilt / "portal")
    assert sorted(set(want) ^ set(got)) == [], "run python -m newscrawl.replica.build"
    assert sorted(name for name in want if want[name] != got[name]) == []


@pytest.mark.parametrize("name", ["portal-articles.jsonl", "portal-manifest.json"])
def test_expected_files_are_rebuilt_byte_for_byte(rebuilt: Path, name: str) -> None:
    assert (rebuilt / "expected" / name).read_bytes() == (EXPECTED / name).read_bytes()


def test_a_rebuild_over_the_tree_removes_stale_pages(rebuilt: Path) -> None:
    stale = rebuilt / "portal" / "tin-tuc" / "3" / "1" / "gone.html"
    stale.parent.mkdir(parents=True)
    stale.write_text("old", encoding="utf-8")
    build_replica(SRC, rebuilt / "portal")
    assert not stale.exists()
    assert not stale.parent.exists()


# The content


def _implied_date(article_id: int) -> date:
    for (d0, i0), (d1, i1) in itertools.pairwise(ANCHORS):
        if article_id <= i1 or (d1, i1) == ANCHORS[-1]:
            return date.fromordinal(
                round(d0.toordinal() + (article_id - i0) * (d1 - d0).days / (i1 - i0))
            )
    raise AssertionError("unreachable")


def test_ids_rise_with_dates_except_the_one_outlier(content: Content) -> None:
    ids = [a.id for a in content.articles]
    assert len(ids) == len(set(ids))
    outliers = [a for a in content.articles if a.id_outlier]
    assert len(outliers) == 1
    ordered = sorted((a for a in content.articles if not a.id_outlier), key=lambda a: a.published)
    assert [a.id for a in ordered] == sorted(a.id for a in ordered)
    # Within two months of the anchors' line, so no sensible threshold flags them.
    off = {a.id: (_implied_date(a.id) - a.day).days for a in ordered}
    assert {i: days for i, days in off.items() if abs(days) > 60} == {}
    assert abs((_implied_date(outliers[0].id) - outliers[0].day).days) > 5 * 365


_PRINTED_DAY = re.compile(r"(Thứ [2-7]|Chủ nhật), (\d\d)/(\d\d)/(\d{4})")
_WEEKDAYS = ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật"]


def test_every_printed_weekday_is_right_but_the_deliberate_one(pages: dict[str, str]) -> None:
    wrong = []
    for name, text in pages.items():
        for match in _PRINTED_DAY.finditer(text):
            day = date(int(match[4]), int(match[3]), int(match[2]))
            if _WEEKDAYS[day.weekday()] != match[1]:
                wrong.append((name.split("/")[2], match[0]))
    assert wrong == [("123040", "Thứ 3, 08/03/2021")]


def _resolve(path: str, files: set[str], by_id: dict[str, str]) -> str | None:
    """The serving model: /x -> x.html | x/index.html | x; articles by id whatever the slug."""
    if path == "/":
        return "index.html"
    relative = path.lstrip("/")
    for candidate in (f"{relative}.html", f"{relative}/index.html", relative):
        if candidate in files:
            return candidate
    match = ARTICLE_PATH.match(path)
    return by_id.get(match["id"]) if match else None


def _graph(pages: dict[str, str], facts: dict[str, Any]) -> dict[str, set[str]]:
    """Page -> pages it links to, asserting on the way that every link lands somewhere."""
    files = set(pages)
    by_id = {name.split("/")[2]: name for name in files if name.startswith("tin-tuc/")}
    robots = RobotFileParser()
    robots.parse(pages["robots.txt"].splitlines())
    allowed_gaps = set(facts["archive_out_of_range"])
    graph: dict[str, set[str]] = defaultdict(set)
    broken = []
    for name, text in pages.items():
        if not name.endswith(".html"):
            continue
        found = _links(text)
        for src in found.images:
            assert src.startswith(MEDIA), (name, src)
        for href in found.hrefs:
            parts = urlsplit(href)
            if parts.hostname and parts.hostname not in PORTAL_HOSTS:
                assert href in facts["external_links"], (name, href)
                continue
            if parts.path.lstrip("/") in requisites.FILES:  # a file the page loads, no page
                assert (TREE / parts.path.lstrip("/")).is_file(), (name, href)
                continue
            if not robots.can_fetch("*", href if parts.hostname else "https://x" + href):
                assert href in facts["robots_disallowed_links"], (name, href)
                continue
            target = _resolve(parts.path, files, by_id)
            if target is None and href not in allowed_gaps:
                broken.append((name, href))
            if target is not None:
                graph[name].add(target)
    assert broken == []
    return graph


def test_every_link_resolves_and_every_page_is_reachable(
    pages: dict[str, str], facts: dict[str, Any]
) -> None:
    graph = _graph(pages, facts)
    # The archive form is the way into the archive: any day of its years makes a URL.
    years = re.findall(r'<option value="(\d{4})">', pages["index.html"])
    assert years == [str(y) for y in range(facts["years"][0], facts["years"][1] + 1)]
    start = ["index.html", f"xem-tin-theo-ngay/01-01-{years[0]}.html"]
    seen, queue = set(start), deque(start)
    while queue:
        for target in graph[queue.popleft()] - seen:
            seen.add(target)
            queue.append(target)
    assert sorted(set(pages) - seen - {"robots.txt"}) == []


def test_archive_only_articles_are_linked_from_the_archive_alone(
    pages: dict[str, str], facts: dict[str, Any]
) -> None:
    hidden = {i for i, a in facts["articles"].items() if a["archive_only"]}
    assert len(hidden) >= 3
    for name, text in pages.items():
        if name.startswith("xem-tin-theo-ngay/") or not name.endswith(".html"):
            continue
        targets = (ARTICLE_PATH.match(urlsplit(h).path) for h in _links(text).hrefs)
        linked = {m["id"] for m in targets if m}
        own = name.split("/")[2] if name.startswith("tin-tuc/") else None
        assert linked & hidden <= {own}, name


def test_manifest_lists_every_link_to_each_article(
    pages: dict[str, str], facts: dict[str, Any]
) -> None:
    paths: dict[str, set[str]] = defaultdict(set)
    absolute: dict[str, set[str]] = defaultdict(set)
    for text in pages.values():
        for href in _links(text).anchors:
            parts = urlsplit(href)
            match = ARTICLE_PATH.match(parts.path)
            if match and parts.hostname in PORTAL_HOSTS:
                absolute[match["id"]].add(href)
            elif match and not parts.hostname:
                paths[match["id"]].add(href)
    for article_id, article in facts["articles"].items():
        assert paths[article_id] == set(article["paths"]), article_id
        assert absolute[article_id] == set(article["absolute_links"]), article_id
    assert sum(len(a["paths"]) > 1 for a in facts["articles"].values()) >= 2
    assert facts["host_variant_links"][0].startswith("http://wwww.baothaibinh.com.vn/tin-tuc/")


def test_raw_markup_reads_as_its_text(content: Content) -> None:
    for article in content.articles:
        for block in article.body:
            if isinstance(block, RawHtml) and block.text is not None:
                visible = html.unescape(re.sub(r"<[^>]+>", "", block.html))
                assert clean(html.unescape(visible)) == clean(block.text), article.id


def test_the_issue_cases_are_all_there(content: Content, facts: dict[str, Any]) -> None:
    articles = content.articles
    bylines = [a.byline for a in articles]
    lines = ["\n".join(b.lines) for b in bylines if b]
    assert "Minh Nguyệt - Kiên Trung" in lines
    assert {"Tin, ảnh: Vũ Minh", "Thực hiện: Minh Phúc", "Theo TTXVN"} <= set(lines)
    assert "Anh Dân\n(Tỉnh đoàn Thái Bình)" in lines
    assert sum(b is None for b in bylines) >= 3
    views = [a.views for a in articles if a.views is not None]
    assert min(views) < 1000
    assert max(views) > 999
    images = [b for a in articles for b in a.body if isinstance(b, Image)]
    assert any(i.credit for i in images)
    assert any(i.credit is None and i.caption and " - " in i.caption for i in images)
    assert any(i.credit is None and i.caption and "(" in i.caption for i in images)
    assert sum(a.entities for a in articles) >= 3
    assert any(isinstance(b, MediaLine) for a in articles for b in a.body)
    assert [a.id for a in articles if a.printed_weekday] == [123040]
    old = [a for a in articles if a.layout == "old"]
    assert len(old) >= 4
    assert all(2013 <= a.published.year <= 2017 for a in old)
    assert len({a.section for a in articles}) >= 5
    assert len(articles) >= 46
    assert max(len(s["paths"]) for s in facts["sections"]) >= 3
    per_day: dict[date, int] = defaultdict(int)
    for a in articles:
        per_day[a.day] += 1
    assert max(per_day.values()) > content.site.page_size
    assert any(p.endswith("/trang-2") for p in facts["archive_day_paths"])


# The expected items


def test_expected_items_follow_the_field_conventions(
    items: dict[str, dict[str, Any]], content: Content
) -> None:
    assert sorted(items) == sorted(str(a.id) for a in content.articles)
    fields = set(Article.__annotations__) - CRAWL_FIELDS
    for article_id, item in items.items():
        assert set(item) == fields, article_id
        assert item["schema_version"] == SCHEMA_VERSION
        assert item["site"] == "baothaibinh.com.vn"
        assert item["warnings"] == sorted(set(item["warnings"]))
        texts = [item["title"], item["body"], item["lead"] or "", *item["tags"]]
        texts += [i["caption"] or "" for i in item["images"]]
        texts += [r["title"] for r in item["related"]]
        for text in texts:
            assert text == unicodedata.normalize("NFC", text), article_id
            assert not re.search(r"&[#a-zA-Z0-9]+;|\u00a0|\u200b|  ", text), (article_id, text)
        for link in item["related"]:
            assert link["url"].startswith("https://baothaibinh.com.vn/tin-tuc/")
        assert item["canonical_url"].startswith("https://baothaibinh.com.vn/tin-tuc/")
        if item["published_at"] is None:  # the older layout prints no date, views or clock
            assert item["view_count"] is item["view_count_observed_at"] is item["lead"] is None
        else:
            observed = datetime.fromisoformat(item["view_count_observed_at"])
            assert datetime.fromisoformat(item["published_at"]) < observed


def test_expected_items_validate_against_the_schema(items: dict[str, dict[str, Any]]) -> None:
    schema_file = ROOT / "newscrawl" / "schema" / "article.schema.json"
    validator = jsonschema.Draft202012Validator(json.loads(schema_file.read_text("utf-8")))
    for item in items.values():
        line = {**item, "url": item["canonical_url"], "fetched_at": "2026-01-01T00:00:00Z"}
        errors = [e.message for e in validator.iter_errors({**line, "warc": None})]
        assert errors == [], item["article_id"]


def test_warnings_are_the_deliberate_ones(items: dict[str, dict[str, Any]]) -> None:
    warned = {i: item["warnings"] for i, item in items.items() if item["warnings"]}
    assert warned == {"123040": ["weekday_mismatch"], "24816": ["id_date_mismatch"]}


def test_article_159670_is_the_reference_page(
    items: dict[str, dict[str, Any]], pages: dict[str, str]
) -> None:
    ref = [clean(line) for line in REFERENCE.read_text("utf-8").splitlines() if line.strip()]
    item = items["159670"]
    page = next(text for name, text in pages.items() if "/159670/" in name)
    for shown in (ref[0], ref[2], ref[3]):  # clock, date line, views
        assert shown in page
    assert [ref[1], ref[4]] == [item["title"], item["lead"]]
    assert ref[5:11] == [
        item["images"][0]["caption"],
        item["body"].split("\n\n")[0],
        item["images"][1]["caption"],
        item["images"][2]["caption"],
        item["body"].split("\n\n")[1],
        item["byline_raw"],
    ]
    assert (item["published_at"], item["view_count"]) == ("2022-09-22T19:44:07+07:00", 667)
    assert item["view_count_observed_at"] == "2022-12-06T08:43:00+07:00"
    related = re.findall(r'<span class="time">([^<]+)</span>', page)
    assert "22.09.2022 | 16:46 PM" in related
    assert "22.09.2022 | 09:05 AM" in related
    assert urljoin(item["canonical_url"], "/") == "https://baothaibinh.com.vn/"


def _read(text: str) -> str:
    """A reader's cleanup, written here again: NFC, entities (also double-encoded), spaces."""
    text = html.unescape(unicodedata.normalize("NFC", text))
    return re.sub(r"[\s\u200b]+", " ", text).strip()


def _article_as_read(page: str, canonical: str) -> dict[str, Any]:
    """The page read with the markup contract's selectors (docs/replica.md)."""
    doc = Selector(text=page)

    def text(node: Selector) -> str:
        return _read("".join(node.xpath(".//text()").getall()))

    content = doc.css(".detail-content, .news-detail-body")[0]
    right = content.xpath("./p[@align='right' or contains(@style, 'right')]")
    captions = [text(c) for c in content.css(".image_desc, p[style*=center] em")]
    paragraphs = [
        text(p)
        for p in content.xpath("./p[not(@align) and not(contains(@style, 'text-align'))]")
        if text(p)
    ]
    related = [
        {"url": urljoin(canonical, a.attrib["href"]), "title": text(a)}
        for a in doc.css(".box-related li a")
    ]
    return {
        "title": text(doc.css(".detail-title, .news-detail-title")[0]),
        "lead": text(doc.css(".detail-sapo")[0]) if doc.css(".detail-sapo") else None,
        "body": "\n\n".join(paragraphs),
        "published_at_raw": doc.css(".detail-time::text").get(),
        "view_count_raw": doc.css(".detail-view::text").get(),
        "byline_raw": "\n".join(text(p) for p in right) or None,
        "images": content.css("img::attr(src)").getall(),
        "captions": captions,
        "tags": [text(a) for a in doc.css(".detail-tags a")],
        "related": related,
        "canonical": doc.css("link[rel=canonical]::attr(href)").get(),
        "clock": doc.css(".header-date::text").get(),
    }


def test_each_article_page_shows_its_expected_item(
    pages: dict[str, str], items: dict[str, dict[str, Any]], facts: dict[str, Any]
) -> None:
    for article_id, item in items.items():
        page = pages[facts["articles"][article_id]["file"]]
        read = _article_as_read(page, item["canonical_url"])
        for field in ("title", "lead", "body", "published_at_raw", "view_count_raw"):
            assert read[field] == item[field], (article_id, field)
        assert (read["byline_raw"], read["tags"]) == (item["byline_raw"], item["tags"]), article_id
        assert read["related"] == item["related"], article_id
        assert read["images"] == [i["url"] for i in item["images"]], article_id
        shown = [
            f"{i['caption']} Ảnh: {i['credit']}" if i["credit"] else i["caption"]
            for i in item["images"]
            if i["caption"] or i["credit"]
        ]
        assert read["captions"] == shown, article_id
        new = item["published_at"] is not None
        assert (read["clock"] is not None, read["canonical"] is not None) == (new, new), article_id
        if new:
            host = urlsplit(read["canonical"]).hostname
            mapped = read["canonical"].replace(f"//{host}/", "//baothaibinh.com.vn/")
            assert mapped == item["canonical_url"], article_id


def test_every_picture_an_article_shows_is_in_the_tree(pages: dict[str, str]) -> None:
    shown = {
        urlsplit(src).path.lstrip("/")
        for name, text in pages.items()
        if name.startswith("tin-tuc/")
        for src in re.findall(r'<img src="(https://media\.baothaibinh\.com\.vn/[^"]+)"', text)
    }
    pictures = {name: data for name, data in _files(TREE).items() if name.endswith(".jpg")}
    assert len(shown) == 54
    # and the placeholder a listing shows for an article without a picture
    assert set(pictures) == shown | {"images/no-image.jpg"}
    assert any('src="https://media.baothaibinh.com.vn/images/no-image.jpg"' in text
               for name, text in pages.items() if not name.startswith("tin-tuc/"))  # fmt: skip
    for name, data in pictures.items():
        # A JPEG (start and end of image) whose comment segment names the picture.
        assert data.startswith(b"\xff\xd8\xff\xfe"), name
        assert data.endswith(b"\xff\xd9"), name
        assert name.encode() in data
