from kiosk_app.core.structure import body_text, find_article, outline, parse_body

LAW = """第一章  总则

第一条 为了规范口岸开放，制定本条例。

第二条 本条例所称的口岸，是指港口。
本款是第二条的第二款。

第二章 口岸开放
第一节 规划
第三条之一 市口岸服务部门应当编制规划。
"""

POLICY = """一、推进重点工作政务公开
（一）以政务公开促项目建设。以“项目提升年”为总牵引，做好公开。
（二）强化政策解读
1.加大解读力度。
"""


def test_law_structure():
    blocks = parse_body(LAW)
    kinds = [b["kind"] for b in blocks]
    assert kinds == ["chapter", "article", "article", "paragraph", "chapter", "section", "article"]
    assert blocks[0] == {"kind": "chapter", "label": "第一章", "title": "总则"}
    assert blocks[6]["label"] == "第三条之一"
    assert find_article(blocks, "第二条") == 2
    assert [t[1] for t in outline(blocks)] == ["第一章 总则", "第二章 口岸开放", "第一节 规划"]


def test_outline_numbered_paragraph_is_not_a_heading():
    blocks = parse_body(POLICY)
    assert blocks[0] == {"kind": "heading", "label": "一、", "title": "推进重点工作政务公开", "level": 1}
    assert blocks[1]["kind"] == "paragraph"        # a sentence, not a heading
    assert blocks[2]["kind"] == "heading" and blocks[2]["level"] == 2


def test_no_text_is_lost():
    blocks = parse_body(LAW + POLICY)
    flat = body_text(blocks).replace(" ", "")
    for line in (LAW + POLICY).splitlines():
        assert line.replace(" ", "").replace("\u3000", "") in flat


def test_short_law_lists_articles_in_outline():
    blocks = parse_body("第一条 甲。\n第二条 乙。")
    assert [t[1] for t in outline(blocks)] == ["第一条", "第二条"]
