"""Báo Thái Bình (baothaibinh.com.vn), the provincial paper of Thái Bình since 1962."""

from newscrawl.spiders.portal import PortalSpider


class BaothaibinhSpider(PortalSpider):
    name = "baothaibinh"
    profile_name = "baothaibinh"
