"""Handing a rendered PDF over: as bytes, and optionally as a file written atomically.

A print queue or a viewer must never see half a file, so a path is written to a
temporary file beside it and renamed into place.
"""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path
from typing import Union

PathLike = Union[str, "os.PathLike[str]"]


def write_atomic(data: bytes, path: PathLike) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    Raises:
        OSError: the directory does not exist or is not writable, or the disk is full.
    """
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.part")
    # os.open with 0o666 honours the umask, like any file the user writes
    # (mkstemp would leave it readable by the owner only).
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
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
