"""Provision a kiosk from one file: configuration, trusted root, credential, intake.

``python -m sync.client provision FILE --data-dir DIR`` checks the file,
writes ``DIR/kiosk.json`` (the configuration every later command takes with
``--config``) and ``DIR/tuf/trusted-root.json``, both readable by the kiosk
user only. The root is parsed and its self-signature checked here, so a
damaged file fails now, in front of the technician, not at the first sync.

An optional ``intake`` section sets up on-site applications: the kiosk's
tracking-code prefix, the office's public key (submissions and usage counts
are sealed for it), and what receipts print. It becomes
``DIR/intake/intake.json`` and ``DIR/intake/office-key.pem`` (the layout of
:class:`kiosk_app.core.intake.service.IntakePaths`). Every part of the file is
checked before the first byte is written, so a bad file leaves the data
directory as it was.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from tuf.api.exceptions import RepositoryError
from tuf.api.metadata import Metadata, Root
from tuf.api.serialization import DeserializationError

from kiosk_app.core.fsutil import atomic_write_bytes, fsync_dir
from kiosk_app.core.intake.crypto import KeyFileError, load_office_key, office_key_pem
from kiosk_app.core.intake.tracking import TrackingError, check_prefix
from sync.client.config import validate
from sync.errors import ConfigError

CONFIG_NAME = "kiosk.json"
TRUSTED_ROOT = "tuf/trusted-root.json"
#: The kiosk's own upstream outbox (intake submissions and usage counts), unless ``settings`` names another.
DEFAULT_OUTBOX = "kiosk_app.core.intake.upstream:open_outbox"
INTAKE_DIR = "intake"            # IntakePaths(DIR).folder
INTAKE_CONFIG = "intake.json"    # IntakePaths(DIR).config
OFFICE_KEY = "office-key.pem"    # IntakePaths(DIR).office_key
INTAKE_FIELDS = ("tracking_prefix", "office_public_key", "status_url", "office", "phone", "office_closes_at")
_TEXT_LIMITS = {"office": 100, "phone": 40, "status_url": 500}


def provision(file: Path, data_dir: Path, *, force: bool = False) -> Path:
    """Set up ``data_dir`` from a provisioning file; returns the configuration path.

    Raises:
        ConfigError: unreadable file, missing field, invalid root metadata, or an
            already provisioned data directory (without ``force``).
    """
    try:
        doc = json.loads(Path(file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read provisioning file {file}: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != 1:
        raise ConfigError(f"{file}: not a provisioning file (format 1)")
    try:
        central = doc["central"]
        root_bytes = json.dumps(doc["trusted_root"], ensure_ascii=False).encode("utf-8")
        values = {"kiosk_id": doc["kiosk_id"], "hall": doc.get("hall", ""), "region": doc.get("region", ""),
                  "metadata_url": central["metadata_url"], "targets_url": central["targets_url"],
                  "intake_url": central.get("intake_url", ""),
                  "token": doc.get("credentials", {}).get("token", ""),
                  "data_dir": ".", "trusted_root": TRUSTED_ROOT, "outbox": DEFAULT_OUTBOX}
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"{file}: missing field {exc}") from None
    values.update(doc.get("settings") or {})
    values = validate(values, source=str(file))
    _check_root(root_bytes, file)
    intake = check_intake(doc.get("intake"), file)
    data_dir = Path(data_dir)
    config_path = data_dir / CONFIG_NAME
    if config_path.exists() and not force:
        raise ConfigError(f"{data_dir} is already provisioned ({config_path}); use --force to replace")
    (data_dir / "tuf").mkdir(parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    atomic_write_bytes(data_dir / TRUSTED_ROOT, root_bytes)
    if intake is not None:
        _write_intake(data_dir, *intake)
    atomic_write_bytes(config_path, (json.dumps(values, ensure_ascii=False, indent=1, sort_keys=True)
                                     + "\n").encode("utf-8"))
    os.chmod(config_path, 0o600)
    return config_path


def check_intake(section: object, file: Path | str) -> tuple[dict, bytes] | None:
    """Check a provisioning file's ``intake`` section; returns (``intake.json`` content, office key PEM).

    Returns None when the file has no section (the kiosk then takes
    applications under the unassigned prefix and holds them until a key comes).

    Raises:
        ConfigError: the section is not an object, has an unknown or missing
            field, or a field is malformed (the message names the field).
    """
    if section is None:
        return None
    where = f"{file}: intake"
    if not isinstance(section, dict):
        raise ConfigError(f"{where} must be a JSON object")
    unknown = sorted(set(section) - set(INTAKE_FIELDS))
    if unknown:
        raise ConfigError(f"{where}: unknown field {unknown[0]!r} (known: {', '.join(INTAKE_FIELDS)})")
    for name in INTAKE_FIELDS:
        if not isinstance(section.get(name, ""), str):
            raise ConfigError(f"{where}.{name} must be a string")
    try:
        prefix = check_prefix(section.get("tracking_prefix", ""))
    except TrackingError as exc:
        raise ConfigError(f"{where}.tracking_prefix: {exc}") from None
    pem = _check_office_key(section.get("office_public_key", ""), where)
    for name, limit in _TEXT_LIMITS.items():
        if len(section.get(name, "")) > limit:
            raise ConfigError(f"{where}.{name} is longer than {limit} characters")
    status_url = section.get("status_url", "")
    if status_url:
        parts = urlsplit(status_url)
        if parts.scheme not in ("http", "https") or not parts.netloc or "{code}" not in status_url:
            raise ConfigError(f"{where}.status_url must be an http(s) address with {{code}} where the "
                              f"tracking code goes, e.g. https://gk.example.gov.cn/status/{{code}}")
    closes = section.get("office_closes_at", "")
    if closes:
        try:
            closes = _dt.time.fromisoformat(closes).strftime("%H:%M")
        except ValueError:
            raise ConfigError(f"{where}.office_closes_at must be a time of day as HH:MM, e.g. 17:00") from None
    config = {"tracking_prefix": prefix, "status_url": status_url, "office": section.get("office", ""),
              "phone": section.get("phone", ""), "office_closes_at": closes}
    return config, pem


def _check_office_key(text: str, where: str) -> bytes:
    """The office key as canonical PEM, after ``crypto.load_office_key`` accepted it."""
    if not text.strip():
        raise ConfigError(f"{where}.office_public_key is missing: without the office's public key the kiosk "
                          f"cannot seal applications for the office")
    with tempfile.TemporaryDirectory(prefix="provision-") as tmp:
        probe = Path(tmp) / OFFICE_KEY
        probe.write_text(text, encoding="utf-8")
        try:
            key = load_office_key(probe)
        except KeyFileError as exc:
            detail = str(exc).replace(str(probe), "the key")
            raise ConfigError(f"{where}.office_public_key is not the office's X25519 public key in PEM "
                              f"form ({detail})") from None
    return office_key_pem(key)


def _write_intake(data_dir: Path, config: dict, pem: bytes) -> None:
    """Write ``intake/office-key.pem`` then ``intake/intake.json`` (each atomic, 0600; folder 0700)."""
    folder = data_dir / INTAKE_DIR
    new = not folder.exists()
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)
    if new:
        fsync_dir(data_dir)
    atomic_write_bytes(folder / OFFICE_KEY, pem, mode=0o600)
    atomic_write_bytes(folder / INTAKE_CONFIG, (json.dumps(config, ensure_ascii=False, indent=1, sort_keys=True)
                                                + "\n").encode("utf-8"), mode=0o600)


def _check_root(data: bytes, file: Path) -> None:
    try:
        md = Metadata[Root].from_bytes(data)
        if not isinstance(md.signed, Root):
            raise ConfigError(f"{file}: trusted_root is {md.signed.type} metadata, not root")
        md.verify_delegate(Root.type, md)
    except (DeserializationError, RepositoryError, ValueError) as exc:
        raise ConfigError(f"{file}: trusted_root is not valid self-signed root metadata: {exc}") from None
