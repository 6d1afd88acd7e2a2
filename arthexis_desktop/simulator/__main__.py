"""``python -m arthexis_desktop.simulator --url ws://HOST:PORT/PATH``."""

import sys

from arthexis_desktop.simulator.cli import main

sys.exit(main())
