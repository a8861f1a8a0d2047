"""Upstream: outbox items and a heartbeat to the central intake, with idempotency and backoff.

What travels: every outbox item (on-site applications, opinions, anonymous
usage counts - the application decides the ``kind``; payloads of personal
data are encrypted for the office before they reach the outbox) and one
heartbeat per run (version, free space, outbox size, last fault). The answer
to the heartbeat carries status updates of earlier applications, which are
merged into ``application-status.json`` for the application to show.

Guarantees: an item is posted with its own ``Idempotency-Key``, so a post
whose answer was lost is recognised by the intake when retried; an item is
deleted from the outbox only after a 2xx answer; 5xx, 429 and network errors
back off and stop the run (the rest waits for the next one); 401/403 stop the
run with a ``config`` fault (the credential is wrong); another 4xx means the
intake refuses that item for good: it is kept and reported, never resent in a
loop within the run.
"""

from __future__ import annotations

import base64
import datetime as _dt
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import urllib3

from sync import state
from sync.client.config import KioskConfig
from sync.errors import ConfigError, NetworkError
from kiosk_app.core.fsutil import atomic_write_json, free_bytes, read_json
from sync.outbox import Outbox, OutboxItem, load_outbox
from sync.status import log_to_data_dir, read_status

log = logging.getLogger("sync.upstream")

UPDATES_FILE = "application-status.json"
CURSOR_FILE = "upstream-state.json"
MAX_STEPS = 50          # status steps kept per application in UPDATES_FILE


def outbox_spec(cfg: KioskConfig) -> str:
    """The ``module:factory`` of the application's outbox, or '' when there is none yet."""
    return cfg.values.get("outbox", "") or ""


@dataclass
class UploadReport:
    sent: int = 0
    duplicates: int = 0
    refused: list[str] = field(default_factory=list)
    remaining: int = 0
    heartbeat: bool = False
    updates: int = 0

    def as_dict(self) -> dict:
        return dict(vars(self))


class IntakeClient:
    """Posts JSON to the intake with the kiosk's bearer token; retries transient failures.

    Args:
        base_url: the intake endpoint (``https://…/intake``).
        kiosk_id, token: this kiosk's credential.
        attempts, backoff: tries per request, first pause (doubling).
        timeout: seconds per request.
        sleep: injected for tests.
    """

    def __init__(self, base_url: str, kiosk_id: str, token: str, *, attempts: int = 4,
                 backoff: float = 0.5, timeout: float = 20.0, sleep: Callable[[float], None] = time.sleep):
        self.base_url = base_url.rstrip("/")
        self.headers = {"Authorization": f"Bearer {token}", "X-Kiosk-Id": kiosk_id,
                        "Content-Type": "application/json"}
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.sleep = sleep
        self._pool = urllib3.PoolManager(retries=False, timeout=urllib3.Timeout(connect=timeout, read=timeout))

    def post(self, path: str, body: dict, *, idempotency_key: str | None = None) -> tuple[int, dict]:
        """POST ``body``; returns (status, parsed JSON answer) for a 2xx or a final 4xx.

        Raises:
            ConfigError: 401 or 403 (credential refused).
            NetworkError: unreachable or 5xx/429 on every try.
        """
        headers = dict(self.headers)
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        url = f"{self.base_url}{path}"
        problem = ""
        for attempt in range(self.attempts):
            if attempt:
                self.sleep(min(self.backoff * 2 ** (attempt - 1), 30.0))
            try:
                response = self._pool.request("POST", url, body=data, headers=headers)
            except (urllib3.exceptions.HTTPError, OSError) as exc:
                problem = f"cannot reach {url}: {exc}"
                log.warning("upstream: %s (try %d/%d)", problem, attempt + 1, self.attempts)
                continue
            status = response.status
            if status in (401, 403):
                raise ConfigError(f"the intake refused this kiosk's credential (HTTP {status})")
            if status >= 500 or status == 429:
                problem = f"{url}: HTTP {status}"
                log.warning("upstream: %s (try %d/%d)", problem, attempt + 1, self.attempts)
                continue
            try:
                answer = json.loads(response.data or b"{}")
            except ValueError:
                answer = {}
            return status, answer if isinstance(answer, dict) else {}
        raise NetworkError(problem or f"{url}: no answer")


def _item_body(item: OutboxItem) -> dict:
    return {"kind": item.kind, "created_at": item.created_at,
            "payload_b64": base64.b64encode(item.payload).decode("ascii")}


