"""``kiosk-library``: build, inspect, export, search and print a library directory.

Each subcommand lives in its own module (``cmd_<name>.py``) exposing
``register(subparsers)``, which adds its parser and sets ``func``. A handler
returns an exit code; expected trouble is raised as :class:`CliError` and
printed as one line on stderr, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

# Command modules, in the order `--help` lists them.
COMMANDS = (
    "build",
    "info",
    "export",
    "search",
    "deadline",
    "print",
)


class CliError(Exception):
    """Expected trouble: printed as one line, exit status 1."""


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-library",
        description="Build, inspect and query a disclosure-kiosk library directory.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"kiosk_app.library.cmd_{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"kiosk-library {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"kiosk-library {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
