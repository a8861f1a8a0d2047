"""The kiosk's intake desk: one object the screens use to take and look up submissions.

It ties the Qt-free parts together for a kiosk's data directory:

* where things live (:class:`IntakePaths`: ``DATA/intake/``, readable by the
  kiosk user only) - the outbox database, the per-kiosk key, the office's
  public key and ``intake.json`` (tracking-code prefix and receipt details,
  written by provisioning);
* submitting an application, an opinion or a suggestion to the outbox, and
  building the application's receipt content from what was stored;
* keeping that receipt (encrypted, stored with the application) until it is
  printed, so staff can print one lost to a crash or a printer fault (or
  discard it when no one will come for it);
* the status lookup by tracking code, with a limit on failed attempts so the
  codes cannot be guessed at the kiosk;
* status updates that sync leaves in ``DATA/application-status.json``, folded
  into the outbox before a lookup.

The screens never touch the outbox directly, so sync (which drains it from
another process, see :mod:`kiosk_app.core.intake.upstream`) and the UI agree
on one layout.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import logging
import os
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from kiosk_app.core.deadline import SHANGHAI
from kiosk_app.core.intake import tracking
from kiosk_app.core.intake.form import Application
from kiosk_app.core.intake.opinion import Opinion, Suggestion
from kiosk_app.core.intake.outbox import Outbox, OutboxError, Submission
from kiosk_app.core.intake.outbox_receipts import UnprintedReceipt
from kiosk_app.core.intake.receipt import ReceiptSettings, build_receipt
from kiosk_app.core.intake.status import StatusView, describe
from kiosk_app.core.pdf.receipt import ReceiptContent
from kiosk_app.core.workdays import WorkdayCalendar

log = logging.getLogger(__name__)

#: Prefix of an unprovisioned kiosk's tracking codes; provisioning assigns the real one.
UNASSIGNED_PREFIX = "DEV"
#: Sync writes the office's status updates here (``sync.client.upstream.UPDATES_FILE``).
STATUS_UPDATES_FILE = "application-status.json"


class IntakeError(Exception):
    """The intake cannot work on this kiosk (bad configuration or key files)."""


class ReceiptGone(LookupError):
    """No receipt is stored for that key: it was printed and delivered, or never stored."""


class LookupRefused(Exception):
    """Too many failed lookups in a short time; try again after ``wait_s`` seconds."""

    def __init__(self, wait_s: int):
        super().__init__(f"status lookup paused for {wait_s} s after repeated unknown codes")
        self.wait_s = wait_s


@dataclass(frozen=True)
class IntakePaths:
    """The files of the intake under a kiosk data directory."""

    data_dir: Path

    @property
    def folder(self) -> Path:
        return Path(self.data_dir) / "intake"

    @property
    def outbox(self) -> Path:
        return self.folder / "outbox.sqlite"

    @property
    def kiosk_key(self) -> Path:
        return self.folder / "kiosk.key"

    @property
    def office_key(self) -> Path:
        return self.folder / "office-key.pem"

    @property
    def config(self) -> Path:
        return self.folder / "intake.json"

    @property
    def status_updates(self) -> Path:
        return Path(self.data_dir) / STATUS_UPDATES_FILE


@dataclass(frozen=True)
class IntakeConfig:
    """What provisioning tells the intake (``intake.json``); every field has a default.

    Attributes:
        tracking_prefix: this kiosk's 3-character tracking-code prefix.
        provisioned: the prefix came from provisioning (not the default).
        status_url: address for the receipt's QR code with ``{code}``, or "".
        office: the organ that answers applications made here.
        phone: consultation phone printed on receipts.
        office_closes_at: "HH:MM" after which an application counts as received
            on the next working day, or None.
    """

    tracking_prefix: str = UNASSIGNED_PREFIX
    provisioned: bool = False
    status_url: str = ""
    office: str = ""
    phone: str = ""
    office_closes_at: _dt.time | None = None

    @classmethod
    def load(cls, path: Path) -> "IntakeConfig":
        """Read ``intake.json``; a missing file gives the unprovisioned defaults.

        Raises:
            IntakeError: the file exists but is unreadable or invalid.
        """
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            raise IntakeError(f"cannot read {path}: {exc}") from None
        if not isinstance(raw, dict):
            raise IntakeError(f"{path}: expected a JSON object")
        try:
            prefix = tracking.check_prefix(raw.get("tracking_prefix", ""))
            closes = raw.get("office_closes_at") or None
            return cls(tracking_prefix=prefix, provisioned=True,
                       status_url=str(raw.get("status_url", "")), office=str(raw.get("office", "")),
                       phone=str(raw.get("phone", "")),
                       office_closes_at=_dt.time.fromisoformat(closes) if closes else None)
        except (tracking.TrackingError, ValueError, TypeError) as exc:
            raise IntakeError(f"{path}: {exc}") from None

    def to_json(self) -> dict[str, Any]:
        return {"tracking_prefix": self.tracking_prefix, "status_url": self.status_url, "office": self.office,
                "phone": self.phone,
                "office_closes_at": self.office_closes_at.strftime("%H:%M") if self.office_closes_at else ""}


class LookupLimiter:
    """At most ``max_failures`` unknown codes per ``window_s`` seconds, kiosk-wide.

    A code has 8 random characters of a 29-letter alphabet, so guessing is
    already hopeless; the limit stops a script on the touch screen from trying.
    """

    def __init__(self, max_failures: int = 10, window_s: float = 600.0,
                 monotonic: Callable[[], float] = time.monotonic):
        self.max_failures = max_failures
        self.window_s = window_s
        self._monotonic = monotonic
        self._failures: deque[float] = deque()

    def _expire(self, now: float) -> None:
        while self._failures and now - self._failures[0] >= self.window_s:
            self._failures.popleft()

    def check(self) -> None:
        """Raises LookupRefused while the limit is reached."""
        now = self._monotonic()
        self._expire(now)
        if len(self._failures) >= self.max_failures:
            raise LookupRefused(max(1, int(self._failures[0] + self.window_s - now + 0.999)))

    def failed(self) -> None:
        self._failures.append(self._monotonic())


class KioskIntake:
    """Submissions and lookups of one kiosk (see the module docstring).

    Args:
        outbox: the opened outbox.
        config: the provisioned intake settings.
        paths: where its files are.
        hall_name: printed on receipts.
        calendar: returns the working-day calendar (the library's holiday
            table can change with a sync, so it is asked for each time).
        clock: the time, zone-aware (receipts' print time, "today" of lookups).
        limiter: the lookup limit.
    """

    def __init__(self, outbox: Outbox, config: IntakeConfig, paths: IntakePaths, *, hall_name: str = "",
                 calendar: Callable[[], WorkdayCalendar] = WorkdayCalendar,
                 clock: Callable[[], _dt.datetime] | None = None, limiter: LookupLimiter | None = None):
        self.outbox = outbox
        self.config = config
        self.paths = paths
        self.hall_name = hall_name
        self._calendar = calendar
        self._clock = clock or (lambda: _dt.datetime.now(SHANGHAI))
        self.limiter = limiter or LookupLimiter()
        self._updates_seen: float | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, data_dir: str | os.PathLike, **kwargs: Any) -> "KioskIntake":
        """The intake of the kiosk whose data directory is ``data_dir`` (created on first use).

        Raises:
            IntakeError: unreadable configuration, key files or database.
        """
        paths = IntakePaths(Path(data_dir))
        config = IntakeConfig.load(paths.config)
        try:
            paths.folder.mkdir(parents=True, exist_ok=True)
            os.chmod(paths.folder, 0o700)
            office = paths.office_key if paths.office_key.exists() else None
            clock = kwargs.get("clock")
            outbox = Outbox.open(paths.outbox, paths.kiosk_key, config.tracking_prefix,
                                 office_key_path=office, **({"clock": clock} if clock else {}))
        except (OSError, OutboxError, Exception) as exc:  # KeyFileError, sqlite3.Error, CryptoError
            raise IntakeError(f"cannot open the intake in {paths.folder}: {exc}") from exc
        if not config.provisioned:
            log.warning("intake: no %s; tracking codes use the unassigned prefix %s",
                        paths.config, UNASSIGNED_PREFIX)
        return cls(outbox, config, paths, **kwargs)

    def close(self) -> None:
        self.outbox.close()

    # -- submitting -----------------------------------------------------------------

    @staticmethod
    def new_key() -> str:
        """An idempotency key, made when the review page opens (a double tap reuses it)."""
        return tracking.new_idempotency_key()

    def receipt_settings(self) -> ReceiptSettings:
        c = self.config
        return ReceiptSettings(hall_name=self.hall_name, status_url=c.status_url, office=c.office,
                               phone=c.phone, office_closes_at=c.office_closes_at)

    def submit_application(self, key: str, app: Application) -> tuple[Submission, ReceiptContent]:
        """Store ``app`` and its receipt durably; the same key again returns the first record.

        The receipt's content is built from the new submission and stored with
        it in one transaction, so it can be printed again until
        :meth:`receipt_printed` is called for ``key``.

        Raises:
            OutboxError, sqlite3.Error: nothing was stored (no receipt may print).
        """
        calendar, settings = self._calendar(), self.receipt_settings()
        built: list[ReceiptContent] = []

        def receipt(sub: Submission) -> dict:
            built.append(build_receipt(app, sub, calendar, settings, printed_at=self._clock()))
            return built[0].to_dict()

        sub = self.outbox.submit(key, "application", app.to_payload(), receipt=receipt)
        if built:
            return sub, built[0]
        # A second tap: the receipt of the first, while it is kept; else the same content again.
        try:
            return sub, dataclasses.replace(self.receipt_for(key), printed_at=self._clock())
        except ReceiptGone:
            return sub, build_receipt(app, sub, calendar, settings, printed_at=self._clock())

    def receipt_printed(self, key: str) -> None:
        """The receipt of the application ``key`` came out of the printer (called after a successful print).

        Raises:
            sqlite3.Error: the database failed; the receipt stays listed for a reprint.
        """
        if self.outbox.mark_receipt_printed(key):
            log.info("receipt of a submission printed")

    def unprinted_receipts(self) -> list[UnprintedReceipt]:
        """Applications whose receipt never printed: tracking codes and times, oldest first."""
        return self.outbox.unprinted_receipts()

    def discard_receipt(self, key: str) -> bool:
        """Staff discard the unprinted receipt of ``key``: no reprint will be wanted.

        For an applicant who left with the code (a photo of the screen) and will
        not come back for paper: the receipt's content is deleted from the files
        now instead of waiting for its delivery. The application itself stays
        and is delivered as usual. Logged without the code or anything personal.

        Returns:
            Whether an unprinted receipt was there and is gone (False: printed meanwhile, or none).

        Raises:
            sqlite3.Error: the database failed; the receipt stays listed.
        """
        deleted = self.outbox.discard_receipt(key)
        if deleted:
            log.info("an unprinted receipt was discarded by staff")
        return deleted

    def receipt_for(self, key: str) -> ReceiptContent:
        """The stored receipt of ``key``, to print again (``printed_at`` is left to the caller).

        Raises:
            ReceiptGone: no receipt is stored for ``key``.
            DecryptError: the stored receipt does not decrypt with the kiosk key.
        """
        stored = self.outbox.stored_receipt(key)
        if stored is None:
            raise ReceiptGone(f"no receipt is stored for submission {key}")
        return ReceiptContent.from_dict(stored)

    def submit_opinion(self, key: str, item: Opinion | Suggestion) -> Submission:
        """Store an opinion on a draft or a general suggestion.

        Raises:
            OutboxError, sqlite3.Error: nothing was stored.
        """
        kind = "opinion" if isinstance(item, Opinion) else "suggestion"
        return self.outbox.submit(key, kind, item.to_payload())

    # -- looking up -----------------------------------------------------------------

    def refresh_status(self) -> None:
        """Fold the office's status updates that sync left in the data directory into the outbox."""
        path = self.paths.status_updates
        try:
            mtime = path.stat().st_mtime
        except FileNotFoundError:
            return
        with self._lock:
            if mtime == self._updates_seen:
                return
            try:
                raw = json.loads(path.read_text(encoding="utf-8")) or {}
            except (OSError, ValueError) as exc:
                log.warning("status updates in %s unreadable: %s", path, exc)
                return
            updates = []
            for key, steps in (raw.items() if isinstance(raw, dict) else ()):
                # a list of updates per key (sync.client.upstream.merge_updates); one dict in older files
                for step in steps if isinstance(steps, list) else [steps]:
                    if isinstance(step, dict):
                        updates.append(dict(step, idempotency_key=key))
            report = self.outbox.apply_status_updates(updates)
            log.info("status updates: %s", report)
            self._updates_seen = mtime

    def lookup(self, text: str) -> StatusView | None:
        """The status of the submission whose tracking code was typed, or None when unknown.

        Raises:
            FieldError: ``text`` is not a well-formed code (wrong length, bad
                check character); its ``message`` is for the screen.
            LookupRefused: too many unknown codes lately.
        """
        self.limiter.check()
        code = tracking.parse_code(text)   # a typo is caught by the check character: not a guess
        self.refresh_status()
        record = self.outbox.lookup(code)
        if record is None:
            self.limiter.failed()
            return None
        return describe(record, self._calendar(), self._clock().astimezone(SHANGHAI).date())
