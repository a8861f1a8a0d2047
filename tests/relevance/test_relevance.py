"""Search quality on the real corpus must not silently drop (MRR and recall@5 floors)."""

from __future__ import annotations

import pytest

from kiosk_app.core.importers.lawcorpus import read_corpus
from kiosk_app.core.search import SearchIndex
from tests.relevance.evaluate import evaluate, load_queries, report

MRR_FLOOR = 0.85
RECALL5_FLOOR = 0.95


@pytest.mark.slow
@pytest.mark.corpus
def test_relevance_set_on_full_corpus(corpus_path, tmp_path):
    queries = load_queries()
    assert len(queries) >= 40
    records = list(read_corpus(corpus_path))
    known = {r["id"] for r in records}
    for q in queries:
        assert set(q["relevant"]) <= known, f"relevance set names unknown ids for {q['query']!r}"
    index = SearchIndex.build(tmp_path / "index", records)
    mrr, recall5, outcomes = evaluate(index, queries)
    print("\n" + report(mrr, recall5, outcomes))
    assert mrr >= MRR_FLOOR, report(mrr, recall5, outcomes)
    assert recall5 >= RECALL5_FLOOR, report(mrr, recall5, outcomes)
