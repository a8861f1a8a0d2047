"""Query planning: cleaning, question words, synonyms, units, relaxations."""

import pytest

from kiosk_app.core.search import query as Q
from kiosk_app.core.search.synonyms import SynonymTable

TABLE = SynonymTable.from_records(None)


def units(text, **kw):
    return [u.alternatives for u in Q.plan(text, TABLE, **kw).units]


def test_question_words_go_synonyms_come():
    assert units("怎么申请低保") == [("申请",), ("低保", "最低生活保障")]
    assert units("养狗要办证吗")[0] == ("养狗", "养犬")


def test_single_characters_and_stop_characters_are_pruned():
    assert units("低保 的 钱") == [("低保", "最低生活保障")]
    assert units("税") == [("税",)]


def test_number_pinyin_and_exact_keys_are_detected():
    p = Q.plan("国务院令第590号", TABLE)
    assert "国务院令-590" in p.docnum_keys
    assert Q.plan("ZFXXGK", TABLE).pinyin == "zfxxgk"
    assert Q.plan("中华人民共和国政府信息公开条例", TABLE).title_keys == (
        "中华人民共和国政府信息公开条例", "政府信息公开条例")


def test_relaxations_go_from_strict_to_or():
    p = Q.plan("政府信息公开条列", TABLE)
    modes = [r.mode for r in Q.relaxations(p, TABLE)]
    assert modes[-1] == "or" and "fuzzy" in modes


def test_one_character_is_read_in_titles_first_then_bodies():
    p = Q.plan("法", TABLE)
    assert p.mode == "title"
    assert [r.mode for r in Q.relaxations(p, TABLE)] == ["and"]
    assert Q.plan("法律", TABLE).mode == "and"
    assert Q.plan("a", TABLE).mode == "and"            # a letter is a word, not a character


def test_or_reading_looks_for_words_in_most_bodies_in_titles_only():
    from kiosk_app.core.search.schema import build_schema

    shares = {"宁波市": 0.01, "人民代表大会常务委员会": 0.4, "公告": 0.3}
    builder = Q.Builder(build_schema(), body_share=shares.__getitem__)
    p = Q.plan("宁波市 人民代表大会常务委员会 公告", TABLE)
    common = builder._common_units(p.units)
    assert {u.alternatives[0] for u in common} == {"人民代表大会常务委员会", "公告"}
    everywhere = Q.plan("人民代表大会常务委员会 公告", TABLE)
    assert builder._common_units(everywhere.units) == set()     # all common: all in bodies too
    assert Q.Builder(build_schema())._common_units(p.units) == set()


@pytest.mark.parametrize("raw", [None, 42, "", "   ", "\x00\x01", "😀😀", "AND OR NOT ((", "a" * 10_000])
def test_any_value_gives_a_plan(raw):
    p = Q.plan(raw, TABLE)
    assert len(p.text) <= Q.MAX_QUERY_CHARS
    assert len(p.units) <= Q.MAX_UNITS
