"""A small SQLite outbox implementing sync.outbox.Outbox, standing in for the application's."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from sync.outbox import OutboxItem


class SqliteOutbox:
    def __init__(self, path: Path):
        self.conn = sqlite3.connect(path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS outbox (key TEXT PRIMARY KEY, kind TEXT, "
                          "payload BLOB, created_at TEXT)")

    def put(self, kind: str, payload: bytes, created_at: str = "2026-11-23T10:00:00+08:00",
            key: str | None = None) -> str:
        key = key or uuid.uuid4().hex
        with self.conn:
            self.conn.execute("INSERT INTO outbox VALUES (?, ?, ?, ?)", (key, kind, payload, created_at))
        return key

    def pending(self, limit: int = 50) -> list[OutboxItem]:
        rows = self.conn.execute("SELECT key, kind, payload, created_at FROM outbox ORDER BY rowid LIMIT ?",
                                 (limit,))
        return [OutboxItem(k, kind, bytes(p), c) for k, kind, p, c in rows]

    def ack(self, idempotency_key: str) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM outbox WHERE key = ?", (idempotency_key,))

    def size(self) -> int:
        return self.conn.execute("SELECT count(*) FROM outbox").fetchone()[0]


def open_outbox(data_dir) -> SqliteOutbox:
    """The factory a kiosk's ``outbox`` setting names (``tests.sync.sqlite_outbox:open_outbox``)."""
    return SqliteOutbox(Path(data_dir) / "outbox.sqlite")
