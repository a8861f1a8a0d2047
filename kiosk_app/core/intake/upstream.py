"""What a kiosk sends upstream: its intake outbox and its daily usage counts, as one outbox.

The sync process (``python -m sync.client --upload``) drains whatever the
kiosk configuration's ``outbox`` setting names; provisioning sets it to
:func:`open_outbox`, which combines:

* the **intake outbox** (:mod:`.outbox`): on-site applications, opinions and
  suggestions, sealed for the disclosure office before they leave the table
  (``kind`` application / opinion / suggestion);
* **anonymous usage counts** from :class:`kiosk_app.core.usage.UsageLog`: one
  item of kind ``usage`` per finished day (before today by the log's clock)
  that the intake has not acknowledged yet. Its payload holds the day's
  figures - visits, searches, searches without result, the most asked and
  the most often unanswered searches (scrubbed again here), documents opened,
  prints and pages, applications started, and how many applications,
  opinions and suggestions were submitted - and nothing about any visitor.

**Usage payloads are sealed for the office too**, with the same HPKE suite
and ``info`` as submissions (:func:`crypto.seal_info` of the item's key and
``usage``). Counts are anonymous, but a search text is typed by a person and
the scrubber only catches what looks like a number or an address; one rule,
"payloads are for the office", also keeps relays and USB sticks blind. So a
kiosk without the office's public key sends no usage: the days wait in the log
and go out once provisioning brings the key.

The idempotency key of a day is ``usage-<tracking prefix>-<YYYY-MM-DD>``, the
same on every retry, so the intake stores each kiosk's day once. Acknowledged
days are remembered in ``DATA/usage-sent.json`` (written atomically; days
older than the log's oldest event are dropped from it, since they cannot come
back); a lost or damaged file only makes the kiosk resend days the intake
answers as duplicates.

Both databases are SQLite in WAL mode, so the sync process reads and
acknowledges while the kiosk's screens write: readers never wait for the
writer, and the intake outbox's writes take their lock at once
(``BEGIN IMMEDIATE``) and wait up to its busy timeout. Nothing is created
here: a kiosk whose screens never opened the intake or the usage log has
nothing to send, and the sync process makes no key files.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import re
import sqlite3
from pathlib import Path
from typing import Callable, Iterable

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from kiosk_app.core.fsutil import atomic_write_json, read_json
from kiosk_app.core.intake.crypto import CryptoError, load_office_key, seal, seal_info
from kiosk_app.core.intake.outbox import Outbox, OutboxError
from kiosk_app.core.intake.service import IntakeConfig, IntakeError, IntakePaths
from kiosk_app.core.usage import USAGE_FILE, DayFigures, UsageLog, scrub_query
from sync.errors import ConfigError
from sync.outbox import OutboxItem

# The sync process's view of the kiosk's outbox: its lines belong in sync.log with the rest of upstream.
log = logging.getLogger("sync.outbox.kiosk")

#: The ``outbox`` setting provisioning writes into ``kiosk.json``.
FACTORY_SPEC = "kiosk_app.core.intake.upstream:open_outbox"
USAGE_KIND = "usage"
USAGE_ENVELOPE = "gk-usage/1"
#: Acknowledged usage days, under the data directory.
SENT_FILE = "usage-sent.json"
#: Most asked searches, unanswered searches and documents reported per day.
TOP = 20

_USAGE_KEY = re.compile(r"^usage-[0-9A-Z]{3}-(\d{4}-\d{2}-\d{2})$")


def usage_key(prefix: str, day: _dt.date) -> str:
    """The idempotency key of one kiosk's usage day: stable across retries and runs."""
    return f"usage-{prefix}-{day.isoformat()}"


