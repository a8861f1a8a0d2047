"""Library-directory operations sync needs: copy, apply an update file, keep the index in step.

These sit on top of :mod:`kiosk_app.core.libdir` and the store writer; they
are candidates to move into ``libdir`` once the search index settles. The
search package is optional here: without it a library is complete without
``index/`` and the application falls back to what it can do without search.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kiosk_app.core.exchange import dump_record, read_entries
from kiosk_app.core.records import record_key
from kiosk_app.core.libdir import INDEX_DIR, finalize_store
from kiosk_app.core.store import STORE_FILE, LibraryStore
from kiosk_app.core.store_write import ImportReport, apply_records
from sync.faults import checkpoint

log = logging.getLogger(__name__)

Progress = Callable[[int], None]
SQLITE_FULL = 13


# Search-index segment files are written once and never modified (new data goes to new
# files), so the staging copy can share them with the current version by hard link.
_IMMUTABLE = re.compile(r"^[0-9a-f]{32}\.(\d+\.)?[a-z]+$")


def copy_library(src: Path, dst: Path) -> None:
    """Copy a complete library directory (store and index) to a new directory.

    The source is a finished library in rollback-journal mode that only
    readers touch, so a plain file copy is a consistent snapshot of it. Index
    segment files are hard-linked (they are immutable); everything else is copied.

    Raises:
        OSError: out of space or unreadable source; ``dst`` may be partial.
    """
    dst.mkdir(parents=True, exist_ok=False)
    shutil.copy2(src / STORE_FILE, dst / STORE_FILE)
    if not (src / INDEX_DIR).is_dir():
        return
    for path in sorted((src / INDEX_DIR).rglob("*")):
        target = dst / INDEX_DIR / path.relative_to(src / INDEX_DIR)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if _IMMUTABLE.match(path.name):
            try:
                os.link(path, target)
                continue
            except OSError:
                pass            # another filesystem, or links not allowed: copy instead
        shutil.copy2(path, target)


def _counting(entries: Iterable, progress: Progress | None) -> Iterator:
    for n, entry in enumerate(entries, 1):
        if progress is not None and n % 200 == 0:
            progress(n)
        checkpoint("apply.record")
        yield entry


def apply_file(libdir: Path, update: Path, *, progress: Progress | None = None,
               create: bool = False) -> ImportReport:
    """Apply an exchange-format file (snapshot or delta) to a library directory, then its index.

    With ``create`` the store is new (a snapshot into an empty directory) and
    the index is built from scratch; otherwise the index receives only the
    changed and deleted documents.

    Raises:
        kiosk_app.core.store_write.ImportFailed: the file was refused (e.g. a
            delta on the wrong base version); the store is unchanged.
        kiosk_app.core.store.StoreError: the store cannot be opened.
    """
    store = LibraryStore.create(libdir) if create else LibraryStore.open(libdir, readonly=False)
    try:
        report = apply_records(store, _counting(read_entries(update), progress))
        finalize_store(store)
        update_index(store, libdir / INDEX_DIR, report, rebuild=create)
    finally:
        store.close()
    return report


def index_errors() -> tuple[type[BaseException], ...]:
    """Exceptions the search package raises for an index it cannot write."""
    try:
        from kiosk_app.core.search import SearchIndexError
    except ImportError:
        return ()
    return (SearchIndexError,)


def disk_full(exc: BaseException) -> bool:
    """True when ``exc`` or anything that caused it is ENOSPC/EDQUOT."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(exc, sqlite3.Error) and (getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL
                                               or "disk is full" in str(exc)):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _search_index():
    try:
        from kiosk_app.core.search import SearchIndex
    except ImportError:
        return None
    return SearchIndex


def update_index(store: LibraryStore, index_dir: Path, report: ImportReport, *,
                 rebuild: bool = False) -> bool:
    """Bring the search index in step with an applied import; False without a search package.

    A new library, a missing index, or an index this program cannot use (built
    by an older release with another index schema) is built from scratch;
    otherwise only changed and deleted documents are touched (and the synonym
    table when the import changed synonyms).

    Raises:
        kiosk_app.core.search.SearchIndexError: the index cannot be written (disk full).
    """
    search_index = _search_index()
    if search_index is None:
        return False
    started = time.perf_counter()
    version = store.meta()["version"]
    index = None
    if not rebuild and index_dir.is_dir():
        try:
            index = search_index.open(index_dir)
        except index_errors() as exc:
            log.warning("rebuilding the search index of %s: %s", index_dir.parent, exc)
    if index is None:
        if index_dir.exists():
            shutil.rmtree(index_dir)
        search_index.build(index_dir, store.iter_documents(), synonyms=store.synonyms(), version=version)
        log.info("search index built in %.1f s", time.perf_counter() - started)
        return True
    synonyms_changed = bool(report.upserted.get("synonym") or report.deleted.get("synonym"))
    changed = [doc for doc in (store.get_document(i) for i in report.changed_documents) if doc]
    index.apply(changed, list(report.deleted_documents), version=version,
                synonyms=store.synonyms() if synonyms_changed else None)
    log.info("search index updated in %.1f s (%d changed, %d deleted documents)",
             time.perf_counter() - started, len(changed), len(report.deleted_documents))
    return True


def records_digest(libdir: Path) -> str:
    """SHA-256 of every record in canonical export form, header excluded.

    The publisher puts the same digest in the manifest, so a kiosk that built
    its version from deltas can prove it holds exactly what was published.
    """
    digest = hashlib.sha256()
    with LibraryStore.open(libdir) as store:
        for record in store.iter_all():
            digest.update(dump_record(record).encode("utf-8"))
            digest.update(b"\n")
    return digest.hexdigest()


def record_counts(libdir: Path) -> dict[str, int]:
    """Records per type in a library directory."""
    with LibraryStore.open(libdir) as store:
        return dict(store.counts()["records"])


def check_applied(libdir: Path, updates: list[Path]) -> list[str]:
    """Compare every record the update files set or deleted with what the store now holds.

    Costs one lookup per changed record, so it suits any library size: a record
    that was stored differently from its canonical line, or a deletion that did
    not happen, is reported (at most ten).
    """
    expected: dict[tuple[str, str], str | None] = {}
    for update in updates:
        for _source, _line, raw in read_entries(update):
            if not isinstance(raw, dict) or raw.get("type") in (None, "library"):
                continue
            key = record_key(raw)
            expected[key] = None if raw["type"] == "tombstone" else dump_record(raw)
    problems = []
    with LibraryStore.open(libdir) as store:
        for (rtype, rid), line in expected.items():
            record = store.get(rtype, rid)
            got = None if record is None else dump_record(record)
            if got != line:
                problems.append(f"{rtype} {rid!r} " + ("was not deleted" if line is None else
                                                        "is missing" if got is None else "differs"))
                if len(problems) == 10:
                    break
    return problems


def library_meta(libdir: Path) -> dict:
    """Identity and version of a library directory (see ``LibraryStore.meta``)."""
    with LibraryStore.open(libdir) as store:
        return store.meta()
