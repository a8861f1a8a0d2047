"""Frozen entry point of the sync client (``dist/kiosk/kiosk-sync``): the same as ``python -m sync.client``.

``kiosk-sync provision FILE --data-dir DIR`` sets a kiosk up from its provisioning file.
"""

import sys

from sync.client.cli import main

sys.exit(main())
