"""Small filesystem primitives that survive a power cut at any instant.

Every file the kiosk relies on is written to a temporary sibling, flushed to
disk, then renamed over the old one, and the directory is flushed so the
rename itself is durable.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path


def fsync_dir(path: Path) -> None:
    """Flush a directory entry so a rename or create inside it survives a crash."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` so readers see the old or the new file, never a mix.

    The file is private to the owner (0600) unless ``mode`` says otherwise.

    Raises:
        OSError: the directory is not writable or the disk is full; ``path`` is unchanged.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    fsync_dir(path.parent)


def atomic_write_json(path: Path, data: object) -> None:
    """Write JSON (UTF-8, sorted keys) atomically; see :func:`atomic_write_bytes`.

    Raises:
        OSError: as :func:`atomic_write_bytes`.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    atomic_write_bytes(Path(path), text.encode("utf-8"))


def read_json(path: Path, default: object = None) -> object:
    """Parse a JSON file, or ``default`` when it is missing or damaged."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default


def fsync_tree(root: Path) -> None:
    """Flush every file and directory under ``root`` (before it becomes visible)."""
    for path in [Path(root), *Path(root).rglob("*")]:
        if path.is_symlink():
            continue
        flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
        fd = os.open(path, flags)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def tree_size(path: Path) -> int:
    """Bytes of all regular files under ``path`` (0 when it does not exist)."""
    path = Path(path)
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def free_bytes(path: Path) -> int:
    """Free space for an unprivileged writer on the filesystem holding ``path``."""
    return shutil.disk_usage(path).free


def remove_tree(path: Path) -> None:
    """Delete a directory tree or file if present; a half-deleted tree is fine to retry."""
    path = Path(path)
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.exists():
        shutil.rmtree(path, ignore_errors=True)
