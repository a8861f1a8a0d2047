"""The central TUF repository: signed metadata over static files any web server can serve.

Directory layout (``ROOT`` is what ``sync.publish init`` creates)::

    ROOT/publisher.json          state: library id, versions published, metadata versions, expiry
    ROOT/keys/                   private keys (never served)
    ROOT/repository/metadata/    N.root.json, root.json, N.targets.json, N.snapshot.json, timestamp.json
    ROOT/repository/targets/     files named <sha256>.<name> (consistent snapshots)

Serve ``ROOT/repository`` as it is. Files are written new-name-first and
``timestamp.json`` last, by atomic rename, so a kiosk polling during a
publication sees either the old or the new version, whole.
"""

from __future__ import annotations

import datetime as _dt
import shutil
from pathlib import Path
from typing import Callable

from tuf.api.metadata import (
    Metadata, MetaFile, Root, Snapshot, TargetFile, Targets, Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

from kiosk_app.core.fsutil import atomic_write_bytes, atomic_write_json, read_json
from sync.publish.keys import ROLES, KeyStore

EXPIRY_DAYS = {"root": 365, "targets": 90, "snapshot": 30, "timestamp": 7}
STATE_FILE = "publisher.json"
KEEP_METADATA_VERSIONS = 3


class PublishError(Exception):
    """Expected trouble on the central side, printed as one line."""


def utcnow() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)


