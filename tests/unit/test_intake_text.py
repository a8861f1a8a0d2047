"""Free-text and code cleaning: invisible characters, emoji, width, length."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk_app.core.intake.text import FieldError, FormInvalid, clean_code, clean_text, is_emoji


def clean(value, **kw):
    kw.setdefault("max_len", 50)
    return clean_text(value, field="f", label="内容", **kw)


def test_invisible_and_control_characters_are_removed():
    assert clean("张\u200b三") == "张三"                      # zero-width space
    assert clean("\ufeff济南\u202e市") == "济南市"             # BOM, right-to-left override
    assert clean("a\x00b\x07c") == "abc"
    assert clean("  历下区\t 泉城路  ") == "历下区 泉城路"
    assert clean("历下区\u3000泉城路") == "历下区 泉城路"          # ideographic space


def test_line_breaks_kept_only_in_multiline_fields():
    assert clean("第一行\r\n第二行\r第三行") == "第一行 第二行 第三行"
    assert clean("第一行\r\n第二行\n\n\n\n第三行  ", multiline=True) == "第一行\n第二行\n\n第三行"


def test_chinese_punctuation_is_kept_in_free_text_but_codes_are_narrowed():
    assert clean("关于（试行）的通知，２０２５年") == "关于（试行）的通知，２０２５年"
    assert clean_code("１２３", field="f", label="x") == "123"
    assert clean_code("ａｂ－１ ２", field="f", label="x") == "AB12"


def test_decomposed_text_is_composed():
    assert clean("Zhe\u0301ng") == "Zhéng"


@pytest.mark.parametrize("text", ["好的👍", "⭐五星", "1\ufe0f\u20e3", "☀"])
def test_emoji_are_refused_with_a_message(text):
    with pytest.raises(FieldError) as info:
        clean(text)
    assert info.value.code == "emoji"
    assert info.value.zh == "内容中不能包含表情符号，请删除后再提交"


def test_rare_characters_are_kept_but_private_use_is_refused():
    assert clean("𠮷野家") == "𠮷野家"                      # CJK Extension B
    assert clean("葛\U000E0100") == "葛\U000E0100"          # ideographic variation selector
    with pytest.raises(FieldError) as info:
        clean("张\ue000")
    assert info.value.code == "bad_char"
    with pytest.raises(FieldError):
        clean("\ud800")


def test_length_and_requirement_messages():
    with pytest.raises(FieldError) as info:
        clean("字" * 51)
    assert info.value.zh == "内容最多50个字，您输入了51个"
    assert clean(" " * 3, required=False) == ""
    with pytest.raises(FieldError) as info:
        clean(None)
    assert info.value.code == "required"
    with pytest.raises(FieldError) as info:
        clean(12)
    assert info.value.code == "type"
    with pytest.raises(FieldError) as info:
        clean("x" * 10_000)
    assert info.value.code == "too_long"


def test_form_invalid_lists_errors_by_field():
    a, b = FieldError("x", "required", "请填写", "required"), FieldError("x", "format", "格式", "format")
    exc = FormInvalid([a, b])
    assert exc.errors == (a, b) and exc.by_field() == {"x": a}


@settings(max_examples=400)
@given(st.text(), st.booleans())
def test_cleaning_any_text_gives_clean_text_or_a_message(text, multiline):
    try:
        out = clean(text, multiline=multiline, required=False)
    except FieldError as exc:
        assert exc.code in ("emoji", "bad_char", "too_long") and exc.zh
        return
    assert len(out) <= 50
    assert out == out.strip()
    assert unicodedata.is_normalized("NFC", out)
    for ch in out:
        assert ch == "\n" and multiline or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co")
        assert not is_emoji(ch)
    assert clean(out, multiline=multiline, required=False) == out
