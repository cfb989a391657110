"""URLs of a portal: which page a URL is, and the one form an article is known by."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import cast
from urllib.parse import SplitResult, parse_qsl, urljoin, urlsplit, urlunsplit

from lxml import etree
from w3lib.url import safe_url_string

from newscrawl.pages import captures
from newscrawl.pages.dom import Element
from newscrawl.pages.profile import Profile

# Unknown sites: the last run of 4+ digits in the path is the article id
# (`/chinh-tri/abc-123456.html`, `-post712345.html`), once `/yyyy/mm(/dd)/` date segments and
# years, days and counts written as words of the slug (`...-giap-thin-2024`,
# `-nam-2017-2871.aspx`, `_28102011.htm`, `-gan-60000-luot-khach`) are set aside; else an
# id-named query parameter (`?newsid=8842`, `?nid=56012`, `View_Detail.aspx?ItemID=2860`).
_DIGIT_RUN = re.compile(r"\d{4,}")
# (A slug may run its words together, the year too: `hoidentrungcoc2011.htm`, a folder
# `nam2011`, `năm 2011`, a short word's `mhx2024_doi3.htm`, its words going on after an
# underscore; `post2011` is an id's prefix and its number.)
_SLUG_YEAR = re.compile(
    r"(?:(?<=[-_])|(?<=[a-z]{6})|(?<=nam))(?:19|20)\d\d(?!\d)|(?<=[a-z]{2})(?:19|20)\d\d(?=_[a-z])"
)
# A number among the slug's words, a count (`-thu-hut-gan-60000-luot-khach`): ids close a slug
# or open it.
_SLUG_COUNT = re.compile(r"(?<=[a-z]-)\d+(?=-[a-z])")
# A day written into the slug, `ddmmyyyy` or `yyyymmdd` (`ngungviec_phuan_28102011.htm`).
_SLUG_DAY = re.compile(
    r"(?<!\d)(?:(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d"
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?!\d)"
)
# `/2009/02/14/`, `/2023/09/`, or a platform's dated folder `/2024-11-22/` (VNPT's portals).
_DATE_PATH = re.compile(
    r"/(?P<year>(?:19|20)\d\d)(?P<sep>[/-])(?P<month>0?[1-9]|1[0-2])"
    r"(?:(?P=sep)(?P<day>0?[1-9]|[12]\d|3[01]))?(?=/|$)"
)
# A month's folder written in one run, `/202411/` (no id: the slug's own number may be).
_MONTH_FOLDER = re.compile(r"/(?:19|20)\d\d(?:0[1-9]|1[0-2])(?=/)")
# A year's folder over a page named in words (a FrontPage site's `/tintuc/2009/ct135.htm`).
_YEAR_FOLDER = re.compile(r"/(?:19|20)\d\d(?=/[^/]*[a-z][^/]*$)", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s")
# (SMF's `topic=4217.0`: the thread, then the post it opens at; `MaTin`, Vietnamese `mã tin`;
# PHP-Fusion's `readmore`, the news item read in full.)
_ID_PARAMETERS = frozenset(
    {"id", "itemid", "newsid", "nid", "articleid", "topic", "contentid", "matin", "readmore"}
)
# A forum script's thread (phpBB's `viewtopic.php?t=`, vBulletin 3's `showthread.php?t=`,
# Moodle's `mod/forum/discuss.php?d=`): elsewhere `t` is as often a cache key (`?t=1700000000`).
_THREAD_KEYS = {"/viewtopic.php": "t", "/showthread.php": "t", "/discuss.php": "d"}
_QUERY_ID = re.compile(r"([0-9]{2,})-[^=&]*(?:&|$)")
# An id named in the path, as DNN writes its parameters (`/ArtMID/412/ArticleID/3187/slug`), and
# an Odoo blog's post (`/blog/{blog}-{id}/{post}-{id}`): no run of digits in the slug outranks it.
_PATH_ID = re.compile(r"/(?:articleid|newsid|itemid|nid)/(\d+)(?=/|$)", re.IGNORECASE)
_ODOO_POST = re.compile(r"/blog/[^/]+-\d+/[^/]+-(\d+)/?$")
# Joomla's search-friendly address without rewriting, `index.php/{menu}/{id}-{alias}`: the
# alias's leading number is the item's id, however small (a slug elsewhere may open with a count).
_JOOMLA_ITEM = re.compile(r"/index\.php/(?:[^/]+/)*(\d+)-[^/]*$")
_BASE_HREF = etree.XPath("head/base/@href")  # (compiled: a path `find` parses in Python)


@dataclass(frozen=True, slots=True)
class ArticleRef:
    article_id: str
    category_id: str | None
    slug: str


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def site_of(url: str) -> str:
    host = host_of(url)
    return host.removeprefix("www.")


# The subdomains where a site serves other views of its own pages, at the same paths: its mobile,
# lite (text-only) and AMP copies.
_VIEW_LABELS = ("m.", "mobile.", "lite.", "amp.", "wap.")


def off_view_copy(url: str, page: str, canonical: str) -> str:
    """A link on the host of a site's mobile, lite or AMP copy (`page`, at `m.`, `lite.`,
    `amp.`), moved to the site's canonical host: the copy mirrors the site's paths, and an
    article is known by its canonical address."""
    copy = host_of(page)
    if host_of(url) != copy or copy == host_of(canonical):
        return url
    if _without_view_label(site_of(page)) != _without_view_label(site_of(canonical)):
        return url  # (another site's: an outlet's merged into another)
    return _moved(url, canonical)


def _without_view_label(site: str) -> str:
    for label in _VIEW_LABELS:
        if site.startswith(label):
            return site.removeprefix(label)
    return site


def article_ref(url: str, profile: Profile) -> ArticleRef | None:
    return _article_ref(url, profile.article_pattern)


# A crawl meets each article's URL on its listing, its archive day, the related lists of its
# neighbours and its own page, and the menu's and calendar's URLs on every page: remembering
# the last few thousand answers saves parsing them again (`urlsplit`'s own cache holds 128).
_URL_CACHE = 8192


@lru_cache(maxsize=_URL_CACHE)
def _article_ref(url: str, pattern: re.Pattern[str]) -> ArticleRef | None:
    match = pattern.match(url_path(url))
    if match is None:
        return None
    groups = match.groupdict()
    return ArticleRef(groups["article_id"], groups.get("category_id"), groups["slug"])


@lru_cache(maxsize=_URL_CACHE)
def url_path(url: str) -> str:
    """The URL's path ("" for a URL that does not parse)."""
    return split_url(url).path


