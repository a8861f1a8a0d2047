"""Which library version a kiosk shows: one symlink, switched atomically.

Layout of a kiosk's data directory (everything sync owns lives here)::

    current -> libraries/v42        the version the application opens
    libraries/v41/  libraries/v42/  complete versions (the older ones for rollback)
    libraries/.staging-*/           an update being built; never opened, removed on next start
    tuf/                            trusted metadata, downloads, partial downloads
    sync-status.json                progress and the last fault, for the admin screen
    sync.log                        one line per sync step and per fault

The pointer is a relative symlink replaced with ``os.replace`` of a new
symlink, which POSIX makes atomic: after a crash at any instant ``current``
names either the old or the new complete version.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from kiosk_app.core.libdir import is_library
from kiosk_app.core.fsutil import fsync_dir, remove_tree

CURRENT = "current"
LIBRARIES = "libraries"
STAGING_PREFIX = ".staging-"
_VERSION_DIR = re.compile(r"^v(\d+)$")


def current_library(data_dir: str | Path) -> Path | None:
    """The library directory the application should open, or None before the first sync.

    The path returned is the resolved version directory (``…/libraries/v42``), so
    an application holding it keeps reading that version even after a switch.
    """
    link = Path(data_dir) / CURRENT
    try:
        target = os.readlink(link)
    except OSError:
        return None
    path = (link.parent / target).resolve()
    return path if is_library(path) else None


def newer_current(data_dir: str | Path, opened: str | Path | None) -> Path | None:
    """The new current library when it differs from the one the application has open.

    The UI calls this between visitor sessions (cheap: one readlink) and reopens
    the library when it returns a path.
    """
    now = current_library(data_dir)
    if now is None:
        return None
    if opened is not None and Path(opened).resolve() == now:
        return None
    return now


def version_dir(data_dir: Path, version: int) -> Path:
    return Path(data_dir) / LIBRARIES / f"v{version}"


def installed_versions(data_dir: Path) -> list[int]:
    """Versions with a complete directory under ``libraries/``, ascending."""
    root = Path(data_dir) / LIBRARIES
    if not root.is_dir():
        return []
    found = []
    for child in root.iterdir():
        match = _VERSION_DIR.match(child.name)
        if match and is_library(child):
            found.append(int(match.group(1)))
    return sorted(found)


def current_version_number(data_dir: Path) -> int | None:
    """The version number ``current`` points at, from the directory name."""
    path = current_library(data_dir)
    if path is None:
        return None
    match = _VERSION_DIR.match(path.name)
    return int(match.group(1)) if match else None


def switch_current(data_dir: Path, target: Path) -> None:
    """Point ``current`` at ``target`` (a directory under ``libraries/``) atomically.

    Raises:
        OSError: the data directory is not writable; ``current`` is unchanged.
    """
    data_dir = Path(data_dir)
    rel = os.path.relpath(Path(target), data_dir)
    tmp = data_dir / f".{CURRENT}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    os.symlink(rel, tmp)
    os.replace(tmp, data_dir / CURRENT)
    fsync_dir(data_dir)


def rollback(data_dir: Path) -> Path | None:
    """Point ``current`` at the newest complete version older than the current one.

    Returns:
        The library now current, or None when there is no older version to go back to.
    """
    now = current_version_number(data_dir)
    older = [v for v in installed_versions(data_dir) if now is None or v < now]
    if not older:
        return None
    target = version_dir(data_dir, older[-1])
    switch_current(data_dir, target)
    return target


def clean_staging(data_dir: Path) -> list[Path]:
    """Remove what an interrupted sync left behind (staging dirs, temp pointers)."""
    removed = []
    root = Path(data_dir) / LIBRARIES
    if root.is_dir():
        for child in root.iterdir():
            if child.name.startswith(STAGING_PREFIX):
                remove_tree(child)
                removed.append(child)
    for tmp in Path(data_dir).glob(f".{CURRENT}.*.tmp"):
        tmp.unlink(missing_ok=True)
        removed.append(tmp)
    return removed


def prune(data_dir: Path, keep: int = 2) -> list[int]:
    """Delete complete versions beyond the newest ``keep``, never the current one.

    Returns:
        The versions removed.
    """
    current = current_version_number(data_dir)
    versions = installed_versions(data_dir)
    keep_set = set(versions[-max(keep, 1):])
    if current is not None:
        keep_set.add(current)
    removed = []
    for version in versions:
        if version not in keep_set:
            remove_tree(version_dir(data_dir, version))
            removed.append(version)
    return removed
