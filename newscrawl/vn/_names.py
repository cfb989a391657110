"""What a short piece of a byline is: a person, a staff label, an outlet, an organisation.

The tests are shape-first (capitalised words, acronyms, domain names) with small word lists
for what shape cannot tell apart ("Thái Bình" the province, "Trường Đại học ..." the school).
All comparisons go through `fold`, so old and new tone placement match the same entries.
"""

from __future__ import annotations

import re

from newscrawl.vn._patterns import EN_MONTHS, EN_WEEKDAYS
from newscrawl.vn.text import fold, fold_cleaned, without_marks

# Academic (a lecturer's grade too: `GVC.`, `GVCC.`), professional, honorary, religious and
# military titles stripped from the front of a name, the forms of address a school's site puts
# before a teacher's (`Cô`, `Thầy`: no Vietnamese surname), and a reader's label.
_TITLE = re.compile(
    r"(?:(?:GVCC|GVC|PGS|GS|TSKH|TS|ThS|Ths|THS|BSCKII|BSCKI|BSCK[12]|BS\.?CK(?:II|I|[12])"
    r"|BSNT|BS|Bs"
    r"|CKII|CKI|CK[12]"  # (a specialist's degree after `Bác sĩ` or `BS `: `Bác sĩ CKII X`)
    r"|BSTY|KS|NCS|LS|DS|KTS|CN|NSND|NSƯT|NNND|NNƯT|NGND|NGƯT|TTND|TTƯT|Lm|Nt|PV|P\.V|CTV"
    r"|Assoc|Prof|Dr|MSc|PhD)(?:\. ?|, ?| )"  # (an English edition's `Assoc. Prof. Dr.`)
    r"|(?:Thạc sĩ|Tiến sĩ|Phó Giáo sư|Phó giáo sư|Giáo sư|Bác sĩ thú y|Bác sĩ|Dược sĩ|Kỹ sư"
    r"|Kiến trúc sư|Luật sư|Nhà báo|Phóng viên|Cộng tác viên|Nhà văn|Nhà thơ|Nghệ sĩ|Linh mục"
    r"|Lương y"  # (a practitioner of traditional medicine)
    r"|Đại tá|Thượng tá|Trung tá|Thiếu tá|Nghệ nhân Nhân dân|Nghệ nhân Ưu tú|Nghệ nhân"
    # clergy and monastics: a Dharma name keeps its `Thích`, a Catholic its baptismal name
    r"|Đức Cha|Đức cha|Giám mục|Hòa thượng|Hoà thượng|Thượng tọa|Thượng toạ|Đại đức|Ni sư"
    r"|Ni trưởng|Sư cô|Sư thầy|Nữ tu|Phó tế"
    r"|Đại úy|Đại uý|Thượng úy|Thượng uý|Trung úy|Trung uý|Thiếu úy|Thiếu uý|Đại tướng"
    r"|Thượng tướng|Trung tướng|Thiếu tướng|Cô giáo|Thầy giáo|Cô|Thầy"
    r"|Bạn đọc|Độc giả) )+"  # (a reader signing a letter: `Bạn đọc N.T.HẰNG`)
)
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,4}[^\W\d_]?")
# Initials before the given name, as reporters sign (`N.Hương`, `T.T.Giang`).
_INITIALLED_NAME = re.compile(r"(?:[^\W\d_]\.){1,3}(?P<given>[^\W\d_]{2,})")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|info)(?:\.vn)?", re.I)
_VOWELS = frozenset("aeiouy")  # (tested on the letters without their marks: `ằ` is one)


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


