"""Thái Bình TV (thaibinhtv.vn), the provincial station, on the same CMS as the paper: crawled
live, or read from a web archive's captures once the site is gone."""

from newscrawl.spiders.portal import PortalSpider
from newscrawl.spiders.wayback import WaybackSpider


class ThaibinhtvSpider(PortalSpider):
    name = "thaibinhtv"
    profile_name = "thaibinhtv"


class ThaibinhtvWaybackSpider(WaybackSpider):
    name = "thaibinhtv_wayback"
    profile_name = "thaibinhtv"
