"""``kiosk-library info DIR``: what a library holds."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from kiosk_app.core.store import LibraryStore, StoreError
from kiosk_app.library.cli import CliError


def register(sub) -> None:
    p = sub.add_parser("info", help="counts by record type, level and validity; version")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("--json", action="store_true", help="one JSON object instead of text")
    p.set_defaults(func=run)


def run(args) -> int:
    try:
        store = LibraryStore.open(args.dir)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    with store:
        meta, counts = store.meta(), store.counts()
    if args.json:
        print(json.dumps({"library": meta, **counts}, ensure_ascii=False))
        return 0
    print(f"library   {meta['id']}  {meta['title']}".rstrip())
    print(f"version   {meta['version']}  built {meta['built_at']}")
    if meta["source"]:
        print(f"source    {meta['source']}")
    print("records")
    for rtype, n in counts["records"].items():
        print(f"  {rtype:<16}{n:>8}")
    print("documents by level")
    for level, n in counts["levels"].items():
        print(f"  {_pad(level, 16)}{n:>8}")
    print("documents by validity")
    for validity, n in counts["validity"].items():
        print(f"  {_pad(validity, 16)}{n:>8}")
    print(f"revision chains   {counts['revision_chains']:>6}")
    return 0


def _pad(text: str, width: int) -> str:
    """Left-align in a terminal, counting CJK characters as two columns."""
    cols = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - cols)
