"""Shared fixtures: the replica, its expected items, a recording server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support import EXPECTED, MANIFEST, REPLICA, RecordingServer, read_jsonl, recording_server


@pytest.fixture(scope="session")
def expected_articles() -> dict[str, dict[str, Any]]:
    return {a["article_id"]: a for a in read_jsonl(EXPECTED)}


@pytest.fixture(scope="session")
def manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(MANIFEST.read_text("utf-8"))
    return data


@pytest.fixture
def replica_server() -> Iterator[RecordingServer]:
    server = recording_server(REPLICA)
    yield server
    server.running.close()
