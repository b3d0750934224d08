"""Where file dialogs start: the user's Documents folder."""

from PySide6.QtCore import QStandardPaths


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
