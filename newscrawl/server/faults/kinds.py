"""The catalogue of fault kinds: their names, parameters and defaults (no behaviour here).

Kept apart from the behaviours so that parsing a profile (and the CLI's error messages) needs
nothing but this table, and so that docs/replica.md can be checked against one place.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from newscrawl.server.faults.charsets import CHARSET_MODES

ParamValue = int | float | str | bool | None

GIB = 1 << 30
MIB = 1 << 20

_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}
_NONE = {"none", "null", ""}


class FaultSpecError(ValueError):
    """A fault profile or inline spec that cannot be used; the message says where and why."""


class Role(enum.Enum):
    # A response fault replaces the normal answer; the first one that fires wins.
    RESPONSE = "response"
    # A site modifier changes or extends the pages themselves (traps, link variants) and
    # combines with whatever response is sent.
    MODIFIER = "modifier"


@dataclass(frozen=True)
class Param:
    type: type[int] | type[float] | type[str] | type[bool]
    default: ParamValue
    optional: bool = False
    choices: tuple[int | str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    def coerce(self, name: str, raw: object, *, text: bool = False) -> ParamValue:
        """A JSON value (or, with `text`, an inline spec's string) checked and converted."""
        if text and isinstance(raw, str) and self.type is not str:
            value = self._from_text(name, raw)
        else:
            value = self._convert(name, raw)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise FaultSpecError(f"{name} must be >= {self.minimum:g}, not {value}")
            if self.maximum is not None and value > self.maximum:
                raise FaultSpecError(f"{name} must be <= {self.maximum:g}, not {value}")
        if self.choices and value not in self.choices:
            allowed = ", ".join(str(choice) for choice in self.choices)
            raise FaultSpecError(f"{name} must be one of {allowed}, not {value!r}")
        return value

    def _convert(self, name: str, raw: object) -> ParamValue:
        if raw is None:
            if self.optional:
                return None
            raise FaultSpecError(f"{name} cannot be null")
        if self.type is bool:
            if isinstance(raw, bool):
                return raw
        elif self.type is int:
            if isinstance(raw, int) and not isinstance(raw, bool):
                return raw
        elif self.type is float:
            if isinstance(raw, int | float) and not isinstance(raw, bool):
                return float(raw)
        elif isinstance(raw, str):
            return raw
        raise FaultSpecError(f"{name} must be {self.type.__name__}, not {raw!r}")

    def _from_text(self, name: str, text: str) -> ParamValue:
        lowered = text.strip().lower()
        if self.optional and lowered in _NONE:
            return None
        try:
            if self.type is bool:
                if lowered in _TRUE | _FALSE:
                    return lowered in _TRUE
                raise ValueError(text)
            if self.type is int:
                return int(lowered)
            return float(lowered)
        except ValueError:
            raise FaultSpecError(f"{name} must be {self.type.__name__}, not {text!r}") from None


@dataclass(frozen=True)
class Kind:
    name: str
    summary: str
    role: Role = Role.RESPONSE
    params: Mapping[str, Param] = field(default_factory=dict)
    # Paths the kind applies to when a rule names none (the calendar trap: the date archive).
    default_path: str | None = None


def _status(code: int, summary: str, retry_after: int | None = None) -> Kind:
    return Kind(
        str(code),
        summary,
        params={
            "retry_after": Param(int, retry_after, optional=True, minimum=0),
            # The HTTP-date form of Retry-After (now + retry_after seconds) instead of seconds.
            "date": Param(bool, False),
        },
    )


_REDIRECT_STATUS = (301, 302, 303, 307, 308)


def _redirect(name: str, summary: str, to: str) -> Kind:
    return Kind(
        name,
        summary,
        params={"to": Param(str, to), "status": Param(int, 302, choices=_REDIRECT_STATUS)},
    )


_KINDS = [
    _status(500, "500 Internal Server Error"),
    _status(502, "502 Bad Gateway"),
    _status(503, "503 Service Unavailable, Retry-After: 1 by default", retry_after=1),
    _status(429, "429 Too Many Requests, Retry-After: 1 by default", retry_after=1),
    _status(404, "404 Not Found"),
    _status(410, "410 Gone"),
    Kind(
        "reset",
        "read the request, optionally send the first `headers` bytes of the head, then RST",
        params={"headers": Param(int, 0, minimum=0)},
    ),
    Kind(
        "truncate",
        "announce the full Content-Length, send the first `keep` share of the body, close",
        params={
            "keep": Param(float, 0.5, minimum=0.0, maximum=0.999),
            "rst": Param(bool, False),
        },
    ),
    Kind(
        "stall",
        "send nothing for `seconds`, then close (or serve the page late: then=serve)",
        params={
            "seconds": Param(float, 30.0, minimum=0.0),
            "then": Param(str, "close", choices=("close", "serve")),
        },
    ),
    Kind(
        "drip",
        "send the head at once, then the body `chunk` bytes every `interval` seconds",
        params={
            "chunk": Param(int, 64, minimum=1),
            "interval": Param(float, 0.5, minimum=0.0),
        },
    ),
    Kind(
        "redirect-chain",
        "`hops` redirects (?_hop=N..1) ending on the real page at ?_hop=0",
        params={
            "hops": Param(int, 3, minimum=1, maximum=50),
            "status": Param(int, 301, choices=_REDIRECT_STATUS),
        },
    ),
    Kind(
        "redirect-loop",
        "redirect to ?_loop=1, ..., ?_loop=`length`, then back to ?_loop=1, for ever",
        params={
            "length": Param(int, 2, minimum=1, maximum=50),
            "status": Param(int, 302, choices=_REDIRECT_STATUS),
        },
    ),
    _redirect("redirect-home", "redirect to the home page, as for an article taken down", "/"),
    _redirect("redirect-offsite", "redirect to another host", "http://evil.example{path}"),
    _redirect("redirect-private", "redirect to a private address", "http://10.0.0.1/"),
    _redirect(
        "redirect-loopback",
        "redirect to loopback on another port ({next_port}: the server's port + 1)",
        "http://127.0.0.1:{next_port}{path}",
    ),
    _redirect(
        "redirect-link-local",
        "redirect to the link-local cloud metadata address",
        "http://169.254.169.254/latest/meta-data/",
    ),
    Kind("pdf", "a small valid PDF document (application/pdf) instead of the page"),
    Kind("jpeg", "a small valid JPEG image (image/jpeg) instead of the page"),
    Kind(
        "gzip-bomb",
        "Content-Encoding: gzip; about 1 MiB that inflates to `size` bytes of zeros",
        params={"size": Param(int, GIB, minimum=1)},
    ),
    Kind(
        "oversized",
        "the page padded to `size` bytes of HTML, generated while sent",
        params={"size": Param(int, 30 * MIB, minimum=1), "chunked": Param(bool, False)},
    ),
    Kind(
        "charset",
        "the page re-encoded and (mis)labelled; see CHARSET_MODES",
        params={"mode": Param(str, "cp1258-mislabelled", choices=tuple(CHARSET_MODES))},
    ),
    Kind(
        "malformed",
        "the page wrapped in broken markup",
        params={
            "mode": Param(str, "all", choices=("unclosed", "garbage", "nul", "deep", "all")),
            "depth": Param(int, 10_000, minimum=1),
        },
    ),
    Kind("empty-body", "the article template with its lead and body emptied"),
    Kind("soft-error", "a proxy's error page (`Service Unavailable`) under status 200"),
    Kind(
        "not-found-page",
        "the CMS's notice that the article does not exist (`Bài viết không tồn tại`) under 200",
    ),
    Kind(
        "calendar-trap",
        "date-archive pages for any date, each linking the days and months around it",
        role=Role.MODIFIER,
        default_path=r"^/xem-tin-theo-ngay/",
    ),
    Kind(
        "tracking-links",
        "a `share` of article links get ?utm_*/fbclid, ?ref=home or #comments appended",
        role=Role.MODIFIER,
        params={"share": Param(float, 0.5, minimum=0.0, maximum=1.0)},
    ),
]

KINDS: Mapping[str, Kind] = {kind.name: kind for kind in _KINDS}
