"""The JSON Schema of the exported article."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def article_schema() -> dict[str, Any]:
    text = resources.files(__name__).joinpath("article.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
