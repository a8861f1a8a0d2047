"""The colloquial-term table."""

from kiosk_app.core.search.synonyms import SynonymTable


def test_defaults_and_longest_match_first():
    table = SynonymTable.from_records(None)
    matches = table.find("小区加装电梯和低保")
    assert [(m.start, m.end) for m in matches] == [(2, 6), (7, 9)]
    assert matches[1].alternatives == ("低保", "最低生活保障")


def test_library_records_override_and_extend_defaults():
    table = SynonymTable.from_records([{"term": "低保", "expansions": ["低保金"]},
                                       {"term": "老年卡", "expansions": ["老年人优待证"]}])
    assert table.expand("低保") == ("低保", "低保金")
    assert table.expand("老年卡") == ("老年卡", "老年人优待证")
    assert table.expand("无此词") == ("无此词",)


def test_round_trip_through_stored_data():
    table = SynonymTable.from_records([{"term": "養狗", "expansions": ["养犬"]}])
    again = SynonymTable.from_data(table.to_data())
    assert again.expand("养狗") == ("养狗", "养犬")
    assert "养犬" in again.words()
