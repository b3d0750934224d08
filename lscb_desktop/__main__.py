"""`python -m lscb_desktop` starts the desktop application."""

from .app import main

raise SystemExit(main())
