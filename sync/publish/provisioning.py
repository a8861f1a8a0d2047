"""Provisioning files: everything one kiosk needs to start, in one file.

Like Kolibri's automatic provisioning, a hall's technician copies one file to
the kiosk and runs one command. The file names the hall and region, the
central URLs, embeds the trusted root metadata (the anchor of all later
verification), and carries the kiosk's own intake credential. The central
side keeps only a hash of that credential (``kiosks.json``).

The file's ``intake`` section gives the kiosk its tracking-code prefix (unique
among the kiosks in the registry, allocated here unless given) and the
disclosure office's X25519 public key, for which the kiosk seals
applications and usage counts. Unless the office supplies its own public key,
the central side makes one pair on first use: the private key stays in
``DIR/keys/office-x25519.pem`` (mode 0600) for the office's intake service
(``python -m sync.intake --office-key``), the public one is
``DIR/keys/office-x25519.pub.pem``.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk_app.core.fsutil import atomic_write_bytes, atomic_write_json, read_json
from kiosk_app.core.intake.tracking import ALPHABET, PREFIX_LEN
from sync.client.provision import check_intake
from sync.errors import ConfigError
from sync.publish.repo import CentralRepo, PublishError

PROVISION_FORMAT = 1
REGISTRY = "kiosks.json"
OFFICE_PRIVATE_KEY = "keys/office-x25519.pem"
OFFICE_PUBLIC_KEY = "keys/office-x25519.pub.pem"
#: Never allocated: the prefix of kiosks that were not provisioned (``service.UNASSIGNED_PREFIX``).
RESERVED_PREFIXES = frozenset({"DEV"})


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def office_public_key(root: Path) -> str:
    """The office's public key (PEM text) kept by the central side, made on first use.

    The pair is X25519 (what ``kiosk_app.core.intake.crypto`` seals for). The
    private key is written first, mode 0600, so a crash never leaves a public
    key without its private half.

    Raises:
        OSError: the keys directory is not writable.
    """
    private_path, public_path = Path(root) / OFFICE_PRIVATE_KEY, Path(root) / OFFICE_PUBLIC_KEY
    if not private_path.exists():
        private_path.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(private_path.parent, 0o700)
        key = X25519PrivateKey.generate()
        atomic_write_bytes(private_path, key.private_bytes(serialization.Encoding.PEM,
                                                           serialization.PrivateFormat.PKCS8,
                                                           serialization.NoEncryption()), mode=0o600)
    if not public_path.exists():
        try:
            key = serialization.load_pem_private_key(private_path.read_bytes(), password=None)
        except ValueError as exc:
            raise PublishError(f"{private_path} is not an unencrypted PEM private key: {exc}") from None
        if not isinstance(key, X25519PrivateKey):
            raise PublishError(f"{private_path} holds a {type(key).__name__}, not an X25519 key")
        atomic_write_bytes(public_path, key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo), mode=0o644)
    return public_path.read_text(encoding="ascii")


def allocate_prefix(registry: dict) -> str:
    """The first tracking-code prefix no registered kiosk holds.

    Raises:
        PublishError: all 24,389 prefixes are taken.
    """
    taken = {entry.get("tracking_prefix") for entry in registry.values() if isinstance(entry, dict)}
    for chars in itertools.product(ALPHABET, repeat=PREFIX_LEN):
        prefix = "".join(chars)
        if prefix not in taken and prefix not in RESERVED_PREFIXES:
            return prefix
    raise PublishError("every tracking-code prefix is taken; retire kiosks from kiosks.json first")


def make_provisioning(repo: CentralRepo, *, base_url: str, kiosk_id: str, hall: str = "",
                      region: str = "", intake_url: str = "", settings: dict | None = None,
                      intake: dict | None = None, with_intake: bool = True) -> dict:
    """A provisioning document for one kiosk; registers its credential with the central side.

    Args:
        repo: the central repository (its registry and keys).
        base_url: where ``repo/repository`` is served.
        kiosk_id, hall, region: the kiosk.
        intake_url: the central intake endpoint ("" for none).
        settings: kiosk settings to preset (see ``sync.client.config``).
        intake: fields of the ``intake`` section (``tracking_prefix``,
            ``office_public_key``, ``status_url``, ``office``, ``phone``,
            ``office_closes_at``); a missing prefix is allocated, a missing
            key is the central side's office key.
        with_intake: False leaves the section out (a kiosk without on-site applications).

    Raises:
        PublishError: the kiosk id is already registered (revoke it first) or
            invalid, the prefix is taken, or an intake field is malformed.
    """
    if not kiosk_id or not kiosk_id.replace("-", "").replace("_", "").isalnum():
        raise PublishError(f"kiosk id {kiosk_id!r} must be letters, digits, - and _")
    registry = read_json(repo.root / REGISTRY, {}) or {}
    if kiosk_id in registry:
        raise PublishError(f"kiosk {kiosk_id!r} is already provisioned; choose another id")
    section = None
    if with_intake:
        section = {k: v for k, v in (intake or {}).items() if v not in (None, "")}
        prefix = section.setdefault("tracking_prefix", allocate_prefix(registry))
        if prefix in RESERVED_PREFIXES:
            raise PublishError(f"tracking prefix {prefix!r} is reserved for kiosks that were never provisioned")
        holder = next((k for k, e in registry.items() if isinstance(e, dict) and e.get("tracking_prefix") == prefix),
                      None)
        if holder is not None:
            raise PublishError(f"tracking prefix {prefix!r} is already held by kiosk {holder!r}")
        if "office_public_key" not in section:
            section["office_public_key"] = office_public_key(repo.root)
        try:
            check_intake(section, "provisioning")
        except ConfigError as exc:
            raise PublishError(exc.message) from None
    token = secrets.token_urlsafe(32)
    registry[kiosk_id] = {"token_sha256": token_hash(token), "hall": hall, "region": region}
    if section is not None:
        registry[kiosk_id]["tracking_prefix"] = section["tracking_prefix"]
    atomic_write_json(repo.root / REGISTRY, registry)
    base = base_url.rstrip("/")
    doc = {
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
    if section is not None:
        doc["intake"] = section
    return doc


def write_provisioning(doc: dict, out: Path) -> None:
    """Write the document readable by its owner only (it holds a credential)."""
    data = (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(out, data)
    out.chmod(0o600)
