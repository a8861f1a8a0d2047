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


@pytest.mark.parametrize("raw", [None, 42, "", "   ", "\x00\x01", "😀😀", "AND OR NOT ((", "a" * 10_000])
def test_any_value_gives_a_plan(raw):
    p = Q.plan(raw, TABLE)
    assert len(p.text) <= Q.MAX_QUERY_CHARS
    assert len(p.units) <= Q.MAX_UNITS
