"""Anonymous usage events, kept in a small local SQLite file for the disclosure office.

The office wants to know what people look for and fail to find (so it can move
frequently requested topics from on-application to proactive disclosure),
which documents are read, and how many pages are printed. None of that needs to
know who asked, so events carry no identity, no session id that outlives a
visit, and query text is scrubbed of anything that looks like an identity
number, a phone number or an e-mail address before it is stored.

Event kinds: ``visit`` (a visit began), ``query`` (text + result count),
``open`` (document id), ``print`` (document id + pages), ``apply`` (an
application flow was started), and one per submission stored at the kiosk:
``applied`` (an application), ``opinion`` (an opinion on a draft),
``suggestion`` (a general suggestion) - a count only, never what was written,
who wrote it or the tracking code.
"""

from __future__ import annotations

import datetime as _dt
import re
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

USAGE_FILE = "usage.sqlite"
MAX_QUERY_CHARS = 60
KINDS = ("visit", "query", "open", "print", "apply", "applied", "opinion", "suggestion")
# The event of a stored submission, by the outbox's kind of submission.
SUBMITTED = {"application": "applied", "opinion": "opinion", "suggestion": "suggestion"}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    day TEXT NOT NULL,
    kind TEXT NOT NULL,
    query TEXT,
    results INTEGER,
    doc_id TEXT,
    pages INTEGER
);
CREATE INDEX IF NOT EXISTS events_day ON events(day, kind);
"""

# Unified social credit codes, long digit runs (ID card, phone, bank card), e-mail addresses.
# Order matters: the credit code holds a digit run the second pattern would cut in half.
_PERSONAL = (
    re.compile(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", re.IGNORECASE),
    re.compile(r"[0-9０-９]{6,}[0-9０-９XxＸｘ]?"),
    re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+-]*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+"),
)


def _now() -> _dt.datetime:
    return _dt.datetime.now().astimezone()


def scrub_query(text: str) -> str:
    """Query text fit to keep: personal-looking numbers and addresses masked, length capped."""
    out = " ".join(text.split())
    for rx in _PERSONAL:
        out = rx.sub("＊", out)
    return out[:MAX_QUERY_CHARS]


@dataclass
class DayFigures:
    """One day's counts, as the admin screen shows them."""

    day: str
    visits: int = 0
    queries: int = 0
    zero_results: int = 0
    opens: int = 0
    prints: int = 0
    pages_printed: int = 0
    applications: int = 0
    applications_submitted: int = 0
    opinions: int = 0
    suggestions: int = 0
    top_queries: list[tuple[str, int]] = field(default_factory=list)
    top_zero_queries: list[tuple[str, int]] = field(default_factory=list)
    top_documents: list[tuple[str, int]] = field(default_factory=list)


