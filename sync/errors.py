"""The error families of sync, each mapped to one line in the status and the log.

Two kinds of trouble reach a kiosk: the network or the central library
misbehaving (expected, retried on the next run) and a refusal on security
grounds (a tampered file, replayed or expired metadata). Both leave the kiosk
on its current verified version. ``kind`` is a short stable word the admin
screen can translate; the message is English for the log.
"""

from __future__ import annotations


class SyncError(Exception):
    """A sync that did not reach the newest version; the kiosk keeps its current one.

    Attributes:
        kind: a stable word for the admin screen: ``network``, ``security``, ``disk``,
            ``apply``, ``config``, ``busy``, ``central``.
    """

    kind = "sync"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NetworkError(SyncError):
    """The central repository could not be reached or sent an incomplete file."""

    kind = "network"


class SecurityError(SyncError):
    """Metadata or a file failed verification (signature, hash, version, expiry)."""

    kind = "security"


class DiskSpaceError(SyncError):
    """Not enough free space in the data directory to download and stage an update."""

    kind = "disk"


class ApplyError(SyncError):
    """A verified update could not be applied to the staging copy of the library."""

    kind = "apply"


class ConfigError(SyncError):
    """The kiosk configuration or provisioning file is missing or invalid."""

    kind = "config"


class BusyError(SyncError):
    """A visitor is mid-session, or another sync holds the lock; try again later."""

    kind = "busy"


class CentralError(SyncError):
    """The central library published something this kiosk cannot use (wrong id, older version)."""

    kind = "central"