def _scrubbed(pairs: Iterable[tuple[str, int]]) -> list[dict]:
    """Query counts with the text scrubbed again (events older than today's rules), merged."""
    merged: dict[str, int] = {}
    for text, count in pairs:
        clean = scrub_query(text or "")
        if clean.strip("＊ "):
            merged[clean] = merged.get(clean, 0) + int(count)
    return [{"query": q, "count": n} for q, n in sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))]


def usage_envelope(figures: DayFigures, *, prefix: str, key: str) -> dict:
    """The clear content of a usage item, before sealing: counts of one day, nothing personal."""
    return {"envelope": USAGE_ENVELOPE, "idempotency_key": key, "kind": USAGE_KIND, "kiosk_prefix": prefix,
            "day": figures.day, "visits": figures.visits, "queries": figures.queries,
            "zero_result_queries": figures.zero_results, "documents_opened": figures.opens,
            "prints": figures.prints, "pages_printed": figures.pages_printed,
            "applications_started": figures.applications,
            "applications_submitted": figures.applications_submitted, "opinions": figures.opinions,
            "suggestions": figures.suggestions,
            "top_queries": _scrubbed(figures.top_queries),
            "top_zero_result_queries": _scrubbed(figures.top_zero_queries),
            "top_documents": [{"doc_id": d, "count": n} for d, n in figures.top_documents]}


class UsageReports:
    """The finished usage days the intake has not acknowledged, as outbox items.

    Args:
        usage: the kiosk's usage log (only read here).
        sent_path: where acknowledged days are remembered.
        prefix: the kiosk's tracking-code prefix (names the kiosk in the key).
        office_key: the office's public key; None holds every day back.
    """

    def __init__(self, usage: UsageLog, sent_path: Path, prefix: str, office_key: X25519PublicKey | None):
        self.usage = usage
        self.sent_path = Path(sent_path)
        self.prefix = prefix
        self.office_key = office_key
        self._warned = False

    def _acknowledged(self) -> set[str]:
        raw = read_json(self.sent_path, {}) or {}
        days = raw.get("acknowledged") if isinstance(raw, dict) else None
        return {d for d in days if isinstance(d, str)} if isinstance(days, list) else set()

    def waiting(self) -> list[_dt.date]:
        """Finished days with events that the intake has not acknowledged, oldest first."""
        done = self._acknowledged()
        return [d for d in self.usage.finished_days() if d.isoformat() not in done]

    def pending(self, limit: int) -> list[OutboxItem]:
        """Up to ``limit`` sealed day reports; none while the office key is missing."""
        days = self.waiting()[:max(0, limit)]
        if not days:
            return []
        if self.office_key is None:
            if not self._warned:
                log.warning("usage: %d day(s) wait for the office public key (provision the intake section)",
                            len(self.waiting()))
                self._warned = True
            return []
        items = []
        for day in days:
            key = usage_key(self.prefix, day)
            body = json.dumps(usage_envelope(self.usage.figures(day, top=TOP), prefix=self.prefix, key=key),
                              ensure_ascii=False, sort_keys=True).encode("utf-8")
            end = _dt.datetime.combine(day + _dt.timedelta(days=1), _dt.time(0),
                                       tzinfo=self.usage.now().tzinfo)
            items.append(OutboxItem(key, USAGE_KIND, seal(self.office_key, body, seal_info(key, USAGE_KIND)),
                                    end.isoformat()))
        return items

    def ack(self, key: str) -> bool:
        """Remember the day of a usage key; False when ``key`` is not a usage key of this kiosk.

        Raises:
            OSError: the data directory is not writable (the day is sent again next time).
        """
        match = _USAGE_KEY.match(key)
        if not match or not key.startswith(f"usage-{self.prefix}-"):
            return False
        done = self._acknowledged() | {match.group(1)}
        days = self.usage.finished_days()       # a day older than the log's oldest cannot come back
        oldest = days[0].isoformat() if days else match.group(1)
        atomic_write_json(self.sent_path, {"acknowledged": sorted(d for d in done if d >= oldest)})
        return True

    def size(self) -> int:
        return len(self.waiting())

    def close(self) -> None:
        self.usage.close()


