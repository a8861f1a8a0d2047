"""Pinyin keys of titles."""

from kiosk_app.core.search.pinyin import initials, is_pinyin_query, title_keys


def test_every_tail_has_full_and_initial_keys():
    keys = title_keys("中华人民共和国政府信息公开条例")
    assert any(k.startswith("zfxxgk") for k in keys)
    assert any(k.startswith("zhengfuxinxigongkai") for k in keys)
    assert all(len(k) <= 40 for k in keys)


def test_readings_follow_context():
    assert title_keys("重庆市城乡居民最低生活保障条例")[1].startswith("chongqing")
    assert initials("政务公开") == "zwgk"


def test_pinyin_query_detection():
    assert is_pinyin_query("zfxxgk")
    assert not is_pinyin_query("z")
    assert not is_pinyin_query("2019")
    assert not is_pinyin_query("低保")


def test_initials_table_needs_no_pypinyin_at_search_time(tmp_path):
    from kiosk_app.core.search.pinyin import InitialsTable, write_initials_table

    write_initials_table(tmp_path / "initials.txt")
    table = InitialsTable.load(tmp_path / "initials.txt")
    assert table is not None
    assert table.initials("政务公开") == "zwgk"
    assert table.initials("养犬 12345") == "yq12345"
    (tmp_path / "short.txt").write_text("abc", encoding="ascii")
    assert InitialsTable.load(tmp_path / "short.txt") is None
