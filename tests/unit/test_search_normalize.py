"""Character normalisation: one character in, one character out."""

from hypothesis import given, strategies as st

from kiosk_app.core.search.normalize import clean_query, compact, normalize


def test_full_width_case_and_traditional_are_folded():
    assert normalize("ＡＢＣ１２３") == "abc123"
    assert normalize("國務院辦公廳") == "国务院办公厅"
    assert normalize("Covid　19") == "covid 19"


@given(st.text())
def test_length_is_preserved(text):
    assert len(normalize(text)) == len(text)


def test_compact_drops_separators():
    assert compact("国办发〔2019〕54号") == "国办发201954号"
    assert compact(" 政府 信息\t公开 ") == "政府信息公开"


def test_clean_query_removes_unprintables_and_caps_length():
    assert clean_query("低保\x00\u200b\ud800😀", 50) == "低保 😀"
    assert len(clean_query("字" * 10_000, 100)) == 100
    assert clean_query(" \n\t ", 100) == ""
