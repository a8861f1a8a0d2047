"""``python -m sync.intake`` (``kiosk-intake``): the reference central intake service.

``--db FILE --registry central/kiosks.json [--office-key PEM] [--host] [--port]``.

For a pilot or a test bench: Flask's own server. In production run ``create_app``
under a WSGI server behind HTTPS. The admin token comes from KIOSK_INTAKE_ADMIN_TOKEN.
``--office-key`` is the office's X25519 private key (``central/keys/office-x25519.pem``
when the publisher made it); with it the admin routes open sealed payloads.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from sync.intake.app import create_app
from sync.intake.sealed import OfficeKeyError, load_office_private_key


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-intake", description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--registry", type=Path, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8742)
    parser.add_argument("--office-key", type=Path, metavar="PEM",
                        help="the office's X25519 private key, to open sealed payloads for the admin routes")
    args = parser.parse_args(argv)
    try:
        office_key = load_office_private_key(args.office_key) if args.office_key else None
    except OfficeKeyError as exc:
        print(f"kiosk-intake: error: {exc}", file=sys.stderr)
        return 2
    app = create_app(args.db, args.registry, os.environ.get("KIOSK_INTAKE_ADMIN_TOKEN", ""), office_key)
    app.run(host=args.host, port=args.port)
    return 0

