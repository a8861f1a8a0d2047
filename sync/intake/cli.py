"""``python -m sync.intake`` (``kiosk-intake``) --db FILE --registry central/kiosks.json [--host] [--port]``.

For a pilot or a test bench: Flask's own server. In production run ``create_app``
under a WSGI server behind HTTPS. The admin token comes from KIOSK_INTAKE_ADMIN_TOKEN.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from sync.intake.app import create_app


def main() -> int:
    parser = argparse.ArgumentParser(prog="kiosk-intake", description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--registry", type=Path, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8742)
    args = parser.parse_args()
    app = create_app(args.db, args.registry, os.environ.get("KIOSK_INTAKE_ADMIN_TOKEN", ""))
    app.run(host=args.host, port=args.port)
    return 0

