"""``kiosk-library search``: query a library directory's search index from the shell.

    kiosk-library search DIR QUERY [--limit N] [--region NAME] [--json]
    kiosk-library search DIR --queries-file FILE [--region NAME] --json

With ``--json`` each hit is one line ``{"id", "title", "score", "issuer",
"validity"}``; with ``--queries-file`` each query is one line ``{"query",
"elapsed_ms", "hits": [...]}``, timed inside this one process after the index
and the word segmenter are loaded (the figures a kiosk sees after start-up).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kiosk_app.core.search import SearchIndex, SearchIndexError
from kiosk_app.core.search import segment
from kiosk_app.library.cli import CliError


def register(subparsers) -> None:
    p = subparsers.add_parser("search", help="search a library's documents",
                              description="Search the full-text index of library directory DIR.")
    p.add_argument("directory", metavar="DIR", type=Path, help="library directory (holds index/)")
    p.add_argument("query", metavar="QUERY", nargs="?", help="what a visitor would type")
    p.add_argument("--queries-file", metavar="FILE", type=Path,
                   help="run every line of FILE as a query (UTF-8), timing each")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="hits per query (default 10)")
    p.add_argument("--region", metavar="NAME", help="the kiosk's home region, e.g. 济南 or 山东/济南")
    p.add_argument("--json", action="store_true", help="JSON lines instead of a readable listing")
    p.set_defaults(func=run)


def _open(directory: Path) -> SearchIndex:
    try:
        return SearchIndex.open(directory / "index")
    except SearchIndexError as exc:
        raise CliError(f"{exc}; build the library first (kiosk-library build)") from None


def run(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    if args.queries_file is None and args.query is None:
        raise CliError("give a QUERY or --queries-file FILE")
    if args.queries_file is not None and args.query is not None:
        raise CliError("give either a QUERY or --queries-file, not both")
    index = _open(args.directory)
    if args.queries_file is not None:
        return _run_file(index, args)
    result = index.search(args.query, region=args.region, limit=args.limit, snippets=False)
    out = sys.stdout
    if args.json:
        for hit in result.hits:
            out.write(json.dumps(hit.to_json(), ensure_ascii=False) + "\n")
        return 0
    _print_listing(result, out)
    return 0


def _run_file(index: SearchIndex, args: argparse.Namespace) -> int:
    if not args.json:
        raise CliError("--queries-file needs --json")
    try:
        lines = args.queries_file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read {args.queries_file}: {exc}") from None
    segment.words("预热分词词典")  # load the segmenter before timing: a warm process
    index.search("预热", region=args.region, limit=args.limit, snippets=False)
    out = sys.stdout
    for line in lines:
        if not line.strip():
            continue
        result = index.search(line, region=args.region, limit=args.limit, snippets=False)
        out.write(json.dumps({"query": line, "elapsed_ms": round(result.elapsed_ms, 3),
                              "hits": [h.to_json() for h in result.hits]}, ensure_ascii=False) + "\n")
    return 0


def _print_listing(result, out) -> None:
    if not result.hits:
        out.write(f"No documents found for {result.query!r}.\n")
        if result.suggestions:
            out.write("Try: " + " / ".join(result.suggestions) + "\n")
        out.write("The information may be requested by application (依申请公开).\n")
        return
    note = " (relaxed: not all words matched)" if result.relaxed else ""
    out.write(f"{result.total} documents match {result.query!r}{note}; {result.elapsed_ms:.1f} ms\n")
    for n, hit in enumerate(result.hits, 1):
        out.write(f"{n:>3}. {hit.title}  [{hit.validity}]\n")
        details = [d for d in (hit.issuer, hit.doc_number, hit.published_date) if d]
        out.write(f"     {' · '.join(details)}  id={hit.id}  score={hit.score:.3f}\n")
        older = [v for v in hit.versions if v.id != hit.id]
        if older:
            listed = ", ".join(f"{v.version_date or '?'} {v.validity}" for v in older)
            out.write(f"     other versions: {listed}\n")
