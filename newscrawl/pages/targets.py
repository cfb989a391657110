"""What a link points to, told by its address alone: a tag's page, an author's, a network's
share dialog, a social post, a footnote. Whatever the link's class names say (a CSS-in-JS build
hashes them), where it goes says what it is.

Pure string tests on an `href` as written (relative or absolute).
"""

from __future__ import annotations

import re

from newscrawl.pages.urls import split_url

_I = re.IGNORECASE
# A document to download (an attachment, a paper's PDF), no page; in Liferay's document
# library, its name is followed by its version's id (`/documents/20125/471005/Bao+cao.pdf/1e7d…`).
_FILE = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar|7z)(?:/[0-9a-f]{8}-[0-9a-f-]{27})?$", _I
)
# `/tag/lua-xuan`, `/tags/di-tich/`, `/tu-khoa/...-tag5521.tpo`, Joomla's
# `/component/tags/tag/...`, Wix's `/blog/hashtags/...`, Tumblr's `/tagged/...`; relative too
# (`tag/lang-nghe` under `<base href>`); Grav's taxonomy filter, a parameter in the path
# (`/tin-anh/tag:duong-sinh`).
_TAG_PAGE = re.compile(
    r"(?:^|/)(?:(?:hash)?tags?|tagged|tu-?khoa|keywords?)/[^/?#]|[?&](?:p_r_p_(?:[0-9]+_)?)?tag="
    r"|/tag:[^/?#]",
    _I,
)
# A section's page: WordPress's category base (`/category/tin-tuc/`, a subcategory's
# `/category/tin-tuc/thi-dua/`) or its Vietnamese forms (`/chuyen-muc/am-thuc`, Webflow's
# collection `/danh-muc/thong-bao`; deeper, an article's page may lie there); a forum's board
# (XenForo's `forums/slug.12/`, vBulletin's `forumdisplay.php`, phpBB's `viewforum.php`,
# Discourse's `/c/chuyen-mon/on-thi/12`); a blog filtered by its category (Squarespace's
# `/tin-tuc?category=Tin+tức`), a section named by its id.
_CATEGORY_PAGE = re.compile(
    r"/category/(?:[^/?#]+/)*[^/?#]+/?(?:[?#]|$)"
    r"|/(?:chuyen-muc|chuyenmuc|danh-muc|danhmuc)/[^/?#]+/?(?:[?#]|$)"
    r"|(?:^|/)forums/[^/?#]+/?(?:[?#]|$)"
    r"|(?:^|/)(?:forumdisplay|viewforum)\.php"
    r"|[?&]category="
    r"|/category:[^/?#]"  # (Grav's filter, as its tags')
)
# (Tried apart, where their words are: an anchored or rare alternative slows the search above,
# which every link of a page's lists goes through.)
_DISCOURSE_CATEGORY = re.compile(r"(?:^|/)c/(?:[^/?#]+/)+\d+/?(?:[?#]|$)")
# A section by its id, in no article's address: PHP-Fusion's `news.php?cat_id=3`, Joomla's
# `view=category&catid=3` (Joomla's article names its section's id beside its own `id=`).
_SECTION_BY_ID = re.compile(r"(?!.*[?&](?:id|readmore|newsid|news_id)=)[^#]*[?&]cat_?id=\d")
# `/tac-gia/nguyen-minh-duc`, WordPress's `/author/thu-ha/`, Moodle's `/user/view.php?id=27`, a
# profile, a forum's member.
_AUTHOR_PAGE = re.compile(
    r"/(?:tac-?gia|author|authors|nguoi-viet|phong-vien|profile)/|/user/view\.php"
    r"|(?:^|/)members/[^/?#]+/?(?:[?#]|$)|(?:^|/)memberlist\.php\?mode=viewprofile"
    r"|(?:^|/)member\.php\?"  # (a forum's member: XenForo's, phpBB's, vBulletin's)
    r"|(?:^|/)user-\d+\.html(?:[?#]|$)"  # (MyBB's, its addresses made friendly)
    r"|(?:^|/)u/[^/?#]+/?(?:[?#]|$)"  # (a community site's member, as Reddit names one)
    r"|/ArticleType/AuthorView/"  # (EasyDNNnews's, on DNN)
    r"|(?:^|//[^/]+)/@[^/?#]+/?(?:[?#]|$)",  # (a handle's page: Medium's `/@leminhduc.hy`)
    _I,
)
# An aggregator's page of one outlet's stories (`/nguon/bao-thai-binh.html`), which each card it
# copied links beside the headline: the outlet, no story.
_OUTLET_PAGE = re.compile(r"(?:^|/)nguon/[^/?#]+?(?:\.html?)?/?(?:[?#]|$)", _I)
# The networks' share dialogs, Jetpack's `?share=`, a mail with the article as its subject.
_SHARE_DIALOG = re.compile(
    r"facebook\.com/(?:sharer|share\.php|dialog/(?:share|feed))|(?:twitter|x)\.com/(?:intent|share)"
    r"|zalo\.me/share|linkedin\.com/(?:share|shareArticle)|pinterest\.\w+/pin/create|t\.me/share"
    r"|reddit\.com/submit|[?&]share=(?:facebook|twitter|x|zalo|linkedin|email|print|telegram)"
    r"|^mailto:\?",
    _I,
)
_SOCIAL_POST = re.compile(
    r"(?:facebook\.com/[^/?#]+/(?:posts|videos|photos)/|fb\.watch/|(?:twitter|x)\.com/\w+/status/"
    r"|tiktok\.com/@[^/?#]+/video/|instagram\.com/(?:p|reel|tv)/|threads\.net/@)",
    _I,
)
# A page to follow the paper on (Google News' publication, a YouTube channel, a Zalo Official
# Account, a Telegram channel): a button beside the meta line, no other article.
_FOLLOW_PAGE = re.compile(
    r"news\.google\.com/(?:publications|s)/|youtube\.com/(?:channel/|c/|@)|oa\.zalo\.me/"
    r"|zalo\.me/\d+(?:[/?#]|$)|t\.me/(?!share)",
    _I,
)
# A footnote and the way back to its mark, by the names of their places (`#fn:1`, `#fnref:1`,
# `#footnote-1`, `#footnote-anchor-1`, `#cite_note-1`, `#note-1`; LibreOffice's export,
# `#sdfootnote1sym`, and Word's `Save as Web Page`, `#_ftn1`, `#_edn1`).
_NOTE = re.compile(r"#(?:fn|footnote|cite_note|note|sdfootnote|sdendnote|_ftn|_edn)", _I)


