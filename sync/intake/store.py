"""SQLite storage of the intake: items (unique per kiosk and idempotency key), heartbeats, updates."""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    kiosk_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    payload BLOB NOT NULL,
    PRIMARY KEY (kiosk_id, idempotency_key)
);
CREATE TABLE IF NOT EXISTS heartbeats (
    kiosk_id TEXT PRIMARY KEY,
    received_at TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kiosk_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_by_kiosk ON updates (kiosk_id, seq);
"""


def now_iso() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


class IntakeStore:
    """One connection per request; writes are single statements or one transaction."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(path, timeout=10)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.executescript(SCHEMA)

    def close(self) -> None:
        self.conn.close()

    def add_item(self, kiosk_id: str, key: str, kind: str, created_at: str, payload: bytes) -> bool:
        """Store an item; False when this kiosk already sent that key (a retried post)."""
        with self.conn:
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO items (kiosk_id, idempotency_key, kind, created_at, received_at, payload) "
                "VALUES (?, ?, ?, ?, ?, ?)", (kiosk_id, key, kind, created_at, now_iso(), payload))
        return cur.rowcount == 1

    def items(self, kind: str | None = None, limit: int = 100) -> list[dict]:
        sql = "SELECT kiosk_id, idempotency_key, kind, created_at, received_at, length(payload) AS bytes FROM items"
        params: tuple = ()
        if kind:
            sql += " WHERE kind = ?"
            params = (kind,)
        rows = self.conn.execute(sql + " ORDER BY received_at, rowid LIMIT ?", (*params, limit))
        return [dict(r) for r in rows]

    def item(self, kiosk_id: str, key: str) -> dict | None:
        """One stored item with its (sealed) payload, or None."""
        row = self.conn.execute("SELECT kiosk_id, idempotency_key, kind, created_at, received_at, payload "
                                "FROM items WHERE kiosk_id = ? AND idempotency_key = ?", (kiosk_id, key)).fetchone()
        return dict(row, payload=bytes(row["payload"])) if row is not None else None

    def usage_items(self, kiosk_id: str = "", since: str = "", until: str = "", limit: int = 20000) -> list[dict]:
        """Stored usage days with their sealed payloads, oldest first.

        ``since``/``until`` (ISO days) pre-select by the key, which ends in the
        day (``usage-<prefix>-<YYYY-MM-DD>``); the report checks the day inside.
        """
        sql = "SELECT kiosk_id, idempotency_key, kind, created_at, payload FROM items WHERE kind = 'usage'"
        params: tuple = ()
        if kiosk_id:
            sql += " AND kiosk_id = ?"
            params += (kiosk_id,)
        if since:
            sql += " AND substr(idempotency_key, -10) >= ?"
            params += (since,)
        if until:
            sql += " AND substr(idempotency_key, -10) <= ?"
            params += (until,)
        rows = self.conn.execute(sql + " ORDER BY created_at, rowid LIMIT ?", (*params, limit))
        return [dict(r, payload=bytes(r["payload"])) for r in rows]

    def updates_of(self, kiosk_id: str, key: str) -> list[dict]:
        """The status updates the office set for one item, in order."""
        return [dict(r) for r in self.conn.execute(
            "SELECT seq, status, note, at FROM updates WHERE kiosk_id = ? AND idempotency_key = ? ORDER BY seq",
            (kiosk_id, key))]

    def has_item(self, kiosk_id: str, key: str) -> bool:
        return self.conn.execute("SELECT 1 FROM items WHERE kiosk_id = ? AND idempotency_key = ?",
                                 (kiosk_id, key)).fetchone() is not None

    def heartbeat(self, kiosk_id: str, body: dict) -> None:
        with self.conn:
            self.conn.execute("INSERT INTO heartbeats (kiosk_id, received_at, body) VALUES (?, ?, ?) "
                              "ON CONFLICT(kiosk_id) DO UPDATE SET received_at = excluded.received_at, "
                              "body = excluded.body", (kiosk_id, now_iso(), json.dumps(body, ensure_ascii=False)))

    def kiosks(self) -> list[dict]:
        rows = self.conn.execute("SELECT kiosk_id, received_at, body FROM heartbeats ORDER BY kiosk_id")
        return [{"kiosk_id": r["kiosk_id"], "received_at": r["received_at"], **json.loads(r["body"])}
                for r in rows]

    def add_update(self, kiosk_id: str, key: str, status: str, note: str) -> int:
        with self.conn:
            cur = self.conn.execute("INSERT INTO updates (kiosk_id, idempotency_key, status, note, at) "
                                    "VALUES (?, ?, ?, ?, ?)", (kiosk_id, key, status, note, now_iso()))
        return cur.lastrowid

    def updates_since(self, kiosk_id: str, since: int) -> tuple[list[dict], int]:
        rows = [dict(r) for r in self.conn.execute(
            "SELECT seq, idempotency_key, status, note, at FROM updates WHERE kiosk_id = ? AND seq > ? "
            "ORDER BY seq LIMIT 500", (kiosk_id, since))]
        cursor = rows[-1]["seq"] if rows else since
        return rows, cursor
