"""Library directories: build one from source files, atomically.

A library directory holds ``library.sqlite`` (the store) and ``index/`` (the
search index). A build writes into a hidden sibling directory and renames it
into place only when everything succeeded, so a failed or interrupted build
never leaves a half library where a kiosk would open it.

Sources are recognised by content: exchange-format JSON Lines (first record
has a ``type``), the law corpus (JSON Lines with title/body/status), or plain
text government pages (``.txt``).
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from kiosk_app.core.exchange import read_entries
from kiosk_app.core.fsutil import fsync_tree, tree_size
from kiosk_app.core.importers import lawcorpus
from kiosk_app.core.records import FORMAT_VERSION, RecordError
from kiosk_app.core.store import STORE_FILE, LibraryStore
from kiosk_app.core.store_write import ImportFailed, ImportReport, Problem, apply_records

log = logging.getLogger(__name__)

INDEX_DIR = "index"


class BuildError(Exception):
    """A build that could not start or finish; nothing was left at the output path."""


@dataclass
class BuildReport:
    out: Path
    documents: int = 0
    records: int = 0
    seconds: float = 0.0
    bytes_on_disk: int = 0
    sources: list[str] = field(default_factory=list)
    index_built: bool = False


def detect_kind(path: Path) -> str:
    """'exchange', 'corpus' or 'pages' for a source file.

    Raises:
        BuildError: the file is missing, empty, or of no kind known here.
    """
    if not path.is_file():
        raise BuildError(f"{path}: no such file")
    if path.suffix == ".txt":
        return "pages"
    try:
        with lawcorpus.open_text(path) as fh:
            for line in fh:
                if line.strip():
                    first = json.loads(line)
                    break
            else:
                raise BuildError(f"{path}: the file is empty")
    except (UnicodeDecodeError, OSError, EOFError) as exc:
        raise BuildError(f"{path}: cannot read as UTF-8 JSON Lines ({exc})") from None
    except json.JSONDecodeError as exc:
        raise BuildError(f"{path}:1: not valid JSON ({exc.msg})") from None
    if isinstance(first, dict) and "type" in first:
        return "exchange"
    if isinstance(first, dict) and lawcorpus.looks_like_corpus(first):
        return "corpus"
    raise BuildError(f"{path}: neither the exchange format nor the law corpus")


def source_entries(sources: Iterable[tuple[Path, str]], *,
                   today: _dt.date) -> Iterator[tuple[str, int | None, object]]:
    """Entries (source, line, record) from (path, kind) pairs, in the order given."""
    pages = []
    for path, kind in sources:
        if kind == "pages":
            pages.append(path)
        elif kind == "exchange":
            yield from read_entries(path)
        else:
            try:
                for rec in lawcorpus.read_corpus(path, today=today):
                    yield path.name, None, rec
            except lawcorpus.CorpusLineError as exc:
                yield path.name, exc.line_no, RecordError(exc.reason.split(": ", 1)[-1])
    if pages:
        from kiosk_app.core.importers.gov_pages import read_pages
        for source, rec in read_pages(pages):
            yield source, None, rec


def default_header(*, built_at: str, library_id: str = "local", version: int = 1,
                   title: str = "", source: str = "") -> dict:
    return {"type": "library", "id": library_id, "format": FORMAT_VERSION, "version": version,
            "built_at": built_at, "title": title, "source": source}


def build_library(sources: list[Path], out: Path, *, force: bool = False,
                  today: _dt.date | None = None, with_index: bool = True,
                  header: dict | None = None) -> BuildReport:
    """Build a library directory at ``out`` from source files.

    Raises:
        BuildError: a source is unreadable or ``out`` exists (without ``force``).
        ImportFailed: records were refused; the problems name file and line.
    """
    out = Path(out)
    today = today or _dt.date.today()
    if out.exists() and any(out.iterdir()) and not force:
        raise BuildError(f"{out} already exists and is not empty (use --force to replace it)")
    # Recognise every source before anything is written: a typo fails at once.
    kinds = [(Path(path), detect_kind(Path(path))) for path in sources]
    started = time.perf_counter()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=out.parent))
    try:
        store = LibraryStore.create(staging)
        try:
            now = _dt.datetime.now(_dt.timezone.utc).astimezone().isoformat(timespec="seconds")
            head = header or default_header(built_at=now, source=", ".join(Path(s).name for s in sources))
            apply_records(store, _with_header(head, source_entries(kinds, today=today)))
            finalize_store(store)
            counts = store.counts()["records"]
            if with_index:
                build_index(store, staging / INDEX_DIR)
        finally:
            store.close()
        _swap_into_place(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return BuildReport(out=out, documents=counts["document"], records=sum(counts.values()),
                       seconds=time.perf_counter() - started, bytes_on_disk=tree_size(out),
                       sources=[str(s) for s in sources], index_built=with_index)


def _with_header(head: dict, entries: Iterator) -> Iterator:
    """Put a default header first unless the sources bring their own."""
    yield "build", None, head
    yield from entries


def finalize_store(store: LibraryStore) -> None:
    """Fold the WAL into the main file so the library is one self-contained file.

    A finished library is only read; in rollback-journal mode a reader needs no
    -wal/-shm files and can open it from a read-only place.
    """
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.conn.execute("PRAGMA journal_mode = DELETE")
    store.conn.execute("PRAGMA optimize")


def build_index(store: LibraryStore, index_dir: Path) -> None:
    """Build the search index of the store's documents."""
    from kiosk_app.core.search import SearchIndex
    SearchIndex.build(index_dir, store.iter_documents(), synonyms=store.synonyms(),
                      version=store.meta()["version"])


def index_matches(library: Path) -> bool:
    """True when the library's search index opens and was built for the store's version.

    The index records the library version in the same commit as its documents;
    a mismatch means a crash or a copy left them out of step, and the index
    must be rebuilt before the kiosk searches it.
    """
    from kiosk_app.core.search import SearchIndex, SearchIndexError
    try:
        with LibraryStore.open(library) as store:
            version = store.meta()["version"]
        index = SearchIndex.open(Path(library) / INDEX_DIR)
    except (SearchIndexError, OSError) as exc:
        log.warning("search index of %s unusable: %s", library, exc)
        return False
    return index.version == version


def ensure_index(library: Path) -> bool:
    """Rebuild the library's search index unless it opens and matches the store's version.

    For a kiosk opening a library whose index an older release built (another
    index schema: ``SearchIndex.open`` refuses it, and search falls back to
    titles) or that a crash left out of step. The rebuild is written beside the
    old index and swapped in. Returns True when it rebuilt.

    Raises:
        kiosk_app.core.store.StoreError: the store cannot be opened.
        kiosk_app.core.search.SearchIndexError: the index cannot be written.
    """
    if index_matches(library):
        return False
    with LibraryStore.open(library) as store:
        build_index(store, Path(library) / INDEX_DIR)
    return True


def _swap_into_place(staging: Path, out: Path) -> None:
    fsync_tree(staging)
    if out.exists():
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        os.replace(out, old)
        os.replace(staging, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, out)


def is_library(path: Path) -> bool:
    return (Path(path) / STORE_FILE).is_file()


__all__ = ["BuildError", "BuildReport", "ImportFailed", "ImportReport", "Problem",
           "build_library", "detect_kind", "is_library"]
