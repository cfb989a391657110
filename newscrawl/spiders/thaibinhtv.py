"""Thái Bình TV (thaibinhtv.vn), the provincial station, on the same CMS as the paper."""

from newscrawl.spiders.portal import PortalSpider


class ThaibinhtvSpider(PortalSpider):
    name = "thaibinhtv"
    profile_name = "thaibinhtv"
