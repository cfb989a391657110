"""The origin policy: the crawled origin and the portal's aliases, nothing else."""

from __future__ import annotations

import pytest

from newscrawl.fetch.origins import Origin, policy_for
from newscrawl.pages.profile import get_profile

HOSTS = get_profile("baothaibinh").hosts
MEDIA_HOSTS = get_profile("baothaibinh").media_hosts
LIVE = policy_for("https://baothaibinh.com.vn", HOSTS, MEDIA_HOSTS)
REPLICA = policy_for("http://127.0.0.1:8000", HOSTS, MEDIA_HOSTS)


@pytest.mark.parametrize(
    ("url", "refusal"),
    [
        ("https://baothaibinh.com.vn/tin-tuc/3/1/x", None),
        ("https://BAOTHAIBINH.com.vn./tin-tuc/3/1/x", None),
        ("https://baothaibinh.com.vn:443/", None),
        ("http://baothaibinh.com.vn/", None),  # an alias origin: the portal on http
        ("https://www.baothaibinh.com.vn/tin-tuc/3/1/x", None),
        ("http://wwww.baothaibinh.com.vn/tin-tuc/3/1/x", None),
        ("https://baothaibinh.com.vn:8443/", "other_port"),
        ("https://www.baothaibinh.com.vn:8080/", "other_port"),
        ("http://evil.example/tin-tuc/3/1/x", "other_host"),
        ("https://baothaibinh.com.vn.evil.example/", "other_host"),
        ("https://baothaibinh.com.vn@evil.example/", "other_host"),
        ("https://media.baothaibinh.com.vn/upload/x.jpg", None),  # the portal's pictures
        ("http://media.baothaibinh.com.vn/upload/x.jpg", None),
        ("https://media.baothaibinh.com.vn:8443/upload/x.jpg", "other_port"),
        ("https://media2.example/upload/x.jpg", "other_host"),  # another site's pictures
        ("http://10.0.0.1/", "private_address"),
        ("http://192.168.1.1/", "private_address"),
        ("http://127.0.0.1:8000/", "private_address"),
        ("http://169.254.169.254/latest/meta-data/", "private_address"),
        ("http://[::1]/", "private_address"),
        ("http://[::ffff:10.0.0.1]/", "private_address"),
        ("http://[fd00::1]/", "private_address"),
        ("http://0.0.0.0/", "private_address"),
        ("http://240.0.0.1/", "private_address"),
        ("http://224.0.0.1/", "private_address"),
        ("http://2130706433/", "other_host"),  # 127.0.0.1 spelled as a number: still refused
        ("ftp://baothaibinh.com.vn/", "other_scheme"),
        ("javascript:alert(1)", "other_scheme"),
        ("https://baothaibinh.com.vn:99999/", "malformed"),
        ("http://[::1/", "malformed"),
    ],
)
def test_the_live_portal(url: str, refusal: str | None) -> None:
    assert LIVE.refusal(url) == refusal


@pytest.mark.parametrize(
    ("url", "refusal"),
    [
        ("http://127.0.0.1:8000/tin-tuc/3/1/x", None),
        ("http://127.0.0.1:8001/tin-tuc/3/1/x", "private_address"),
        ("https://127.0.0.1:8000/", "private_address"),
        ("http://localhost:8000/", "other_host"),
        # A mirror is crawled alone: a redirect to the real portal would be a request outside it.
        ("https://baothaibinh.com.vn/tin-tuc/3/1/x", "other_host"),
        ("http://www.baothaibinh.com.vn/", "other_host"),
        # ... and so would the portal's own pictures: the mirror serves those it holds.
        ("https://media.baothaibinh.com.vn/upload/x.jpg", "other_host"),
    ],
)
def test_a_replica_on_loopback_is_its_own_origin_only(url: str, refusal: str | None) -> None:
    assert REPLICA.refusal(url) == refusal


def test_a_mirror_on_a_public_name() -> None:
    mirror = policy_for("http://mirror.example:8080", HOSTS)
    assert mirror.refusal("http://mirror.example:8080/x") is None
    assert mirror.refusal("http://mirror.example/x") == "other_port"
    assert mirror.refusal("https://mirror.example:8080/x") == "other_scheme"


def test_origins() -> None:
    assert Origin.of("HTTPS://Example.org/x") == Origin("https", "example.org", 443)
    assert Origin.of("mailto:a@b") is None
    with pytest.raises(ValueError, match="not an http"):
        policy_for("file:///tmp", HOSTS)