def original_path(url: str) -> str:
    """The path of the page a link leads to (a replay's link: the original's)."""
    return split_url(captures.original(url)).path


def generic_article_id(url: str) -> str | None:
    """The id of an article on a site without a profile (see the comment on `_DIGIT_RUN`)."""
    parts = split_url(url)
    if (named := _PATH_ID.search(parts.path) or _ODOO_POST.search(parts.path)) is not None:
        return named.group(1)
    path = _YEAR_FOLDER.sub("/", _MONTH_FOLDER.sub("/", _DATE_PATH.sub("/", parts.path)))
    for not_an_id in (_SLUG_DAY, _SLUG_YEAR, _SLUG_COUNT):  # (a day's digits hold a year's)
        path = not_an_id.sub("/", path)
    runs = _DIGIT_RUN.findall(path)
    if runs:
        return str(runs[-1])
    if (item := _JOOMLA_ITEM.search(parts.path)) is not None:
        return item.group(1)
    if (opening := _QUERY_ID.match(parts.query)) is not None:  # (vBulletin's `?48213-slug`)
        return opening.group(1)
    script = parts.path[parts.path.rfind("/") :]
    thread_key = _THREAD_KEYS.get(script)
    for name, value in parse_qsl(parts.query, keep_blank_values=False):
        number = re.split(r"[:.]", value, maxsplit=1)[0]  # (Joomla's `id=1234:alias`)
        key = name.lower()
        if (key in _ID_PARAMETERS or key == thread_key) and number.isdigit():
            return number
    return None


def url_date(url: str) -> str | None:
    """A `/yyyy/mm/dd/` (or `/yyyy-mm-dd/`) run in the URL path, as written (`2009/02/14`): a
    date, never a time."""
    match = _DATE_PATH.search(split_url(url).path)
    if match is None or match.group("day") is None:
        return None
    return match.group(0).strip("/")


def split_url(url: str) -> SplitResult:
    """`urlsplit`, an address it cannot read (`http://[::1/x`) giving an empty one."""
    try:
        return urlsplit(url)
    except ValueError:
        return urlsplit("")


_DEFAULT_PORTS = {"http": ":80", "https": ":443"}


def without_default_port(url: str) -> str:
    """The address without the port its scheme implies (SharePoint's canonical links name
    theirs: `https://host:443/Pages/…`), the one form browsers and the crawl request it by."""
    parts = split_url(url)
    port = _DEFAULT_PORTS.get(parts.scheme)
    if port is None or not parts.netloc.endswith(port):
        return url
    netloc = parts.netloc.removesuffix(port)
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def article_key(site: str, article_id: str) -> str:
    """The identity of an article across hosts, category segments and slugs."""
    return f"{site}/{article_id}"


def rebase(url: str, base_url: str, profile: Profile) -> str | None:
    """Move a link on any of the portal's host aliases onto the host being crawled.

    Returns None for a link that leaves the portal (other hosts, other schemes)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return None
    base = urlsplit(base_url)
    host = (parts.hostname or "").lower()
    if host != (base.hostname or "").lower() and host not in profile.hosts:
        return None
    return urlunsplit((base.scheme, base.netloc, parts.path or "/", parts.query, ""))


def media_address(url: str, base_url: str, profile: Profile) -> str | None:
    """Where to fetch a picture an article shows, or None for a picture the crawl leaves alone.

    A picture on the portal's hosts or its media hosts is the portal's: on a crawl of the
    portal it is fetched where it is; on a crawl of a mirror (a replica, a copy), at the same
    path on the mirror, which serves pictures as it serves pages. A picture on any other host
    is another site's, and is not archived."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return None  # `data:` pictures are inside the page already
    host, crawled = host_of(url).rstrip("."), host_of(base_url).rstrip(".")
    if host != crawled and not on_portal_hosts(url, profile):
        return None
    if host == crawled or crawled in profile.hosts:
        return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))
    base = urlsplit(base_url)
    return urlunsplit((base.scheme, base.netloc, parts.path or "/", parts.query, ""))


