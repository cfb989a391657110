"""One article, one request: the fingerprint follows the article, not the link."""

from __future__ import annotations

from scrapy import Request

from newscrawl.fingerprints import ARTICLE_KEY, ArticleFingerprinter

KEY = {ARTICLE_KEY: "baothaibinh.com.vn/159670"}


def test_every_link_to_one_article_has_one_fingerprint() -> None:
    fingerprinter = ArticleFingerprinter()
    links = [
        "http://127.0.0.1:8000/tin-tuc/3/159670/tham-tra",
        "http://127.0.0.1:8000/tin-tuc/159670/tham-tra",
        "http://127.0.0.1:8000/tin-tuc/3/159670/th-m-tra-mangled",
    ]
    prints = {fingerprinter.fingerprint(Request(url, meta=KEY)) for url in links}
    assert len(prints) == 1


def test_requests_without_an_article_key_keep_scrapys_fingerprint() -> None:
    fingerprinter = ArticleFingerprinter()
    a = fingerprinter.fingerprint(Request("http://127.0.0.1/chuyen-muc/3/thoi-su"))
    b = fingerprinter.fingerprint(Request("http://127.0.0.1/chuyen-muc/4/kinh-te"))
    assert a != b


def test_a_redirect_is_not_a_duplicate_of_the_request_it_answers() -> None:
    fingerprinter = ArticleFingerprinter()
    original = Request("http://127.0.0.1/tin-tuc/3/149040/x", meta=KEY)
    redirected = original.replace(
        url="http://127.0.0.1/tin-tuc/3/149040/x?_hop=0",
        meta={**KEY, "redirect_urls": [original.url], "redirect_times": 1},
    )
    assert fingerprinter.fingerprint(redirected) != fingerprinter.fingerprint(original)