# People's staff labels that stay as authors.
STAFF = _folded(
    "PV", "P.V", "Nhóm PV", "Nhóm P.V", "CTV", "Nhóm CTV", "PV-CTV", "PV - CTV", "Nhóm PV-CTV",
    "Nhóm phóng viên", "Phóng viên", "Nhóm tác giả",
)  # fmt: skip
# A group of reporters named with its desk: `Nhóm PV Giáo dục`, `Nhóm phóng viên Ban Kinh tế`.
_STAFF_GROUPS = tuple(f"{group} " for group in _folded(
    "Nhóm PV", "Nhóm P.V", "Nhóm CTV", "Nhóm phóng viên", "Nhóm tác giả",
))  # fmt: skip
# CMS accounts and the newsroom as a whole: a byline, but nobody's name.
ACCOUNTS = _folded(
    "admin", "administrator", "quản trị", "quản trị viên", "ban quản trị", "super user",
    "superuser", "webmaster", "root", "editor", "biên tập viên", "ban biên tập", "BBT",
    "tòa soạn", "admin website", "quản trị website", "người quản trị",
    "admin user", "guest user",  # Moodle's own accounts
    "host",  # DNN's superuser
    "unknown", "anonymous",  # Blogger's JSON-LD for a profile that shows no name
)  # fmt: skip
# The newsroom or the site's admins by the site's name (`BBT Sông Luộc`, `BQT Diễn đàn …`).
_NEWSROOM_OF = ("bbt ", "bqt ")
_KNOWN_OUTLETS = _folded(
    "TTXVN", "VNA", "Vietnam+", "VietnamPlus", "TTXVN/Vietnam+", "VnExpress", "VietNamNet",
    "Dân trí", "Tuổi Trẻ", "Thanh Niên", "Nhân Dân", "Lao Động", "Tiền Phong", "QĐND",
    "Quân đội nhân dân", "Công an nhân dân", "CAND", "VOV", "VTV", "VTC", "VTC News", "Zing",
    "Znews", "Kenh14", "Soha", "CafeF", "ANTĐ", "AFP", "Reuters", "AP", "Xinhua",
    "Tân Hoa Xã", "BBC", "CNN", "Kyodo", "Yonhap", "Sputnik", "TASS", "Bloomberg", "Internet",
    "Chinhphu.vn", "Vietnam News", "Hà Nội Mới", "Người Lao Động", "Sài Gòn Giải Phóng",
    "Pháp Luật TP.HCM", "Tin tức", "Báo Tin tức", "Nông thôn Ngày nay", "Đại Đoàn Kết",
)  # fmt: skip
_OUTLET_PREFIXES = tuple(
    fold(w) + " "
    for w in (
        "Báo", "Tạp chí", "Đài", "Thông tấn", "Cổng thông tin", "Cổng TTĐT", "Trang thông tin",
        "Trang tin", "Truyền hình", "Kênh", "Hãng", "Hãng tin", "Tờ", "Bản tin", "Tuần báo",
        "Nhật báo", "Website", "Tạp chí điện tử", "Báo điện tử",
    )
)  # fmt: skip
_AFFILIATION_PREFIXES = tuple(
    fold(w) + " "
    for w in (
        "Trường Đại học", "Trường Cao đẳng", "Trường Trung cấp", "Trường THPT", "Trường THCS",
        "Trường Tiểu học", "Trường Mầm non", "Trường Chính trị", "Trường Quân sự", "Trường ĐH",
        "Trường CĐ", "Trường PT", "Trường PTCS", "Trường PTDTBT", "Trường PTDTNT", "Trường TH",
        "Trường MN", "Trường TC", "Trường Phổ thông", "Đại học", "Học viện", "Viện", "Sở",
        "Phòng", "Ban", "UBND", "Ủy ban", "Thường trực",
        "HĐND", "Hội", "Liên đoàn", "Liên hiệp", "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn",
        "Đoàn Thanh niên", "Đoàn TN", "Công đoàn", "Trung tâm", "TT", "Bệnh viện", "BV", "Cục",
        "Đoàn Luật sư",  # a lawyer's bar association, under a legal column's answer
        "Chi cục", "Tổng cục", "Bộ", "Văn phòng", "Công ty", "Cty", "Tập đoàn", "Tổng công ty",
        "Ngân hàng", "Quỹ", "Chi nhánh", "Trạm", "Công an", "Bộ Chỉ huy", "Ban Chỉ huy",
        "Kho bạc", "KBNN", "BHXH", "Bảo hiểm xã hội", "NHCSXH", "Hải quan", "Điện lực",
        "BCHQS", "Viện Kiểm sát", "VKSND", "Tòa án", "TAND", "Huyện ủy", "Tỉnh ủy", "Thành ủy",
        "Đảng ủy", "Mặt trận", "UBMTTQ", "MTTQ", "Hợp tác xã", "HTX", "Xã", "Phường",
        "Thị trấn", "Huyện", "Thị xã", "Thành phố", "TP", "Tỉnh", "Thôn", "Hiệp hội",
        "Câu lạc bộ", "CLB", "Giám đốc", "Phó Giám đốc", "Chủ tịch", "Phó Chủ tịch",
        "Trưởng phòng", "Phó Trưởng phòng", "Trưởng ban", "Phó Trưởng ban", "Bí thư",
        "Chánh Văn phòng", "Phó Chánh Văn phòng", "Chánh Thanh tra", "Phó Chánh Thanh tra",
        "Trưởng khoa", "Phó Trưởng khoa", "Trưởng trạm", "Phó Trưởng trạm", "Trưởng thôn",
        "Phó Bí thư", "Cán bộ", "Chuyên viên", "Giáo viên", "Học sinh", "Sinh viên",
        "Hội viên", "Đoàn viên", "Cựu chiến binh", "Đại diện",
        # a school's: its departments and posts (`Giáo viên Lịch sử, Tổ Khoa học xã hội`)
        "Tổ", "Khoa", "Bộ môn", "Hiệu trưởng", "Phó Hiệu trưởng", "Tổ trưởng", "Giảng viên",
        "Nhà trường", "Liên đội", "TPT Đội", "Tổng phụ trách", "Tổng phụ trách Đội",
        # the armed forces' units (a soldier signs with the unit: `- Đồn Biên phòng Thụy Xuân`)
        "Đồn Biên phòng", "Đồn BP", "Bộ đội Biên phòng", "BĐBP", "Hải đội", "Hải đoàn",
        "Trung đoàn", "Sư đoàn", "Lữ đoàn", "Tiểu đoàn", "Đại đội", "Quân khu", "Bộ Tư lệnh",
        "Bộ CHQS", "Ban CHQS", "Cảnh sát", "Đội",
        # a veteran's or a retired official's former post (`Nguyên chiến sĩ Đại đội 3, …`)
        "Nguyên chiến sĩ", "Cựu chiến sĩ", "Nguyên cán bộ", "Nguyên Chủ tịch", "Nguyên Bí thư",
        "Nguyên Giám đốc",
        # the culture sector's institutions, signing their notices (`NHÀ HÁT CHÈO THÁI BÌNH`)
        "Nhà hát", "Bảo tàng", "Thư viện", "Nhà văn hóa", "Nhà văn hoá", "Đoàn Nghệ thuật",
        # the churches' and the pagodas' bodies and charities (`Ảnh: Caritas Thái Bình`)
        "Caritas", "Giáo phận", "Giáo xứ", "Giáo họ", "Tòa Giám mục", "Toà Giám mục", "Dòng",
        "Chùa", "Giáo hội",
        # a family signing its letter of thanks (`TM. GIA ĐÌNH`), a clan its notice
        "Gia đình", "Tang gia", "Gia quyến", "Dòng họ",
    )
)  # fmt: skip
# Capitalised words and phrases that are not people: places, sections, widgets.
_NOT_PEOPLE = _folded(
    "Thái Bình", "Hưng Yên", "Việt Nam", "Hà Nội", "Hải Phòng", "Nam Định", "Ninh Bình",
    "Hà Nam", "Quảng Ninh", "Đà Nẵng", "Hồ Chí Minh", "TP Hồ Chí Minh", "Thời sự", "Xã hội",
    "Kinh tế", "Văn hóa", "Thể thao", "Giáo dục", "Pháp luật", "Quốc tế", "Chính trị",
    "Liên hệ", "Đăng nhập", "Quốc phòng", "An ninh", "Nông nghiệp", "Y tế", "Du lịch",
    "Bạn đọc", "Đời sống", "Giải trí", "Công nghệ", "Sức khỏe", "Kinh doanh", "Tài chính",
    "Xây dựng Đảng", "Trang chủ", "Thông báo", "Tin tức",
)  # fmt: skip
_NOT_NAME_WORDS = _folded(
    "ảnh", "video", "clip", "tin", "tức", "bài", "xem", "mục", "tag", "tags", "khóa", "luận",
    "sẻ", "chủ", "thứ", "ngày", "tháng", "facebook", "zalo", "twitter", "email", "youtube",
    "tiktok", "in", "hết", "tiếp", "nữa", "theo", "nguồn", "lượt",
    # a platform's makers, credited as its pages' author (`Discuz! Team and Comsenz UI Team`)
    "team", "inc", "inc.", "ltd", "ltd.", "corp", "corp.",
)  # fmt: skip
# An English edition's days and months, as written (`By hy_editor_en, Wed, 11/19/2025`); not
# `Thu` nor `May`, Vietnamese given names as well, nor folded (`Tuệ` is a name).
_ENGLISH_CALENDAR_WORDS = frozenset(
    word
    for name in (*EN_WEEKDAYS, *EN_MONTHS)
    if name not in ("thu", "may")
    for word in (name.capitalize(), name.upper())
)
# Notes after a name that credit nobody: "(tổng hợp)", "(TH)", "(CTV)".
NOTES = _folded(
    "tổng hợp", "TH", "T.H", "T/H", "tổng hợp và biên dịch", "lược dịch", "dịch", "biên dịch",
    "thực hiện", "ghi", "sưu tầm", "st", "s.t", "CTV", "PV", "cộng tác viên", "phóng viên",
    "p/v", "phỏng vấn", "ghi chép", "trích", "lược trích", "biên soạn", "còn nữa", "còn tiếp",
    "hết", "kỳ sau", "tiếp theo", "kỳ tới", "ảnh", "bài và ảnh", "tin và ảnh", "tin, ảnh",
)  # fmt: skip


