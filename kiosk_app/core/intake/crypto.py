"""The kiosk's own key, and encryption of submissions at rest.

Personal information (PIPL) waiting on the kiosk for upload is kept only as
AES-256-GCM ciphertext, under a key that never leaves the kiosk:

* **Key file**: 32 random bytes, base64, behind a one-line header, created on
  first use with mode 0600. It is written to a temporary file, flushed, then
  hard-linked into place, so the file either does not exist or is complete —
  a power cut or a kill during creation never leaves an empty key — and two
  processes starting together end up with the same key (the second link
  fails and that process reads the first one's key). Its path is given by
  the caller: it belongs on the kiosk's data partition, ideally not in the
  same directory as the database, so a copied database file alone is useless.
* **Ciphertext format**: version byte 1, a 4-byte key id (the start of
  SHA-256 of the key, to say clearly "wrong key" rather than "corrupt"), a
  12-byte random nonce, then the GCM ciphertext and tag.
* **Associated data**: the caller binds each ciphertext to its record (the
  outbox passes the idempotency key, tracking code and kind), so a
  ciphertext moved to another row fails to decrypt instead of being read as
  someone else's application.

Inside that layer, a submission is sealed for the disclosure office as soon
as the kiosk knows the office's public key: HPKE (RFC 9180) in base mode with
DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and AES-256-GCM, from
``cryptography.hazmat.primitives.hpke``. Only the holder of the office's
private key can open it; not the kiosk, not the sync process, not a relay
that carries uploads. The HPKE ``info`` binds it to its idempotency key and
kind. :func:`open_sealed` is the office's side.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import stat
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk_app.core.fsutil import fsync_dir

log = logging.getLogger(__name__)

KEY_HEADER = b"disclosure-kiosk outbox key v1\n"
KEY_BYTES = 32
NONCE_BYTES = 12
VERSION = 1
SEAL_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
SEAL_VERSION = b"\x01"


class CryptoError(Exception):
    """The key file or a ciphertext cannot be used: base of this module's errors."""


class KeyFileError(CryptoError):
    """The key file exists but is unreadable, malformed, or not ours."""


class DecryptError(CryptoError):
    """A ciphertext was made with another key, altered, or moved to another record."""


def _read_key(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(f"cannot read key file {path}: {exc.strerror or exc}") from exc
    if not data.startswith(KEY_HEADER):
        raise KeyFileError(f"{path} is not a kiosk outbox key file (header missing)")
    try:
        key = base64.b64decode(data[len(KEY_HEADER):].strip(), validate=True)
    except ValueError:
        raise KeyFileError(f"{path}: key is not valid base64") from None
    if len(key) != KEY_BYTES:
        raise KeyFileError(f"{path}: key has {len(key)} bytes, expected {KEY_BYTES}")
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        log.warning("key file %s had mode %o; restricting it to 0600", path, mode)
        os.chmod(path, 0o600)
    return key


def load_or_create_key(path: str | os.PathLike) -> bytes:
    """Read the kiosk key from ``path``, creating it (mode 0600) if it does not exist.

    Raises:
        KeyFileError: the file exists but is not a valid key file, or cannot
            be read or created (the directory is missing or not writable).
    """
    path = Path(path)
    if path.exists():
        return _read_key(path)
    key = os.urandom(KEY_BYTES)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, KEY_HEADER + base64.b64encode(key) + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)       # fails if another process won the race
        except FileExistsError:
            return _read_key(path)
        fsync_dir(path.parent)
        log.info("created kiosk outbox key %s", path)
        return key
    except OSError as exc:
        raise KeyFileError(f"cannot create key file {path}: {exc.strerror or exc}") from exc
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass


class FieldCipher:
    """AES-256-GCM with the kiosk key; see the module docstring for the format.

    Args:
        key: 32 bytes.

    Raises:
        CryptoError: the key is not 32 bytes.
    """

    def __init__(self, key: bytes):
        if len(key) != KEY_BYTES:
            raise CryptoError(f"key must be {KEY_BYTES} bytes, got {len(key)}")
        self._aead = AESGCM(key)
        self.key_id = hashlib.sha256(key).digest()[:4]

    @classmethod
    def from_key_file(cls, path: str | os.PathLike) -> "FieldCipher":
        """The cipher of the key at ``path``, creating the key on first use.

        Raises:
            KeyFileError: as :func:`load_or_create_key`.
        """
        return cls(load_or_create_key(path))

    def encrypt(self, plaintext: bytes, aad: bytes) -> bytes:
        """Encrypt ``plaintext`` bound to ``aad`` (which is not stored)."""
        nonce = os.urandom(NONCE_BYTES)
        return bytes([VERSION]) + self.key_id + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def decrypt(self, blob: bytes, aad: bytes) -> bytes:
        """Decrypt a blob made by :meth:`encrypt` with the same ``aad``.

        Raises:
            DecryptError: unknown format, another key, or the blob or ``aad`` changed.
        """
        head = 1 + len(self.key_id) + NONCE_BYTES
        if len(blob) < head + 16 or blob[0] != VERSION:
            raise DecryptError("ciphertext has an unknown format or is truncated")
        if blob[1:5] != self.key_id:
            raise DecryptError(f"ciphertext was made with another key (key id {blob[1:5].hex()}, "
                               f"this kiosk's is {self.key_id.hex()})")
        nonce = blob[5:head]
        try:
            return self._aead.decrypt(nonce, blob[head:], aad)
        except InvalidTag:
            raise DecryptError("ciphertext was altered or belongs to another record") from None


# -- sealing for the disclosure office ---------------------------------------------------


def seal_info(idempotency_key: str, kind: str) -> bytes:
    """The HPKE ``info`` that binds a sealed submission to its key and kind."""
    return f"disclosure-kiosk seal v1|{idempotency_key}|{kind}".encode()


def load_office_key(path: str | os.PathLike) -> X25519PublicKey:
    """Read the office's public key (PEM, SubjectPublicKeyInfo, X25519).

    Raises:
        KeyFileError: the file cannot be read or holds another kind of key.
    """
    try:
        key = serialization.load_pem_public_key(Path(path).read_bytes())
    except OSError as exc:
        raise KeyFileError(f"cannot read office key {path}: {exc.strerror or exc}") from exc
    except ValueError:
        raise KeyFileError(f"{path} is not a PEM public key") from None
    if not isinstance(key, X25519PublicKey):
        raise KeyFileError(f"{path} holds a {type(key).__name__}, not an X25519 public key")
    return key


def office_key_pem(key: X25519PublicKey) -> bytes:
    """The PEM text of an office public key (to provision kiosks with)."""
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def seal(office_key: X25519PublicKey, plaintext: bytes, info: bytes) -> bytes:
    """Encrypt ``plaintext`` so that only the office's private key opens it."""
    return SEAL_VERSION + SEAL_SUITE.encrypt(plaintext, office_key, info=info)


def open_sealed(office_private_key: X25519PrivateKey, blob: bytes, info: bytes) -> bytes:
    """The office's side of :func:`seal`.

    Raises:
        DecryptError: another key, another ``info``, or an altered blob.
    """
    if blob[:1] != SEAL_VERSION:
        raise DecryptError("sealed payload has an unknown format")
    try:
        return SEAL_SUITE.decrypt(blob[1:], office_private_key, info=info)
    except (InvalidTag, ValueError):
        raise DecryptError("sealed payload was altered, is for another office, "
                           "or belongs to another submission") from None
