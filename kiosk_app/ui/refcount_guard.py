"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12 hands out ``None`` (from every void method: ``setText``,
``resize``, ``processEvents`` …) and, on some paths, ``True``/``False`` without
taking a reference, as if they were immortal — which they are only from
Python 3.12 on (PEP 683). On Python 3.11 each such call takes one reference
away, and after a few thousand calls the interpreter aborts with
"none_dealloc: deallocating None" (or ``bool_dealloc``). A kiosk makes that
many calls in a minute.

Until the kiosk runs on Python ≥ 3.12 (or a fixed binding), this module does
what 3.12 does: it gives these singletons a reference count so large it cannot
reach zero (2**40 references; at 100,000 calls a second that lasts over 100
days), and :func:`top_up` restores it, which the window calls on a timer. On
Python ≥ 3.12 everything here is a no-op.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

RESERVE = 2 ** 40
AFFECTED = sys.version_info < (3, 12) and sys.implementation.name == "cpython"
SINGLETONS = (None, True, False)


def _refcount(obj) -> ctypes.c_ssize_t:
    # ob_refcnt is the first field of every CPython object.
    return ctypes.c_ssize_t.from_address(id(obj))


def top_up() -> None:
    """Make sure each singleton holds at least half the reserve of references."""
    if not AFFECTED:
        return
    for obj in SINGLETONS:
        cell = _refcount(obj)
        if cell.value < RESERVE // 2:
            cell.value += RESERVE


def install() -> None:
    if AFFECTED:
        top_up()
        log.debug("singleton reference reserve installed (PySide6 on Python %d.%d)", *sys.version_info[:2])
