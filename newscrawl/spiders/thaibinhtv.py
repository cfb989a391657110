"""Thái Bình TV (thaibinhtv.vn), the provincial station, on the same CMS as the paper: crawled
live, or read from a web archive's or Common Crawl's captures once the site is gone."""

from newscrawl.spiders.commoncrawl import CommonCrawlSpider
from newscrawl.spiders.portal import PortalSpider
from newscrawl.spiders.wayback import WaybackSpider


class ThaibinhtvSpider(PortalSpider):
    name = "thaibinhtv"
    profile_name = "thaibinhtv"


class ThaibinhtvWaybackSpider(WaybackSpider):
    name = "thaibinhtv_wayback"
    profile_name = "thaibinhtv"


class ThaibinhtvCommonCrawlSpider(CommonCrawlSpider):
    name = "thaibinhtv_commoncrawl"
    profile_name = "thaibinhtv"
