"""Snippets: the densest passage, marked on the original characters."""

from kiosk_app.core.search.snippets import make_snippet

TEXT = ("第一条 为了规范管理，制定本条例。\n第二条 本市行政区域内的养犬管理适用本条例。\n"
        "第三条 養犬人應當依法養犬，文明養犬。\n第四条 其他事项。")


def test_marks_terms_found_through_normalisation():
    snip = make_snippet(TEXT, ["养犬"], width=40)
    assert "【養犬】" in snip.marked()
    assert "\n" not in snip.text
    for start, end in snip.spans:
        assert snip.text[start:end] in ("养犬", "養犬")


def test_picks_window_with_most_distinct_terms():
    snip = make_snippet("甲乙" * 100 + "最低生活保障的申请条件" + "丙丁" * 100, ["最低生活保障", "申请"], width=30)
    assert "最低生活保障" in snip.text and "申请" in snip.text


def test_no_match_gives_the_start():
    snip = make_snippet(TEXT, ["量子"], width=10)
    assert snip.text == TEXT[:10].replace("\n", " ") and snip.spans == ()
