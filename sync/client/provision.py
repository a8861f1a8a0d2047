"""Provision a kiosk from one file: configuration, trusted root, credential.

``python -m sync.client provision FILE --data-dir DIR`` checks the file,
writes ``DIR/kiosk.json`` (the configuration every later command takes with
``--config``) and ``DIR/tuf/trusted-root.json``, both readable by the kiosk
user only. The root is parsed and its self-signature checked here, so a
damaged file fails now, in front of the technician, not at the first sync.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from tuf.api.exceptions import RepositoryError
from tuf.api.metadata import Metadata, Root
from tuf.api.serialization import DeserializationError

from sync.client.config import validate
from sync.errors import ConfigError
from kiosk_app.core.fsutil import atomic_write_bytes

CONFIG_NAME = "kiosk.json"
TRUSTED_ROOT = "tuf/trusted-root.json"


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
                  "data_dir": ".", "trusted_root": TRUSTED_ROOT}
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"{file}: missing field {exc}") from None
    values.update(doc.get("settings") or {})
    values = validate(values, source=str(file))
    _check_root(root_bytes, file)
    data_dir = Path(data_dir)
    config_path = data_dir / CONFIG_NAME
    if config_path.exists() and not force:
        raise ConfigError(f"{data_dir} is already provisioned ({config_path}); use --force to replace")
    (data_dir / "tuf").mkdir(parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    atomic_write_bytes(data_dir / TRUSTED_ROOT, root_bytes)
    atomic_write_bytes(config_path, (json.dumps(values, ensure_ascii=False, indent=1, sort_keys=True)
                                     + "\n").encode("utf-8"))
    os.chmod(config_path, 0o600)
    return config_path


def _check_root(data: bytes, file: Path) -> None:
    try:
        md = Metadata[Root].from_bytes(data)
        if not isinstance(md.signed, Root):
            raise ConfigError(f"{file}: trusted_root is {md.signed.type} metadata, not root")
        md.verify_delegate(Root.type, md)
    except (DeserializationError, RepositoryError, ValueError) as exc:
        raise ConfigError(f"{file}: trusted_root is not valid self-signed root metadata: {exc}") from None
