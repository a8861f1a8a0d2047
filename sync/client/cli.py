"""``python -m sync.client``: the kiosk's sync command.

Usage::

    python -m sync.client provision FILE --data-dir DIR [--force]
    python -m sync.client --config FILE --once            one sync; exit 0 when on the newest version
    python -m sync.client --config FILE --loop            sync every poll_interval_s
    python -m sync.client --config FILE --status [--json] version, its time, outbox size, last fault
    python -m sync.client --config FILE --import-bundle FILE.tar
    python -m sync.client --config FILE --rollback        back to the previous complete version
    python -m sync.client --config FILE --upload          send outbox items, usage counts, heartbeat
    python -m sync.client --config FILE --now             --once, then --upload (the admin screen's button)

Exit codes: 0 success, 1 the sync failed (the status and sync.log say why; the
kiosk stays on its current version), 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import json
import logging
import logging.handlers
import sqlite3
import sys
import time
from pathlib import Path

from sync import state
from sync.client.config import KioskConfig, load_config
from sync.errors import ConfigError, SyncError
from sync.outbox import load_outbox
from sync.status import read_status

log = logging.getLogger("sync")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-sync", description="Sync this kiosk with the central library.")
    parser.add_argument("--config", type=Path, metavar="FILE", help="kiosk.json written by provision")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="run one sync and exit")
    mode.add_argument("--loop", action="store_true", help="sync every poll_interval_s seconds")
    mode.add_argument("--status", action="store_true", help="print the sync status")
    mode.add_argument("--import-bundle", type=Path, metavar="TAR", help="apply an offline bundle")
    mode.add_argument("--rollback", action="store_true", help="switch back to the previous version")
    mode.add_argument("--upload", action="store_true", help="send upstream items to the central intake")
    mode.add_argument("--now", action="store_true",
                      help="what the admin screen's sync button runs: one sync, then one upload when an "
                           "intake is configured; exits with the sync's code")
    parser.add_argument("--json", action="store_true", help="with --status: machine-readable output")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    return parser


def _setup_logging(cfg: KioskConfig | None, verbose: bool) -> None:
    logging.raiseExceptions = False   # a full disk must not turn log writes into tracebacks
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)
    for noisy in ("urllib3", "tuf"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def status_summary(cfg: KioskConfig) -> dict:
    """What ``--status`` prints: version and its time, outbox size, last fault, progress."""
    data = read_status(cfg.data_path)
    current = state.current_library(cfg.data_path)
    version = state.current_version_number(cfg.data_path)
    outbox_size = 0
    try:
        from sync.client.upstream import outbox_spec
        outbox = load_outbox(outbox_spec(cfg), cfg.data_path)
        try:
            outbox_size = outbox.size() if outbox is not None else 0
        finally:
            close = getattr(outbox, "close", None)
            if close is not None:
                close()
    except (ImportError, AttributeError, OSError, SyncError, sqlite3.Error) as exc:
        log.warning("cannot open the outbox: %s", exc)
        outbox_size = None
    built_at = data.get("version_built_at") if data.get("version") == version else None
    if current is not None and built_at is None:
        from sync.libops import library_meta
        built_at = library_meta(current)["built_at"]
    return {"kiosk_id": cfg.kiosk_id, "hall": cfg.hall, "region": cfg.region,
            "library_id": data.get("library_id"), "version": version, "version_built_at": built_at,
            "library": str(current) if current else None, "state": data.get("state", "never synced"),
            "message": data.get("message", ""), "last_success": data.get("last_success"),
            "last_attempt": data.get("last_attempt"), "last_error": data.get("last_error"),
            "progress": data.get("progress") or {}, "outbox_size": outbox_size,
            "installed_versions": state.installed_versions(cfg.data_path)}


def _print_status(summary: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(summary, ensure_ascii=False, sort_keys=True))
        return
    print(f"kiosk {summary['kiosk_id']} ({summary['hall']})")
    if summary["version"] is None:
        print("library: none yet")
    else:
        print(f"library: {summary['library_id']} version {summary['version']} "
              f"built {summary['version_built_at']}")
    print(f"state: {summary['state']} {summary['message']}".rstrip())
    if summary["last_error"]:
        print(f"last error: {summary['last_error']['kind']}: {summary['last_error']['message']}")
    print(f"outbox: {summary['outbox_size']} item(s) waiting")


def _sync(cfg: KioskConfig) -> int:
    from sync.client.syncer import sync_once
    try:
        result = sync_once(cfg)
    except SyncError as exc:
        print(f"kiosk-sync: {exc.kind}: {exc.message}", file=sys.stderr)
        return 1
    print(f"on version {result.version}" + (f" ({result.plan}, {result.bytes_downloaded} bytes)"
                                            if result.changed else " (already current)"))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "provision":
        return _provision(argv[1:])
    parser = make_parser()
    args = parser.parse_args(argv)
    if args.config is None:
        parser.error("--config FILE is required (or use: provision FILE --data-dir DIR)")
    try:
        cfg = load_config(args.config)
    except ConfigError as exc:
        print(f"kiosk-sync: config: {exc}", file=sys.stderr)
        return 2
    _setup_logging(cfg, args.verbose)
    if args.status:
        _print_status(status_summary(cfg), args.json)
        return 0
    if args.rollback:
        target = state.rollback(cfg.data_path)
        print(f"current is now {target}" if target else "no older version to roll back to")
        return 0 if target else 1
    if args.import_bundle:
        from sync.client.bundle_import import import_bundle
        try:
            result = import_bundle(cfg, args.import_bundle)
        except SyncError as exc:
            print(f"kiosk-sync: {exc.kind}: {exc.message}", file=sys.stderr)
            return 1
        print(f"on version {result.version} (from bundle {args.import_bundle.name})")
        return 0
    if args.upload:
        from sync.client.upstream import upload_once
        try:
            report = upload_once(cfg)
        except SyncError as exc:
            print(f"kiosk-sync: {exc.kind}: {exc.message}", file=sys.stderr)
            return 1
        print(json.dumps(report, ensure_ascii=False, sort_keys=True))
        return 0
    if args.loop:
        return _loop(cfg)
    code = _sync(cfg)
    if args.now and cfg.intake_url:
        _upload_quietly(cfg)
    return code


def _upload_quietly(cfg: KioskConfig) -> bool:
    """One upload; a failure is reported on stderr (and in the status file), not raised."""
    from sync.client.upstream import upload_once
    try:
        upload_once(cfg)
        return True
    except SyncError as exc:
        print(f"kiosk-sync: upstream {exc.kind}: {exc.message}", file=sys.stderr)
        return False


def _loop(cfg: KioskConfig) -> int:
    """Sync every poll_interval_s; send upstream every heartbeat_s when an intake is configured."""
    last_upload = 0.0
    while True:
        _sync(cfg)
        if cfg.intake_url and time.monotonic() - last_upload >= cfg.heartbeat_s:
            if _upload_quietly(cfg):
                last_upload = time.monotonic()
        time.sleep(cfg.poll_interval_s)


def _provision(argv: list[str]) -> int:
    from sync.client.provision import provision
    parser = argparse.ArgumentParser(prog="kiosk-sync provision",
                                     description="Set up this kiosk from one provisioning file.")
    parser.add_argument("file", type=Path)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--force", action="store_true", help="replace an existing configuration")
    args = parser.parse_args(argv)
    try:
        path = provision(args.file, args.data_dir, force=args.force)
    except ConfigError as exc:
        print(f"kiosk-sync provision: {exc}", file=sys.stderr)
        return 2
    print(f"provisioned {args.data_dir}; next: python -m sync.client --config {path} --once")
    return 0
