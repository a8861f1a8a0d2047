"""Document analysis for a build, in a worker process when that is faster.

Analysis (normalising, bigrams, pinyin keys: :func:`schema.analyse`) is pure
Python and most of a build's time besides tantivy's own indexing thread, so a
build on two cores runs it beside the process that reads records and feeds
tantivy.
"""

from __future__ import annotations

import collections
import concurrent.futures
import multiprocessing
import os
import sys
import threading
from typing import Iterable, Iterator

from kiosk_app.core.search import pinyin
from kiosk_app.core.search.schema import analyse

_BATCH = 64


def _documents(records: Iterable[dict]) -> Iterator[dict]:
    return (r for r in records if r.get("type", "document") == "document")


class Analyser:
    """Analysed documents in input order, from a worker process when that is faster.

    Analysis is pure Python and holds the interpreter lock, so threads would not
    help; one worker process next to this one (which reads records and feeds
    tantivy) makes a build about half again as fast on two cores. The worker is
    forked before tantivy starts its threads, and only when this process has no
    other threads (a kiosk UI rebuilding its index analyses in-process) and is
    not a frozen executable.
    """

    def __init__(self, workers: int | None):
        if workers is None:
            workers = 1 if ((os.cpu_count() or 1) >= 2 and threading.active_count() == 1
                            and not getattr(sys, "frozen", False)) else 0
        self.pool = None
        if workers > 0:
            pinyin._pinyin()            # imported here, not in a forked child
            ctx = multiprocessing.get_context("fork")
            self.pool = concurrent.futures.ProcessPoolExecutor(workers, mp_context=ctx)
            self.pool.submit(_analyse_batch, []).result()   # started now, before tantivy's threads
        self.workers = workers

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def __call__(self, records: Iterable[dict]) -> Iterator[dict]:
        docs = _documents(records)
        if self.pool is None:
            yield from map(analyse, docs)
            return
        batch: list[dict] = []
        pending: collections.deque = collections.deque()
        for record in docs:
            batch.append(record)
            if len(batch) >= _BATCH:
                pending.append(self.pool.submit(_analyse_batch, batch))
                batch = []
                if len(pending) > 2 * self.workers:
                    yield from pending.popleft().result()
        if batch:
            pending.append(self.pool.submit(_analyse_batch, batch))
        while pending:
            yield from pending.popleft().result()


def _analyse_batch(records: list[dict]) -> list[dict]:
    return [analyse(r) for r in records]
