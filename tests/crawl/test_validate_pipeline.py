"""What an exported article must hold: a headline, and its text, its standfirst or its pictures."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from scrapy.utils.test import get_crawler

from newscrawl.items import SCHEMA_VERSION
from newscrawl.pipelines import IncompleteArticle, ValidatePipeline
from newscrawl.schema import article_schema
from tests.support import ROOT

_SAVED = ROOT / "fixtures" / "pages" / "cms-imagetable" / "hd-cay-vu-dong-gia-loc.json"

_PICTURE = {"url": "https://baohaiduong.vn/a.jpg", "caption": "Vườn vải.", "credit": None}


def _article(**fields: Any) -> dict[str, Any]:
    """A valid exported article (a saved page's), with `fields` changed."""
    article = dict(json.loads(_SAVED.read_text("utf-8")), **fields)
    assert article["schema_version"] == SCHEMA_VERSION
    return article


def _pipeline() -> tuple[ValidatePipeline, Any]:
    crawler = get_crawler()
    return ValidatePipeline.from_crawler(crawler), crawler.stats


CONTENT = {
    "text": {},
    "photo story": {"body": "", "lead": None, "images": [_PICTURE]},
    "standfirst only": {"body": "", "lead": "Những ngày này, Thanh Hà vào mùa vải.", "images": []},
}
EMPTY = {
    "no headline": {"title": ""},
    "no content": {"body": "", "lead": None, "images": []},
}


@pytest.mark.parametrize("fields", CONTENT.values(), ids=CONTENT.keys())
def test_an_article_with_content_of_its_own_is_exported_and_valid(fields: dict[str, Any]) -> None:
    pipeline, stats = _pipeline()
    article = _article(**fields)
    assert pipeline.process_item(article) is article
    assert stats.get_value("newscrawl/articles/dropped_incomplete") is None
    errors = jsonschema.Draft202012Validator(article_schema()).iter_errors(article)
    assert [e.message for e in errors] == []


@pytest.mark.parametrize("fields", EMPTY.values(), ids=EMPTY.keys())
def test_an_empty_article_is_dropped_counted_and_invalid(fields: dict[str, Any]) -> None:
    pipeline, stats = _pipeline()
    article = _article(**fields)
    with pytest.raises(IncompleteArticle):
        pipeline.process_item(article)
    assert stats.get_value("newscrawl/articles/dropped_incomplete") == 1
    assert not jsonschema.Draft202012Validator(article_schema()).is_valid(article)


def test_body_coverage_counts_articles_with_text_only() -> None:
    pipeline, stats = _pipeline()
    pipeline.process_item(_article())
    pipeline.process_item(_article(body="", images=[_PICTURE]))
    assert stats.get_value("newscrawl/coverage/body") == 1
    assert stats.get_value("newscrawl/coverage/images") == 2
