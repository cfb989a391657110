"""Which rules fire for the n-th request of a path: a pure function of (seed, rules, path, n).

Nothing here depends on time, thread scheduling or the requests of other paths, which is what
makes a faulty crawl repeatable: the same seed and the same requests per path give the same
faults.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from newscrawl.server.faults.kinds import Role
from newscrawl.server.faults.spec import FaultProfile, FaultRule

_SHARED = "fraction-slices"


def draw(seed: int, salt: str, key: str) -> float:
    """A uniform number in [0, 1) from a stable hash (Python's hash() is salted per process)."""
    digest = hashlib.blake2b(f"{seed}\0{salt}\0{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


@dataclass(frozen=True)
class Decision:
    response: FaultRule | None
    modifiers: tuple[FaultRule, ...]


class Selector:
    def __init__(self, profile: FaultProfile) -> None:
        self.profile = profile
        # Response rules with a fraction take consecutive slices of one shared draw per path,
        # so `503:0.1,reset:0.05` spoils 15% of paths and no path is picked by both.
        self._slices: dict[int, tuple[float, float]] = {}
        start = 0.0
        for index, rule in enumerate(profile.rules):
            if rule.role is Role.RESPONSE and rule.fraction is not None:
                self._slices[index] = (start, start + rule.fraction)
                start += rule.fraction

    def selects(self, index: int, path: str) -> bool:
        """Whether rule `index` applies to `path` at all (ignoring `times`)."""
        rule = self.profile.rules[index]
        if not rule.matches(path):
            return False
        if rule.fraction is None:
            return True
        if index in self._slices:
            low, high = self._slices[index]
            return low <= draw(self.profile.seed, _SHARED, path) < high
        return draw(self.profile.seed, rule.name, path) < rule.fraction

    def decide(self, path: str, attempt: int) -> Decision:
        """The first response rule and every modifier that fire for attempt `attempt` (1-based).

        `times=N` means the rule fires on the path's attempts 1..N; after that the next
        matching rule (or the plain page) answers.
        """
        response: FaultRule | None = None
        modifiers: list[FaultRule] = []
        for index, rule in enumerate(self.profile.rules):
            if rule.times is not None and attempt > rule.times:
                continue
            if rule.role is Role.RESPONSE and response is not None:
                continue
            if not self.selects(index, path):
                continue
            if rule.role is Role.MODIFIER:
                modifiers.append(rule)
            else:
                response = rule
        return Decision(response, tuple(modifiers))

    def first_of(self, fault: str, path: str) -> FaultRule | None:
        """The first rule of kind `fault` that selects `path` (a redirect hop's parameters)."""
        for index, rule in enumerate(self.profile.rules):
            if rule.fault == fault and self.selects(index, path):
                return rule
        return None
