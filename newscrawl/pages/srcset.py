"""`srcset` attributes (`a.jpg 480w, b.jpg 1024w`): their candidates, as the HTML standard
splits them, and the one a wide screen would load."""

from __future__ import annotations


def srcset_candidates(srcset: str) -> list[tuple[str, str]]:
    """(address, descriptor) of each candidate: an address runs to the next whitespace, a comma
    ending it ends its candidate (a comma inside an address is part of it)."""
    candidates: list[tuple[str, str]] = []
    position, length = 0, len(srcset)
    while position < length:
        while position < length and (srcset[position].isspace() or srcset[position] == ","):
            position += 1
        start = position
        while position < length and not srcset[position].isspace():
            position += 1
        address = srcset[start:position]
        descriptor = ""
        if address.endswith(","):
            address = address.rstrip(",")
        else:  # the descriptors, up to the comma that ends the candidate
            described = position
            while position < length and srcset[position] != ",":
                position += 1
            descriptor = srcset[described:position].strip()
        if address:
            candidates.append((address, descriptor))
    return candidates


def largest_candidate(srcset: str) -> str | None:
    """The widest candidate (`1024w`), else the densest (`2x`; none written is `1x`); the first
    of equals."""
    best: tuple[float, float, int] | None = None
    chosen: str | None = None
    for index, (address, descriptor) in enumerate(srcset_candidates(srcset)):
        rank = (_number(descriptor, "w"), _number(descriptor, "x") or 1.0, -index)
        if best is None or rank > best:
            best, chosen = rank, address
    return chosen


def _number(descriptor: str, unit: str) -> float:
    for word in descriptor.split():
        if word.endswith(unit):
            try:
                return float(word[:-1])
            except ValueError:
                return 0.0
    return 0.0
