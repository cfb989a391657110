"""Báo Thái Bình (baothaibinh.com.vn), the provincial paper of Thái Bình since 1962: crawled
live, or read from a web archive's or Common Crawl's captures once the portal is gone."""

from newscrawl.spiders.commoncrawl import CommonCrawlSpider
from newscrawl.spiders.portal import PortalSpider
from newscrawl.spiders.wayback import WaybackSpider


class BaothaibinhSpider(PortalSpider):
    name = "baothaibinh"
    profile_name = "baothaibinh"


class BaothaibinhWaybackSpider(WaybackSpider):
    name = "baothaibinh_wayback"
    profile_name = "baothaibinh"


class BaothaibinhCommonCrawlSpider(CommonCrawlSpider):
    name = "baothaibinh_commoncrawl"
    profile_name = "baothaibinh"
