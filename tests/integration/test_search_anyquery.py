"""Any string is a valid query: no syntax error, no exception, at worst an empty result."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kiosk_app.core.search import SearchIndex, SearchResult
from kiosk_app.core.search.normalize import compact
from tests.integration.test_search_index import real_subset

ALPHABET = st.sampled_from(list(
    "低保养犬政府信息公开条例国务院令第号〔〕[]()（）【】\"'+-&|!~*?:^\\/{}<> \t\n\r\x00\x1b"
    "ANDORNTzfxgk0123456789ＡＢ１２國務院😀👍🏽\u200b\u202e\ufeff\ud7ff%_.,，。？"))
QUERIES = st.one_of(st.text(), st.text(alphabet=ALPHABET, max_size=60),
                    st.text(alphabet=ALPHABET, min_size=2000, max_size=12_000))


@pytest.fixture(scope="module")
def index(tmp_path_factory, corpus_path) -> SearchIndex:
    return SearchIndex.build(tmp_path_factory.mktemp("any") / "index", real_subset(corpus_path)[:120])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.data_too_large])
@given(query=QUERIES, region=st.one_of(st.none(), st.text(max_size=10)))
def test_any_string_is_a_valid_query(index, query, region):
    res = index.search(query, region=region, limit=5, facets=True)
    assert isinstance(res, SearchResult)
    assert len(res.hits) <= 5
    # nothing found for something searchable: the way to apply for it is offered
    assert res.apply_for_information == (not res.hits and bool(compact(res.query)))
    for s in index.suggest(query, 5):
        assert s.text


@pytest.mark.parametrize("query", ["", " ", "x" * 10_000, "😀", "\x00\x01\x02", "AND", "\"unclosed",
                                   "title:政府", "*", "~2", "国务院令第", "〔2019〕", "a" * 41, "-"])
def test_edge_queries(index, query):
    res = index.search(query)
    assert isinstance(res, SearchResult)
    assert res.apply_for_information == (not res.hits and bool(compact(res.query)))
    if not compact(res.query):
        assert res.suggestions            # nothing to search: popular topics instead
