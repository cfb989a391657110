"""A failed request's exception -> a reason of the failures vocabulary (`failures.REASONS`)."""

from __future__ import annotations

from dataclasses import dataclass

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as tx_error
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from newscrawl.fetch.errors import OffsiteRefused, RedirectLoop

# Exception types by the reason they stand for, checked in order (subclasses first).
_BY_TYPE: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((DownloadTimeoutError, tx_error.TimeoutError), "timeout"),
    ((ResponseDataLossError,), "truncated"),
    (
        (
            DownloadConnectionRefusedError,
            CannotResolveHostError,
            tx_error.ConnectError,
            tx_error.DNSLookupError,
        ),
        "connection_failed",
    ),
    (
        (
            DownloadFailedError,
            ResponseFailed,
            ResponseNeverReceived,
            tx_error.ConnectionLost,
            tx_error.ConnectionDone,
        ),
        "connection_lost",
    ),
    # Scrapy cancels a download whose Content-Length, or whose body as it arrives, is over
    # DOWNLOAD_MAXSIZE (timeouts have their own exception).
    ((DownloadCancelledError,), "too_large"),
)


@dataclass(frozen=True, slots=True)
class Verdict:
    reason: str
    last_status: int | None
    detail: str


def reason_for_status(status: int) -> str:
    if status in (404, 410, 429):
        return f"http_{status}"
    if 500 <= status <= 599:
        return "http_5xx"
    if 400 <= status <= 499:
        return "http_4xx"
    return "http_other"


def classify(exception: BaseException, last_status: int | None = None) -> Verdict:
    """Why a request failed; `last_status` is the last HTTP status its attempts received."""
    detail = _describe(exception)
    if isinstance(exception, HttpError):
        status = exception.response.status
        return Verdict(reason_for_status(status), status, detail)
    if isinstance(exception, OffsiteRefused):
        return Verdict("redirect_offsite" if exception.redirect else "offsite", last_status, detail)
    if isinstance(exception, RedirectLoop):
        return Verdict("redirect_loop", last_status, detail)
    if isinstance(exception, IgnoreRequest):
        return Verdict(_ignored(exception), last_status, detail)
    for types, reason in _BY_TYPE:
        if isinstance(exception, types):
            return Verdict(reason, last_status, detail)
    return Verdict("download_error", last_status, detail)


def _ignored(exception: IgnoreRequest) -> str:
    """Scrapy's own components say why they ignore a request only in the message."""
    message = str(exception)
    if message.startswith("Forbidden by robots.txt"):
        return "robots_forbidden"
    if message == "max redirections reached":
        return "redirect_loop"
    if "DOWNLOAD_MAXSIZE" in message:  # HttpCompressionMiddleware: a decompression bomb
        return "too_large"
    return "download_error"


def _describe(exception: BaseException) -> str:
    message = str(exception).strip() or (
        "over DOWNLOAD_MAXSIZE" if isinstance(exception, DownloadCancelledError) else ""
    )
    name = type(exception).__name__
    text = f"{name}: {message}" if message else name
    return text if len(text) <= 300 else text[:297] + "..."
