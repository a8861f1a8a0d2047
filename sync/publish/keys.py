"""Signing keys of the central repository, one ed25519 key per TUF role, as files.

``keys/<role>.pem`` holds the private key (PKCS#8, mode 0600) and
``keys/<role>.pub.json`` the public key as TUF writes it. A rotated key moves
to ``keys/retired/``: the old root key is still needed once, to sign the root
that introduces its successor. Keep the root key offline in production (copy
it in only for ``rotate-key --role root`` and ``init``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.serialization import load_pem_private_key
from securesystemslib.signer import CryptoSigner

from kiosk_app.core.fsutil import atomic_write_bytes

ROLES = ("root", "targets", "snapshot", "timestamp")


class KeyError_(Exception):
    """A role's key file is missing or unreadable."""


class KeyStore:
    """The keys directory of a central repository."""

    def __init__(self, keys_dir: Path):
        self.dir = Path(keys_dir)

    def path(self, role: str) -> Path:
        return self.dir / f"{role}.pem"

    def generate(self, role: str) -> CryptoSigner:
        """Create a new key for ``role``, retiring any existing one.

        Raises:
            OSError: the keys directory is not writable.
        """
        self.dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.dir, 0o700)
        if self.path(role).exists():
            self.retire(role)
        signer = CryptoSigner.generate_ed25519()
        atomic_write_bytes(self.path(role), signer.private_bytes)
        os.chmod(self.path(role), 0o600)
        public = {"keyid": signer.public_key.keyid, **signer.public_key.to_dict()}
        atomic_write_bytes(self.dir / f"{role}.pub.json",
                           (json.dumps(public, indent=1, sort_keys=True) + "\n").encode())
        return signer

    def signer(self, role: str) -> CryptoSigner:
        """The signer of ``role``'s current key.

        Raises:
            KeyError_: no key file for the role, or it is not a PEM private key.
        """
        return self._load(self.path(role), role)

    def retire(self, role: str) -> Path:
        """Move the role's key to ``retired/`` (named by key id) and return its new path."""
        signer = self.signer(role)
        retired = self.dir / "retired"
        retired.mkdir(exist_ok=True)
        dest = retired / f"{role}-{signer.public_key.keyid[:16]}.pem"
        os.replace(self.path(role), dest)
        (self.dir / f"{role}.pub.json").unlink(missing_ok=True)
        return dest

    def retired_signer(self, role: str, keyid: str) -> CryptoSigner:
        return self._load(self.dir / "retired" / f"{role}-{keyid[:16]}.pem", role)

    @staticmethod
    def _load(path: Path, role: str) -> CryptoSigner:
        try:
            private = load_pem_private_key(path.read_bytes(), password=None)
        except FileNotFoundError:
            raise KeyError_(f"no {role} key at {path}") from None
        except (ValueError, TypeError) as exc:
            raise KeyError_(f"{path} is not an unencrypted PEM private key: {exc}") from None
        return CryptoSigner(private)
