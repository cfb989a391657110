"""The addresses a run asked for, held as digests (spiders/addresses.py)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

from newscrawl.spiders.addresses import AddressSet

# As long as the portal's: `/upload/news/{month}_{year}/{id}_{slug}_{digits}.jpg`
PICTURE = "https://media.baothaibinh.com.vn/upload/news/11_2024/{n}_giai-cau-long-cac-cau-lac_{n:013d}.jpg"


def test_an_address_added_is_held_and_no_other() -> None:
    asked = AddressSet()
    asked.add(PICTURE.format(n=1))
    assert "".join([PICTURE.format(n=1)]) in asked  # equal, not the same object
    assert PICTURE.format(n=2) not in asked
    assert PICTURE.format(n=1).upper() not in asked
    assert len(asked) == 1
    asked.add(PICTURE.format(n=1))
    assert len(asked) == 1


def test_any_text_can_be_held_lone_surrogates_too() -> None:
    asked = AddressSet()
    asked.add("https://baothaibinh.com.vn/ảnh/\udcff.jpg")
    assert "https://baothaibinh.com.vn/ảnh/\udcff.jpg" in asked
    assert "https://baothaibinh.com.vn/ảnh/\udcfe.jpg" not in asked


def test_an_address_held_costs_its_slot_and_a_digest_not_the_address() -> None:
    # A set of the addresses would hold every one of them (a picture or two for each of the
    # portal's 160,000 articles, ~150 bytes each); a digest takes 56.
    addresses = [PICTURE.format(n=n) for n in range(20_000)]
    slots = _allocated(lambda: set(addresses))  # the table alone: the strings exist already
    held = _allocated(lambda: _holding(addresses))
    assert (held - slots) / len(addresses) <= 64


def _holding(addresses: list[str]) -> AddressSet:
    asked = AddressSet()
    for address in addresses:
        asked.add(address)
    return asked


def _allocated(make: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        made = make()
        allocated, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del made
    return allocated
