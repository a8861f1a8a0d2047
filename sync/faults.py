"""Crash points for the kill -9 test suite and the soak script.

``checkpoint(name)`` costs one dictionary lookup in normal runs. When the
environment variable ``KIOSK_SYNC_KILL_AT`` is ``name:n``, the process kills
itself with SIGKILL on the n-th time it passes ``name`` — a real kill -9 at a
chosen instant, which is what proves that every step is crash-safe.
"""

from __future__ import annotations

import os
import signal

ENV = "KIOSK_SYNC_KILL_AT"
_target: tuple[str, int] | None = None
_counts: dict[str, int] = {}
_loaded = False


def _load() -> None:
    global _target, _loaded
    _loaded = True
    spec = os.environ.get(ENV, "")
    name, _, count = spec.rpartition(":")
    if name and count.isdigit():
        _target = (name, int(count))


def checkpoint(name: str) -> None:
    """Mark a point where a crash must leave the kiosk consistent."""
    if not _loaded:
        _load()
    if _target is None or _target[0] != name:
        return
    _counts[name] = _counts.get(name, 0) + 1
    if _counts[name] == _target[1]:
        os.kill(os.getpid(), signal.SIGKILL)
