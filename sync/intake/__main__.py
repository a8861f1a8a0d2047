import sys

from sync.intake.cli import main

sys.exit(main())
