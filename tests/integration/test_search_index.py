"""SearchIndex over a few hundred real documents: ranking, filters, snippets, updates."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk_app.core.exchange import dump_record
from kiosk_app.core.importers.lawcorpus import read_corpus
from kiosk_app.core.search import FilterError, SearchIndex, SearchIndexError
from kiosk_app.core.search import index as index_module
from kiosk_app.core.search.normalize import CJK_RE, normalize
from kiosk_app.core.structure import body_text

# Titles the assertions below are about, plus the first documents of the corpus.
KEYWORDS = ("养犬", "政府信息公开", "房屋征收", "最低生活保障", "优化营商环境", "社会救助",
            "住房公积金", "增设电梯", "劳动合同", "未成年人保护", "信访")
FIRST = 220
IDS = {
    "jinan_dogs": "lawrefbook-6c69aba087bbf738",
    "ogi": "lawrefbook-a232c94b84abbf58",
    "expropriation": "lawrefbook-67ec7c70b6f2c8f7",
    "dibao": "lawrefbook-5e676b346e931c62",
    "shanghai_aid_current": "lawrefbook-c1064380d26e10b8",
    "shanghai_aid_old": "lawrefbook-26ccef819f17b9bb",
    "petitions_current": "lawrefbook-04ac282dbdd6034a",   # 信访工作条例
    "petitions_repealed": "lawrefbook-cb7ab7f0765d318b",  # 信访条例 (失效)
}


def real_subset(corpus_path: Path) -> list[dict]:
    """The first documents of the real corpus and every document on the topics tested."""
    out = []
    for i, rec in enumerate(read_corpus(corpus_path)):
        if i < FIRST or any(k in rec["title"] for k in KEYWORDS):
            out.append(rec)
    return out


@pytest.fixture(scope="module")
def records(corpus_path) -> list[dict]:
    return real_subset(corpus_path)


@pytest.fixture(scope="module")
def texts(records) -> dict[str, str]:
    return {r["id"]: body_text(r["body"]) for r in records}


@pytest.fixture(scope="module")
def index(tmp_path_factory, records, texts) -> SearchIndex:
    path = tmp_path_factory.mktemp("lib") / "index"
    synonyms = [{"term": "狗狗", "expansions": ["养犬"]}]
    return SearchIndex.build(path, records, synonyms=synonyms, version=41, text_of=texts.get)


def ids(result) -> list[str]:
    return [h.id for h in result.hits]


# ---------------------------------------------------------------- finding the right document

def test_version_and_count_are_recorded(index, records):
    assert index.version == 41
    assert index.doc_count == len(records)
    assert SearchIndex.open(index.path).version == 41


@pytest.mark.parametrize("query", ["国务院令第590号", "中华人民共和国国务院令第590号", "国务院令590",
                                   "国务院令（590）号"])
def test_document_number_finds_its_document_first(index, query):
    res = index.search(query)
    assert ids(res)[0] == IDS["expropriation"]
    assert res.hits[0].match == "exact"


def test_number_of_an_amending_order_finds_the_amended_text(index):
    # 政府信息公开条例 was revised by 国务院令第711号 (its history line says so)
    assert ids(index.search("国务院令第711号"))[0] == IDS["ogi"]


@pytest.mark.parametrize("query", ["zfxxgk", "zhengfuxinxigongkai", "ZFXXGK", "ｚｆｘｘｇｋ"])
def test_pinyin_finds_the_title(index, query):
    res = index.search(query)
    assert ids(res)[0] == IDS["ogi"]
    assert res.hits[0].match == "pinyin"


def test_exact_title_comes_first_also_without_country_prefix(index):
    assert ids(index.search("政府信息公开条例"))[0] == IDS["ogi"]
    assert index.search("中华人民共和国政府信息公开条例").hits[0].match == "exact"


def test_colloquial_word_finds_the_official_term(index):
    res = index.search("低保")
    assert ids(res)[0] == IDS["dibao"]
    assert "最低生活保障" in res.terms


def test_library_synonym_records_are_used(index):
    assert IDS["jinan_dogs"] in ids(index.search("狗狗", region="济南"))[:1]


def test_home_region_puts_its_own_regulation_first(index):
    plain = ids(index.search("养犬"))
    at_home = ids(index.search("养犬", region="济南"))
    assert at_home[0] == IDS["jinan_dogs"]
    assert plain[0] != IDS["jinan_dogs"]       # it is the region that moved it
    assert ids(index.search("养犬", region="山东/济南"))[0] == IDS["jinan_dogs"]


def test_question_words_are_dropped(index):
    res = index.search("怎么申请低保呢？")
    assert ids(res)[0] == IDS["dibao"]
    assert not any("怎么" in t for t in res.terms)


def test_one_wrong_character_in_a_title(index):
    res = index.search("政府信息公开条列")
    assert ids(res)[0] == IDS["ogi"]
    assert res.relaxed


def test_traditional_and_full_width_input(index):
    assert ids(index.search("政府資訊公開條例"))[:3].count(IDS["ogi"]) or \
        ids(index.search("政府信息公開條例"))[0] == IDS["ogi"]
    assert ids(index.search("國務院令第５９０號"))[0] == IDS["expropriation"]


# ---------------------------------------------------------------- validity and revision chains

def test_revision_chain_shows_current_text_with_history(index):
    res = index.search("上海市社会救助条例")
    top = res.hits[0]
    assert top.id == IDS["shanghai_aid_current"] and top.in_force
    assert IDS["shanghai_aid_old"] not in ids(res)            # collapsed into the chain
    assert {v.id for v in top.versions} == {IDS["shanghai_aid_current"], IDS["shanghai_aid_old"]}
    assert [v.validity for v in top.versions][1] == "已修订"


def test_repealed_documents_stay_findable_and_marked(index):
    res = index.search("信访条例")
    hit = next(h for h in res.hits if h.id == IDS["petitions_repealed"])
    assert hit.repealed and not hit.in_force and hit.validity == "失效"


def test_in_force_ranks_above_repealed_for_equal_words(index):
    found = ids(index.search("信访", limit=20))
    assert found.index(IDS["petitions_current"]) < found.index(IDS["petitions_repealed"])


# ---------------------------------------------------------------- filters, facets, paging

def test_filters_and_facet_counts(index):
    res = index.search("条例", facets=True, limit=5)
    facets = res.facets
    assert set(facets) >= {"issuer", "level", "region", "doc_type", "validity", "year"}
    level_counts = dict(facets["level"])
    assert sum(level_counts.values()) == res.total
    only_city = index.search("条例", filters={"level": "市"}, limit=200)
    assert only_city.total == level_counts["市"]
    assert all(h.level == "市" for h in only_city.hits)


def test_a_revision_chain_counts_once_in_total_and_facets(index):
    res = index.search("上海市社会救助条例", facets=True, limit=200)
    assert IDS["shanghai_aid_current"] in ids(res)
    assert res.total == len(res.hits)                         # the old text is not a second result
    validity = dict(res.facets["validity"])
    assert validity.get("已修订", 0) == 0                     # the 已修订 text shows only as history
    # facets count current texts; a superseded text is shown (and not counted) only when its
    # chain's current text is not among the matches (here: not in this subset of the corpus)
    shown_superseded = sum(1 for h in res.hits if h.replaced_by)
    assert sum(validity.values()) == res.total - shown_superseded


def test_only_the_facets_asked_for_are_counted(index):
    res = index.search("条例", facets=("validity", "category"))
    assert set(res.facets) == {"validity", "doc_type"}
    with pytest.raises(FilterError):
        index.search("条例", facets=("colour",))


def test_year_range_and_category_filters(index):
    res = index.search("条例", filters={"year_from": 2015, "year_to": 2018, "category": "地方性法规"},
                       limit=100)
    assert res.hits
    for hit in res.hits:
        assert hit.doc_type == "地方性法规"
        assert 2015 <= int((hit.published_date or "0")[:4]) <= 2018


def test_filters_without_query_browse_newest_first(index):
    res = index.search("", filters={"region": "济南"}, limit=20)
    assert res.mode == "browse" and res.hits
    assert all(h.region == "济南" for h in res.hits)


def test_unknown_filter_is_a_programming_error(index):
    with pytest.raises(FilterError):
        index.search("条例", filters={"colour": "red"})


def test_paging_does_not_repeat_hits(index):
    first = ids(index.search("管理", limit=10))
    second = ids(index.search("管理", limit=10, offset=10))
    assert first and second and not set(first) & set(second)


# ---------------------------------------------------------------- the first keystroke

def test_one_character_is_looked_up_in_titles(index, records):
    res = index.search("犬", facets=("validity",), limit=50)
    assert res.mode == "title" and not res.relaxed and res.hits
    assert all("犬" in normalize(h.title) for h in res.hits)
    chains = {r.get("series") or r["id"] for r in records if "犬" in normalize(r["title"])}
    assert res.total == len(chains) == sum(n for _, n in res.facets["validity"])


def test_one_character_few_titles_have_is_looked_up_in_bodies_too(index, records, texts):
    in_titles = {ch for r in records for ch in normalize(r["title"])}
    docs_with: dict[str, set[str]] = {}
    for doc_id, text in texts.items():
        for ch in set(CJK_RE.findall(normalize(text))) - in_titles:
            docs_with.setdefault(ch, set()).add(doc_id)
    ch = min(c for c, found in docs_with.items() if len(found) >= 6)
    res = index.search(ch, limit=50)
    assert res.mode == "and" and not res.relaxed
    assert res.hits and {h.id for h in res.hits} <= docs_with[ch]


# ---------------------------------------------------------------- snippets, suggestions, nothing found

def test_snippet_marks_query_words_in_original_text(index, texts):
    res = index.search("最低生活保障", limit=1)
    snip = res.hits[0].snippet
    assert snip is not None and snip.spans
    assert "【最低生活保障】" in snip.marked()
    assert snip.text in texts[res.hits[0].id].replace("\n", " ")


def test_suggestions_for_title_tails_pinyin_and_popular(index):
    titles = [s.text for s in index.suggest("政府信息", 5)]
    assert "中华人民共和国政府信息公开条例" in titles
    assert "中华人民共和国政府信息公开条例" in [s.text for s in index.suggest("zfxx", 5)]
    index.set_popular({"低保": 30, "养犬": 12})
    assert index.suggest("低", 3)[0].text == "低保"
    assert index.suggest("yq", 3)[0].text == "养犬"        # initials of a popular query
    assert [s.text for s in index.suggest("", 2)] == ["低保", "养犬"]


def test_suggestions_are_fast_enough_for_every_keystroke(index):
    index.suggest("养", 8)
    t0 = time.perf_counter()
    for prefix in ("养", "养犬", "政", "政府信", "zf", "zfxxgk", "国有土地"):
        index.suggest(prefix, 8)
    assert (time.perf_counter() - t0) / 7 < 0.05


def test_nothing_found_offers_alternatives_and_application(index):
    res = index.search("量子引力波望远镜")
    assert not res.hits
    assert res.apply_for_information
    assert res.suggestions                     # the words alone, and titles to try


def test_strict_and_relaxes_to_or(index):
    res = index.search("最低生活保障 量子引力")
    assert res.hits and res.relaxed and res.mode == "or"
    assert not res.apply_for_information


# ---------------------------------------------------------------- updates and consistency

@pytest.fixture()
def small(tmp_path, records) -> SearchIndex:
    return SearchIndex.build(tmp_path / "index", records[:40], version=1)


def test_apply_adds_replaces_and_deletes(small, records):
    victim, changed = records[0], dict(records[1])
    changed["title"] = "测试用更名后的条例标题"
    newcomer = next(r for r in records if r["id"] == IDS["jinan_dogs"])
    small.apply([changed, newcomer], [victim["id"]], version=2)
    assert small.version == 2
    assert small.doc_count == 40
    assert not small.search(victim["title"]).hits or victim["id"] not in ids(small.search(victim["title"]))
    assert ids(small.search("测试用更名后的条例标题"))[0] == changed["id"]
    assert ids(small.search("文明养犬"))[0] == IDS["jinan_dogs"]
    reopened = SearchIndex.open(small.path)
    assert reopened.version == 2 and reopened.doc_count == 40


def segments(index_dir: Path) -> list[int]:
    meta = json.loads((index_dir / "meta.json").read_text(encoding="utf-8"))
    return [seg["max_doc"] for seg in meta["segments"]]


def test_an_update_is_one_new_segment(small, records):
    before = segments(small.path)
    for version in (2, 3, 4):
        small.apply([dict(records[version], title=f"第{version}次改名的条例")], [], version=version)
        assert len(segments(small.path)) == len(before) + version - 1
    assert ids(small.search("第4次改名的条例"))[0] == records[4]["id"]


def test_apply_new_synonyms_replaces_table(small):
    small.apply([], [], version=3, synonyms=[{"term": "口岸通关", "expansions": ["口岸开放"]}])
    assert small.synonyms.expand("口岸通关") == ("口岸通关", "口岸开放")
    assert SearchIndex.open(small.path).synonyms.expand("口岸通关") == ("口岸通关", "口岸开放")


def test_interrupted_build_leaves_previous_index(small, records):
    def broken():
        yield from records[:5]
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        SearchIndex.build(small.path, broken(), version=9)
    survivor = SearchIndex.open(small.path)
    assert survivor.version == 1 and survivor.doc_count == 40


def test_rebuild_swaps_in_new_version(small, records):
    SearchIndex.build(small.path, records[:10], version=5)
    assert SearchIndex.open(small.path).version == 5
    assert SearchIndex.open(small.path).doc_count == 10


def test_missing_or_foreign_index_is_reported(tmp_path):
    with pytest.raises(SearchIndexError):
        SearchIndex.open(tmp_path / "nothing")
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "meta.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(SearchIndexError):
        SearchIndex.open(tmp_path / "junk")


def test_index_of_another_schema_is_refused_and_rebuilt(tmp_path, records, monkeypatch):
    from kiosk_app.core.libdir import INDEX_DIR, build_library, ensure_index, index_matches
    from kiosk_app.core.store import LibraryStore
    from kiosk_app.core.store_write import ImportReport
    from sync.libops import update_index

    source = tmp_path / "docs.jsonl"
    source.write_text("".join(dump_record(r) + "\n" for r in records[:12]), encoding="utf-8")
    with monkeypatch.context() as m:
        m.setattr(index_module, "SCHEMA_VERSION", index_module.SCHEMA_VERSION - 1)
        library = build_library([source], tmp_path / "lib").out
    with pytest.raises(SearchIndexError, match="schema"):
        SearchIndex.open(library / INDEX_DIR)
    assert not index_matches(library)
    # a kiosk opening it rebuilds it once
    copy = tmp_path / "copy"
    shutil.copytree(library, copy)
    assert ensure_index(copy) and not ensure_index(copy)
    assert SearchIndex.open(copy / INDEX_DIR).doc_count == 12
    # a sync applying an update to it rebuilds it instead of failing
    with LibraryStore.open(library, readonly=False) as store:
        assert update_index(store, library / INDEX_DIR, ImportReport())
        version = store.meta()["version"]
    rebuilt = SearchIndex.open(library / INDEX_DIR)
    assert rebuilt.version == version and rebuilt.doc_count == 12


def test_first_short_query_in_a_fresh_process_does_not_load_the_segmenter(index):
    code = (
        "import sys, time, json; t=time.perf_counter();"
        "from kiosk_app.core.search import SearchIndex, segment;"
        f"ix=SearchIndex.open({str(index.path)!r}); r=ix.search('低保');"
        "print(json.dumps([segment.is_loaded(), time.perf_counter()-t, r.hits[0].id]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded, seconds, top = json.loads(out.stdout)
    assert not loaded and top == IDS["dibao"]
    assert seconds < 1.0
