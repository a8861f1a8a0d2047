"""Offline bundles: the signed repository subset a kiosk without network needs, as one tar.

The tar holds ``metadata/`` (every root version, the current targets and
snapshot, the timestamp) and ``targets/`` (manifest, snapshot, offered
deltas) under their published names. A kiosk imports it through the very same
ngclient verification as online, so a bundle that was altered on the USB stick
is refused. The timestamp inside expires like online metadata: export a bundle
shortly before carrying it (or ``refresh`` first).
"""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

from sync.manifest import MANIFEST_TARGET, Manifest
from sync.publish.repo import CentralRepo, PublishError, _hashed


def export_bundle(repo: CentralRepo, out: Path, *, include_deltas: bool = True) -> dict:
    """Write the bundle tar; returns a summary (version, files, bytes).

    Raises:
        PublishError: nothing published yet.
    """
    targets = repo.load("targets").signed.targets
    if MANIFEST_TARGET not in targets:
        raise PublishError("nothing published yet; run `publish` first")
    manifest_info = targets[MANIFEST_TARGET]
    manifest = Manifest.from_json((repo.targets_dir / _hashed(MANIFEST_TARGET, manifest_info)).read_bytes())
    names = [MANIFEST_TARGET, manifest.snapshot.target]
    if include_deltas:
        names += [d.target for d in manifest.deltas]
    versions = repo.state["metadata"]
    meta_files = sorted(repo.metadata_dir.glob("*.root.json")) + [
        repo.metadata_dir / f"{versions['targets']}.targets.json",
        repo.metadata_dir / f"{versions['snapshot']}.snapshot.json",
        repo.metadata_dir / "timestamp.json",
    ]
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    total = 0
    with tarfile.open(tmp, "w") as tar:
        for path in meta_files:
            tar.add(path, arcname=f"metadata/{path.name}")
            total += path.stat().st_size
        for name in names:
            hashed = _hashed(name, targets[name])
            tar.add(repo.targets_dir / hashed, arcname=f"targets/{hashed}")
            total += targets[name].length
        info = {"library_id": manifest.library_id, "version": manifest.version, "files": len(names)}
        data = json.dumps(info).encode()
        member = tarfile.TarInfo("bundle.json")
        member.size = len(data)

        tar.addfile(member, io.BytesIO(data))
    tmp.replace(out)
    return dict(info, bytes=total)
