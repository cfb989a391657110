"""Báo Thái Bình (baothaibinh.com.vn), the provincial paper of Thái Bình since 1962: crawled
live, or read from a web archive's captures once the portal is gone."""

from newscrawl.spiders.portal import PortalSpider
from newscrawl.spiders.wayback import WaybackSpider


class BaothaibinhSpider(PortalSpider):
    name = "baothaibinh"
    profile_name = "baothaibinh"


class BaothaibinhWaybackSpider(WaybackSpider):
    name = "baothaibinh_wayback"
    profile_name = "baothaibinh"
