"""PyInstaller entry point of the bundled app (same as the ``arthexis-desktop`` script)."""

from arthexis_desktop.cli import main

raise SystemExit(main())