def on_portal_hosts(url: str, profile: Profile) -> bool:
    """Is `url` an http(s) address on one of the portal's hosts, its pages' or its pictures'?"""
    web = url[:8].lower().startswith(("http://", "https://"))
    return web and host_of(url).rstrip(".") in profile.hosts | profile.media_hosts


def canonical_article_url(profile: Profile, ref: ArticleRef, category_id: str | None) -> str:
    category = ref.category_id or category_id
    template = profile.canonical_template if category else None
    template = template or profile.canonical_template_without_category
    if template is None:
        return f"{profile.base_url}{urlsplit(ref.slug).path}"
    path = template.format(category_id=category, article_id=ref.article_id, slug=ref.slug)
    return f"{profile.base_url}{path}"


def on_canonical_host(url: str, profile: Profile) -> str:
    """An absolute URL on one of the portal's aliases, moved to its canonical host."""
    return _moved(url, profile.base_url) if host_of(url) in profile.hosts else url


def _moved(url: str, onto: str) -> str:
    """`url` with the scheme and host of `onto`, its path, query and fragment kept."""
    parts, site = split_url(url), urlsplit(onto)
    return urlunsplit((site.scheme, site.netloc, parts.path, parts.query, parts.fragment))


@lru_cache(maxsize=64)
def _origin(url: str) -> str | None:
    parts = split_url(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") else None


def declared_base(root: Element, url: str) -> str | None:
    """The URL a page's relative links resolve against when it declares one, as a browser
    resolves them: its first `<base href>` (an Angular app's `/`, an old CMS's site root),
    itself resolved against the page's URL."""
    hrefs = cast(list[str], _BASE_HREF(root))
    return absolute(hrefs[0], url) if hrefs else None


def link_url(href: str, base: str) -> str | None:
    """Where a link leads: absolute, without the fragment (a place on the page, not a page),
    past a redirector that only passes it on (Google Docs' `google.com/url?q=…`)."""
    url = absolute(href, base)
    if url is not None and url.startswith(_REDIRECTORS):
        url = _redirect_target(url) or url
    if url is not None and "&amp;" in url:
        url = _ESCAPED_AMPERSAND.sub("&", url)
    return url.split("#", 1)[0] if url else None


# A template that escapes its links' ampersands twice (`?MaTin=2376&amp;amp;MaDanhMuc=14` in
# the markup) meant them to separate the parameters: the address is the article's with `&`, which
# its other links and its own canonical name (a browser sends `amp;MaDanhMuc`, which the server
# ignores).
_ESCAPED_AMPERSAND = re.compile(r"&(?:amp;)+")


# Where Google Docs, Gmail and Facebook send a link through, and the parameter naming it.
_REDIRECTORS = (
    "https://www.google.com/url?",
    "http://www.google.com/url?",
    "https://l.facebook.com/l.php?",
    "https://lm.facebook.com/l.php?",
)
_TARGET_PARAMETERS = ("q", "url", "u")


def _redirect_target(url: str) -> str | None:
    parameters = dict(parse_qsl(urlsplit(url).query))
    for name in _TARGET_PARAMETERS:
        target = parameters.get(name, "")
        if target.startswith(("http://", "https://")):
            return safe_url_string(target)
    return None


def absolute(href: str, base: str) -> str | None:
    """The address `href` names on the page at `base`, as a browser requests it: spaces and
    non-ASCII characters percent-encoded, the way the crawl's request (and its WARC record)
    names it."""
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "tel:", "#", "data:")):
        return None
    if not href.isascii() or " " in href:
        joined = _joined(href, base, plain=False)
        try:
            return safe_url_string(joined) if joined is not None else None
        except ValueError:  # a host no IDNA encoding takes
            return None
    # What urljoin gives, faster, for the two common cases: an absolute URL and a path.
    plain = "/." not in href and "[" not in href and not _WHITESPACE.search(href)
    return _joined(href, base, plain)


def _joined(href: str, base: str, plain: bool) -> str | None:
    if plain and href.startswith(("http://", "https://")):
        return href
    try:
        # (on a replayed page, a relative address resolves inside the replay, as it serves it)
        replayed = captures.join(base, href) if "/http" in base else None
        if replayed is not None:
            return replayed
        if plain and href.startswith("/") and not href.startswith("//"):
            origin = _origin(base)
            if origin:
                return origin + href
        return urljoin(base, href)
    except ValueError:  # a malformed host ("http://[::1") in the page or the base
        return None
