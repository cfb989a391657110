"""Vietnamese news text: cleanup, timestamps, numbers and view counts, bylines, captions, the
site's masthead, the headings of a page's boxes and the links to its services.

Pure functions: no I/O, no clock (relative timestamps need a `reference`), no exception on
any input (junk gives None or an empty result). Every function cleans its input first (NFC,
entities, invisible characters, whitespace), so decomposed text gives the same results.
"""

from __future__ import annotations

from newscrawl.vn._dates import month_first_dates
from newscrawl.vn._names import all_named, same_person, signs_for
from newscrawl.vn.bylines import Byline, credits_the_poster, looks_like_byline, parse_byline
from newscrawl.vn.captions import Caption, ends_with_photo_credit, is_dedication, parse_caption
from newscrawl.vn.datelines import opens_with_dateline
from newscrawl.vn.documents import DocumentPart, document_part, may_be_motto, opens_numbered_part
from newscrawl.vn.footnotes import is_series_note, without_note_marks
from newscrawl.vn.headings import (
    heading_kind,
    is_box_line,
    is_comments_heading,
    is_quote_label,
    is_way_back,
    labels_a_box,
    reads_as_more,
)
from newscrawl.vn.notices import (
    announces_reloads,
    asks_for_tips,
    counts_visitors_online,
    discloses_sponsorship,
    is_error_notice,
    masthead_kinds,
    may_be_masthead,
    reads_as_masthead,
    says_page_is_gone,
)
from newscrawl.vn.numbers import (
    ViewCountResult,
    is_picture_count,
    mentions_views,
    parse_number,
    parse_view_count,
    parse_view_count_detailed,
    parse_visits,
)
from newscrawl.vn.pager_words import (
    calls_to_sign_up,
    names_the_next_page,
    reads_as_pager,
    turns_the_page,
)
from newscrawl.vn.prompts import (
    invites_the_reader,
    invites_to_watch,
    is_shop_call,
    labels_a_download,
    labels_a_video,
)
from newscrawl.vn.roles import credits_only_the_media, credits_the_text, opens_with_role
from newscrawl.vn.site_links import names_a_site_service
from newscrawl.vn.stamp_words import (
    is_poster_label,
    labels_the_clock,
    names_its_editor,
    opens_with_poster,
    opens_with_writer,
    poster_after_time,
    split_at_update,
)
from newscrawl.vn.text import clean_multiline, clean_tag, clean_text, fold, without_marks
from newscrawl.vn.times import (
    as_utc_if_zoneless,
    is_day_line,
    is_place_and_date,
    is_reading_time,
    is_stamp,
    mentions_update,
    names_an_edition,
    opens_with_posting,
    parse_time_on,
    posting_clause,
    timestamp_label,
)
from newscrawl.vn.timestamps import (
    VN_TZ,
    TimestampResult,
    day_of,
    format_timestamp,
    is_relative,
    parse_timestamp,
    parse_timestamp_detailed,
)
from newscrawl.vn.trail_words import (
    labels_a_trail,
    labels_topics,
    names_a_detail_page,
    names_a_sites_own_page,
    names_home,
)

__all__ = [
    "VN_TZ",
    "Byline",
    "Caption",
    "DocumentPart",
    "TimestampResult",
    "ViewCountResult",
    "all_named",
    "announces_reloads",
    "as_utc_if_zoneless",
    "asks_for_tips",
    "calls_to_sign_up",
    "clean_multiline",
    "clean_tag",
    "clean_text",
    "counts_visitors_online",
    "credits_only_the_media",
    "credits_the_poster",
    "credits_the_text",
    "day_of",
    "discloses_sponsorship",
    "document_part",
    "ends_with_photo_credit",
    "fold",
    "format_timestamp",
    "heading_kind",
    "invites_the_reader",
    "invites_to_watch",
    "is_box_line",
    "is_comments_heading",
    "is_day_line",
    "is_dedication",
    "is_error_notice",
    "is_picture_count",
    "is_place_and_date",
    "is_poster_label",
    "is_quote_label",
    "is_reading_time",
    "is_relative",
    "is_series_note",
    "is_shop_call",
    "is_stamp",
    "is_way_back",
    "labels_a_box",
    "labels_a_download",
    "labels_a_trail",
    "labels_a_video",
    "labels_the_clock",
    "labels_topics",
    "looks_like_byline",
    "masthead_kinds",
    "may_be_masthead",
    "may_be_motto",
    "mentions_update",
    "mentions_views",
    "month_first_dates",
    "names_a_detail_page",
    "names_a_site_service",
    "names_a_sites_own_page",
    "names_an_edition",
    "names_home",
    "names_its_editor",
    "names_the_next_page",
    "opens_numbered_part",
    "opens_with_dateline",
    "opens_with_poster",
    "opens_with_posting",
    "opens_with_role",
    "opens_with_writer",
    "parse_byline",
    "parse_caption",
    "parse_number",
    "parse_time_on",
    "parse_timestamp",
    "parse_timestamp_detailed",
    "parse_view_count",
    "parse_view_count_detailed",
    "parse_visits",
    "poster_after_time",
    "posting_clause",
    "reads_as_masthead",
    "reads_as_more",
    "reads_as_pager",
    "same_person",
    "says_page_is_gone",
    "signs_for",
    "split_at_update",
    "timestamp_label",
    "turns_the_page",
    "without_marks",
    "without_note_marks",
]
