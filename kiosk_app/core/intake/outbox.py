"""The kiosk's outbox: submissions kept safe until the central side has them.

Order of events at the kiosk::

    review page opens  ->  key = tracking.new_idempotency_key()
    citizen taps 提交   ->  sub = outbox.submit(key, "application", app.to_payload())
                            (committed to disk when this returns)
    receipt prints     ->  receipt.build_receipt(app, sub, ...)

A submission is in SQLite **before** its receipt prints, so a receipt never
names an application the kiosk could lose. The database runs in WAL mode with
``synchronous=FULL``: a commit is on disk (the WAL fsynced) when ``submit``
returns. A second tap with the same key returns the record of the first tap,
with the same tracking code and time of receipt.

Two layers of encryption protect what waits on the kiosk (:mod:`.crypto`):

* the submission, wrapped in an envelope with its tracking code, kind and
  time of receipt, is **sealed for the disclosure office** (HPKE to the
  office's X25519 public key) inside the same transaction that stores it,
  so from then on only the office can read it: not the kiosk, not the sync
  process, not whatever carries the upload;
* the stored bytes are AES-GCM ciphertext under the **per-kiosk key**, bound
  to their row. A kiosk not yet given the office key keeps the envelope
  under this layer only and seals it the first time it hands it over.

The clear columns are only the tracking code, the kind, the time of receipt
and the state. The sync module drains the outbox through
:meth:`Outbox.pending_items` (or the ``pending``/``ack``/``size`` names of
``sync.outbox.Outbox``) and reports the office's acknowledgements with
:meth:`Outbox.mark_delivered`. The payload is then deleted
(``secure_delete`` zeroes the freed space; the WAL is checkpointed and
truncated), leaving a stub for the status lookup, to which
:meth:`Outbox.apply_status_updates` adds the office's news.

An application's receipt content can be stored with it, in the same
transaction (``submit(..., receipt=build)``), so a receipt lost to a crash or
a printer fault between the commit and the paper can be printed again by
staff (:mod:`.outbox_receipts`).

Schema versions: 1, the submissions and status updates; 2 adds the receipt
table. An older database is upgraded in place when opened (one transaction).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import logging
import os
import re
import secrets
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from typing import Any, Callable, Iterable, Iterator

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from kiosk_app.core.deadline import SHANGHAI
from kiosk_app.core.fsutil import fsync_dir
from kiosk_app.core.intake import outbox_receipts, tracking
from kiosk_app.core.intake.crypto import FieldCipher, load_office_key, seal, seal_info
from kiosk_app.core.intake.outbox_receipts import UnprintedReceipt
from kiosk_app.core.intake.status import KIND_LABELS, StatusRecord, StatusUpdate, parse_update

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
ENVELOPE = "gk-outbox/1"
_KEY_RE = re.compile(r"^[A-Za-z0-9_\-]{8,64}$")
_CODE_ATTEMPTS = 50

_SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS submission (
    idem_key      TEXT PRIMARY KEY,
    tracking_code TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('pending', 'delivered')),
    payload       BLOB,
    sealed        INTEGER NOT NULL DEFAULT 0,
    delivered_at  TEXT,
    CHECK ((state = 'pending') = (payload IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS submission_pending ON submission (state, received_at);
CREATE TABLE IF NOT EXISTS status_update (
    tracking_code TEXT NOT NULL REFERENCES submission (tracking_code) ON DELETE CASCADE,
    update_id     TEXT NOT NULL,
    status        TEXT NOT NULL,
    label         TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    at            TEXT NOT NULL,
    due           TEXT,
    PRIMARY KEY (tracking_code, update_id)
);
"""
# _MIGRATIONS[n] takes a database from version n to n + 1 (0: a new file).
_MIGRATIONS = {0: _SCHEMA_V1, 1: outbox_receipts.SCHEMA}


class OutboxError(Exception):
    """The outbox cannot do what was asked (bad arguments, or a database of another version)."""


@dataclass(frozen=True)
class Submission:
    """A stored submission, as the receipt needs it.

    Attributes:
        tracking_code: 12 characters, no separators (see :mod:`.tracking`).
        idempotency_key: the key the review page made.
        kind: ``application``, ``opinion`` or ``suggestion``.
        received_at: when it was stored, Beijing time.
        created: False when the key was already stored (a double tap).
    """

    tracking_code: str
    idempotency_key: str
    kind: str
    received_at: _dt.datetime
    created: bool


