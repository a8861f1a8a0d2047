"""The one writer of a library store: apply a stream of records, all or nothing.

An import is one transaction. Every record is checked; the first fifty
problems are collected with their line numbers, and if there is any problem
the transaction is rolled back and nothing of the import remains. A delta (a
header with ``base_version``) applies only on top of that exact version.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Iterable

from kiosk_app.core.records import FORMAT_VERSION, RecordError, record_key, validate
from kiosk_app.core.store import LibraryStore
from kiosk_app.core.tables import TABLES

MAX_PROBLEMS = 50


@dataclass
class Problem:
    source: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


class ImportFailed(Exception):
    """An import was refused; nothing of it was applied.

    Attributes:
        problems: what was wrong, each with its source and line (at most fifty kept).
        more: how many further problems were not kept.
    """

    def __init__(self, problems: list[Problem], more: int = 0):
        self.problems = problems
        self.more = more
        first = str(problems[0]) if problems else "unknown problem"
        extra = len(problems) - 1 + more
        super().__init__(first + (f" (and {extra} more problem(s))" if extra else ""))


@dataclass
class Problems:
    """Collects problems up to a limit and counts the rest."""

    items: list[Problem] = field(default_factory=list)
    more: int = 0

    def add(self, source: str, line: int | None, reason: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(Problem(source, line, reason))
        else:
            self.more += 1

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ImportFailed(self.items, self.more)


@dataclass
class ImportReport:
    upserted: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    header: dict | None = None
    changed_documents: list[str] = field(default_factory=list)
    deleted_documents: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.upserted.values()) + sum(self.deleted.values())


Entry = tuple[str, int | None, object]   # (source, line number, parsed record or RecordError)


def apply_records(store: LibraryStore, entries: Iterable[Entry], *,
                  problems: Problems | None = None) -> ImportReport:
    """Apply validated-or-not records to the store in one transaction.

    ``entries`` yields (source name, line number, record). A record that is a
    :class:`RecordError` instance (a line that failed to parse upstream) is
    counted as a problem. A ``library`` header updates the library metadata.

    Raises:
        ImportFailed: any record was refused; the store is unchanged.
    """
    if store.readonly:
        raise ValueError("store opened read-only")
    problems = problems if problems is not None else Problems()
    report = ImportReport()
    seen: dict[tuple[str, str], tuple[str, int | None]] = {}
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        for source, line, raw in entries:
            if isinstance(raw, RecordError):
                problems.add(source, line, raw.reason)
                continue
            try:
                rec = validate(raw)
                if rec["type"] == "library":
                    _apply_header(store, rec, report)
                    continue
                key = record_key(rec)
                if key in seen:
                    first_src, first_line = seen[key]
                    raise RecordError(f"duplicate {key[0]} id {key[1]!r} (first at "
                                      f"{first_src}:{first_line})")
                seen[key] = (source, line)
                if problems:      # keep checking the rest, but write nothing more
                    continue
                _write(conn, rec, report)
            except RecordError as exc:
                problems.add(source, line, exc.reason)
            except sqlite3.IntegrityError as exc:
                problems.add(source, line, f"refused by the store: {exc}")
        if not problems:
            _check_references(conn, seen, problems)
        problems.raise_if_any()
        conn.execute("COMMIT")
    except BaseException:
        # SQLite may already have rolled back by itself (e.g. disk full); a second
        # ROLLBACK would raise and hide the real error.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return report


def _apply_header(store: LibraryStore, rec: dict, report: ImportReport) -> None:
    if rec["format"] > FORMAT_VERSION:
        raise RecordError(f"library format {rec['format']} is newer than this kiosk reads ({FORMAT_VERSION})")
    current = store.meta()
    base = rec.get("base_version")
    if base is not None and base != current["version"]:
        raise RecordError(f"this update applies on top of version {base}, but the library is at "
                          f"version {current['version']}")
    if base is not None and current["id"] and rec["id"] != current["id"]:
        raise RecordError(f"this update is for library {rec['id']!r}, not {current['id']!r}")
    values = {"id": rec["id"], "title": rec["title"], "version": str(rec["version"]),
              "built_at": rec["built_at"], "source": rec["source"], "format": str(rec["format"])}
    store.conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value", values.items())
    report.header = rec


def _write(conn: sqlite3.Connection, rec: dict, report: ImportReport) -> None:
    if rec["type"] == "tombstone":
        spec = TABLES[rec["of"]]
        cur = conn.execute(f"DELETE FROM {spec.table} WHERE id = ?", (rec["id"],))
        report.deleted[rec["of"]] = report.deleted.get(rec["of"], 0) + cur.rowcount
        if rec["of"] == "document":
            report.deleted_documents.append(rec["id"])
        return
    spec = TABLES[rec["type"]]
    row = spec.row(rec)
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "id")
    # ON CONFLICT DO UPDATE, never REPLACE: a REPLACE deletes first and would cascade.
    conn.execute(f"INSERT INTO {spec.table} ({cols}) VALUES ({marks}) "
                 f"ON CONFLICT(id) DO UPDATE SET {updates}", tuple(row.values()))
    if spec.link_table:
        conn.execute(f"DELETE FROM {spec.link_table} WHERE {spec.link_owner} = ?", (rec["id"],))
        ids = rec[spec.link_field]
        if len(set(ids)) != len(ids):
            raise RecordError(f"{spec.link_field} lists a document twice")
        conn.executemany(
            f"INSERT INTO {spec.link_table} ({spec.link_owner}, document_id, position) VALUES (?, ?, ?)",
            [(rec["id"], doc_id, pos) for pos, doc_id in enumerate(ids)])
    report.upserted[rec["type"]] = report.upserted.get(rec["type"], 0) + 1
    if rec["type"] == "document":
        report.changed_documents.append(rec["id"])


def _check_references(conn: sqlite3.Connection, seen: dict, problems: Problems) -> None:
    """Turn deferred foreign-key violations into problems that name the line."""
    owners = {spec.table: rtype for rtype, spec in TABLES.items()}
    links = {spec.link_table: spec for spec in TABLES.values() if spec.link_table}
    for table, rowid, parent, fkid in conn.execute("PRAGMA foreign_key_check").fetchall():
        fk_cols = {r[0]: r[3] for r in conn.execute(f"PRAGMA foreign_key_list({table})")}
        column = fk_cols.get(fkid, "?")
        row = conn.execute(f"SELECT * FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        row = dict(zip([d[0] for d in conn.execute(f"SELECT * FROM {table} LIMIT 0").description], row))
        if table in links:
            spec = links[table]
            rtype, rid, field_name = spec.record_type, row[spec.link_owner], spec.link_field
        else:
            rtype, rid, field_name = owners[table], row["id"], column
        source, line = seen.get((rtype, rid), ("library", None))
        problems.add(source, line, f"{rtype} {rid!r}: {field_name} refers to missing {parent[:-1]} "
                                   f"{row[column]!r}")
