"""What a link points to, by its address alone: one row per address seen on a real platform."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newscrawl.pages.targets import (
    to_a_category_page,
    to_a_file,
    to_a_note,
    to_a_share_dialog,
    to_a_social_post,
    to_a_tag_page,
    to_an_author_page,
    to_an_editor,
    to_an_outlet_page,
)

_KINDS: dict[str, Callable[[str], bool]] = {
    "tag": to_a_tag_page,
    "category": to_a_category_page,
    "author": to_an_author_page,
    "share": to_a_share_dialog,
    "post": to_a_social_post,
    "note": to_a_note,
    "edit": to_an_editor,
    "outlet": to_an_outlet_page,
    "file": to_a_file,
}


@pytest.mark.parametrize(
    ("href", "kind"),
    [
        ("/tag/lua-xuan", "tag"),
        ("https://doanthanhnien.github.io/tags/di-tích-lịch-sử/", "tag"),
        ("/tu-khoa/mua-he-xanh-tag5521.tpo", "tag"),
        # Liferay's asset publisher filtered by a tag, WordPress's plain permalinks
        ("/web/portal/tai-chinh/-/asset_publisher/Kx9T?p_r_p_tag=gi%E1%BA%A3m+ngh%C3%A8o", "tag"),
        ("/?tag=lua-xuan", "tag"),
        ("/index.php/component/tags/tag/nong-nghiep", "tag"),
        ("/blog/hashtags/am-thuc", "tag"),  # Wix
        ("https://doanthanhnienvuhoi.tumblr.com/tagged/%C4%91o%C3%A0n-thanh-ni%C3%AAn", "tag"),
        ("tag/lang-nghe", "tag"),  # relative, under <base href>
        ("/tin-anh/tag:duong-sinh", "tag"),  # Grav's taxonomy filter, a parameter in the path
        ("/blog/category:tin-tuc", "category"),
        ("/tin-tuc/tag-camera-an-ninh-1422.html", None),  # an article's slug
        ("/tac-gia/nguyen-minh-duc", "author"),
        ("/author/thu-ha/", "author"),
        ("https://elearning.x.edu.vn/user/view.php?id=27&course=1", "author"),  # Moodle
        # EasyDNNnews (DNN): the author's list of articles
        ("https://vuhoi.x.gov.vn/tin-tuc/ArticleType/AuthorView/AuthorID/3/vpxa", "author"),
        # an aggregator's page of one outlet's stories, linked from each card it copied
        ("/uploads/412-tran-van-minh.pdf", "file"),
        # Liferay's document library: the file's name, then its version's id
        (
            "https://x.vn/documents/20125/471005/The+le+Giai+bao+chi+2024.pdf/1e7d2c44-6a0b-4f9e-bb11-"
            "0c5a2e9d8f31",
            "file",
        ),
        (
            "/documents/20125/471005/Bao+cao.docx/1e7d2c44-6a0b-4f9e-bb11-0c5a2e9d8f31?t=1718",
            "file",
        ),
        ("/tin-tuc/bao-cao-pdf-nam-2024/1e7d2c44", None),
        ("/nguon/pho-hien-online.html", "outlet"),
        ("https://tinnhanhviet.vn/nguon/bao-thai-binh", "outlet"),
        ("/nguon-nuoc-sach-ve-xa-dong-quang-c48718.html", None),  # an article's slug
        ("https://www.facebook.com/sharer/sharer.php?u=x", "share"),
        ("https://twitter.com/intent/tweet?url=x", "share"),
        ("https://x.vn/a-1234?share=facebook", "share"),  # Jetpack
        ("https://sp.zalo.me/share_inline?d=x", "share"),
        ("mailto:?subject=x", "share"),
        ("mailto:toasoan@baothaibinh.com.vn", None),  # an address, no article
        ("https://www.facebook.com/baohungyen", None),  # a page, no post
        ("https://www.facebook.com/thaibinhquetoi/posts/pfbid02Hq", "post"),
        ("https://twitter.com/hoangnam_tb/status/1855", "post"),
        ("https://www.tiktok.com/@thaibinhque/video/7435128", "post"),
        ("https://www.instagram.com/p/C9x1/", "post"),
        ("#fn:1", "note"),
        ("#footnote-anchor-1", "note"),  # Substack's way back
        ("https://medium.com/@leminhduc.hy?source=post_page---author_recirc", "author"),
        ("/@leminhduc.hy", "author"),
        ("#cite_note-1", "note"),
        ("#sdfootnote1sym", "note"),  # LibreOffice's export
        ("#_ftnref1", "note"),  # Word's
        ("#muc-2", None),  # a section of the page
        ("/w/index.php?title=Th%C3%A1i_B%C3%ACnh&action=edit&section=1", "edit"),  # MediaWiki
        ("/w/index.php?title=Th%C3%A1i_B%C3%ACnh&veaction=edit&section=1", "edit"),
        ("https://x.vn/wp-admin/post.php?post=16532&action=edit", "edit"),  # WordPress's
        ("/tin-tuc/edit-video-tiktok-1234.html", None),  # an article's slug
        ("https://github.com/lehongphong/kysu/edit/main/content/posts/di-bo/index.md", "edit"),
        ("https://gitlab.com/clb/site/-/edit/main/content/bai-viet.md", "edit"),
        ("https://github.com/lehongphong/kysu/blob/main/content/posts/di-bo/index.md", None),
    ],
)
def test_what_a_link_points_to(href: str, kind: str | None) -> None:
    assert [name for name, test in _KINDS.items() if test(href)] == ([kind] if kind else [])
