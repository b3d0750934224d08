"""`python -m lscb_desktop` starts the desktop application."""

from lscb_desktop.app import main

raise SystemExit(main())
