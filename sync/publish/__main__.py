import sys

from sync.publish.cli import main

sys.exit(main())
