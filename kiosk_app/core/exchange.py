"""Reading and writing the library exchange format (docs/exchange-format.md).

A file is JSON Lines, UTF-8, optionally gzip-compressed: a ``library`` header
first, then one record per line. Export writes records in a fixed order with
sorted keys, so the same library always exports to the same bytes.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import IO, Iterator

from kiosk_app.core.importers.lawcorpus import open_text
from kiosk_app.core.records import FORMAT_VERSION, RecordError
from kiosk_app.core.store import LibraryStore


def read_entries(path: str | Path, *, source: str | None = None) -> Iterator[tuple[str, int, object]]:
    """Yield (source, line number, parsed object or RecordError) for each non-blank line.

    Parsing problems are yielded, not raised, so an import can report every bad
    line at once.
    """
    source = source or Path(path).name
    with open_text(Path(path)) as fh:
        yield from parse_lines(fh, source)


def parse_lines(lines, source: str) -> Iterator[tuple[str, int, object]]:
    for line_no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield source, line_no, RecordError(f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield source, line_no, obj


def header_for(meta: dict) -> dict:
    """The ``library`` header line of an export of a library with this metadata."""
    header = {"type": "library", "id": meta["id"] or "library", "format": FORMAT_VERSION,
              "version": meta["version"], "built_at": meta["built_at"]}
    if meta.get("title"):
        header["title"] = meta["title"]
    if meta.get("source"):
        header["source"] = meta["source"]
    return header


def dump_record(record: dict) -> str:
    """One record as its canonical line: sorted keys, no nulls or empty lists, no ASCII escaping."""
    clean = {k: v for k, v in record.items() if v is not None and v != [] and v != ""}
    return json.dumps(clean, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def export_library(store: LibraryStore, out: str | Path) -> int:
    """Write the whole library to ``out`` (gzip when it ends in .gz), atomically.

    Returns:
        The number of records written, the header excluded.
    """
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    count = 0
    with _open_out(tmp) as fh:
        fh.write(dump_record(header_for(store.meta())) + "\n")
        for record in store.iter_all():
            fh.write(dump_record(record) + "\n")
            count += 1
        fh.flush()
    os.replace(tmp, out)
    return count


def _open_out(path: Path) -> IO[str]:
    if path.name.endswith(".gz.part") or path.suffix == ".gz":
        # mtime=0: the same library gives the same bytes, so exports can be compared and signed.
        raw = open(path, "wb")
        return _GzipText(raw)
    return open(path, "w", encoding="utf-8", newline="\n")


class _GzipText:
    """A text writer over a gzip stream with a fixed header, closing both."""

    def __init__(self, raw):
        self._raw = raw
        self._gz = gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="")

    def write(self, text: str) -> None:
        self._gz.write(text.encode("utf-8"))

    def flush(self) -> None:
        self._gz.flush()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._gz.close()
        self._raw.flush()
        os.fsync(self._raw.fileno())
        self._raw.close()
