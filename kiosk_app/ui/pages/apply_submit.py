"""Storing an application and printing its receipt, off the UI thread.

The order is the law's and the citizen's guarantee: the application is
committed to the outbox first (:meth:`KioskIntake.submit_application` returns
only once it is on disk), and only then is a receipt rendered and printed, so
no receipt exists for an application the kiosk does not hold. The same
idempotency key (made when the review page opened) makes a second tap, or a
retry after an error, return the first record instead of a second one.

A printer that is missing, paused or failing never undoes the submission: the
outcome says the application is stored and the receipt did not print, and
the screen shows the receipt instead. Nothing personal is logged: neither
the form nor the tracking code.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

from kiosk_app.core.pdf.receipt import ReceiptContent
from kiosk_app.ui.receipt_print import print_receipt
from kiosk_app.ui.worker import Worker

log = logging.getLogger(__name__)


@dataclass
class SubmitOutcome:
    """How a submission ended.

    Attributes:
        stored: the application is in the outbox (whatever happened to the receipt).
        submission: the stored record (tracking code, time of receipt), when stored.
        receipt: what the receipt shows; None when it could not be built.
        printed: ``ok``, ``unavailable`` (``printer_state`` says why), ``failed`` or ``""`` (not tried).
        printer_state: the printer's state when asked (see :mod:`kiosk_app.ui.printing`).
        error: what went wrong, in English, for the log.
    """

    stored: bool
    submission: object | None = None
    receipt: ReceiptContent | None = None
    printed: str = ""
    printer_state: str = ""
    error: str = ""


class SubmitTask(Worker):
    """Stores one application (unless ``reprint`` is given) and prints its receipt, off the UI thread."""

    def __init__(self, intake, key: str, app, printer, paper: str = "roll80", *,
                 reprint: SubmitOutcome | None = None):
        super().__init__("kiosk-apply")
        self._intake = intake
        self._key = key
        self._app = app
        self._printer = printer
        self._paper = paper
        self._reprint = reprint
        self.is_reprint = reprint is not None
        self.outcome: SubmitOutcome | None = None

    def work(self) -> SubmitOutcome:
        outcome = self._reprint or self._store()
        if outcome.receipt is not None:
            self._print(outcome)
        return outcome

    def failed(self, exc: Exception) -> SubmitOutcome:
        return SubmitOutcome(False, error=f"{type(exc).__name__}: {exc}")

    def _store(self) -> SubmitOutcome:
        try:
            sub, content = self._intake.submit_application(self._key, self._app)
        except Exception as exc:  # noqa: BLE001 - OutboxError, sqlite3.Error, OSError; also a receipt bug
            stored = self._stored_anyway()
            if stored is None:
                level = logging.ERROR if isinstance(exc, (sqlite3.Error, OSError)) else logging.CRITICAL
                log.log(level, "application not stored: %s: %s", type(exc).__name__, exc,
                        exc_info=level == logging.CRITICAL)
                return SubmitOutcome(False, error=f"{type(exc).__name__}: {exc}")
            log.exception("application stored but its receipt could not be built")
            return SubmitOutcome(True, submission=stored, error=f"{type(exc).__name__}: {exc}")
        log.info("application stored (%s)", "new" if sub.created else "same key again")
        return SubmitOutcome(True, submission=sub, receipt=content)

    def _stored_anyway(self):
        """After an error: the record under our key, if the commit happened before it."""
        try:
            return self._intake.outbox.get(self._key)
        except Exception:  # noqa: BLE001 - the database is what failed
            return None

    def _print(self, outcome: SubmitOutcome) -> None:
        done = print_receipt(self._printer, outcome.receipt, self._paper)
        outcome.printer_state = done.printer_state
        outcome.printed = done.outcome
        if done.outcome != "ok":
            return
        try:
            self._intake.receipt_printed(outcome.submission.idempotency_key)
        except Exception:  # noqa: BLE001 - the receipt is out; only the reprint list is stale
            log.exception("could not record that the receipt was printed")

def count_submission(usage, kind: str) -> None:
    """Count a stored submission in the usage log (a count only); a failing log never undoes it."""
    try:
        usage.submitted(kind)
    except (sqlite3.Error, OSError) as exc:
        log.error("usage log: submission not counted: %s", exc)
