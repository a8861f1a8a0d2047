"""The plain-text government page importer, on the real seed pages and on crafted pages."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk_app.core.importers import regions
from kiosk_app.core.importers.gov_pages import page_id_for, parse_date, parse_page, read_pages
from kiosk_app.core.records import RecordError, validate
from kiosk_app.core.structure import body_text

SEED_000 = "000_8f4cc207dbb1effa.txt"
SEED_001 = "001_7f900840ad6390eb.txt"
SEED_002 = "002_0086efe41bf0f1e9.txt"
SEED_003 = "003_f6237bce85bbe2d1.txt"
SEED_004 = "004_37ccbaeed25ecdb7.txt"

# Site furniture seen on the seed pages; none of it may reach a body.
JUNK = ("当前位置", "您的位置", "信息来源", "浏览次数", "字体:【", "分享:", "上一篇", "下一篇",
        "Produced By", "访问次数", "热点新闻", "相关阅读", "精彩放送", "标签:")


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, dict]:
    return {Path(src).name: rec for src, rec in read_pages([seeds_dir])}


def _text(seeds_dir: Path, name: str) -> str:
    return (seeds_dir / name).read_text(encoding="utf-8")


def _headings(record: dict) -> list[str]:
    return [b["label"] + b["title"] for b in record["body"] if b["kind"] == "heading"]


# --- the real seeds ---------------------------------------------------------

def test_every_seed_parses_and_validates(seeds_dir: Path, seeds: dict[str, dict]) -> None:
    assert sorted(seeds) == sorted(p.name for p in seeds_dir.glob("*.txt"))
    assert len(seeds) == 5
    for name, record in seeds.items():
        assert validate(record) == record, name
        assert record["type"] == "document"
        assert record["id"] == "seed-" + name.split("_")[1].removesuffix(".txt")
        assert record["validity"] == "现行有效"
        assert record["title"].strip() and record["body"], name
        assert record["updated_at"] == f"{record['published_date']}T00:00:00+08:00"


def test_ids_are_stable_across_runs(seeds_dir: Path, seeds: dict[str, dict]) -> None:
    again = {Path(src).name: rec for src, rec in read_pages([seeds_dir])}
    assert again == seeds
    assert page_id_for(seeds_dir / SEED_000) == "seed-8f4cc207dbb1effa"


def test_seed_000_header_block(seeds: dict[str, dict]) -> None:
    rec = seeds[SEED_000]
    assert rec["index_no"] == "11370100MB2866908X/2025-00037"
    assert rec["catalogue_category"] == "政务公开实施方案"
    assert rec["written_date"] == rec["published_date"] == "2025-06-20"
    assert rec["issuer"] == "济南市民营经济发展局"
    assert rec["title"] == "济南市民营经济发展局2025年政务公开实施方案"
    assert rec["doc_number"] == ""
    assert rec["doc_type"] == "方案"
    assert (rec["level"], rec["region"]) == ("市", "济南")
    # The repeated title line is the page heading, not the first paragraph.
    assert rec["body"][0]["text"].startswith("2025年济南市民营经济发展局政务公开工作总体要求是")


def test_seed_004_official_layout(seeds: dict[str, dict]) -> None:
    rec = seeds[SEED_004]
    assert rec["issuer"] == "济南高新区管委会办公室"
    assert rec["doc_number"] == "济高管办字〔2019〕15号"
    assert rec["title"] == "济南高新区管委会办公室关于印发2019年济南高新区政务公开工作要点的通知"
    assert rec["written_date"] == rec["published_date"] == "2019-07-05"
    assert rec["index_no"] == ""
    assert rec["doc_type"] == "通知"
    assert (rec["level"], rec["region"]) == ("区县", "济南高新区")
    text = body_text(rec["body"])
    assert not text.startswith("济南高新区管委会办公室\n济高管办字")     # masthead left the body
    assert "济高管办字〔2019〕15号" not in text
    assert text.startswith("各部门、各街道办事处、各直属企事业单位、各派驻机构：")
    assert "济南高新区管委会办公室\n2019年7月5日\n（此件公开发布）" in text    # the signature stays


def test_seed_004_lines_cut_by_page_breaks_are_joined(seeds: dict[str, dict]) -> None:
    texts = [b["text"] or "" for b in seeds[SEED_004]["body"]]
    assert "立行立改，长期坚持）" not in texts
    assert "成时限：立行立改，长期坚持）" not in texts
    assert any("利用统一的执法信息公示平台" in t for t in texts)
    assert any("不断提升依申请办理水平" in t and t.startswith("（二）提高依法公开能力") for t in texts)


def test_seed_001_cover_letter(seeds: dict[str, dict]) -> None:
    rec = seeds[SEED_001]
    assert rec["title"] == "2025年济南市政务公开工作要点"
    assert rec["issuer"] == "济南市人民政府办公厅"
    assert rec["written_date"] == rec["published_date"] == "2025-06-05"
    assert rec["doc_type"] == "要点"
    assert (rec["level"], rec["region"]) == ("市", "济南")
    text = body_text(rec["body"])
    assert "(联系人:市政府办公厅政务公开办,51707772)" in text
    assert text.rstrip().endswith("持续提升“泉诚公开”品牌影响力。(责任单位:各区县政府、市政府各部门)")


def test_seed_002_news_article(seeds: dict[str, dict]) -> None:
    rec = seeds[SEED_002]
    assert rec["title"] == "新史记2021|打造政务公开“济南样板”让便民利企政策看得见摸得着"
    assert rec["published_date"] == "2022-01-01"
    assert rec["doc_type"] == "新闻"
    assert rec["tags"] == ["史记", "济南", "样板"]
    assert (rec["level"], rec["region"]) == ("市", "济南")
    text = body_text(rec["body"])
    assert text.startswith("编者按\n百年征程")
    assert "政务公开 2022新征程" in text
    assert text.endswith("为新时代社会主义现代化强省会建设作出新的更大贡献。")
    for headline in ("烘焙新贵虎头局领头“退烧”", "最新:11月28日甘肃3+609,具体在这些地方→",
                     "绵阳三台交通:创建文明城市,贡献交通力量"):
        assert headline not in text


def test_trailing_headlines_go_without_site_markers(seeds_dir: Path, seeds: dict[str, dict]) -> None:
    """The list of other pages is found by its shape, not by the 相关阅读 heading above it."""
    lines = [line for line in _text(seeds_dir, SEED_002).splitlines()
             if line.strip() not in ("相关阅读", "精彩放送") and not line.startswith("标签")]
    rec = parse_page("\n".join(lines), page_id="seed-0086efe41bf0f1e9")
    assert rec["body"] == seeds[SEED_002]["body"]


def test_seed_003_date_line_and_derived_title(seeds: dict[str, dict]) -> None:
    rec = seeds[SEED_003]
    assert rec["published_date"] == rec["written_date"] == "2023-08-02"
    assert rec["issuer"] == "山东省工业和信息化厅"
    assert rec["title"] == "2023年山东省工业和信息化厅政务公开工作要点"
    assert (rec["level"], rec["region"]) == ("省", "山东")
    assert rec["body"][0]["text"].startswith("2023年,山东省工业和信息化厅政务公开工作的总体要求是")


def test_no_boilerplate_survives(seeds: dict[str, dict]) -> None:
    for name, rec in seeds.items():
        text = body_text(rec["body"])
        for junk in JUNK:
            assert junk not in text, (name, junk)
        for line in text.splitlines():
            assert line.strip() not in ("-", ""), name
            assert not re.match(r"^\d{4}-\d{2}-\d{2}\s*访问次数", line), name


@pytest.mark.parametrize("name, expected", [
    (SEED_000, ["一、推动重点工作政务公开", "二、提升政务公开服务质效", "三、强化政务公开工作保障"]),
    (SEED_001, ["一、推进重点工作政务公开", "二、完善政务公开工作标准", "三、深化政企政民互动交流",
                "四、提升政务公开服务质效", "五、强化政务公开工作保障"]),
    (SEED_003, ["一、聚焦工业经济“头号工程”抓好信息公开", "二、不断增强政策发布解读回应实效",
                "三、不断提高决策公开水平", "四、不断巩固政务公开工作基础"]),
    (SEED_004, ["一、围绕稳定预期，进一步加大政策解读和回应力度", "二、围绕强化权力监督，进一步推进决策和执行公开",
                "三、围绕狠抓政策落实，进一步深化重点领域信息公开", "四、围绕优化服务功能，进一步加强公开平台建设",
                "五、围绕提升工作质量，进一步完善公开制度规范"]),
])
def test_bodies_keep_their_headings(seeds: dict[str, dict], name: str, expected: list[str]) -> None:
    assert _headings(seeds[name]) == expected


def test_crlf_and_cr_line_endings_give_the_same_record(seeds_dir: Path, seeds: dict[str, dict]) -> None:
    text = _text(seeds_dir, SEED_000)
    for ending in ("\r\n", "\r"):
        assert parse_page(text.replace("\n", ending), page_id="seed-8f4cc207dbb1effa") == seeds[SEED_000]


# --- crafted pages ----------------------------------------------------------

PLAN = """\
2024年,某单位政务公开工作的总体要求是:坚持公开为常态、不公开为例外,提高公开质效。
一、推进重点工作公开
(一)做好政策解读。严格落实解读制度,及时回应社会关切。
"""


@pytest.mark.parametrize("text", [
    "",
    "   \n\n\t",
])
def test_empty_page_is_refused(text: str) -> None:
    with pytest.raises(RecordError, match="empty"):
        parse_page(text, page_id="p1")


def test_page_of_only_navigation_is_refused() -> None:
    page = ("-\n当前位置: 首页 > 政务公开 > 通知公告\n您的位置:首页 >资讯 >\n"
            "信息来源:济南市人民政府 浏览次数: 字体:【 分享:\n  • 上一篇:\n  • 下一篇:\n"
            "2025-06-12 访问次数:\nProduced By 大汉网络 大汉版通发布系统\n")
    with pytest.raises(RecordError, match="no body"):
        parse_page(page, page_id="p1")


def test_page_with_a_title_and_nothing_else_is_refused() -> None:
    with pytest.raises(RecordError, match="no body text"):
        parse_page("  • 标题: 关于开展检查的通知\n关于开展检查的通知\n  • 上一篇:\n", page_id="p1")


def test_full_width_digits_and_colons_in_the_header() -> None:
    page = ("索引号：１１３７０１００ＭＢ２８６６９０８Ｘ／２０２５－０００３７　组配分类：通知公告\n"
            "成文日期：２０２５－０６－２０　发布日期：２０２５－０６－２２\n"
            "发布机构：济南市历城区人民政府办公室\n"
            "标题：关于做好政务公开工作的通知\n"
            "发文字号：历政办字〔２０２５〕３号\n" + PLAN)
    rec = parse_page(page, page_id="p-fw")
    assert rec["index_no"] == "11370100MB2866908X/2025-00037"
    assert rec["catalogue_category"] == "通知公告"
    assert (rec["written_date"], rec["published_date"]) == ("2025-06-20", "2025-06-22")
    assert rec["updated_at"] == "2025-06-22T00:00:00+08:00"
    assert rec["doc_number"] == "历政办字〔2025〕3号"
    assert rec["title"] == "关于做好政务公开工作的通知"
    assert (rec["level"], rec["region"]) == ("区县", "历城区")
    assert _headings(rec) == ["一、推进重点工作公开"]


def test_invented_trailing_headline_list_is_dropped_but_attachments_stay() -> None:
    page = (PLAN + "附件：1.政务公开任务分工表\n2.重点领域公开清单\n"
            "联系人：王明，联系电话：0531-12345678\n"
            "某市举行春季运动会 万人参与\n新版公交线路今日开通\n"
            "气象台发布大风蓝色预警\n小麦收获进度过半\n一场雨让城市更清新\n图书馆延长开放时间\n")
    rec = parse_page(page, page_id="p-run")
    text = body_text(rec["body"])
    assert "联系人：王明，联系电话：0531-12345678" in text
    assert "附件：1.政务公开任务分工表" in text and "2.重点领域公开清单" in text
    assert "运动会" not in text and "图书馆" not in text


def test_a_few_short_closing_lines_are_kept() -> None:
    page = PLAN + "济南市人民政府办公厅\n二〇二四年三月一日\n（此件公开发布）\n"
    rec = parse_page(page, page_id="p-sign")
    assert rec["written_date"] == rec["published_date"] == "2024-03-01"
    assert rec["issuer"] == "济南市人民政府办公厅"
    assert body_text(rec["body"]).endswith("济南市人民政府办公厅\n二〇二四年三月一日\n（此件公开发布）")


def test_office_line_above_a_title_is_the_issuer() -> None:
    page = "国务院办公厅\n关于加强政务公开\n工作的意见\n" + PLAN
    rec = parse_page(page, page_id="p-gov")
    assert rec["title"] == "关于加强政务公开工作的意见"
    assert rec["issuer"] == "国务院办公厅"
    assert (rec["level"], rec["region"], rec["doc_type"]) == ("国家", "", "意见")
    assert body_text(rec["body"]).startswith("2024年,某单位政务公开工作")


def test_page_without_any_date_uses_today_and_a_clear_title() -> None:
    rec = parse_page("当前位置:首页\n这是一段没有标题也没有日期的页面正文,内容足够长,可以作为正文保留。",
                     page_id="p-nodate", today=dt.date(2024, 1, 2))
    assert rec["updated_at"] == "2024-01-02T00:00:00+08:00"
    assert rec["written_date"] is None and rec["published_date"] is None
    assert rec["title"] == "无标题信息（p-nodate）"
    assert rec["level"] == "市"


def test_validity_from_the_header() -> None:
    rec = parse_page("标题: 某某办法\n有效性: 已废止\n" + PLAN, page_id="p-old")
    assert rec["validity"] == "已废止"


@pytest.mark.parametrize("text, expected", [
    ("2019年7月5日", "2019-07-05"),
    ("二〇一九年七月五日", "2019-07-05"),
    ("二〇二四年十二月三十一日", "2024-12-31"),
    ("2023-08-02 15:50:32", "2023-08-02"),
    ("２０２５／０６／２０", "2025-06-20"),
    ("2025年2月30日", None),
    ("无日期", None),
])
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("name, expected", [
    ("济南市民营经济发展局", ("市", "济南")),
    ("山东省工业和信息化厅", ("省", "山东")),
    ("济南高新区管委会办公室", ("区县", "济南高新区")),
    ("济南市历城区人民政府", ("区县", "历城区")),
    ("济南市历下区趵突泉街道办事处", ("街道乡镇", "趵突泉街道")),
    ("济南市住房和城乡建设局", ("市", "济南")),
    ("国务院办公厅", ("国家", "")),
    ("国家税务总局济南市税务局", ("市", "济南")),
    ("潇湘晨报官方百家号", None),
])
def test_place_of_issuing_body(name: str, expected: tuple[str, str] | None) -> None:
    place = regions.place_of_body(name)
    assert (place and (place.level, place.region)) == expected


# --- files ------------------------------------------------------------------

def test_read_pages_names_the_file_it_cannot_use(tmp_path: Path) -> None:
    (tmp_path / "001_aaaaaaaaaaaaaaaa.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "002_bbbbbbbbbbbbbbbb.txt").write_text("当前位置: 首页\n上一篇:\n", encoding="utf-8")
    pages = read_pages([tmp_path])
    src, rec = next(pages)
    assert src.endswith("001_aaaaaaaaaaaaaaaa.txt") and rec["id"] == "seed-aaaaaaaaaaaaaaaa"
    with pytest.raises(RecordError, match=r"^002_bbbbbbbbbbbbbbbb\.txt: page has no body"):
        next(pages)


def test_read_pages_reads_gb18030_and_other_names(tmp_path: Path) -> None:
    path = tmp_path / "政务公开方案.txt"
    path.write_bytes(("标题: 某区政务公开方案\n" + PLAN).encode("gb18030"))
    ((_, rec),) = read_pages([path])
    assert rec["title"] == "某区政务公开方案"
    assert re.fullmatch(r"seed-[0-9a-f]{16}", rec["id"])
    assert rec["id"] == page_id_for(path)
    assert page_id_for(tmp_path / "notice-12.txt") == "seed-notice-12"


# --- any text ----------------------------------------------------------------

_PIECES = ("当前位置: 首页 > 政务公开", "  • 索引号: 11370100MB2866908X/2025-00037 组配分类: 通知",
           "发布日期: 2023-08-02 15:50:32 信息来源: 办公室", "济南高新区管委会办公室", "济高管办字〔2019〕15号",
           "关于印发工作要点的通知", "一、推进重点工作", "（一）做好解读。认真落实。", "2019年7月5日", "热点新闻",
           "2025-06-12 访问次数:", "-", "  • 上一篇:", "（此件公开发布）", "标签: 济南", "")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=80)), max_size=25),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_text_gives_a_valid_record_or_a_record_error(pieces: list[str], newline: str) -> None:
    try:
        record = parse_page(newline.join(pieces), page_id="p-any", today=dt.date(2024, 1, 1))
    except RecordError as exc:
        assert exc.reason
        return
    assert validate(record) == record
    assert record["body"]