# The page's editor, which a wiki links beside every section's heading (`[sửa]`) and WordPress
# shows a signed-in editor (`Sửa bài`): a control, no text.
_EDITOR = re.compile(r"[?&](?:ve)?action=edit(?:&|$)", _I)
# A static site's page in its source repository's editor (Hugo's PaperMod: `Đề xuất sửa đổi`).
_REPO_EDITOR = re.compile(r"//(?:www\.)?(?:github|gitlab)\.com/[^?#]+?/(?:-/)?edit/", _I)


def to_a_file(href: str) -> bool:
    """Does the link download a document (`/uploads/412-tran-van-minh.pdf`), no page?"""
    return _FILE.search(split_url(href).path) is not None


def to_a_tag_page(href: str) -> bool:
    return _TAG_PAGE.search(href) is not None


def to_a_category_page(href: str) -> bool:
    if _CATEGORY_PAGE.search(href) is not None:
        return True
    if "/c/" in href and _DISCOURSE_CATEGORY.search(href) is not None:
        return True
    return "cat" in href and _SECTION_BY_ID.match(href) is not None


# Where a forum's list of threads jumps inside one (its last or newest post) or shows who posted
# in it (MyBB's `thread-4390-lastpost.html`, `misc.php?action=whoposted&tid=4390`, vBulletin's
# and phpBB's `goto=newpost`, `view=unread`, phpBB 3's post by its id and anchor,
# `viewtopic.php?p=18190#p18190`, XenForo's `threads/….15790/latest`): the thread is the row's
# other link.
_FORUM_JUMP = re.compile(
    r"-(?:lastpost|newpost)\.html(?:[?#]|$)|[?&](?:action|goto|view)=(?:lastpost|newpost|whoposted"
    r"|unread)(?:&|#|$)|[?&]p=([0-9]+)(?:&[^#]*)?#p\1$|\.[0-9]+/(?:latest|unread)/?(?:[?#]|$)",
    _I,
)


def to_a_forum_jump(href: str) -> bool:
    return _FORUM_JUMP.search(href) is not None


def to_an_author_page(href: str) -> bool:
    return _AUTHOR_PAGE.search(href) is not None


def to_an_outlet_page(href: str) -> bool:
    return _OUTLET_PAGE.search(href) is not None


def to_a_share_dialog(href: str) -> bool:
    return _SHARE_DIALOG.search(href) is not None


def to_a_follow_page(href: str) -> bool:
    return _FOLLOW_PAGE.search(href) is not None


def to_a_social_post(href: str) -> bool:
    return _SOCIAL_POST.search(href) is not None


def to_a_note(href: str) -> bool:
    return _NOTE.match(href) is not None


def to_an_editor(href: str) -> bool:
    if "action=edit" in href:  # (a substring first)
        return _EDITOR.search(href) is not None
    return "/edit/" in href and _REPO_EDITOR.search(href) is not None
