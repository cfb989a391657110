"""`memo`: computed once per instance, stored on it, read back without the descriptor."""

from __future__ import annotations

from dataclasses import dataclass

from newscrawl.pages.memo import memo


@dataclass(frozen=True)
class Counted:
    calls: list[str]

    @memo
    def value(self) -> int:
        """Doc kept."""
        self.calls.append("value")
        return len(self.calls)


def test_computes_once_per_instance() -> None:
    calls: list[str] = []
    first, second = Counted(calls), Counted(calls)
    assert (first.value, first.value, second.value, second.value) == (1, 1, 2, 2)
    assert calls == ["value", "value"]


def test_value_lives_in_the_instance_dict_even_when_frozen() -> None:
    item = Counted([])
    assert "value" not in vars(item)
    assert item.value == 1
    assert vars(item)["value"] == 1


def test_class_access_gives_the_descriptor_with_its_doc() -> None:
    assert isinstance(Counted.value, memo)
    assert Counted.value.__doc__ == "Doc kept."