@dataclass(frozen=True)
class OutboxItem:
    """One submission waiting for upload.

    Attributes:
        idempotency_key: the key the central side deduplicates on.
        tracking_code: the code on the citizen's receipt.
        kind: ``application``, ``opinion`` or ``suggestion``.
        received_at: ISO 8601 time of receipt, +08:00.
        payload: the envelope sealed for the office; it opens with
            ``crypto.open_sealed(office_private_key, payload,
            crypto.seal_info(idempotency_key, kind))`` into JSON with
            ``envelope``, ``idempotency_key``, ``tracking_code``, ``kind``,
            ``received_at``, ``kiosk_prefix`` and ``form`` (the submission).
    """

    idempotency_key: str
    tracking_code: str
    kind: str
    received_at: str
    payload: bytes

    @property
    def created_at(self) -> str:
        """``received_at`` under the name ``sync.outbox.OutboxItem`` uses."""
        return self.received_at


@dataclass(frozen=True)
class UpdateReport:
    """What :meth:`Outbox.apply_status_updates` did with a batch."""

    applied: int = 0
    duplicate: int = 0
    unknown: int = 0
    invalid: int = 0


def _aad(key: str, code: str, kind: str) -> bytes:
    return f"gk-outbox/1|{key}|{code}|{kind}".encode()


def _time(text: str) -> _dt.datetime:
    return _dt.datetime.fromisoformat(text).astimezone(SHANGHAI)


