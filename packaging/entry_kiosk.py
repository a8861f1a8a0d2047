"""Frozen entry point of the kiosk (``dist/kiosk/kiosk``): the same as ``python -m kiosk_app``."""

import sys

from kiosk_app.__main__ import main

sys.exit(main())
