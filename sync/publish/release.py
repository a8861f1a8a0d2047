"""Publishing one version: canonical snapshot, delta from the previous version, manifest.

The input is any full export in the exchange format. It is loaded into a
scratch store (which validates every line and refuses the whole file on any
problem) and exported again, so the published snapshot is canonical: the same
library always gives the same bytes. The publisher owns version numbers and
the library id; the input's header only contributes title and source.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from kiosk_app.core.exchange import dump_record, export_library, read_entries
from kiosk_app.core.records import FORMAT_VERSION, record_key
from kiosk_app.core.store import LibraryStore
from kiosk_app.core.store_write import ImportFailed, apply_records
from sync.manifest import MANIFEST_TARGET, Manifest, Offer
from sync.publish.repo import CentralRepo, PublishError

log = logging.getLogger(__name__)


@dataclass
class Release:
    version: int
    records: int
    documents: int
    snapshot_bytes: int
    delta_bytes: int | None
    upserts: int
    tombstones: int


def _header(repo: CentralRepo, version: int, built_at: str, source_header: dict | None) -> dict:
    source_header = source_header or {}
    return {"type": "library", "id": repo.state["library_id"], "format": FORMAT_VERSION,
            "version": version, "built_at": built_at,
            "title": repo.state.get("title") or source_header.get("title", ""),
            "source": source_header.get("source", "")}


def _entries_with_header(path: Path, header: dict, seen_header: list) -> Iterator:
    """The input's entries with its header replaced by the publisher's."""
    yield "publish", None, header
    for source, line, raw in read_entries(path):
        if isinstance(raw, dict) and raw.get("type") == "library":
            if "base_version" in raw:
                raise PublishError(f"{path.name}:{line}: this is a delta (base_version "
                                   f"{raw['base_version']}); publish takes a full export")
            seen_header.append(raw)
            continue
        yield source, line, raw


def publish(repo: CentralRepo, export: Path, *, built_at: str | None = None) -> Release:
    """Publish ``export`` as the next version: snapshot, delta, manifest, signed metadata.

    Raises:
        PublishError: the input is a delta or unreadable.
        ImportFailed: records were refused (each problem names file:line).
    """
    export = Path(export)
    if not export.is_file():
        raise PublishError(f"{export}: no such file")
    versions = repo.state["versions"]
    previous = versions[-1] if versions else None
    version = previous["version"] + 1 if previous else 1
    built_at = built_at or repo.clock().astimezone().isoformat(timespec="seconds")
    with tempfile.TemporaryDirectory(prefix="publish-", dir=repo.root) as tmp:
        tmp = Path(tmp)
        seen: list = []
        header = _header(repo, version, built_at, None)
        store = LibraryStore.create(tmp / "lib")
        try:
            try:
                apply_records(store, _entries_with_header(export, header, seen))
            except ImportFailed:
                raise
            if seen:   # title/source from the input when the repository has none of its own
                fixed = _header(repo, version, built_at, seen[0])
                apply_records(store, [("publish", None, fixed)])
            snapshot_file = tmp / f"snapshot-v{version}.jsonl.gz"
            records = export_library(store, snapshot_file)
            counts = store.counts()["records"]
            documents = counts["document"]
            digest = _records_digest(store)
            final_header = _header(repo, version, built_at, seen[0] if seen else None)
        finally:
            store.close()
        add = {f"library/snapshot-v{version}.jsonl.gz": snapshot_file}
        delta_offer = None
        upserts = tombstones = 0
        if previous:
            prev_file = repo.targets_dir / previous["snapshot_file"]
            delta_file = tmp / f"delta-v{previous['version']}-v{version}.jsonl.gz"
            upserts, tombstones = write_delta(prev_file, snapshot_file, delta_file,
                                              dict(final_header, base_version=previous["version"]),
                                              updated_at=built_at)
            delta_name = f"library/delta-v{previous['version']}-v{version}.jsonl.gz"
            add[delta_name] = delta_file
            delta_offer = Offer(target=delta_name, length=delta_file.stat().st_size, version=version,
                                base_version=previous["version"], records=upserts + tombstones)
        snapshot_offer = Offer(target=f"library/snapshot-v{version}.jsonl.gz",
                               length=snapshot_file.stat().st_size, version=version, records=records)
        kept_deltas = [Offer(**d) for d in _recent_deltas(versions, repo.state.get("keep_deltas", 30) - 1)]
        deltas = tuple(kept_deltas + ([delta_offer] if delta_offer else []))
        manifest = Manifest(library_id=repo.state["library_id"], version=version, built_at=built_at,
                            snapshot=snapshot_offer, deltas=deltas, title=final_header["title"],
                            documents=documents, records_sha256=digest, counts=counts)
        manifest_file = tmp / "manifest.json"
        manifest_file.write_bytes(manifest.to_json())
        add[MANIFEST_TARGET] = manifest_file
        keep = {d.target for d in kept_deltas}
        repo.commit_targets(add, keep=keep)
        info = repo.load("targets").signed.targets[snapshot_offer.target]
        entry = {"version": version, "built_at": built_at, "records": records, "documents": documents,
                 "records_sha256": digest,
                 "snapshot_file": _hashed_name(snapshot_offer.target, info.hashes["sha256"]),
                 "delta": None if delta_offer is None else vars(delta_offer).copy()}
        versions.append(entry)
        repo.save_state()
    log.info("published version %d: %d records, snapshot %d bytes, delta %s", version, records,
             snapshot_offer.length, delta_offer.length if delta_offer else "none")
    return Release(version=version, records=records, documents=documents,
                   snapshot_bytes=snapshot_offer.length,
                   delta_bytes=delta_offer.length if delta_offer else None,
                   upserts=upserts, tombstones=tombstones)


def _hashed_name(name: str, digest: str) -> str:
    directory, sep, base = name.rpartition("/")
    return f"{directory}{sep}{digest}.{base}"


def _recent_deltas(versions: list[dict], count: int) -> list[dict]:
    if count <= 0:
        return []
    return [v["delta"] for v in versions[-count:] if v.get("delta")]


def _records_digest(store: LibraryStore) -> str:
    digest = hashlib.sha256()
    for record in store.iter_all():
        digest.update(dump_record(record).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def _keyed_lines(path: Path) -> Iterator[tuple[tuple[str, str], str]]:
    for _source, _line, raw in read_entries(path):
        if isinstance(raw, dict) and raw.get("type") != "library":
            yield record_key(raw), dump_record(raw)


def write_delta(old: Path, new: Path, out: Path, header: dict, *, updated_at: str) -> tuple[int, int]:
    """Write the records of ``new`` that differ from ``old``, and tombstones for those gone.

    Only hashes of the old lines are held in memory, so a 100,000-document
    library diffs in a few hundred megabytes at most.

    Returns:
        (records changed or added, tombstones).
    """
    old_hashes = {key: hashlib.blake2b(line.encode("utf-8"), digest_size=16).digest()
                  for key, line in _keyed_lines(old)}
    upserts = 0
    with _gzip_text(out) as fh:
        fh.write(dump_record(header) + "\n")
        for key, line in _keyed_lines(new):
            digest = hashlib.blake2b(line.encode("utf-8"), digest_size=16).digest()
            if old_hashes.pop(key, None) != digest:
                fh.write(line + "\n")
                upserts += 1
        for (rtype, rid) in sorted(old_hashes):
            fh.write(dump_record({"type": "tombstone", "id": rid, "of": rtype,
                                  "updated_at": updated_at}) + "\n")
    return upserts, len(old_hashes)


class _gzip_text:
    """A deterministic gzip text file (zero mtime, no name), fsynced on close."""

    def __init__(self, path: Path):
        self._raw = open(path, "wb")
        self._gz = gzip.GzipFile(fileobj=self._raw, mode="wb", mtime=0, filename="")

    def write(self, text: str) -> None:
        self._gz.write(text.encode("utf-8"))

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._gz.close()
        self._raw.flush()
        os.fsync(self._raw.fileno())
        self._raw.close()


def history(repo: CentralRepo) -> list[dict]:
    """Published versions, oldest first, as stored in ``publisher.json``."""
    return json.loads(json.dumps(repo.state["versions"]))