class CentralRepo:
    """One central repository directory and its signing state.

    Args:
        root: the repository's directory.
        clock: returns the current UTC time; expiry dates count from it.
    """

    def __init__(self, root: Path, *, clock: Callable[[], _dt.datetime] = utcnow):
        self.root = Path(root)
        self.clock = clock
        self.keys = KeyStore(self.root / "keys")
        self.metadata_dir = self.root / "repository" / "metadata"
        self.targets_dir = self.root / "repository" / "targets"
        state = read_json(self.root / STATE_FILE)
        if not isinstance(state, dict):
            raise PublishError(f"{self.root} is not a central repository (no {STATE_FILE}); "
                               "run `python -m sync.publish init` first")
        self.state = state

    # -- creation --------------------------------------------------------------

    @classmethod
    def init(cls, root: Path, *, library_id: str, title: str = "",
             expiry_days: dict[str, int] | None = None,
             clock: Callable[[], _dt.datetime] = utcnow) -> "CentralRepo":
        """Create keys and version 1 of every role's metadata, with no targets yet.

        Raises:
            PublishError: a repository already exists there.
        """
        root = Path(root)
        if (root / STATE_FILE).exists():
            raise PublishError(f"{root} already holds a central repository")
        root.mkdir(parents=True, exist_ok=True)
        expiry = dict(EXPIRY_DAYS, **(expiry_days or {}))
        keys = KeyStore(root / "keys")
        signers = {role: keys.generate(role) for role in ROLES}
        now = clock()
        meta_dir = root / "repository" / "metadata"
        meta_dir.mkdir(parents=True, exist_ok=True)
        (root / "repository" / "targets").mkdir(parents=True, exist_ok=True)
        root_md = Metadata(Root(expires=now + _dt.timedelta(days=expiry["root"]), consistent_snapshot=True))
        for role, signer in signers.items():
            root_md.signed.add_key(signer.public_key, role)
        root_md.sign(signers["root"])
        state = {"library_id": library_id, "title": title, "expiry_days": expiry, "versions": [],
                 "metadata": {"root": 1, "targets": 0, "snapshot": 0, "timestamp": 0},
                 "recent_files": [], "keep_deltas": 30}
        atomic_write_json(root / STATE_FILE, state)
        repo = cls(root, clock=clock)
        repo._write("root", root_md)
        repo.commit_targets({}, keep=set())
        return repo

    # -- metadata I/O ----------------------------------------------------------

    def _file(self, role: str, version: int) -> Path:
        if role == "timestamp":
            return self.metadata_dir / "timestamp.json"
        return self.metadata_dir / f"{version}.{role}.json"

    def load(self, role: str) -> Metadata:
        """The newest metadata of a top-level role."""
        return Metadata.from_file(str(self._file(role, self.state["metadata"][role])))

    def _write(self, role: str, md: Metadata) -> None:
        data = md.to_bytes(JSONSerializer(compact=False))
        atomic_write_bytes(self._file(role, md.signed.version), data)
        if role == "root":
            atomic_write_bytes(self.metadata_dir / "root.json", data)
        self.state["metadata"][role] = md.signed.version
        self.save_state()

    def save_state(self) -> None:
        atomic_write_json(self.root / STATE_FILE, self.state)

    def _expires(self, role: str) -> _dt.datetime:
        return self.clock() + _dt.timedelta(days=self.state["expiry_days"][role])

    def trusted_root(self) -> bytes:
        """The newest root metadata, which a kiosk is provisioned with."""
        return (self.metadata_dir / "root.json").read_bytes()

    # -- publishing ------------------------------------------------------------

    def target_names(self) -> set[str]:
        if not self.state["metadata"]["targets"]:
            return set()
        return set(self.load("targets").signed.targets)

    def commit_targets(self, add: dict[str, Path], *, keep: set[str]) -> None:
        """Sign a new targets version holding ``keep`` (already published) plus ``add``.

        Files of ``add`` are copied into ``repository/targets`` under their hashed
        names first; then targets, snapshot and timestamp metadata are signed.

        Raises:
            PublishError: a name in ``keep`` is not currently published.
        """
        old = self.load("targets") if self.state["metadata"]["targets"] else None
        current = dict(old.signed.targets) if old else {}
        missing = keep - set(current)
        if missing:
            raise PublishError(f"cannot keep unpublished target(s): {', '.join(sorted(missing))}")
        targets = {name: current[name] for name in keep}
        for name, path in add.items():
            info = TargetFile.from_file(name, str(path), ["sha256"])
            dest = self.targets_dir / _hashed(name, info)
            dest.parent.mkdir(parents=True, exist_ok=True)
            tmp = dest.with_name(dest.name + ".tmp")
            shutil.copyfile(path, tmp)
            tmp.replace(dest)
            targets[name] = info
        version = (old.signed.version + 1) if old else 1
        md = Metadata(Targets(version=version,
                              expires=self._expires("targets"), targets=targets))
        md.sign(self.keys.signer("targets"))
        self._write("targets", md)
        self._sign_snapshot_and_timestamp()
        self._prune_files({_hashed(n, t) for n, t in targets.items()})

    def _sign_snapshot_and_timestamp(self) -> None:
        versions = self.state["metadata"]
        snapshot = Snapshot(version=versions["snapshot"] + 1, expires=self._expires("snapshot"),
                            meta={"targets.json": MetaFile(version=versions["targets"])})
        md = Metadata(snapshot)
        md.sign(self.keys.signer("snapshot"))
        self._write("snapshot", md)
        self.sign_timestamp()

    def sign_timestamp(self) -> None:
        """Sign a new timestamp (fresh expiry) pointing at the current snapshot."""
        versions = self.state["metadata"]
        snap_bytes = self._file("snapshot", versions["snapshot"]).read_bytes()
        stamp = Timestamp(version=versions["timestamp"] + 1, expires=self._expires("timestamp"),
                          snapshot_meta=MetaFile.from_data(versions["snapshot"], snap_bytes, ["sha256"]))
        md = Metadata(stamp)
        md.sign(self.keys.signer("timestamp"))
        self._write("timestamp", md)

    def refresh(self) -> list[str]:
        """Renew expiry: always the timestamp; snapshot and targets when they would expire
        before the next timestamp does. Returns the roles re-signed."""
        horizon = self._expires("timestamp")
        if self.load("targets").signed.expires <= horizon:
            self.commit_targets({}, keep=self.target_names())
            return ["targets", "snapshot", "timestamp"]
        if self.load("snapshot").signed.expires <= horizon:
            self._sign_snapshot_and_timestamp()
            return ["snapshot", "timestamp"]
        self.sign_timestamp()
        return ["timestamp"]

    def rotate_key(self, role: str) -> str:
        """Replace ``role``'s key: a new root lists it, signed by the old and new root keys.

        Returns:
            The new key id.

        Raises:
            PublishError: unknown role.
        """
        if role not in ROLES:
            raise PublishError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
        root_md = self.load("root")
        root = root_md.signed
        old_ids = list(root.roles[role].keyids)
        old_root_signer = self.keys.signer("root")
        new_signer = self.keys.generate(role)
        for keyid in old_ids:
            root.revoke_key(keyid, role)
        root.add_key(new_signer.public_key, role)
        root.version += 1
        root.expires = self._expires("root")
        root_md.signatures.clear()
        root_md.sign(old_root_signer, append=True)
        if role == "root":
            root_md.sign(new_signer, append=True)
        self._write("root", root_md)
        self.commit_targets({}, keep=self.target_names())
        return new_signer.public_key.keyid

    def _prune_files(self, referenced: set[str]) -> None:
        """Delete target files no longer referenced by this or the previous targets version,
        and metadata older than a few versions (kiosks mid-update may still read those)."""
        keep = referenced | set(self.state.get("recent_files", []))
        for path in self.targets_dir.rglob("*"):
            if path.is_file() and path.relative_to(self.targets_dir).as_posix() not in keep:
                path.unlink()
        self.state["recent_files"] = sorted(referenced)
        self.save_state()
        for role in ("targets", "snapshot"):
            newest = self.state["metadata"][role]
            for path in self.metadata_dir.glob(f"*.{role}.json"):
                number = path.name.split(".", 1)[0]
                if number.isdigit() and int(number) <= newest - KEEP_METADATA_VERSIONS:
                    path.unlink()


def _hashed(name: str, info: TargetFile) -> str:
    """Where a consistent-snapshot client looks for a target: hash-prefixed base name."""
    directory, sep, base = name.rpartition("/")
    return f"{directory}{sep}{info.hashes['sha256']}.{base}"
