"""``kiosk-library export DIR --out FILE``: the library in the exchange format."""

from __future__ import annotations

from pathlib import Path

from kiosk_app.core.exchange import export_library
from kiosk_app.core.store import LibraryStore, StoreError
from kiosk_app.library.cli import CliError


def register(sub) -> None:
    p = sub.add_parser("export", help="write the library as exchange-format JSON Lines (.gz compresses)")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.set_defaults(func=run)


def run(args) -> int:
    try:
        store = LibraryStore.open(args.dir)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    try:
        with store:
            n = export_library(store, args.out)
    except OSError as exc:
        raise CliError(f"cannot write {args.out}: {exc.strerror}") from None
    print(f"exported {n} records to {args.out}")
    return 0
