"""The library store: one SQLite file holding everything a kiosk shows.

A library directory holds ``library.sqlite`` (this store) and ``index/`` (the
search index). The kiosk opens it read-only; only an import (a build, or sync
applying an update into a staging copy) writes, through :mod:`store_write`,
one transaction at a time.

Reads return exchange-format records (dicts, see records.py) so that every
layer above speaks one vocabulary.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from pathlib import Path
from typing import Iterator

import sqlite_utils

from kiosk_app.core import schema
from kiosk_app.core.tables import EXPORT_ORDER, TABLES

STORE_FILE = "library.sqlite"
SUMMARY_COLUMNS = ("id", "title", "issuer", "doc_number", "doc_type", "level", "region",
                   "validity", "published_date", "written_date", "series", "version_date",
                   "replaced_by")


class StoreError(Exception):
    """The library cannot be opened or read (missing, corrupt, or from a newer kiosk)."""


def store_path(path: str | Path) -> Path:
    """The SQLite file of a library directory (or the file itself when given one)."""
    path = Path(path)
    return path / STORE_FILE if path.is_dir() or path.suffix != ".sqlite" else path


class LibraryStore:
    """Read access to one library, plus the connection the writer uses.

    Use :meth:`open` for an existing library and :meth:`create` for a new one.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, readonly: bool):
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self.db = sqlite_utils.Database(conn)

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = True) -> "LibraryStore":
        """Open an existing library (directory or .sqlite file).

        A writer brings an older schema forward; a reader refuses a schema that
        is not current, since it may not write.

        Raises:
            StoreError: no library there, not a SQLite library, or a schema this
                code cannot read.
        """
        file = store_path(path)
        if not file.is_file():
            raise StoreError(f"no library store at {file}")
        try:
            if readonly:
                conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True,
                                       check_same_thread=False)
            else:
                conn = sqlite3.connect(file, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            _configure(conn, readonly=readonly)
            version = schema.schema_version(conn)
            if not readonly:
                schema.migrate(conn)
            elif version != schema.SCHEMA_VERSION:
                conn.close()
                raise StoreError(f"library store at {file} has schema {version}, this kiosk needs "
                                 f"{schema.SCHEMA_VERSION}; open it once for writing to migrate")
            conn.execute("SELECT count(*) FROM meta").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{file} is not a readable library store: {exc}") from None
        except schema.SchemaError as exc:
            raise StoreError(str(exc)) from None
        return cls(conn, file, readonly=readonly)

    @classmethod
    def create(cls, path: str | Path) -> "LibraryStore":
        """Create an empty library at ``path`` (a directory, created if needed).

        Raises:
            StoreError: a store already exists there.
        """
        directory = Path(path)
        directory.mkdir(parents=True, exist_ok=True)
        file = directory / STORE_FILE
        if file.exists():
            raise StoreError(f"a library store already exists at {file}")
        conn = sqlite3.connect(file, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        _configure(conn, readonly=False)
        schema.migrate(conn)
        return cls(conn, file, readonly=False)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "LibraryStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def directory(self) -> Path:
        return self.path.parent

    # -- metadata --------------------------------------------------------------

    def meta(self) -> dict:
        """Library identity: id, title, version (int), built_at, source, format."""
        raw = {r["key"]: r["value"] for r in self.conn.execute("SELECT key, value FROM meta")}
        out = {"id": raw.get("id", ""), "title": raw.get("title", ""),
               "version": int(raw.get("version", "0")), "built_at": raw.get("built_at", ""),
               "source": raw.get("source", ""), "format": int(raw.get("format", "1"))}
        return out

    def counts(self) -> dict:
        """Rows per record type, and documents by level and by validity."""
        by_type = {t: self.db[spec.table].count for t, spec in TABLES.items()}
        by_level = dict(self.conn.execute(
            "SELECT level, count(*) FROM documents GROUP BY level ORDER BY count(*) DESC").fetchall())
        by_validity = dict(self.conn.execute(
            "SELECT validity, count(*) FROM documents GROUP BY validity ORDER BY count(*) DESC").fetchall())
        chains = self.conn.execute(
            "SELECT count(DISTINCT series) FROM documents WHERE series IS NOT NULL").fetchone()[0]
        return {"records": by_type, "levels": by_level, "validity": by_validity,
                "revision_chains": chains}

    # -- generic records -------------------------------------------------------

    def iter_records(self, record_type: str, where: str | None = None,
                     params: tuple = ()) -> Iterator[dict]:
        """Every record of one type as exchange records, ordered by id."""
        spec = TABLES[record_type]
        sql = f"SELECT * FROM {spec.table}" + (f" WHERE {where}" if where else "") + " ORDER BY id"
        for row in self.conn.execute(sql, params):
            yield spec.record(dict(row), self._links(spec, row["id"]))

    def get(self, record_type: str, record_id: str) -> dict | None:
        return next(self.iter_records(record_type, "id = ?", (record_id,)), None)

    def _links(self, spec, owner_id: str) -> list[str] | None:
        if not spec.link_table:
            return None
        rows = self.conn.execute(
            f"SELECT document_id FROM {spec.link_table} WHERE {spec.link_owner} = ? ORDER BY position",
            (owner_id,))
        return [r[0] for r in rows]

    def iter_all(self) -> Iterator[dict]:
        """All records in export order (what points at others comes after them)."""
        for record_type in EXPORT_ORDER:
            yield from self.iter_records(record_type)

    # -- documents -------------------------------------------------------------

    def get_document(self, doc_id: str) -> dict | None:
        return self.get("document", doc_id)

    def iter_documents(self) -> Iterator[dict]:
        return self.iter_records("document")

    def summaries(self, ids: list[str]) -> list[dict]:
        """Light rows (no body) for a list of ids, in the order given; unknown ids skipped."""
        if not ids:
            return []
        cols = ", ".join(SUMMARY_COLUMNS)
        found = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT {cols} FROM documents WHERE id IN ({marks})", chunk):
                found[row["id"]] = dict(row)
        return [found[i] for i in ids if i in found]

    def latest_documents(self, limit: int = 10) -> list[dict]:
        """Newest published documents in force, for the attract loop and home screen."""
        cols = ", ".join(SUMMARY_COLUMNS)
        rows = self.conn.execute(
            f"SELECT {cols} FROM documents WHERE validity = '现行有效' AND published_date IS NOT NULL "
            "ORDER BY published_date DESC, id LIMIT ?", (limit,))
        return [dict(r) for r in rows]

    def revisions(self, doc_id: str) -> list[dict]:
        """All versions of the document's series, oldest first (just the one when it has no series)."""
        row = self.conn.execute("SELECT series FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return []
        if row["series"] is None:
            return self.summaries([doc_id])
        cols = ", ".join(SUMMARY_COLUMNS)
        rows = self.conn.execute(
            f"SELECT {cols} FROM documents WHERE series = ? "
            "ORDER BY coalesce(version_date, published_date, written_date, ''), id", (row["series"],))
        return [dict(r) for r in rows]

    def current_version(self, doc_id: str) -> str | None:
        """Follow ``replaced_by`` to the document in force now (cycles are cut)."""
        seen = set()
        current = doc_id
        while current and current not in seen:
            seen.add(current)
            row = self.conn.execute("SELECT replaced_by FROM documents WHERE id = ?", (current,)).fetchone()
            if row is None:
                return None if current == doc_id else current
            if not row["replaced_by"]:
                return current
            current = row["replaced_by"]
        return current

    def interpretations_for(self, doc_id: str) -> list[dict]:
        return list(self.iter_records("interpretation", "policy_id = ?", (doc_id,)))

    def enterprise_tags_for(self, doc_id: str) -> list[dict]:
        return list(self.iter_records("enterprise_tags", "document_id = ?", (doc_id,)))

    # -- catalogue ---------------------------------------------------------------

    def catalogue_children(self, level: str, parent_id: str | None = None) -> list[dict]:
        """Nodes of one catalogue level under ``parent_id`` (roots when None), in position order."""
        if parent_id is None:
            where, params = "level = ? AND parent_id IS NULL", (level,)
        else:
            where, params = "level = ? AND parent_id = ?", (level, parent_id)
        nodes = list(self.iter_records("catalogue_node", where, params))
        return sorted(nodes, key=lambda n: (n["position"], n["id"]))

    # -- guides, FAQ, consultations, enterprise matching ----------------------------

    def service_guides(self) -> list[dict]:
        return sorted(self.iter_records("service_guide"), key=lambda g: (g["category"], g["title"]))

    def faqs(self) -> list[dict]:
        return sorted(self.iter_records("faq"), key=lambda f: (f["topic"], f["id"]))

    def consultations(self, today: _dt.date) -> list[dict]:
        """Consultations with a derived ``status``: open first, then upcoming, then closed."""
        recs = [dict(r, status=consultation_status(r, today)) for r in self.iter_records("consultation")]
        by_end = sorted(recs, key=lambda c: (c["end_date"], c["id"]))
        # open and upcoming: soonest deadline first; closed: most recently closed first
        return ([c for c in by_end if c["status"] == "open"]
                + [c for c in by_end if c["status"] == "upcoming"]
                + [c for c in reversed(by_end) if c["status"] == "closed"])

    def vocabulary(self, name: str) -> list[str]:
        rec = self.get("vocabulary", name)
        return rec["terms"] if rec else []

    def match_enterprise(self, industry: str | None = None, size: str | None = None,
                         group: str | None = None) -> list[dict]:
        """Tagged policies that apply to a business profile; an empty tag list matches anything.

        Returns tag records each with a ``document`` summary, 免申即享 first, then newest.
        """
        out = []
        for tags in self.iter_records("enterprise_tags"):
            if not (_fits(tags["industries"], industry) and _fits(tags["enterprise_sizes"], size)
                    and _fits(tags["target_groups"], group)):
                continue
            summary = self.summaries([tags["document_id"]])
            if summary:
                out.append(dict(tags, document=summary[0]))
        # 免申即享 first, then newest; two stable sorts instead of a descending key
        out.sort(key=lambda t: t["document"]["published_date"] or "", reverse=True)
        out.sort(key=lambda t: not t["no_application"])
        return out

    def calendar_years(self) -> list[dict]:
        return sorted(self.iter_records("calendar_year"), key=lambda r: r["year"])

    def synonyms(self) -> list[dict]:
        return list(self.iter_records("synonym"))


def consultation_status(rec: dict, today: _dt.date) -> str:
    """'upcoming' before start_date, 'open' through end_date inclusive, then 'closed'."""
    day = today.isoformat()
    if day < rec["start_date"]:
        return "upcoming"
    if day <= rec["end_date"]:
        return "open"
    return "closed"


def _fits(tags: list[str], wanted: str | None) -> bool:
    return not wanted or not tags or wanted in tags


def _configure(conn: sqlite3.Connection, *, readonly: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
