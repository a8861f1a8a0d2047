"""The relevance set: queries a citizen would type over the real corpus, and how well search answers.

``queries.jsonl`` holds one query per line: ``query``, optional ``region`` (the
kiosk's home), ``relevant`` (corpus ids, any of which is a right answer) and
``kind`` (what the query exercises). :func:`evaluate` returns mean reciprocal
rank (of the first relevant hit in the top 10) and recall@5 (a relevant hit in
the top five).

Run as a program to print the figures and every miss::

    python -m tests.relevance.evaluate [CORPUS]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

QUERIES = Path(__file__).with_name("queries.jsonl")


@dataclass
class Outcome:
    query: str
    region: str | None
    kind: str
    rank: int | None          # 1-based rank of the first relevant hit, None if not in top 10
    top: list[str]


def load_queries(path: Path = QUERIES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(index, queries: list[dict]) -> tuple[float, float, list[Outcome]]:
    """(MRR, recall@5, per-query outcomes) of ``index`` (a SearchIndex) on ``queries``."""
    outcomes = []
    for q in queries:
        res = index.search(q["query"], region=q.get("region"), limit=10, snippets=False)
        ids = [h.id for h in res.hits]
        rank = next((i + 1 for i, doc_id in enumerate(ids) if doc_id in set(q["relevant"])), None)
        outcomes.append(Outcome(q["query"], q.get("region"), q.get("kind", ""), rank,
                                [h.title for h in res.hits[:3]]))
    n = len(outcomes) or 1
    mrr = sum(1 / o.rank for o in outcomes if o.rank) / n
    recall5 = sum(1 for o in outcomes if o.rank and o.rank <= 5) / n
    return mrr, recall5, outcomes


def report(mrr: float, recall5: float, outcomes: list[Outcome]) -> str:
    lines = [f"{len(outcomes)} queries: MRR {mrr:.3f}, recall@5 {recall5:.3f}"]
    for o in outcomes:
        if o.rank != 1:
            where = f" @{o.region}" if o.region else ""
            lines.append(f"  rank {o.rank}: {o.query}{where} ({o.kind}) -> {' | '.join(o.top)}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from kiosk_app.core.importers.lawcorpus import read_corpus
    from kiosk_app.core.search import SearchIndex

    corpus = Path(argv[0]) if argv else Path(__file__).resolve().parents[3] / "shared/corpus/laws.jsonl.gz"
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        index = SearchIndex.build(Path(tmp) / "index", read_corpus(corpus))
        print(f"built in {time.perf_counter() - t0:.1f} s")
        print(report(*evaluate(index, load_queries())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
