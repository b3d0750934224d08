"""The desktop application: `lscb-desktop [--db PATH] [--screenshot FILE.png]`.

Opens (and on first start creates, with the demo committee) the database, then the main
window on the upcoming meeting. --screenshot renders the window offscreen to a PNG and exits,
so that documentation shows the application as it really is."""

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from .services import demo_service
from .services.database_service import DatabaseError, default_database_path, open_app_database
from .ui.main_window import MainWindow
from .ui.style import apply_application_look

SCREENSHOT_SIZE = (1280, 800)
ORGANISATION, APPLICATION = "LSCB", "LSCB Desktop"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="lscb-desktop", description=__doc__.splitlines()[0])
    parser.add_argument("--db", metavar="PATH",
                        help="database file (default: in your application-data folder)")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the main window to FILE.png at 1280x800 and exit")
    return parser.parse_args(argv)


def prepare_database(path: Path):
    """Open (creating and migrating) the database; a new one gets the demo committee, so a
    first start has something real to look at and to try things on."""
    first_start = not path.exists()
    db = open_app_database(path)
    if first_start:
        demo_service.load_demo(db)
    return db


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # read when the QApplication starts

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    path = Path(args.db) if args.db else default_database_path()
    try:
        db = prepare_database(path)
    except DatabaseError as error:
        if args.screenshot:
            print(f"lscb-desktop: {error}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "LSCB Desktop cannot open its database", str(error))
        return 2
    apply_application_look(app)

    settings = None if args.screenshot else QSettings(ORGANISATION, APPLICATION)
    window = MainWindow(db, path, settings)
    window.open_upcoming_meeting()
    if args.screenshot:
        return _screenshot(app, window, Path(args.screenshot))
    window.show()
    status = app.exec()
    db.close()
    return status


def _screenshot(app, window, target: Path) -> int:
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    for _ in range(3):  # wrapped labels settle their heights over a few layout passes
        app.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(target), "PNG"):
        print(f"lscb-desktop: could not write the screenshot to '{target}'.", file=sys.stderr)
        return 1
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
