import sys

from kiosk_app.library.cli import main

sys.exit(main())