def strip_titles(text: str) -> str:
    """`PGS.TS. Nguyễn Văn A` -> `Nguyễn Văn A`; a title with no name after it stays."""
    m = _TITLE.match(text)
    return text[m.end() :] if m and m.end() < len(text) else text


def classify(piece: str) -> str:
    """`note`, `account`, `staff`, `outlet`, `affiliation`, `person`, or "" for none of them."""
    key = fold_cleaned(piece)
    if key in STAFF or _desk_staff(piece, key):
        return "staff"
    if key in NOTES or _TITLE.fullmatch(piece.strip() + " ") is not None:
        return "note"  # (a title cut off its name by a comma: `PGS, TS. Vũ Thị Hương`)
    if key in ACCOUNTS or key.startswith(_NEWSROOM_OF):
        return "account"
    if _outlet(piece, key):
        return "outlet"
    if (key + " ").startswith(_AFFILIATION_PREFIXES):
        return "affiliation"
    return "person" if _person(piece, key) else ""


def _desk_staff(piece: str, key: str) -> bool:
    """A group of reporters and the desk it works for, the desk's name capitalised (`Nhóm PV
    Giáo dục`, `Nhóm phóng viên Ban Thời sự`)."""
    group = next((g for g in _STAFF_GROUPS if key.startswith(g)), None)
    if group is None:
        return False
    desk = piece.split()[len(group.split()) :]  # words, as folding may change the spacing
    return bool(desk) and desk[0][:1].isupper()


