"""Index-side analysis: bigrams for Chinese, whole words for Latin letters and numbers."""

from kiosk_app.core.search.analysis import bigrams, index_text, phrase_terms


def test_bigrams_and_single_characters():
    assert bigrams("政府信息") == ["政府", "府信", "信息"]
    assert bigrams("号") == ["号"]


def test_index_text_mixes_runs_and_normalises():
    assert index_text("第590號 COVID-19 政府") == "第 590 号 covid 19 政府"


def test_punctuation_separates_runs_so_phrases_do_not_cross_it():
    tokens = index_text("中华。人民").split()
    assert "华人" not in tokens and tokens == ["中华", "人民"]


def test_phrase_terms_of_mixed_word():
    assert phrase_terms("12345热线") == ["12345", "热线"]