class Outbox:
    """Submissions stored on the kiosk until delivered; see the module docstring.

    Args:
        db_path: the SQLite file (created with its tables if missing).
        cipher: the kiosk's cipher (``FieldCipher.from_key_file(path)``).
        kiosk_prefix: the 3-character prefix of this kiosk's tracking codes.
        office_key: the disclosure office's public key, or None until the
            kiosk is given one (submissions are then sealed at hand-over).
        clock: returns the current time, time-zone aware.
        randbelow: the random source for tracking codes.

    Raises:
        OutboxError: the prefix is malformed or the database is of a newer version.
        sqlite3.Error: the database cannot be opened.
    """

    def __init__(self, db_path: str | os.PathLike, cipher: FieldCipher, kiosk_prefix: str, *,
                 office_key: X25519PublicKey | None = None,
                 clock: Callable[[], _dt.datetime] | None = None,
                 randbelow: Callable[[int], int] = secrets.randbelow):
        try:
            self.prefix = tracking.check_prefix(kiosk_prefix)
        except tracking.TrackingError as exc:
            raise OutboxError(str(exc)) from None
        self.path = Path(db_path)
        self._cipher = cipher
        self._office_key = office_key
        self._clock = clock or (lambda: _dt.datetime.now(SHANGHAI))
        self._randbelow = randbelow
        self._lock = threading.Lock()
        new = not self.path.exists()
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=10)
        try:
            self._setup()
        except BaseException:
            self._conn.close()
            raise
        if new:
            fsync_dir(self.path.parent)

    @classmethod
    def open(cls, db_path: str | os.PathLike, key_path: str | os.PathLike, kiosk_prefix: str, *,
             office_key_path: str | os.PathLike | None = None, **kwargs: Any) -> "Outbox":
        """An outbox with the kiosk key at ``key_path`` (created on first use).

        Args:
            db_path: the SQLite file.
            key_path: the kiosk key file.
            kiosk_prefix: the kiosk's tracking-code prefix.
            office_key_path: the office's public key (PEM), if provisioned.
            **kwargs: passed to the constructor (``clock``, ``randbelow``).

        Raises:
            KeyFileError: a key file cannot be read or created.
            OutboxError: as the constructor.
        """
        office = load_office_key(office_key_path) if office_key_path else None
        return cls(db_path, FieldCipher.from_key_file(key_path), kiosk_prefix, office_key=office, **kwargs)

    def _setup(self) -> None:
        c = self._conn
        c.execute("PRAGMA busy_timeout = 10000")
        mode = c.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise OutboxError(f"{self.path}: cannot use WAL journal mode (got {mode})")
        c.execute("PRAGMA synchronous = FULL")
        c.execute("PRAGMA secure_delete = ON")
        c.execute("PRAGMA foreign_keys = ON")
        version = c.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise OutboxError(f"{self.path} has outbox schema {version}; this program knows {SCHEMA_VERSION}")
        if version < SCHEMA_VERSION:
            with self._write() as w:
                for step in range(version, SCHEMA_VERSION):
                    for statement in filter(str.strip, _MIGRATIONS[step].split(";")):
                        w.execute(statement)
                w.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            if version:
                log.info("outbox %s upgraded from schema %d to %d", self.path, version, SCHEMA_VERSION)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so it never fails half-way on a lock."""
        with self._lock:
            c = self._conn
            c.execute("BEGIN IMMEDIATE")
            try:
                yield c
                c.execute("COMMIT")
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> "Outbox":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- taking submissions ------------------------------------------------------------

    def submit(self, idempotency_key: str, kind: str, payload: dict[str, Any], *,
               receipt: Callable[[Submission], dict[str, Any]] | None = None) -> Submission:
        """Store a submission durably, once per key.

        Returns only after the commit is on disk; the receipt may print then.
        The same key again returns the stored record (``created`` False) and
        ignores the new payload (``receipt`` is not called).

        Args:
            idempotency_key: made when the review page opened (8-64 of
                ``A-Za-z0-9_-``; :func:`tracking.new_idempotency_key`).
            kind: ``application``, ``opinion`` or ``suggestion``.
            payload: the checked form (``to_payload()``), JSON-serialisable.
            receipt: builds the receipt's content (JSON-serialisable) from the
                new submission; called inside the transaction, so the receipt
                is stored with the submission or neither is. Keep it quick:
                the write lock is held.

        Raises:
            OutboxError: a malformed key, an unknown kind, or a payload or
                receipt that is not JSON-serialisable.
            sqlite3.Error: the database failed (disk full, I/O error); nothing
                was stored.
            Exception: whatever ``receipt`` raised; nothing was stored.
        """
        if not isinstance(idempotency_key, str) or not _KEY_RE.match(idempotency_key):
            raise OutboxError("idempotency key must be 8-64 characters of A-Z a-z 0-9 _ -")
        if kind not in KIND_LABELS:
            raise OutboxError(f"unknown submission kind {kind!r}")
        try:
            json.dumps(payload)
        except (TypeError, ValueError) as exc:
            raise OutboxError(f"payload is not JSON-serialisable: {exc}") from None
        with self._write() as c:
            row = c.execute("SELECT tracking_code, kind, received_at FROM submission WHERE idem_key = ?",
                            (idempotency_key,)).fetchone()
            if row is not None:
                return Submission(row[0], idempotency_key, row[1], _time(row[2]), created=False)
            received = self._clock().astimezone(SHANGHAI).replace(microsecond=0)
            code = self._insert(idempotency_key, kind, received, payload)
            sub = Submission(code, idempotency_key, kind, received, created=True)
            if receipt is not None:
                content = receipt(sub)
                try:
                    outbox_receipts.insert(c, self._cipher, idempotency_key, code, content)
                except (TypeError, ValueError) as exc:
                    raise OutboxError(f"receipt content is not JSON-serialisable: {exc}") from None
        return sub

    def _insert(self, key: str, kind: str, received: _dt.datetime, payload: dict[str, Any]) -> str:
        for _ in range(_CODE_ATTEMPTS):
            code = tracking.new_code(self.prefix, randbelow=self._randbelow)
            envelope = json.dumps({"envelope": ENVELOPE, "idempotency_key": key, "tracking_code": code,
                                   "kind": kind, "received_at": received.isoformat(),
                                   "kiosk_prefix": self.prefix, "form": payload},
                                  ensure_ascii=False, sort_keys=True).encode("utf-8")
            sealed = self._office_key is not None
            inner = seal(self._office_key, envelope, seal_info(key, kind)) if sealed else envelope
            blob = self._cipher.encrypt(inner, _aad(key, code, kind))
            try:
                self._conn.execute(
                    "INSERT INTO submission (idem_key, tracking_code, kind, received_at, state, payload, sealed) "
                    "VALUES (?, ?, ?, ?, 'pending', ?, ?)", (key, code, kind, received.isoformat(), blob, sealed))
                return code
            except sqlite3.IntegrityError:
                if self._conn.execute("SELECT 1 FROM submission WHERE tracking_code = ?", (code,)).fetchone():
                    log.info("tracking code collision on this kiosk; drawing another")
                    continue
                raise
        raise OutboxError(f"no free tracking code after {_CODE_ATTEMPTS} draws: is the random source broken?")

    def get(self, idempotency_key: str) -> Submission | None:
        """The submission stored under a key, or None."""
        with self._lock:
            row = self._conn.execute("SELECT tracking_code, kind, received_at FROM submission "
                                     "WHERE idem_key = ?", (idempotency_key,)).fetchone()
        if row is None:
            return None
        return Submission(row[0], idempotency_key, row[1], _time(row[2]), created=False)

    # -- receipts kept for a reprint ---------------------------------------------------

    def stored_receipt(self, idempotency_key: str) -> dict[str, Any] | None:
        """The receipt content stored with a submission, or None (none stored, or already gone).

        Raises:
            DecryptError: the stored receipt does not decrypt with the kiosk key.
        """
        with self._lock:
            return outbox_receipts.load(self._conn, self._cipher, idempotency_key)

    def mark_receipt_printed(self, idempotency_key: str) -> bool:
        """The receipt of this submission is on paper; it is deleted once the submission is delivered.

        Marking twice, or a key without a stored receipt, changes nothing.

        Returns:
            Whether an unprinted receipt was marked.

        Raises:
            sqlite3.Error: the database failed; nothing changed.
        """
        now = self._clock().astimezone(SHANGHAI).replace(microsecond=0)
        with self._write() as c:
            marked, deleted = outbox_receipts.mark_printed(c, idempotency_key, now)
        if deleted:
            with self._lock:
                self._checkpoint()
        return marked

    def discard_receipt(self, idempotency_key: str) -> bool:
        """Delete the unprinted receipt of this submission (no reprint wanted); the submission stays.

        Returns:
            Whether an unprinted receipt was deleted.

        Raises:
            sqlite3.Error: the database failed; nothing changed.
        """
        with self._write() as c:
            deleted = outbox_receipts.discard(c, idempotency_key)
        if deleted:
            with self._lock:
                self._checkpoint()
        return deleted

    def unprinted_receipts(self) -> list[UnprintedReceipt]:
        """Stored receipts never marked printed, oldest first (tracking code and time only)."""
        with self._lock:
            return outbox_receipts.unprinted(self._conn)

    # -- the sync module's side --------------------------------------------------------

    def pending_items(self, limit: int = 50) -> list[OutboxItem]:
        """Up to ``limit`` submissions not yet delivered, oldest first, sealed for the office.

        Items stored before the kiosk had the office key are sealed now, and
        stored sealed.

        Raises:
            OutboxError: an item is not sealed yet and no office key is configured.
            DecryptError: a stored payload does not decrypt with the kiosk key.
        """
        items = []
        with self._write() as c:
            rows = c.execute("SELECT idem_key, tracking_code, kind, received_at, payload, sealed FROM submission "
                             "WHERE state = 'pending' ORDER BY received_at, rowid LIMIT ?",
                             (max(int(limit), 0),)).fetchall()
            for key, code, kind, received, blob, sealed in rows:
                inner = self._cipher.decrypt(bytes(blob), _aad(key, code, kind))
                if not sealed:
                    if self._office_key is None:
                        raise OutboxError("no office public key is configured: pending submissions "
                                          "cannot be sealed for upload")
                    inner = seal(self._office_key, inner, seal_info(key, kind))
                    c.execute("UPDATE submission SET payload = ?, sealed = 1 WHERE idem_key = ?",
                              (self._cipher.encrypt(inner, _aad(key, code, kind)), key))
                items.append(OutboxItem(key, code, kind, received, inner))
        return items

    def pending(self, limit: int = 50) -> list[OutboxItem]:
        """:meth:`pending_items` under the name of the ``sync.outbox.Outbox`` protocol."""
        return self.pending_items(limit)

    def ack(self, idempotency_key: str) -> None:
        """The office stored this item: :meth:`mark_delivered` for one key (a no-op when done)."""
        self.mark_delivered([idempotency_key])

    def size(self) -> int:
        """How many submissions wait for upload."""
        return self.counts()["pending"]

    def mark_delivered(self, keys: Iterable[str]) -> int:
        """Record that the central side acknowledged these submissions, and erase their personal data.

        Unknown or already delivered keys are ignored, so a repeated
        acknowledgement is harmless.

        Returns:
            How many submissions changed to ``delivered``.

        Raises:
            sqlite3.Error: the database failed; nothing changed.
        """
        keys = list(keys)
        now = self._clock().astimezone(SHANGHAI).replace(microsecond=0).isoformat()
        changed = 0
        with self._write() as c:
            for key in keys:
                changed += c.execute("UPDATE submission SET state = 'delivered', payload = NULL, "
                                     "delivered_at = ? WHERE idem_key = ? AND state = 'pending'",
                                     (now, key)).rowcount
            outbox_receipts.drop_printed(c, keys)      # printed and now delivered: not needed
        if changed:
            with self._lock:
                self._checkpoint()
        return changed

    def _checkpoint(self) -> None:
        """Copy the WAL into the database and truncate it, so erased payloads leave no copy there."""
        busy, _, _ = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            log.warning("outbox checkpoint blocked by a reader; erased payloads stay in the WAL until the next one")

    def apply_status_updates(self, updates: Iterable[object]) -> UpdateReport:
        """Store status updates from the central side (see :func:`status.parse_update`).

        An update names its submission by tracking code or by idempotency key.
        Malformed updates and updates for submissions this kiosk does not hold
        are counted and skipped; an update already stored is a duplicate.
        """
        applied = duplicate = unknown = invalid = 0
        parsed: list[StatusUpdate] = []
        for raw in updates:
            try:
                parsed.append(parse_update(raw))
            except ValueError as exc:
                invalid += 1
                log.warning("status update skipped: %s", exc)
        with self._write() as c:
            for u in parsed:
                if u.tracking_code:
                    row = c.execute("SELECT tracking_code FROM submission WHERE tracking_code = ?",
                                    (u.tracking_code,)).fetchone()
                else:
                    row = c.execute("SELECT tracking_code FROM submission WHERE idem_key = ?",
                                    (u.idempotency_key,)).fetchone()
                if row is None:
                    unknown += 1
                    continue
                u = dataclasses.replace(u, tracking_code=row[0])
                n = c.execute(
                    "INSERT OR IGNORE INTO status_update (tracking_code, update_id, status, label, note, at, due) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (u.tracking_code, u.update_id, u.status, u.label, u.note, u.at.isoformat(),
                     u.due.isoformat() if u.due else None)).rowcount
                applied += n
                duplicate += 1 - n
        return UpdateReport(applied, duplicate, unknown, invalid)

    # -- lookup and housekeeping -------------------------------------------------------

    def lookup(self, tracking_code: str) -> StatusRecord | None:
        """The stub and status history of a code (12 characters, from ``tracking.parse_code``)."""
        with self._lock:
            row = self._conn.execute("SELECT tracking_code, kind, received_at, state, delivered_at "
                                     "FROM submission WHERE tracking_code = ?", (tracking_code,)).fetchone()
            if row is None:
                return None
            ups = self._conn.execute("SELECT update_id, status, at, label, note, due FROM status_update "
                                     "WHERE tracking_code = ? ORDER BY at, rowid", (tracking_code,)).fetchall()
        updates = tuple(StatusUpdate(tracking_code, u[0], u[1], _time(u[2]), u[3], u[4],
                                     _dt.date.fromisoformat(u[5]) if u[5] else None) for u in ups)
        return StatusRecord(row[0], row[1], _time(row[2]), row[3], _time(row[4]) if row[4] else None, updates)

    def counts(self) -> dict[str, int]:
        """How many submissions are ``pending`` and ``delivered`` (for the admin screen)."""
        with self._lock:
            rows = self._conn.execute("SELECT state, COUNT(*) FROM submission GROUP BY state").fetchall()
        return {"pending": 0, "delivered": 0, **dict(rows)}

    def prune(self, delivered_before: _dt.datetime) -> int:
        """Delete the stubs (and status history) of submissions delivered before a time.

        Pending submissions are never pruned. The kiosk's retention setting
        decides the time (e.g. a year, long after the reply is due).

        Returns:
            How many stubs were deleted.
        """
        cutoff = delivered_before.astimezone(SHANGHAI).isoformat()
        with self._write() as c:
            n = c.execute("DELETE FROM submission WHERE state = 'delivered' AND delivered_at < ?",
                          (cutoff,)).rowcount
        if n:
            with self._lock:
                self._checkpoint()
        return n