class KioskUpstream:
    """The ``sync.outbox.Outbox`` of a kiosk: intake submissions first, then usage days.

    Args:
        intake: the intake outbox, or None when the kiosk has none yet.
        usage: the usage reports, or None when the kiosk has no usage log yet.
    """

    def __init__(self, intake: Outbox | None, usage: UsageReports | None):
        self.intake = intake
        self.usage = usage
        self._warned = False

    def _intake_items(self, limit: int) -> list[OutboxItem]:
        if self.intake is None or limit <= 0:
            return []
        try:
            found = self.intake.pending_items(limit)
        except OutboxError as exc:      # e.g. submissions taken before the office key arrived, and still none
            if not self._warned:
                log.warning("intake outbox: submissions held back: %s", exc)
                self._warned = True
            return []
        return [OutboxItem(i.idempotency_key, i.kind, i.payload, i.received_at) for i in found]

    def pending(self, limit: int = 50) -> list[OutboxItem]:
        """Oldest intake submissions, then usage days, at most ``limit`` in all.

        Raises:
            kiosk_app.core.intake.crypto.DecryptError: a stored submission does
                not decrypt with the kiosk key (the kiosk key file was replaced).
            sqlite3.Error: a database failed.
        """
        items = self._intake_items(limit)
        if self.usage is not None and len(items) < limit:
            items += self.usage.pending(limit - len(items))
        return items

    def ack(self, idempotency_key: str) -> None:
        """The intake stored this item: erase a submission's payload, or remember a usage day.

        Raises:
            OSError, sqlite3.Error: the acknowledgement could not be recorded
                (the item is sent again and answered as a duplicate).
        """
        if self.usage is not None and self.usage.ack(idempotency_key):
            return
        if self.intake is not None:
            self.intake.ack(idempotency_key)

    def size(self) -> int:
        """Submissions and usage days waiting, including those held back for want of the office key."""
        waiting = self.intake.size() if self.intake is not None else 0
        return waiting + (self.usage.size() if self.usage is not None else 0)

    def close(self) -> None:
        for part in (self.intake, self.usage):
            if part is not None:
                part.close()

    def __enter__(self) -> "KioskUpstream":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_outbox(data_dir: str | Path, *, clock: Callable[[], _dt.datetime] | None = None) -> KioskUpstream:
    """The upstream outbox of the kiosk whose data directory is ``data_dir`` (the ``outbox`` factory).

    Args:
        data_dir: the kiosk data directory (``DATA/intake/``, ``DATA/usage.sqlite``).
        clock: the usage log's clock (aware); decides which days are finished.

    Raises:
        sync.errors.ConfigError: ``intake.json``, the office key or the kiosk
            key is unreadable or invalid (the message names the file).
        sqlite3.Error: a database cannot be opened.
    """
    data_dir = Path(data_dir)
    paths = IntakePaths(data_dir)
    try:
        config = IntakeConfig.load(paths.config)
        office_key = load_office_key(paths.office_key) if paths.office_key.exists() else None
        intake = None
        if paths.outbox.exists():
            intake = Outbox.open(paths.outbox, paths.kiosk_key, config.tracking_prefix,
                                 office_key_path=paths.office_key if office_key is not None else None)
    except (IntakeError, CryptoError, OutboxError) as exc:
        raise ConfigError(f"cannot open the kiosk's intake for upload: {exc}") from None
    usage = None
    usage_path = data_dir / USAGE_FILE
    if usage_path.exists():
        try:
            usage_log = UsageLog(usage_path, **({"clock": clock} if clock else {}))
        except sqlite3.Error:
            if intake is not None:
                intake.close()
            raise
        usage = UsageReports(usage_log, data_dir / SENT_FILE, config.tracking_prefix, office_key)
    return KioskUpstream(intake, usage)
