"""Kiosk sync settings, declared as data: name, type, default, help.

The configuration is one JSON file written by provisioning
(``python -m sync.client provision``). Every setting is listed in
:data:`SETTINGS`, validated at load with a message naming the setting, and
documented in docs/sync.md (a test checks that every setting appears there).
Relative paths are relative to the configuration file's directory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sync.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    help: str
    required: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("kiosk_id", str, None, "this kiosk's identity at the central intake", required=True),
    Setting("hall", str, "", "name of the service hall, shown on the admin screen"),
    Setting("region", str, "", "region of the hall (e.g. 济南)"),
    Setting("data_dir", str, ".", "kiosk data directory: libraries, TUF metadata, status, outbox"),
    Setting("metadata_url", str, None, "base URL of the TUF metadata (…/metadata/)", required=True),
    Setting("targets_url", str, None, "base URL of the TUF targets (…/targets/)", required=True),
    Setting("trusted_root", str, "tuf/trusted-root.json",
            "root metadata the kiosk was provisioned with: the anchor of all trust"),
    Setting("intake_url", str, "", "central intake endpoint for upstream items (empty: none)"),
    Setting("token", str, "", "this kiosk's credential for the central intake"),
    Setting("outbox", str, "", "the application outbox as module:factory (called with the data dir)"),
    Setting("keep_versions", int, 2, "complete library versions kept (current and rollback)"),
    Setting("timeout_s", float, 20.0, "seconds without a byte before a download attempt is abandoned"),
    Setting("attempts", int, 5, "tries per file before a sync gives up (resuming each time)"),
    Setting("backoff_s", float, 0.5, "first pause between tries; doubles each time, at most 30 s"),
    Setting("chunk_bytes", int, 65536, "download chunk size; progress and resume granularity"),
    Setting("max_steps", int, 50, "longest delta chain applied before preferring the snapshot"),
    Setting("min_free_bytes", int, 16 * 1024 * 1024, "free space always left on the data disk"),
    Setting("check_free_space", bool, True, "refuse to start an update that would not fit"),
    Setting("verify_records_max_documents", int, 20000,
            "after deltas, also compare the digest of all records with the manifest's when the "
            "library has at most this many documents (changed records and counts are always checked)"),
    Setting("busy_wait_s", float, 300.0, "how long to wait for a visitor to finish before switching"),
    Setting("poll_interval_s", float, 900.0, "seconds between syncs in --loop mode"),
    Setting("heartbeat_s", float, 3600.0, "seconds between heartbeats sent upstream"),
)
_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class KioskConfig:
    """Validated settings plus the file they came from."""

    values: dict
    path: Path

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def data_path(self) -> Path:
        return (self.path.parent / self.values["data_dir"]).resolve()

    @property
    def trusted_root_path(self) -> Path:
        return self.data_path / self.values["trusted_root"]


def validate(raw: dict, *, source: str = "config") -> dict:
    """Check types, fill defaults, refuse unknown names.

    Raises:
        ConfigError: an unknown, missing or mistyped setting (named in the message).
    """
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: must be a JSON object")
    unknown = sorted(set(raw) - set(_BY_NAME))
    if unknown:
        raise ConfigError(f"{source}: unknown setting {unknown[0]!r}")
    out = {}
    for setting in SETTINGS:
        value = raw.get(setting.name, setting.default)
        if value is None:
            if setting.required:
                raise ConfigError(f"{source}: missing required setting {setting.name!r} "
                                  f"({setting.help})")
            out[setting.name] = value
            continue
        if setting.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, setting.type) or (setting.type is int and isinstance(value, bool)):
            raise ConfigError(f"{source}: setting {setting.name!r} must be {setting.type.__name__}, "
                              f"got {value!r}")
        out[setting.name] = value
    for name in ("metadata_url", "targets_url"):
        if not out[name].endswith("/"):
            out[name] += "/"
    return out


def load_config(path: str | Path) -> KioskConfig:
    """Read and validate a kiosk configuration file.

    Raises:
        ConfigError: missing, not JSON, or an invalid setting.
    """
    path = Path(path).resolve()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"no configuration file at {path}") from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read as JSON ({exc})") from None
    return KioskConfig(validate(raw, source=str(path)), path)