def is_person(text: str) -> bool:
    """One to five capitalised (or upper-case) words, initials allowed: `Đào Quyên`, `N.V.A`."""
    return _person(text, fold_cleaned(text))


def is_signed_with_initials(text: str) -> bool:
    """Initials, alone or before the given name (`M.H`, `N.Hương`): the way a reporter signs,
    which a line of other words never looks like."""
    return any(
        _INITIALLED_NAME.fullmatch(word) or (_INITIALS.fullmatch(word) and len(word) >= 3)
        for word in text.split()
    )


def is_outlet(text: str) -> bool:
    """`Báo Thái Bình`, `TTXVN`, `THĐT`, `baochinhphu.vn`, `TTXVN/Vietnam+`."""
    return _outlet(text, fold_cleaned(text))


def is_affiliation(text: str) -> bool:
    """`Trường Đại học Y Thái Bình`, `Tỉnh đoàn Thái Bình`, `Sở Y tế`."""
    return (fold_cleaned(text) + " ").startswith(_AFFILIATION_PREFIXES)


def _person(text: str, key: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 5 or key in _NOT_PEOPLE:
        return False
    if len(words) == 1 and _acronym(text, key):
        return False
    return all(map(_name_word, words, key.split()))


def _acronym(word: str, key: str) -> bool:
    """An upper-case token without vowels (`TTXVN`, `THĐT`, `QĐND`) names an outlet or body;
    single letters each followed by a dot (`M.H`, `Đ.Q`) are a person's initials."""
    return (
        len(word) >= 2
        and word.isupper()
        and not any(c in _VOWELS for c in without_marks(key))
        and key not in STAFF
        and _INITIALS.fullmatch(word) is None
    )


def _outlet(text: str, key: str) -> bool:
    if key in _KNOWN_OUTLETS or key.startswith(_OUTLET_PREFIXES):
        return True
    if " " not in text and (_DOMAIN.fullmatch(text) or _acronym(text, key)):
        return True
    return "/" in text and all(is_outlet(part) for part in text.split("/") if part)


def _name_word(word: str, key: str) -> bool:
    if key.rstrip(".") in _NOT_NAME_WORDS or word.rstrip(".") in _ENGLISH_CALENDAR_WORDS:
        return False
    core = word[:-1] if word.endswith(".") else word
    if core.isalpha():
        return _capitalised(core)
    if (initialled := _INITIALLED_NAME.fullmatch(word)) is not None:
        return word[0].isupper() and _capitalised(initialled["given"])
    if "-" in core:
        return _hyphenated_given_name(core.split("-"))
    return _INITIALS.fullmatch(word) is not None and word[0].isupper()


def _hyphenated_given_name(parts: list[str]) -> bool:
    """A foreign given name in hyphenated parts without tone marks: Korean romanised (`Min-jun`,
    `Seo-yeon`) or Western (`Jean-Pierre`). A Vietnamese name never joins its syllables so:
    joined syllables are places, offices or a mistyped label (`Bình-Hưng`, `HĐND-UBND`,
    `Tin-ảnh`)."""
    first, rest = parts[0], parts[1:]
    if not all(part.isascii() and part.isalpha() for part in parts) or first.isupper():
        return False
    return _capitalised(first) and (
        all(part.islower() for part in rest) or all(_capitalised(part) for part in rest)
    )


def _capitalised(word: str) -> bool:
    return word[0].isupper() and (word[1:].islower() or word.isupper() or len(word) == 1)


def signs_for(signature: str, name: str) -> bool:
    """Does a signature name the person `name` names: the same name up to case and tone
    placement, the name without its family name (and middle name), as Vietnamese sign
    (`Thanh Hương` for `Phạm Thanh Hương`), or the family name before the given name without
    the middle one (`Vũ Hương` for `Vũ Thị Hương`)? A given name alone says too little."""
    signed, full = fold(signature), fold(name)
    if signed == full or (" " in signed and full.endswith(" " + signed)):
        return True
    family, _, given = signed.partition(" ")
    return (
        bool(given)
        and len(full.split()) > 2
        and full.startswith(family + " ")
        and full.endswith(" " + given)
    )


def same_person(a: str, b: str) -> bool:
    """Do the two names name one person, whichever is the shorter (`signs_for`)?"""
    return signs_for(a, b) or signs_for(b, a)


def all_named(people: list[str], names: list[str]) -> bool:
    """Do `names` name every one of `people` (`same_person`)?"""
    return all(any(same_person(person, name) for name in names) for person in people)
