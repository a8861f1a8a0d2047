"""The outbox's receipt table: what the kiosk keeps so a lost receipt can be printed again.

The submission itself is sealed for the office, so the kiosk cannot rebuild
an application's receipt from it. Yet a crash or a printer failure between
the commit and the end of printing would otherwise leave the applicant with
nothing in hand, for an application the kiosk holds and will deliver. So the
receipt's content (:class:`kiosk_app.core.pdf.ReceiptContent` as JSON; the
applicant's name masked, no ID number) is stored beside it, encrypted with the
per-kiosk key and bound to its row, **in the same transaction** as the
submission: either both are on disk or neither.

A row lives until its receipt is printed **and** its submission is delivered
(personal data kept no longer than needed); until it is printed, staff see its
tracking code and time in the admin screen and can print it again, or discard
it when no one will come for it (the applicant photographed the screen and
left): the row goes at once, the submission stays and is delivered as usual.

The functions here run on the outbox's connection inside its transactions;
:class:`~kiosk_app.core.intake.outbox.Outbox` wraps them.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Iterable

from kiosk_app.core.deadline import SHANGHAI
from kiosk_app.core.intake.crypto import FieldCipher

SCHEMA = """
CREATE TABLE IF NOT EXISTS receipt (
    idem_key   TEXT PRIMARY KEY REFERENCES submission (idem_key) ON DELETE CASCADE,
    content    BLOB NOT NULL,
    printed_at TEXT
)
"""


@dataclass(frozen=True)
class UnprintedReceipt:
    """A stored receipt not yet printed, as the admin screen lists it (nothing personal).

    Attributes:
        idempotency_key: the submission's key (to fetch the receipt with).
        tracking_code: 12 characters, no separators.
        kind: the submission's kind (``application``).
        received_at: time of receipt, Beijing time.
    """

    idempotency_key: str
    tracking_code: str
    kind: str
    received_at: _dt.datetime


def _aad(key: str, code: str) -> bytes:
    return f"gk-receipt/1|{key}|{code}".encode()


def insert(conn: sqlite3.Connection, cipher: FieldCipher, key: str, code: str, content: dict[str, Any]) -> None:
    """Store ``content`` for the submission ``key`` (inside the caller's transaction).

    Raises:
        TypeError, ValueError: ``content`` is not JSON-serialisable.
        sqlite3.Error: the database failed.
    """
    text = json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
    conn.execute("INSERT INTO receipt (idem_key, content) VALUES (?, ?)", (key, cipher.encrypt(text, _aad(key, code))))


def load(conn: sqlite3.Connection, cipher: FieldCipher, key: str) -> dict[str, Any] | None:
    """The stored content of ``key``'s receipt, or None when there is none (any more).

    Raises:
        DecryptError: the row does not decrypt with this kiosk's key.
    """
    row = conn.execute("SELECT r.content, s.tracking_code FROM receipt r JOIN submission s USING (idem_key) "
                       "WHERE r.idem_key = ?", (key,)).fetchone()
    if row is None:
        return None
    return json.loads(cipher.decrypt(bytes(row[0]), _aad(key, row[1])))


def mark_printed(conn: sqlite3.Connection, key: str, now: _dt.datetime) -> tuple[bool, bool]:
    """Record that ``key``'s receipt is on paper; delete it when its submission is delivered too.

    Returns:
        (whether a stored receipt was marked, whether it was deleted).
    """
    marked = conn.execute("UPDATE receipt SET printed_at = ? WHERE idem_key = ? AND printed_at IS NULL",
                          (now.isoformat(), key)).rowcount
    deleted = conn.execute("DELETE FROM receipt WHERE idem_key = ? AND printed_at IS NOT NULL AND idem_key IN "
                           "(SELECT idem_key FROM submission WHERE state = 'delivered')", (key,)).rowcount
    return bool(marked), bool(deleted)


def discard(conn: sqlite3.Connection, key: str) -> bool:
    """Delete ``key``'s receipt if it was never printed; the submission is not touched.

    Returns:
        Whether an unprinted receipt was deleted (False for a printed one or none).
    """
    return bool(conn.execute("DELETE FROM receipt WHERE idem_key = ? AND printed_at IS NULL", (key,)).rowcount)


def drop_printed(conn: sqlite3.Connection, keys: Iterable[str]) -> int:
    """Delete the printed receipts of submissions just delivered; returns how many went."""
    return sum(conn.execute("DELETE FROM receipt WHERE idem_key = ? AND printed_at IS NOT NULL", (k,)).rowcount
               for k in keys)


def unprinted(conn: sqlite3.Connection) -> list[UnprintedReceipt]:
    """Receipts stored and never printed, oldest first."""
    rows = conn.execute("SELECT s.idem_key, s.tracking_code, s.kind, s.received_at FROM receipt r "
                        "JOIN submission s USING (idem_key) WHERE r.printed_at IS NULL "
                        "ORDER BY s.received_at, s.rowid").fetchall()
    return [UnprintedReceipt(k, c, kind, _dt.datetime.fromisoformat(at).astimezone(SHANGHAI))
            for k, c, kind, at in rows]
