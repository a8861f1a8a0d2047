"""What upstream needs from the application outbox (on-site applications, opinions).

The outbox itself belongs to the application; sync only drains it. Any
object with these methods will do, so the upstream sender is tested against
a small SQLite implementation and works unchanged with the real one.

Contract:
* every item has an ``idempotency_key`` fixed when it was created, so a
  retried post (the first one may have arrived) is recognised by the intake;
* ``payload`` is already encrypted for the central office: sync never sees
  personal information in clear;
* an item is deleted only after the intake acknowledged it (``ack``).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class OutboxItem:
    idempotency_key: str      # unique and stable, e.g. a UUID made when the item was created
    kind: str                 # "application", "opinion", ...
    payload: bytes            # encrypted for the central office
    created_at: str           # ISO 8601 with time zone


@runtime_checkable
class Outbox(Protocol):
    def pending(self, limit: int = 50) -> list[OutboxItem]:
        """Oldest items not yet acknowledged, at most ``limit``."""

    def ack(self, idempotency_key: str) -> None:
        """The intake stored this item: delete it locally (a no-op when already gone)."""

    def size(self) -> int:
        """How many items wait to be sent."""


def load_outbox(spec: str, data_dir: Path) -> Outbox | None:
    """The application's outbox named by ``module:factory`` (called with the data dir).

    Returns None when ``spec`` is empty (no outbox on this kiosk yet).

    Raises:
        ImportError, AttributeError: the spec names nothing importable.
    """
    if not spec:
        return None
    module, _, name = spec.partition(":")
    factory = getattr(importlib.import_module(module), name)
    return factory(data_dir)
