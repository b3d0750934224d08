"""Telling the user about errors, and asking before destructive actions.

Pages call these through the module (`messages.confirm(...)`) so that tests can replace them
and never block on a modal box."""

from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import NotFound

# Services refuse with ValueError subclasses (ValidationError, ExportError, MeetingFileError)
# and NotFound, each phrased for the user. Anything else is a fault, reported as such.
USER_ERRORS = (ValueError, NotFound)


def error_text(error: BaseException | str) -> str:
    """The message to show; services already phrase theirs as problem plus way out."""
    if isinstance(error, str):
        return error
    text = str(error) or error.__class__.__name__
    if isinstance(error, USER_ERRORS):
        return text
    return f"{text}\n\nNothing has been changed. If this happens again, please report it."


def show_error(parent: QWidget | None, title: str, error: BaseException | str) -> None:
    QMessageBox.warning(parent, title, error_text(error))


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before a destructive action; `action` labels the button that goes ahead.
    Cancel is the default, so a stray Enter changes nothing."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go

