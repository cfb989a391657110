"""Fault profiles: the JSON format, the inline command-line form, and their validation.

A profile is a list of rules. A rule names a fault kind, which paths it applies to (a regex,
a seeded fraction of paths, or both), how many attempts of a path it spoils (`times`), and
the kind's parameters. docs/replica.md ("The misbehaving replica") is the user's reference.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from newscrawl.server.faults.kinds import KINDS, FaultSpecError, ParamValue, Role

_RULE_KEYS = {"fault", "path", "exclude", "fraction", "times", "name", "note"}


@dataclass(frozen=True)
class FaultRule:
    fault: str
    params: Mapping[str, ParamValue]
    path: re.Pattern[str] | None = None
    exclude: re.Pattern[str] | None = None
    fraction: float | None = None
    times: int | None = None  # None: every attempt
    name: str = ""  # salts the rule's own seeded draws (modifiers); defaults to its position

    @property
    def role(self) -> Role:
        return KINDS[self.fault].role

    def matches(self, path: str) -> bool:
        if self.path is not None and not self.path.search(path):
            return False
        return self.exclude is None or not self.exclude.search(path)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"fault": self.fault, "name": self.name}
        if self.path is not None:
            data["path"] = self.path.pattern
        if self.exclude is not None:
            data["exclude"] = self.exclude.pattern
        if self.fraction is not None:
            data["fraction"] = self.fraction
        if self.times is not None:
            data["times"] = self.times
        return data | dict(self.params)


@dataclass(frozen=True)
class FaultProfile:
    rules: tuple[FaultRule, ...] = ()
    seed: int = 0
    description: str = ""
    source: str = field(default="", compare=False)  # where it was read from, for messages

    def with_seed(self, seed: int | None) -> FaultProfile:
        return self if seed is None else replace(self, seed=seed)

    def to_json(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "description": self.description,
            "rules": [rule.to_json() for rule in self.rules],
        }


def _regex(value: object, where: str) -> re.Pattern[str]:
    if not isinstance(value, str):
        raise FaultSpecError(f"{where} must be a regular expression string")
    try:
        return re.compile(value)
    except re.error as exc:
        raise FaultSpecError(f"{where}: bad regular expression {value!r}: {exc}") from None


def _number(value: object, where: str, kind: type[int] | type[float], text: bool) -> float:
    if isinstance(value, str) and text:
        try:
            return kind(value.strip().removesuffix("%")) / (100 if value.endswith("%") else 1)
        except ValueError:
            pass
    elif isinstance(value, int | float) and not isinstance(value, bool):
        return value
    what = "a whole number" if kind is int else "a number"
    raise FaultSpecError(f"{where} must be {what}, not {value!r}")


def make_rule(data: Mapping[str, object], index: int, *, text: bool = False) -> FaultRule:
    """One rule from a JSON object, or (`text`) the strings an inline rule was split into."""
    where = f"rule {index + 1}"
    fault = data.get("fault")
    if not isinstance(fault, str) or fault not in KINDS:
        known = ", ".join(KINDS)
        raise FaultSpecError(f"{where}: unknown fault {fault!r} (known: {known})")
    kind = KINDS[fault]
    where = f"{where} ({fault})"
    unknown = set(data) - _RULE_KEYS - set(kind.params)
    if unknown:
        allowed = ", ".join(sorted(set(kind.params) | _RULE_KEYS - {"fault"}))
        raise FaultSpecError(f"{where}: unknown key {sorted(unknown)[0]!r} (allowed: {allowed})")
    path = data.get("path", kind.default_path)
    fraction = None
    if data.get("fraction") is not None:
        fraction = float(_number(data["fraction"], f"{where}: fraction", float, text))
        if not 0.0 <= fraction <= 1.0:
            raise FaultSpecError(f"{where}: fraction must be between 0 and 1, not {fraction}")
    times = None
    if data.get("times") is not None:
        times_value = _number(data["times"], f"{where}: times", int, text)
        if times_value != int(times_value) or times_value < 1:
            raise FaultSpecError(f"{where}: times must be a whole number >= 1")
        times = int(times_value)
    params: dict[str, ParamValue] = {}
    for name, param in kind.params.items():
        try:
            params[name] = (
                param.coerce(name, data[name], text=text) if name in data else param.default
            )
        except FaultSpecError as exc:
            raise FaultSpecError(f"{where}: {exc}") from None
    name = str(data.get("name", f"{index + 1}:{fault}"))
    return FaultRule(
        fault=fault,
        params=params,
        path=_regex(path, f"{where}: path") if path is not None else None,
        exclude=_regex(data["exclude"], f"{where}: exclude") if "exclude" in data else None,
        fraction=fraction,
        times=times,
        name=name,
    )


def _check_fractions(rules: tuple[FaultRule, ...]) -> None:
    # Response rules with a fraction share one draw per path and take consecutive slices of
    # it (see select.py), so their fractions must fit in one unit.
    total = sum(r.fraction or 0.0 for r in rules if r.role is Role.RESPONSE)
    if total > 1.0 + 1e-9:
        raise FaultSpecError(f"the response faults' fractions add up to {total:g}, more than 1")


def profile_from_json(data: object, source: str = "", *, text: bool = False) -> FaultProfile:
    """A profile from parsed JSON: {"seed", "description", "rules": [...]} or a bare list."""
    if isinstance(data, list):
        data = {"rules": data}
    if not isinstance(data, dict):
        raise FaultSpecError("a fault profile is a JSON object with `rules`, or a list of rules")
    unknown = set(data) - {"seed", "description", "rules"}
    if unknown:
        raise FaultSpecError(f"unknown profile key {sorted(unknown)[0]!r}")
    rules_data = data.get("rules", [])
    if not isinstance(rules_data, list):
        raise FaultSpecError("`rules` must be a list")
    for index, rule in enumerate(rules_data):
        if not isinstance(rule, dict):
            raise FaultSpecError(f"rule {index + 1} must be an object")
    seed = data.get("seed", 0)
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise FaultSpecError("`seed` must be an integer")
    description = data.get("description", "")
    rules = tuple(make_rule(rule, index, text=text) for index, rule in enumerate(rules_data))
    _check_fractions(rules)
    return FaultProfile(rules, seed, str(description), source)


# Inline form. A "," only starts a new rule before something shaped like a kind name (or
# `seed=`), and a ":" only starts a new item before `name=` or a fraction; anywhere else they
# belong to the value being read, so URLs (`to=http://127.0.0.1:8081/`) and most regexes
# (`path=^/a{1,3}`) need no quoting.
_RULE_START = re.compile(r"^\s*(?:[A-Za-z0-9_-]+\s*(?::|$)|seed=)")
_ITEM_START = re.compile(
    r"^\s*(?:[A-Za-z_][A-Za-z0-9_]*=|(?:0|1|0?\.\d+|1\.0*|\d+(?:\.\d+)?%)\s*$)"
)


def _rejoin(pieces: list[str], starts: re.Pattern[str], separator: str) -> list[str]:
    joined: list[str] = []
    for piece in pieces:
        if joined and not starts.match(piece):
            joined[-1] += separator + piece
        else:
            joined.append(piece)
    return joined


def parse_inline(spec: str) -> FaultProfile:
    """`503:0.1:times=2,reset:0.05:headers=12,seed=7`: rules separated by commas; each is a
    kind, then `:`-separated items: a fraction (0.1 or 10%) or `name=value` (rule keys and
    the kind's parameters)."""
    if not spec.strip():
        raise FaultSpecError("empty fault spec")
    seed = 0
    rules: list[dict[str, object]] = []
    for index, text in enumerate(_rejoin(spec.split(","), _RULE_START, ",")):
        text = text.strip()
        if text.startswith("seed="):
            seed = int(_number(text.removeprefix("seed="), "seed", int, True))
            continue
        kind, _, rest = text.partition(":")
        rule: dict[str, object] = {"fault": kind.strip()}
        for item in _rejoin(rest.split(":"), _ITEM_START, ":") if rest else []:
            key, equals, value = item.partition("=")
            if not equals:
                rule["fraction"] = item.strip()
            elif key.strip() in rule:
                raise FaultSpecError(f"rule {index + 1}: {key.strip()} given twice")
            else:
                rule[key.strip()] = value
        rules.append(rule)
    return profile_from_json({"seed": seed, "rules": rules}, source="inline spec", text=True)


def load_profile(spec_or_file: str | Path, seed: int | None = None) -> FaultProfile:
    """A JSON profile file (a path that exists or ends in .json) or an inline spec."""
    path = Path(spec_or_file)
    text = str(spec_or_file)
    if isinstance(spec_or_file, Path) or path.suffix == ".json" or path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise FaultSpecError(f"cannot read {path}: {exc.strerror or exc}") from None
        except json.JSONDecodeError as exc:
            raise FaultSpecError(f"{path}: not JSON: {exc}") from None
        try:
            profile = profile_from_json(data, source=str(path))
        except FaultSpecError as exc:
            raise FaultSpecError(f"{path}: {exc}") from None
    else:
        profile = parse_inline(text)
    return profile.with_seed(seed)
