"""Fault profiles: the inline form, JSON files, the shipped profiles, and clear errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newscrawl.server.faults import (
    KINDS,
    FaultSpecError,
    load_profile,
    parse_inline,
    profile_from_json,
)
from newscrawl.server.faults.handler import BEHAVIOURS
from newscrawl.server.faults.site import MODIFIERS

ROOT = Path(__file__).resolve().parents[2]
PROFILES = sorted((ROOT / "fixtures" / "faults").glob("*.json"))


def test_the_example_spec() -> None:
    profile = parse_inline("503:0.1:times=2,reset:0.05")
    first, second = profile.rules
    assert (first.fault, first.fraction, first.times, first.params["retry_after"]) == (
        "503",
        0.1,
        2,
        1,
    )
    assert (second.fault, second.fraction, second.times) == ("reset", 0.05, None)
    assert profile.seed == 0


def test_inline_items_values_and_seed() -> None:
    profile = parse_inline(
        r"seed=7,429:10%:retry_after=5:date=true,404:path=^/tin-tuc/\d{1,3}/:exclude=x$,"
        "redirect-loopback:to=http://127.0.0.1:8081/a:status=301"
    )
    assert profile.seed == 7
    throttle, gone, loopback = profile.rules
    assert throttle.fraction == pytest.approx(0.1)
    assert throttle.params == {"retry_after": 5, "date": True}
    assert gone.path is not None
    assert gone.path.pattern == r"^/tin-tuc/\d{1,3}/"
    assert gone.exclude is not None
    assert loopback.params == {"to": "http://127.0.0.1:8081/a", "status": 301}


def test_a_seed_argument_overrides_the_profile() -> None:
    assert load_profile("seed=7,503", seed=9).seed == 9
    assert load_profile("seed=7,503").seed == 7


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("", "empty fault spec"),
        ("nope", "unknown fault 'nope'"),
        ("503:0.1,nope:0.1", "rule 2: unknown fault 'nope'"),
        ("503:2", "fraction must be between 0 and 1"),
        ("503:times=0", "times must be a whole number >= 1"),
        ("503:times=x", "times must be a whole number"),
        ("503:retry_after=soon", "retry_after must be int"),
        ("503:colour=red", "unknown key 'colour'"),
        ("503:0.7,reset:0.5", "fractions add up to 1.2"),
        ("503:path=(", "bad regular expression"),
        ("charset:mode=utf-7", "mode must be one of"),
        ("redirect-offsite:status=200", "status must be one of 301, 302, 303, 307, 308"),
        ("stall:seconds=-1", "seconds must be >= 0"),
        ("503:times=2:times=3", "times given twice"),
        ("seed=x,503", "seed must be a whole number"),
    ],
)
def test_bad_inline_specs_say_what_is_wrong(spec: str, message: str) -> None:
    with pytest.raises(FaultSpecError, match=re.escape(message)):
        load_profile(spec)


def test_json_profiles_object_and_bare_list(tmp_path: Path) -> None:
    rules = [{"fault": "502", "path": "^/chuyen-muc/", "times": 1}, {"fault": "calendar-trap"}]
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps(rules), encoding="utf-8")
    wrapped = tmp_path / "object.json"
    wrapped.write_text(json.dumps({"seed": 3, "rules": rules}), encoding="utf-8")
    assert load_profile(listed).rules == load_profile(wrapped).rules
    assert load_profile(str(wrapped)).seed == 3
    trap = load_profile(listed).rules[1]
    assert trap.path is not None
    assert trap.path.pattern == "^/xem-tin-theo-ngay/"  # the kind's default


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"rules": [{"fault": "503"}], "speed": 1}, "unknown profile key 'speed'"),
        ({"rules": {"fault": "503"}}, "`rules` must be a list"),
        ({"rules": ["503"]}, "rule 1 must be an object"),
        ({"rules": [{"fault": "503", "retry_after": "5"}]}, "retry_after must be int"),
        ({"rules": [{"fault": "oversized", "chunked": 1}]}, "chunked must be bool"),
        ({"seed": "x", "rules": []}, "`seed` must be an integer"),
        ("503", "a fault profile is a JSON object"),
    ],
)
def test_bad_json_profiles(data: object, message: str) -> None:
    with pytest.raises(FaultSpecError, match=re.escape(message)):
        profile_from_json(data)


def test_unreadable_profile_files(tmp_path: Path) -> None:
    with pytest.raises(FaultSpecError, match="cannot read"):
        load_profile(tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(FaultSpecError, match="not JSON"):
        load_profile(broken)


def test_every_kind_has_a_behaviour() -> None:
    assert set(BEHAVIOURS) | set(MODIFIERS) == set(KINDS)
    assert not set(BEHAVIOURS) & set(MODIFIERS)


def test_every_kind_is_documented() -> None:
    doc = (ROOT / "docs" / "replica.md").read_text(encoding="utf-8")
    section = doc.split("## The misbehaving replica", 1)[1]
    for name in KINDS:
        assert f"`{name}`" in section, name


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: p.name)
def test_shipped_profiles_load(path: Path) -> None:
    profile = load_profile(path)
    assert profile.rules
    assert profile.description


def test_the_transient_profile_is_transient() -> None:
    profile = load_profile(ROOT / "fixtures" / "faults" / "transient.json")
    assert all(rule.times is not None and rule.times <= 2 for rule in profile.rules)
    assert sum(rule.fraction or 0 for rule in profile.rules) == pytest.approx(0.3)
