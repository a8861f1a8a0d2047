"""Provisioning files: everything one kiosk needs to start, in one file.

Like Kolibri's automatic provisioning, a hall's technician copies one file to
the kiosk and runs one command. The file names the hall and region, the
central URLs, embeds the trusted root metadata (the anchor of all later
verification), and carries the kiosk's own intake credential. The central
side keeps only a hash of that credential (``kiosks.json``).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from pathlib import Path

from kiosk_app.core.fsutil import atomic_write_bytes, atomic_write_json, read_json
from sync.publish.repo import CentralRepo, PublishError

PROVISION_FORMAT = 1
REGISTRY = "kiosks.json"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def make_provisioning(repo: CentralRepo, *, base_url: str, kiosk_id: str, hall: str = "",
                      region: str = "", intake_url: str = "", settings: dict | None = None) -> dict:
    """A provisioning document for one kiosk; registers its credential with the central side.

    Raises:
        PublishError: the kiosk id is already registered (revoke it first) or invalid.
    """
    if not kiosk_id or not kiosk_id.replace("-", "").replace("_", "").isalnum():
        raise PublishError(f"kiosk id {kiosk_id!r} must be letters, digits, - and _")
    registry = read_json(repo.root / REGISTRY, {}) or {}
    if kiosk_id in registry:
        raise PublishError(f"kiosk {kiosk_id!r} is already provisioned; choose another id")
    token = secrets.token_urlsafe(32)
    registry[kiosk_id] = {"token_sha256": token_hash(token), "hall": hall, "region": region}
    atomic_write_json(repo.root / REGISTRY, registry)
    base = base_url.rstrip("/")
    return {
        "format": PROVISION_FORMAT,
        "kiosk_id": kiosk_id,
        "hall": hall,
        "region": region,
        "central": {"metadata_url": f"{base}/metadata/", "targets_url": f"{base}/targets/",
                    "intake_url": intake_url},
        "trusted_root": json.loads(repo.trusted_root()),
        "credentials": {"token": token},
        "settings": settings or {},
    }


def write_provisioning(doc: dict, out: Path) -> None:
    """Write the document readable by its owner only (it holds a credential)."""
    data = (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(out, data)
    out.chmod(0o600)
