"""Handing a rendered PDF over: as bytes, and optionally as a file written atomically.

A print queue or a viewer must never see half a file, so a path is written to a
temporary file beside it and renamed into place.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Union

from kiosk_app.core.fsutil import atomic_write_bytes

PathLike = Union[str, "os.PathLike[str]"]


def write_atomic(data: bytes, path: PathLike) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    Raises:
        OSError: the directory does not exist or is not writable, or the disk is full.
    """
    target = Path(path)
    # Readable like any document the user saves (the kiosk's own files stay 0600).
    atomic_write_bytes(target, data, mode=0o644)
    return target


def deliver(data: bytes, out: PathLike | None) -> bytes:
    """Return ``data``, after writing it to ``out`` when a path is given."""
    if out is not None:
        write_atomic(data, out)
    return data


_PAGE_RE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def count_pages(data: bytes) -> int:
    """Pages of a PDF written by reportlab (its page objects are never compressed)."""
    return len(_PAGE_RE.findall(data))
