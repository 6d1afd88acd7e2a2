from arthexis_desktop.cli import main

raise SystemExit(main())
