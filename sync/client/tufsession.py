"""One verified conversation with the central repository, through python-tuf's ngclient.

Everything that decides whether bytes are trustworthy is ngclient's: root
rotation, signature thresholds, version rollback and freeze checks, lengths
and hashes. This module sets it up with the kiosk's trusted root and fetcher
and turns its two error families into sync's.
"""

from __future__ import annotations

import errno
from pathlib import Path

from tuf.api import exceptions
from tuf.ngclient import Updater, UpdaterConfig
from tuf.ngclient.fetcher import FetcherInterface

from sync.errors import CentralError, DiskSpaceError, NetworkError, SecurityError, SyncError


def map_error(exc: BaseException) -> SyncError:
    """The sync error (with a one-line message) for a failure inside ngclient or the fetcher."""
    if isinstance(exc, SyncError):
        return exc
    if isinstance(exc, exceptions.ExpiredMetadataError):
        return SecurityError(f"expired metadata: {exc} (the central repository must refresh its "
                             "timestamp, or this kiosk's clock is wrong)")
    if isinstance(exc, exceptions.BadVersionNumberError):
        return SecurityError(f"replayed or rolled-back metadata refused: {exc}")
    if isinstance(exc, exceptions.LengthOrHashMismatchError):
        return SecurityError(f"a downloaded file does not match its signed hash (tampered or damaged): {exc}")
    if isinstance(exc, exceptions.UnsignedMetadataError):
        return SecurityError(f"metadata is not signed by the trusted keys: {exc}")
    if isinstance(exc, exceptions.RepositoryError):
        return SecurityError(f"metadata refused: {type(exc).__name__}: {exc}")
    if isinstance(exc, exceptions.SlowRetrievalError):
        return NetworkError(f"the server stalled: {exc}")
    if isinstance(exc, exceptions.DownloadHTTPError):
        return NetworkError(f"HTTP {exc.status_code}: {exc}")
    if isinstance(exc, exceptions.DownloadLengthMismatchError):
        return SecurityError(f"a download is longer than its signed length: {exc}")
    if isinstance(exc, exceptions.DownloadError):
        cause = exc.__cause__
        return NetworkError(f"{exc}" + (f" ({cause})" if cause is not None else ""))
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskSpaceError(f"the data disk is full: {exc}")
    if isinstance(exc, OSError):
        return SyncError(f"file system error: {exc}")
    raise exc


class TufSession:
    """ngclient set up for one kiosk data directory.

    Args:
        trusted_root: the provisioned root metadata (bytes): the trust anchor.
        tuf_dir: where verified metadata and downloads are kept.
        metadata_url, targets_url: the repository's base URLs.
        fetcher: how bytes travel (HTTP with resume, or a local bundle).
    """

    def __init__(self, *, trusted_root: bytes, tuf_dir: Path, metadata_url: str, targets_url: str,
                 fetcher: FetcherInterface):
        self.metadata_dir = Path(tuf_dir) / "metadata"
        self.download_dir = Path(tuf_dir) / "downloads"
        self.metadata_dir.mkdir(parents=True, exist_ok=True)
        self.download_dir.mkdir(parents=True, exist_ok=True)
        try:
            self.updater = Updater(str(self.metadata_dir), metadata_url, str(self.download_dir),
                                   targets_url, fetcher=fetcher,
                                   config=UpdaterConfig(app_user_agent="disclosure-kiosk"),
                                   bootstrap=trusted_root)
        except (exceptions.RepositoryError, ValueError) as exc:
            raise SecurityError(f"the trusted root metadata is invalid: {exc}") from None
        except OSError as exc:
            raise map_error(exc) from None

    def refresh(self) -> None:
        """Fetch and verify root, timestamp, snapshot and targets metadata.

        Raises:
            SyncError: a network, security or disk failure (see :func:`map_error`).
        """
        try:
            self.updater.refresh()
        except Exception as exc:  # noqa: BLE001 - mapped, or re-raised when unknown
            raise map_error(exc) from exc

    def length(self, name: str) -> int:
        return self._info(name).length

    def _info(self, name: str):
        try:
            info = self.updater.get_targetinfo(name)
        except Exception as exc:  # noqa: BLE001
            raise map_error(exc) from exc
        if info is None:
            raise CentralError(f"the central repository does not list {name}")
        return info

    def fetch(self, name: str) -> Path:
        """A verified local copy of target ``name`` (cached copies are re-verified).

        Raises:
            SyncError: not listed, download failed, or verification failed.
        """
        info = self._info(name)
        try:
            cached = self.updater.find_cached_target(info)
            if cached:
                return Path(cached)
            return Path(self.updater.download_target(info))
        except Exception as exc:  # noqa: BLE001
            raise map_error(exc) from exc

    def clear_downloads(self) -> None:
        for path in self.download_dir.iterdir():
            if path.is_file():
                path.unlink()