class UsageLog:
    """Append-only event log with daily figures.

    Args:
        path: the SQLite file (created when missing).
        clock: returns the current aware datetime; tests pass a fixed one.
    """

    def __init__(self, path: str | Path, clock: Callable[[], _dt.datetime] = _now):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._clock = clock
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- recording ----------------------------------------------------------------

    def _add(self, kind: str, *, query: str | None = None, results: int | None = None,
             doc_id: str | None = None, pages: int | None = None) -> None:
        now = self._clock()
        with self._lock:
            self._conn.execute(
                "INSERT INTO events (at, day, kind, query, results, doc_id, pages) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (now.isoformat(timespec="seconds"), now.date().isoformat(), kind, query, results,
                 doc_id, pages))

    def visit(self) -> None:
        self._add("visit")

    def query(self, text: str, results: int) -> None:
        """Record a search the visitor settled on; empty text is ignored."""
        clean = scrub_query(text)
        if clean.strip("＊ "):
            self._add("query", query=clean, results=max(0, int(results)))

    def opened(self, doc_id: str) -> None:
        self._add("open", doc_id=doc_id)

    def printed(self, doc_id: str, pages: int) -> None:
        self._add("print", doc_id=doc_id, pages=max(0, int(pages)))

    def application_started(self) -> None:
        self._add("apply")

    def submitted(self, kind: str) -> None:
        """One submission of ``kind`` (``application``, ``opinion``, ``suggestion``) was stored.

        Only that it happened is kept: no content, no tracking code.

        Raises:
            ValueError: an unknown kind.
        """
        if kind not in SUBMITTED:
            raise ValueError(f"unknown submission kind {kind!r} (known: {', '.join(SUBMITTED)})")
        self._add(SUBMITTED[kind])

    # -- reading ------------------------------------------------------------------

    def figures(self, day: _dt.date | None = None, *, top: int = 5) -> DayFigures:
        """Counts for ``day`` (today by the log's clock when None)."""
        key = (day or self._clock().date()).isoformat()
        with self._lock:
            rows = dict(self._conn.execute(
                "SELECT kind, count(*) FROM events WHERE day = ? GROUP BY kind", (key,)).fetchall())
            zero = self._conn.execute(
                "SELECT count(*) FROM events WHERE day = ? AND kind = 'query' AND results = 0",
                (key,)).fetchone()[0]
            pages = self._conn.execute(
                "SELECT coalesce(sum(pages), 0) FROM events WHERE day = ? AND kind = 'print'",
                (key,)).fetchone()[0]
            top_q = self._top("query", "query", key, top)
            top_zero = self._top("query", "query", key, top, "AND results = 0")
            top_docs = self._top("open", "doc_id", key, top)
        return DayFigures(day=key, visits=rows.get("visit", 0), queries=rows.get("query", 0),
                          zero_results=zero, opens=rows.get("open", 0), prints=rows.get("print", 0),
                          pages_printed=pages, applications=rows.get("apply", 0),
                          applications_submitted=rows.get("applied", 0), opinions=rows.get("opinion", 0),
                          suggestions=rows.get("suggestion", 0),
                          top_queries=top_q, top_zero_queries=top_zero, top_documents=top_docs)

    def _top(self, kind: str, column: str, day: str, limit: int, extra: str = "") -> list[tuple[str, int]]:
        sql = (f"SELECT {column}, count(*) AS n FROM events WHERE day = ? AND kind = ? {extra} "
               f"GROUP BY {column} ORDER BY n DESC, {column} LIMIT ?")
        return [(r[0], r[1]) for r in self._conn.execute(sql, (day, kind, limit))]

    def popular_queries(self, since: _dt.date, limit: int = 200) -> dict[str, int]:
        """Query text → times asked since ``since``, for search suggestions (zero-result ones left out)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT query, count(*) AS n FROM events WHERE kind = 'query' AND day >= ? "
                "AND results > 0 GROUP BY query ORDER BY n DESC, query LIMIT ?",
                (since.isoformat(), limit)).fetchall()
        return {q: n for q, n in rows}

    def now(self) -> _dt.datetime:
        """The log's clock: what "today" means for its figures."""
        return self._clock()

    def finished_days(self) -> list[_dt.date]:
        """Days before today (by the log's clock) that have events, oldest first.

        A day is finished once the log's clock has passed midnight, so its
        figures can no longer change; these are the days sync may report to
        the office (see :mod:`kiosk_app.core.intake.upstream`).
        """
        today = self._clock().date().isoformat()
        with self._lock:
            rows = self._conn.execute("SELECT DISTINCT day FROM events WHERE day < ? ORDER BY day",
                                      (today,)).fetchall()
        return [_dt.date.fromisoformat(r[0]) for r in rows]

    def prune(self, keep_days: int = 400) -> int:
        """Delete events older than ``keep_days``; returns how many went."""
        cutoff = (self._clock().date() - _dt.timedelta(days=keep_days)).isoformat()
        with self._lock:
            cur = self._conn.execute("DELETE FROM events WHERE day < ?", (cutoff,))
        return cur.rowcount
