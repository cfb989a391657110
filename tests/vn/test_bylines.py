"""Bylines: who wrote it, for whom, in which role; and which lines are bylines at all."""

from __future__ import annotations

import pytest

from newscrawl.vn import Byline, credits_the_poster, looks_like_byline, parse_byline, signs_for
from tests.vn.tables import names, table


@pytest.mark.parametrize(("text", "authors", "source", "role"), table("bylines.tsv"))
def test_byline_table(text: str, authors: str, source: str, role: str) -> None:
    byline = parse_byline(text)
    assert byline.authors == names(authors)
    assert byline.source == (source or None)
    assert byline.role == (role or None)


@pytest.mark.parametrize(("text", "expected"), table("looks_like_byline.tsv"))
def test_looks_like_byline_table(text: str, expected: str) -> None:
    assert looks_like_byline(text) is (expected == "true")


def test_portal_conventions() -> None:
    assert parse_byline("Đào Quyên") == Byline(authors=["Đào Quyên"])
    assert parse_byline("Tin, ảnh: Vũ Minh").role == "Tin, ảnh"
    anh_dan = parse_byline("Anh Dân\n(Tỉnh đoàn Thái Bình)")
    assert (anh_dan.authors, anh_dan.source) == (["Anh Dân"], None)
    assert parse_byline("Theo TTXVN") == Byline(authors=[], source="TTXVN")
    assert parse_byline("Kim Thủy/THĐT") == Byline(authors=["Kim Thủy"], source="THĐT")
    for account in ("admin", "Quản trị viên", "Super User"):
        assert parse_byline(account).authors == []


def test_editors_and_affiliations_are_kept_apart() -> None:
    byline = parse_byline("Bài: Minh Anh - Biên tập: Thu Hà")
    assert (byline.authors, byline.editors) == (["Minh Anh"], ["Thu Hà"])
    byline = parse_byline("Anh Dân\n(Tỉnh đoàn Thái Bình)")
    assert byline.affiliation == "Tỉnh đoàn Thái Bình"


def test_the_same_name_twice_is_one_author() -> None:
    assert parse_byline("Tin: Vũ Minh - Ảnh: Vũ Minh").authors == ["Vũ Minh"]


def test_nfd_names_come_back_composed() -> None:
    assert parse_byline("Đa\u0300o Quye\u0302n").authors == ["Đào Quyên"]


@pytest.mark.parametrize(("signature", "name", "expected"), table("signs_for.tsv"))
def test_signs_for_table(signature: str, name: str, expected: str) -> None:
    assert signs_for(signature, name) is (expected == "true")


@pytest.mark.parametrize(("text", "expected"), table("credits_the_poster.tsv"))
def test_credits_the_poster_table(text: str, expected: str) -> None:
    assert credits_the_poster(text) is (expected == "true")
