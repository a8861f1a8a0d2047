"""Document numbers: every way of writing one number gives one key."""

import pytest

from kiosk_app.core.search.docnum import cn_number, document_keys, query_keys

VARIANTS = ["国办发〔2019〕54号", "国办发[2019]54号", "国办发(2019)54号", "国办发 2019 54",
            "国办发（２０１９）５４号", "国办发【2019】54号", "国办发〔2019〕第54号"]


@pytest.mark.parametrize("text", VARIANTS)
def test_year_form_variants_share_the_document_key(text):
    assert document_keys("国办发〔2019〕54号") == ["国办发2019-54"]
    assert "国办发2019-54" in query_keys(text)


def test_order_form_drops_country_prefix_and_reads_chinese_numerals():
    assert document_keys("中华人民共和国国务院令第590号") == ["国务院令-590"]
    assert "国务院令-590" in query_keys("国务院令第590号")
    assert document_keys("中华人民共和国主席令第七十三号") == ["主席令-73"]


def test_history_lines_add_amending_orders_but_not_dates():
    keys = document_keys("中华人民共和国国务院令第492号", [
        "2007年4月5日 中华人民共和国国务院令第492号公布",
        "2019年4月3日 中华人民共和国国务院令第711号修订",
        "根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正",
    ])
    assert keys == ["国务院令-492", "国务院令-711"]


def test_words_around_a_number_still_find_it():
    assert "国办发2019-54" in query_keys("关于国办发〔2019〕54号的通知")


@pytest.mark.parametrize("text", ["2019年工作要点", "低保2020年标准", "养犬", "", "第三条"])
def test_ordinary_queries_have_no_number(text):
    assert query_keys(text) == []


@pytest.mark.parametrize("text,value", [("七十三", 73), ("一百零五", 105), ("十", 10), ("590", 590),
                                        ("两千", 2000), ("甲", None)])
def test_cn_number(text, value):
    assert cn_number(text) == value