def heartbeat_body(cfg: KioskConfig, outbox: Outbox | None, now: str) -> dict:
    status = read_status(cfg.data_path)
    return {"kiosk_id": cfg.kiosk_id, "hall": cfg.hall, "region": cfg.region, "sent_at": now,
            "library_id": status.get("library_id"),
            "version": state.current_version_number(cfg.data_path),
            "last_sync": status.get("last_success"),
            "last_error": (status.get("last_error") or {}).get("kind"),
            "free_bytes": free_bytes(cfg.data_path),
            "outbox_size": outbox.size() if outbox is not None else 0,
            "since": (read_json(cfg.data_path / CURSOR_FILE, {}) or {}).get("cursor", 0)}


def merge_updates(data_dir: Path, updates: list[dict], cursor: int) -> int:
    """Fold application status updates into ``application-status.json``; returns how many.

    The file maps an idempotency key to the list of its updates, oldest first,
    so a batch that carries several steps of one application (受理, 延期,
    答复) leaves every step for the kiosk's status history. ``seq`` tells two
    equal statuses in one second apart; ``label`` and ``due`` are the office's
    own wording and deadline when it sends them.
    """
    current = read_json(data_dir / UPDATES_FILE, {}) or {}
    for update in updates:
        key = update.get("idempotency_key")
        if not isinstance(key, str):
            continue
        entry = {k: update.get(k) for k in ("status", "note", "at", "seq", "label", "due")
                 if update.get(k) is not None}
        known = current.get(key)
        steps = known if isinstance(known, list) else [known] if isinstance(known, dict) else []
        if entry not in steps:
            steps.append(entry)
        current[key] = steps[-MAX_STEPS:]
    atomic_write_json(data_dir / UPDATES_FILE, current)
    atomic_write_json(data_dir / CURSOR_FILE, {"cursor": cursor})
    return len(updates)


def upload_once(cfg: KioskConfig, *, outbox: Outbox | None = None, client: IntakeClient | None = None,
                batch: int = 50, clock: Callable[[], float] = time.time) -> dict:
    """Send pending outbox items, then a heartbeat; returns what happened.

    Raises:
        ConfigError: no intake configured, or the credential is refused.
        NetworkError: the intake stayed unreachable (items not acknowledged stay queued).
    """
    if not cfg.intake_url:
        raise ConfigError("no intake_url configured for this kiosk")
    if outbox is None:
        outbox = load_outbox(outbox_spec(cfg), cfg.data_path)
    client = client or IntakeClient(cfg.intake_url, cfg.kiosk_id, cfg.token, attempts=cfg.attempts,
                                    backoff=cfg.backoff_s, timeout=cfg.timeout_s)
    report = UploadReport()
    with log_to_data_dir(cfg.data_path):
        try:
            if outbox is not None:
                _drain(outbox, client, report, batch)
            now = _dt.datetime.fromtimestamp(clock(), _dt.timezone.utc).isoformat(timespec="seconds")
            status, answer = client.post("/v1/heartbeat", heartbeat_body(cfg, outbox, now))
            if 200 <= status < 300:
                report.heartbeat = True
                updates = answer.get("updates") or []
                report.updates = merge_updates(cfg.data_path, updates, int(answer.get("cursor", 0)))
            report.remaining = outbox.size() if outbox is not None else 0
        except (ConfigError, NetworkError) as exc:
            log.error("upstream failed: %s: %s", exc.kind, exc.message)
            raise
    log.info("upstream: %d sent, %d already known, %d refused, %d waiting, %d status update(s)",
             report.sent, report.duplicates, len(report.refused), report.remaining, report.updates)
    return report.as_dict()


def _drain(outbox: Outbox, client: IntakeClient, report: UploadReport, batch: int) -> None:
    refused: set[str] = set()
    while True:
        items = [i for i in outbox.pending(batch + len(refused)) if i.idempotency_key not in refused]
        if not items:
            return
        for item in items:
            status, answer = client.post("/v1/items", _item_body(item), idempotency_key=item.idempotency_key)
            if 200 <= status < 300:
                outbox.ack(item.idempotency_key)
                if answer.get("duplicate"):
                    report.duplicates += 1
                else:
                    report.sent += 1
            else:
                refused.add(item.idempotency_key)
                report.refused.append(item.idempotency_key)
                log.error("upstream: intake refused item %s (HTTP %d: %s); kept in the outbox",
                          item.idempotency_key, status, answer.get("error", ""))
