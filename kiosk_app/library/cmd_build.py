"""``kiosk-library build --from FILE... --out DIR``: make a library directory from sources."""

from __future__ import annotations

import resource
import sys
from pathlib import Path

from kiosk_app.core.libdir import BuildError, ImportFailed, build_library
from kiosk_app.library.cli import CliError


def register(sub) -> None:
    p = sub.add_parser("build", help="build a library directory from source files",
                       description="Build a library directory (store + search index) from exchange-format "
                                   "files, the law corpus (laws.jsonl.gz) and plain-text government pages "
                                   "(.txt). The build is all or nothing.")
    p.add_argument("--from", dest="sources", nargs="+", required=True, metavar="FILE", type=Path)
    p.add_argument("--out", required=True, type=Path, metavar="DIR")
    p.add_argument("--force", action="store_true", help="replace an existing library at DIR")
    p.add_argument("--no-index", action="store_true", help="skip the search index")
    p.set_defaults(func=run)


def run(args) -> int:
    try:
        report = build_library(args.sources, args.out, force=args.force, with_index=not args.no_index)
    except BuildError as exc:
        raise CliError(str(exc)) from None
    except ImportFailed as exc:
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        if exc.more:
            print(f"  … and {exc.more} more", file=sys.stderr)
        raise CliError(f"{len(exc.problems) + exc.more} bad record(s); nothing was written") from None
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rate = report.documents / report.seconds if report.seconds else 0.0
    print(f"built {report.out}: {report.documents} documents, {report.records} records "
          f"in {report.seconds:.1f} s ({rate:.0f} docs/s), {report.bytes_on_disk / 1e6:.1f} MB on disk, "
          f"peak RSS {peak_mb:.0f} MB" + ("" if report.index_built else " (no search index)"))
    return 0
