"""The addresses a run has asked for, held as digests.

A WARC crawl asks for each picture and requisite once per run, so it must remember every
address it asked for: on a full walk of the portal, a picture or two for each of its 160,000
articles. Held as strings, an address as long as the portal's takes about 250 bytes with its
slot in a set; its 128-bit BLAKE2b digest takes 90. Two of a run's million addresses sharing a
digest is about as likely as 10^-27: no address is left out for another.
"""

from __future__ import annotations

import hashlib

_DIGEST_SIZE = 16


class AddressSet:
    """A set of addresses that answers `in` and `add`, but cannot list them."""

    __slots__ = ("_digests",)

    def __init__(self) -> None:
        self._digests: set[bytes] = set()

    def add(self, address: str) -> None:
        self._digests.add(_digest(address))

    def __contains__(self, address: object) -> bool:
        return isinstance(address, str) and _digest(address) in self._digests

    def __len__(self) -> int:
        return len(self._digests)


def _digest(address: str) -> bytes:
    # (`surrogatepass`: an address decoded from a page's bytes may hold lone surrogates.)
    data = address.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=_DIGEST_SIZE).digest()
