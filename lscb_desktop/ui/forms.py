"""Loading Qt Designer forms shipped in forms/ (package lscb_desktop.forms)."""

from importlib.resources import as_file, files

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of forms/`name` (e.g. "meeting_dialog.ui") as a child of parent.
    Child widgets are reachable by objectName as attributes of the returned widget."""
    with as_file(files("lscb_desktop.forms") / name) as path:
        ui_file = QFile(str(path))
        if not ui_file.open(QIODevice.OpenModeFlag.ReadOnly):
            raise FileNotFoundError(f"The form '{name}' is missing from the installation.")
        try:
            widget = QUiLoader().load(ui_file, parent)
        finally:
            ui_file.close()
    if widget is None:
        raise RuntimeError(f"The form '{name}' could not be loaded.")
    return widget
