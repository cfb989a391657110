"""Which rule fires: a pure function of (seed, rules, path, attempt)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscrawl.server.faults import load_profile
from newscrawl.server.faults.select import Selector, draw

PATHS = [f"/tin-tuc/3/{n}/bai-{n}" for n in range(4000)]


def _picked(selector: Selector, attempt: int = 1) -> dict[str, str]:
    picked = {}
    for path in PATHS:
        rule = selector.decide(path, attempt).response
        if rule is not None:
            picked[path] = rule.name
    return picked


def test_draw_is_stable_and_uniform() -> None:
    assert draw(1, "salt", "/a") == draw(1, "salt", "/a")
    assert draw(1, "salt", "/a") != draw(2, "salt", "/a")
    values = [draw(0, "s", path) for path in PATHS]
    assert all(0 <= v < 1 for v in values)
    assert 0.45 < sum(values) / len(values) < 0.55


def test_same_seed_same_faults_other_seed_other_faults() -> None:
    spec = "503:0.1:times=2,reset:0.05,truncate:0.05"
    first = _picked(Selector(load_profile(spec, seed=11)))
    again = _picked(Selector(load_profile(spec, seed=11)))
    other = _picked(Selector(load_profile(spec, seed=12)))
    assert first == again
    assert first != other


def test_fraction_rules_take_disjoint_slices() -> None:
    picked = _picked(Selector(load_profile("503:0.2,reset:0.1", seed=5)))
    shares = {name: list(picked.values()).count(name) / len(PATHS) for name in set(picked.values())}
    assert 0.17 < shares["1:503"] < 0.23
    assert 0.08 < shares["2:reset"] < 0.12
    # Slices of one draw, not independent draws: halves add up to every path.
    halves = _picked(Selector(load_profile("503:0.5,reset:0.5", seed=5)))
    assert len(halves) == len(PATHS)
    assert 0.45 < list(halves.values()).count("2:reset") / len(PATHS) < 0.55


def test_times_counts_the_paths_first_attempts() -> None:
    selector = Selector(load_profile("503:times=2,reset:times=3,pdf:path=^/x$"))
    answers = [selector.decide("/a", n).response for n in range(1, 6)]
    assert [r.fault if r else None for r in answers] == ["503", "503", "reset", None, None]
    assert selector.decide("/x", 9).response is not None


def test_modifiers_combine_with_a_response() -> None:
    selector = Selector(load_profile("calendar-trap,503:path=^/xem-tin-theo-ngay/:times=1"))
    first = selector.decide("/xem-tin-theo-ngay/01-01-1900", 1)
    assert first.response is not None
    assert [m.fault for m in first.modifiers] == ["calendar-trap"]
    later = selector.decide("/xem-tin-theo-ngay/01-01-1900", 2)
    assert later.response is None
    assert [m.fault for m in later.modifiers] == ["calendar-trap"]


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**32),
    paths=st.lists(st.text(min_size=1, max_size=30).map(lambda s: "/" + s), max_size=20),
    times=st.integers(min_value=1, max_value=4),
)
def test_transient_rules_stop_after_times_whatever_the_seed(
    seed: int, paths: list[str], times: int
) -> None:
    profile = load_profile(f"503:0.5:times={times},reset:0.5:times={times}", seed=seed)
    one, two = Selector(profile), Selector(profile)
    for path in paths:
        for attempt in range(1, times + 3):
            decided = one.decide(path, attempt)
            assert decided == two.decide(path, attempt)
            assert (decided.response is not None) == (attempt <= times)
