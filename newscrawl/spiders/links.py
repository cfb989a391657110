"""Links as the spider follows them: one URL per page, whatever tracking a link carries.

Share buttons, newsletters and the portal's own widgets append campaign parameters and
fragments (`?utm_source=facebook&fbclid=...`, `?ref=home`, `#comments`) to the links of the
same page. Followed as written, each variant would be a request and the exported `url` would
carry the campaign. `strip_tracking` removes the fragment and the parameters listed below and
keeps every other parameter, in order (a portal's own `?page=2` or `?id=` matter).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Parameters that only say where a click came from. Prefixes end with "_".
TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "hsa_")
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",  # Facebook
        "gclid", "gclsrc", "dclid", "gbraid", "wbraid",  # Google Ads
        "msclkid",  # Microsoft Ads
        "yclid",  # Yandex
        "twclid",  # X / Twitter
        "ttclid",  # TikTok
        "igshid", "igsh",  # Instagram
        "zarsrc",  # Zalo, the Vietnamese messenger
        "mc_cid", "mc_eid",  # Mailchimp
        "_ga", "_gl",  # Google Analytics cross-domain
        "ref", "ref_src", "referrer",  # "which box linked it" (`?ref=home`)
        "share",
    }
)  # fmt: skip


def is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(TRACKING_PREFIXES)


def strip_tracking(url: str) -> str:
    """`url` without its fragment and its tracking parameters (others kept, in order)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.query and not parts.fragment:
        return url
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)]
    # Re-encoded only when something was removed: an untouched query keeps its exact spelling.
    query = urlencode(kept) if len(kept) != len(parse_qsl(parts.query, True)) else parts.query
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
