"""One sync: verify what central offers, stage the update, switch ``current``, prune.

The steps, each safe to interrupt at any instant (kill -9, power cut):

1. lock the data directory; remove what an interrupted run left;
2. refresh TUF metadata and read the verified manifest; plan snapshot or delta chain;
3. check free space; download (resumable) and verify every file of the plan;
4. build the new version in ``libraries/.staging-*``: a copy of the current
   library with the deltas applied, or a fresh library from the snapshot;
5. check it is exactly the published version (id, version, record digest);
6. rename it to ``libraries/vN``, wait until no visitor is mid-session, and
   switch ``current``; prune versions beyond ``keep_versions``.

Until step 6 the application keeps serving the old version untouched.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kiosk_app.core.store import StoreError
from kiosk_app.core.store_write import ImportFailed
from sync import libops, state
from sync.client.config import KioskConfig
from sync.client.fetcher import ResumingFetcher
from sync.client.tufsession import TufSession, map_error
from sync.errors import ApplyError, BusyError, DiskSpaceError, SyncError
from sync.faults import checkpoint
from kiosk_app.core.fsutil import free_bytes, fsync_dir, fsync_tree, remove_tree, tree_size
from sync.manifest import MANIFEST_TARGET, Manifest, Plan, plan_update
from sync.status import StatusWriter, log_to_data_dir

log = logging.getLogger("sync")

# A gzip'd exchange file grows about this much once stored and indexed.
EXPANSION = 12


@dataclass
class SyncResult:
    version: int
    changed: bool
    plan: str
    bytes_downloaded: int = 0
    records: int = 0
    library: Path | None = None


@contextlib.contextmanager
def data_lock(data_dir: Path):
    """Hold the data directory's sync lock (one sync at a time per kiosk).

    Raises:
        BusyError: another sync is running.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(data_dir / "sync.lock", "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BusyError("another sync is running on this data directory") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def make_session(cfg: KioskConfig, status: StatusWriter, fetcher=None) -> TufSession:
    tuf_dir = cfg.data_path / "tuf"
    if fetcher is None:
        def on_bytes(n: int) -> None:
            done = (status.data.get("progress") or {}).get("bytes_done", 0) + n
            status.progress(bytes_done=done)
        fetcher = ResumingFetcher(tuf_dir / "partial", resumable_prefix=cfg.targets_url,
                                  timeout=cfg.timeout_s, attempts=cfg.attempts, backoff=cfg.backoff_s,
                                  chunk_size=cfg.chunk_bytes, on_bytes=on_bytes)
    try:
        trusted_root = cfg.trusted_root_path.read_bytes()
    except OSError as exc:
        raise SyncError(f"cannot read the trusted root {cfg.trusted_root_path}: {exc.strerror}; "
                        "provision the kiosk first") from None
    return TufSession(trusted_root=trusted_root, tuf_dir=tuf_dir, metadata_url=cfg.metadata_url,
                      targets_url=cfg.targets_url, fetcher=fetcher)


def sync_once(cfg: KioskConfig, *, busy: Callable[[], bool] = lambda: False, fetcher=None,
              status: StatusWriter | None = None, wait: Callable[[float], None] | None = None) -> SyncResult:
    """Bring the kiosk to the newest verified version, or leave it exactly as it was.

    Args:
        cfg: kiosk configuration.
        busy: returns True while a visitor is mid-session; the switch waits for False.
        fetcher: transport for ngclient (default: HTTP with resume).
        status: where progress and faults are written (default: the data dir's status file).
        wait: sleeps between busy checks (injected for tests).

    Raises:
        SyncError: any failure; its ``kind`` and message are also in the status and log.
    """
    data_dir = cfg.data_path
    data_dir.mkdir(parents=True, exist_ok=True)
    status = status or StatusWriter(data_dir)
    with log_to_data_dir(data_dir):
        try:
            with data_lock(data_dir):
                return _sync(cfg, data_dir, busy, fetcher, status, wait)
        except SyncError as exc:
            status.fault(exc.kind, exc.message)
            raise
        except OSError as exc:
            error = map_error(exc)
            status.fault(error.kind, error.message)
            raise error from exc


def _sync(cfg, data_dir: Path, busy, fetcher, status: StatusWriter, wait) -> SyncResult:
    if busy():
        raise BusyError("a visitor is mid-session; sync postponed")
    for leftover in state.clean_staging(data_dir):
        log.info("removed %s left by an interrupted sync", leftover.name)
    status.update(progress={})
    status.state("checking", f"refreshing metadata from {cfg.metadata_url}")
    session = make_session(cfg, status, fetcher)
    session.refresh()
    manifest = Manifest.from_json(session.fetch(MANIFEST_TARGET).read_bytes())
    current = state.current_library(data_dir)
    meta = None
    if current is not None:
        try:
            meta = libops.library_meta(current)
        except StoreError as exc:
            log.warning("the installed library cannot be read (%s); taking the snapshot", exc)
            current = None
    plan = plan_update(manifest, current_version=meta["version"] if meta else None,
                       current_library_id=meta["id"] if meta else None, max_steps=cfg.max_steps)
    log.info("central offers version %d; plan: %s (%s)", manifest.version, plan.kind, plan.reason)
    if plan.kind == "current":
        state.prune(data_dir, cfg.keep_versions)
        session.clear_downloads()
        status.success(version=manifest.version, built_at=manifest.built_at,
                       library_id=manifest.library_id, message=f"up to date at version {manifest.version}")
        return SyncResult(manifest.version, False, plan.kind, library=current)
    ready = state.version_dir(data_dir, manifest.version)
    if ready.is_dir() and _is_version(ready, manifest):
        log.info("version %d already staged by an earlier run", manifest.version)
    else:
        _check_space(cfg, data_dir, plan, current)
        files = _download(session, plan, status)
        try:
            _stage(cfg, data_dir, manifest, plan, files, current, status, busy)
        except ApplyError as exc:
            if plan.kind != "deltas":
                raise
            log.warning("deltas did not give the published version (%s); using the snapshot", exc)
            plan = Plan("snapshot", (manifest.snapshot,), "fallback after a failed delta")
            _check_space(cfg, data_dir, plan, current)
            files = _download(session, plan, status)
            _stage(cfg, data_dir, manifest, plan, files, current, status, busy)
    _switch(cfg, data_dir, ready, busy, status, wait)
    session.clear_downloads()
    for leftover in (data_dir / "tuf" / "partial").glob("*.part"):
        leftover.unlink(missing_ok=True)       # everything needed is verified and applied
    status.success(version=manifest.version, built_at=manifest.built_at, library_id=manifest.library_id,
                   message=f"updated to version {manifest.version} ({plan.reason})")
    return SyncResult(manifest.version, True, plan.kind, bytes_downloaded=plan.bytes,
                      records=sum(s.records for s in plan.steps), library=ready)


def _is_version(path: Path, manifest: Manifest) -> bool:
    try:
        meta = libops.library_meta(path)
    except StoreError:
        return False
    return meta["version"] == manifest.version and meta["id"] == manifest.library_id


def _check_space(cfg, data_dir: Path, plan: Plan, current: Path | None) -> None:
    if not cfg.check_free_space:
        return
    download = plan.bytes
    staging = (tree_size(current) if current and plan.kind == "deltas" else 0) + download * EXPANSION
    need = 2 * download + staging + cfg.min_free_bytes
    free = free_bytes(data_dir)
    if free < need:
        raise DiskSpaceError(f"need {need / 1e6:.1f} MB free in {data_dir} for this update "
                             f"({download / 1e6:.1f} MB download), only {free / 1e6:.1f} MB free")


def _download(session: TufSession, plan: Plan, status: StatusWriter) -> list[Path]:
    status.state("downloading", f"{len(plan.steps)} file(s), {plan.bytes} bytes ({plan.reason})")
    status.progress(bytes_done=0, bytes_total=plan.bytes, records_done=0,
                    records_total=sum(s.records for s in plan.steps), force=True)
    files = []
    for step in plan.steps:
        files.append(session.fetch(step.target))
        log.info("verified %s (%d bytes)", step.target, step.length)
    status.progress(bytes_done=plan.bytes, force=True)
    return files


def _stage(cfg, data_dir: Path, manifest: Manifest, plan: Plan, files: list[Path],
           current: Path | None, status: StatusWriter, busy) -> None:
    if busy():
        raise BusyError("a visitor is mid-session; update downloaded, applying later")
    status.state("applying", f"building version {manifest.version} beside the current one")
    staging = data_dir / state.LIBRARIES / f"{state.STAGING_PREFIX}v{manifest.version}-{os.getpid()}"
    staging.parent.mkdir(parents=True, exist_ok=True)
    done = 0

    def progress(n: int) -> None:
        status.progress(records_done=done + n)

    try:
        started = time.perf_counter()
        if plan.kind == "snapshot":
            libops.apply_file(staging, files[0], progress=progress, create=True)
            log.info("built version %d from the snapshot in %.1f s", manifest.version,
                     time.perf_counter() - started)
        else:
            libops.copy_library(current, staging)
            log.info("copied the current library in %.1f s", time.perf_counter() - started)
            for step, path in zip(plan.steps, files):
                began = time.perf_counter()
                libops.apply_file(staging, path, progress=progress)
                done += step.records
                log.info("applied %s (%d records, store and index) in %.1f s", step.target, step.records,
                         time.perf_counter() - began)
                checkpoint("apply.step")
        began = time.perf_counter()
        _verify_staged(cfg, staging, manifest, plan, files)
        fsync_tree(staging)
        log.info("checked and flushed version %d in %.1f s", manifest.version, time.perf_counter() - began)
        checkpoint("apply.staged")
        ready = state.version_dir(data_dir, manifest.version)
        remove_tree(ready)
        os.replace(staging, ready)
        fsync_dir(ready.parent)
        checkpoint("apply.renamed")
    except ImportFailed as exc:
        remove_tree(staging)
        raise ApplyError(f"the update was refused by the library store: {exc}") from None
    except StoreError as exc:
        remove_tree(staging)
        raise ApplyError(str(exc)) from None
    except BaseException as exc:
        remove_tree(staging)
        if libops.disk_full(exc):
            raise DiskSpaceError(f"the data disk filled up while applying: {exc}") from None
        if isinstance(exc, libops.index_errors()):
            raise ApplyError(f"the search index could not be updated: {exc}") from None
        raise
    status.progress(records_done=sum(s.records for s in plan.steps), force=True)


def _verify_staged(cfg, staging: Path, manifest: Manifest, plan: Plan, files: list[Path]) -> None:
    """The staged library must be exactly the published version.

    Always: id and version; after deltas also the records per type and every
    changed record read back. The digest of all records (which also catches
    damage to unchanged records) when the library is small enough to afford it.
    """
    meta = libops.library_meta(staging)
    if meta["id"] != manifest.library_id or meta["version"] != manifest.version:
        raise ApplyError(f"staged library is {meta['id']} v{meta['version']}, expected "
                         f"{manifest.library_id} v{manifest.version}")
    if plan.kind != "deltas":
        return
    mismatch = "; the next step uses the snapshot"
    if manifest.counts:
        counts = libops.record_counts(staging)
        wrong = {t: (counts.get(t, 0), n) for t, n in manifest.counts.items() if counts.get(t, 0) != n}
        if wrong:
            detail = ", ".join(f"{t} {have} instead of {want}" for t, (have, want) in sorted(wrong.items()))
            raise ApplyError(f"version {manifest.version} built from deltas has {detail}{mismatch}")
    problems = libops.check_applied(staging, files)
    if problems:
        raise ApplyError(f"version {manifest.version} built from deltas differs from the published one: "
                         f"{'; '.join(problems)}{mismatch}")
    if manifest.records_sha256 and manifest.documents <= cfg.verify_records_max_documents:
        if libops.records_digest(staging) != manifest.records_sha256:
            raise ApplyError(f"version {manifest.version} built from deltas differs from the published "
                             f"one (record digest mismatch){mismatch}")


def _switch(cfg, data_dir: Path, ready: Path, busy, status: StatusWriter, wait) -> None:
    wait = wait or _sleep
    waited = 0.0
    while busy():
        if waited >= cfg.busy_wait_s:
            raise BusyError(f"a visitor has been mid-session for {waited:.0f} s; version staged, "
                            "switching on the next sync")
        status.state("waiting", "a visitor is mid-session; switching when they finish")
        wait(1.0)
        waited += 1.0
    status.state("switching", f"switching to {ready.name}")
    checkpoint("switch.before")
    state.switch_current(data_dir, ready)
    checkpoint("switch.after")
    removed = state.prune(data_dir, cfg.keep_versions)
    if removed:
        log.info("pruned old version(s) %s", ", ".join(f"v{v}" for v in removed))


def _sleep(seconds: float) -> None:
    time.sleep(seconds)
