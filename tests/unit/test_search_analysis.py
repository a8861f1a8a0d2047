"""Index-side analysis: bigrams for Chinese, whole words for Latin letters and numbers."""

from hypothesis import given, settings, strategies as st

from kiosk_app.core.search.analysis import bigrams, index_text, index_text_plain, phrase_terms


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


def test_single_character_runs_stay_and_long_words_go():
    assert index_text("第5条 法") == "第 5 条 法"
    assert index_text("x" * 41 + " 政府") == "政府"


def test_traditional_characters_are_simplified_inside_bigrams():
    assert index_text("白鱘豚") == "白鲟 鲟豚"
    # 㑮 → 𫝈 (U+2B748) is outside the ranges indexed, as it is in queries: a separator
    assert index_text("白㑮豚") == index_text_plain("白㑮豚") == "白 豚"


# Text made of what the two ways could disagree on: CJK (traditional too), both widths
# and cases of letters and digits, punctuation, controls, supplementary-plane characters.
_PIECES = st.sampled_from(list("政府信息公開國務院辦法鱘㑮白豚第条号aZ09ＡｚＺ０９，。、 \t\n-·（）\x00\u200b"
                               "\uf900\u3400\u9fff") + ["𠀾", "𬶨", "😀", "\U000205e3"])


@settings(max_examples=400)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_fast_index_text_equals_the_plain_one(text):
    assert index_text(text) == index_text_plain(text)


@given(st.text(max_size=80))
def test_fast_index_text_equals_the_plain_one_on_any_text(text):
    assert index_text(text) == index_text_plain(text)
