"""Where bundled files and the kiosk's own data live.

Bundled files (fonts, the sample library, translations) are found through
:func:`resource`, so the source tree and the PyInstaller build behave the same.
Writable data goes under platformdirs' per-user data directory unless
``KIOSK_DATA_DIR`` names another place (tests, or a kiosk provisioned to /var).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "disclosure-kiosk"


def resources_root() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, in _MEIPASS when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource("fonts", "wqy-microhei.ttc")``.

    Raises:
        FileNotFoundError: the file is not bundled (a packaging mistake, not a user error).
    """
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {path}")
    return path


def data_dir() -> Path:
    """The kiosk's writable data directory (created on first use)."""
    override = os.environ.get("KIOSK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
