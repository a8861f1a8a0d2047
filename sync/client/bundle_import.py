"""Import an offline bundle (from a USB stick) with exactly the online verification.

The tar is unpacked with tarfile's ``data`` filter (no absolute paths, links
out, devices) into the data disk, then a normal sync runs with ngclient
reading from the unpacked files through :class:`LocalFetcher`. The kiosk's
trusted metadata is the same as online, so an old bundle is refused as a
replay and an altered one as tampered.
"""

from __future__ import annotations

import tarfile
from dataclasses import replace
from pathlib import Path
from typing import Callable

from sync.client.config import KioskConfig
from sync.client.fetcher import LocalFetcher
from sync.client.syncer import SyncResult, sync_once
from sync.errors import ConfigError
from kiosk_app.core.fsutil import remove_tree

BUNDLE_URL = "bundle://offline/"


def import_bundle(cfg: KioskConfig, bundle: Path, *, busy: Callable[[], bool] = lambda: False) -> SyncResult:
    """Apply a bundle as one sync.

    Raises:
        ConfigError: the file is not a readable tar.
        sync.errors.SyncError: verification or apply failed; the kiosk is unchanged.
    """
    unpack = cfg.data_path / "tuf" / "bundle"
    remove_tree(unpack)
    unpack.mkdir(parents=True)
    try:
        try:
            with tarfile.open(bundle) as tar:
                tar.extractall(unpack, filter="data")
        except (OSError, tarfile.TarError) as exc:
            raise ConfigError(f"cannot read bundle {bundle}: {exc}") from None
        values = dict(cfg.values, metadata_url=BUNDLE_URL + "metadata/", targets_url=BUNDLE_URL + "targets/")
        offline = replace(cfg, values=values)
        return sync_once(offline, busy=busy, fetcher=LocalFetcher(BUNDLE_URL, unpack))
    finally:
        remove_tree(unpack)
