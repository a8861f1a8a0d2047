"""``python -m sync.publish`` (installed as ``kiosk-central``): run the central repository.

Commands::

    init DIR --library-id ID        create keys and empty signed metadata
    publish DIR --export FILE       publish the next version (snapshot + delta), or --sample
    refresh DIR                     renew timestamp expiry (run daily from cron)
    rotate-key DIR --role ROLE      replace a role's key (a new root version lists it)
    provisioning DIR --base-url URL --kiosk-id ID --out FILE   one kiosk's provisioning file (with its intake section)
    bundle DIR --out FILE.tar       offline bundle for a USB stick
    status DIR                      versions published, metadata versions and expiry

Expected trouble prints one line (``kiosk-central CMD: error: …``) and exits 1.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from kiosk_app.core.store_write import ImportFailed
from sync.publish import bundle, provisioning, release
from sync.publish.keys import ROLES, KeyError_
from sync.publish.repo import EXPIRY_DAYS, CentralRepo, PublishError


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-central",
                                     description="Publish the central policy library to kiosks (TUF-signed).")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("init", help="create a repository: keys and version-1 metadata")
    p.add_argument("dir", type=Path)
    p.add_argument("--library-id", required=True, help="identity of the library, e.g. jinan-central")
    p.add_argument("--title", default="", help="library title shown on kiosks")
    for role, days in EXPIRY_DAYS.items():
        p.add_argument(f"--{role}-days", type=int, default=days, help=f"{role} expiry (default {days})")

    p = sub.add_parser("publish", help="publish the next version from a full exchange-format export")
    p.add_argument("dir", type=Path)
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--export", type=Path, metavar="FILE", help=".jsonl or .jsonl.gz full export")
    src.add_argument("--sample", action="store_true", help="the sample library bundled with the kiosk")

    p = sub.add_parser("refresh", help="renew the timestamp (and snapshot/targets when near expiry)")
    p.add_argument("dir", type=Path)

    p = sub.add_parser("rotate-key", help="replace the key of one role")
    p.add_argument("dir", type=Path)
    p.add_argument("--role", required=True, choices=ROLES)

    p = sub.add_parser("provisioning", help="write the provisioning file of one kiosk")
    p.add_argument("dir", type=Path)
    p.add_argument("--base-url", required=True, help="URL where DIR/repository is served")
    p.add_argument("--kiosk-id", required=True)
    p.add_argument("--hall", default="")
    p.add_argument("--region", default="")
    p.add_argument("--intake-url", default="", help="central intake endpoint for upstream items")
    p.add_argument("--setting", action="append", default=[], metavar="NAME=JSON",
                   help="a kiosk setting to preset, e.g. keep_versions=3")
    p.add_argument("--tracking-prefix", default="",
                   help="the kiosk's 3-character tracking-code prefix (default: the first free one)")
    p.add_argument("--office-key", type=Path, metavar="PEM",
                   help="the office's X25519 public key (default: DIR/keys/office-x25519.pub.pem, made on first use)")
    p.add_argument("--status-url", default="", help="status page for receipts' QR codes, with {code}")
    p.add_argument("--office", default="", help="the organ that answers applications made at this kiosk")
    p.add_argument("--phone", default="", help="consultation phone printed on receipts")
    p.add_argument("--office-closes-at", default="", metavar="HH:MM",
                   help="applications after this time count as received the next working day")
    p.add_argument("--no-intake", action="store_true", help="no intake section (no on-site applications)")
    p.add_argument("--out", required=True, type=Path)

    p = sub.add_parser("bundle", help="export an offline bundle (tar) for kiosks without network")
    p.add_argument("dir", type=Path)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--no-deltas", action="store_true", help="snapshot only (smaller for far-behind kiosks)")

    p = sub.add_parser("status", help="what is published")
    p.add_argument("dir", type=Path)
    return parser


def run(args) -> int:
    if args.command == "init":
        expiry = {role: getattr(args, f"{role}_days") for role in EXPIRY_DAYS}
        CentralRepo.init(args.dir, library_id=args.library_id, title=args.title, expiry_days=expiry)
        print(f"initialised {args.dir}: keys in {args.dir / 'keys'}, serve {args.dir / 'repository'}")
        return 0
    repo = CentralRepo(args.dir)
    if args.command == "publish":
        source = args.export
        if args.sample:
            from kiosk_app.core.sample import sample_source
            try:
                source = sample_source()
            except FileNotFoundError as exc:
                raise PublishError(str(exc)) from None
        rel = release.publish(repo, source)
        delta = f", delta {rel.delta_bytes} bytes ({rel.upserts} changed, {rel.tombstones} deleted)" \
            if rel.delta_bytes is not None else ""
        print(f"published version {rel.version}: {rel.records} records ({rel.documents} documents), "
              f"snapshot {rel.snapshot_bytes} bytes{delta}")
    elif args.command == "refresh":
        roles = repo.refresh()
        print(f"re-signed {', '.join(roles)}; timestamp expires "
              f"{repo.load('timestamp').signed.expires.isoformat()}")
    elif args.command == "rotate-key":
        keyid = repo.rotate_key(args.role)
        print(f"rotated {args.role} key: new key id {keyid[:16]}…, root version "
              f"{repo.state['metadata']['root']}")
    elif args.command == "provisioning":
        settings = {}
        for item in args.setting:
            name, _, value = item.partition("=")
            try:
                settings[name] = json.loads(value)
            except ValueError:
                raise PublishError(f"--setting {item!r}: the value must be JSON (e.g. 3, true, \"text\")") from None
        intake = {"tracking_prefix": args.tracking_prefix, "status_url": args.status_url, "office": args.office,
                  "phone": args.phone, "office_closes_at": args.office_closes_at}
        if args.office_key:
            intake["office_public_key"] = args.office_key.read_text(encoding="utf-8", errors="replace")
        doc = provisioning.make_provisioning(repo, base_url=args.base_url, kiosk_id=args.kiosk_id,
                                             hall=args.hall, region=args.region,
                                             intake_url=args.intake_url, settings=settings,
                                             intake=intake, with_intake=not args.no_intake)
        provisioning.write_provisioning(doc, args.out)
        prefix = f", tracking prefix {doc['intake']['tracking_prefix']}" if "intake" in doc else ""
        print(f"wrote {args.out} for kiosk {args.kiosk_id}{prefix} (keep it private: it holds a credential)")
    elif args.command == "bundle":
        info = bundle.export_bundle(repo, args.out, include_deltas=not args.no_deltas)
        print(f"wrote {args.out}: {info['library_id']} version {info['version']}, "
              f"{info['files']} file(s), {info['bytes']} bytes")
    elif args.command == "status":
        meta = repo.state["metadata"]
        print(f"library {repo.state['library_id']}: {len(repo.state['versions'])} version(s) published")
        for entry in repo.state["versions"][-10:]:
            print(f"  v{entry['version']}  {entry['built_at']}  {entry['records']} records")
        print("metadata: " + ", ".join(f"{role} v{meta[role]}" for role in ROLES))
        print(f"timestamp expires {repo.load('timestamp').signed.expires.isoformat()}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return run(args)
    except (PublishError, KeyError_) as exc:
        print(f"kiosk-central {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except ImportFailed as exc:
        print(f"kiosk-central {args.command}: error: the export was refused: {exc}", file=sys.stderr)
        for problem in exc.problems[1:10]:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"kiosk-central {args.command}: error: {exc}", file=sys.stderr)
        return 1
