"""File > Settings: the preferences declared in domain/preferences.py, one field each, built
from the declarations (type, default, label, minimum, maximum), so a new preference needs no
UI code. `values()` reads the fields and `apply()` saves them; OK does both."""

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain import preferences
from ..domain.preferences import Preference
from ..services import settings_service
from .form_feedback import InlineError, focus_field, muted

_SPIN_LIMIT = 2_000_000_000


def label_and_note(pref: Preference) -> tuple[str, str]:
    """The field's label and the note shown under it."""
    return pref.label, pref.note


class _Field:
    """One preference's editor widget, chosen by the preference's type."""

    def __init__(self, pref: Preference, parent: QWidget):
        self.pref = pref
        if pref.type in (int, float):
            spin = QSpinBox(parent) if pref.type is int else QDoubleSpinBox(parent)
            spin.setRange(-_SPIN_LIMIT if pref.minimum is None else pref.minimum,
                          _SPIN_LIMIT if pref.maximum is None else pref.maximum)
            spin.setMinimumWidth(90)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.widget: QWidget = spin
        else:  # text, and any type that reads itself from text
            self.widget = QLineEdit(parent)

    def value(self):
        """What the field shows: a number, or text that the preference will parse."""
        if isinstance(self.widget, QLineEdit):
            return self.widget.text().strip()
        return self.widget.value()

    def set_value(self, value) -> None:
        if isinstance(self.widget, QLineEdit):
            self.widget.setText(str(value))
        else:
            self.widget.setValue(value)


class SettingsDialog(QDialog):
    def __init__(self, db, parent: QWidget | None = None,
                 prefs: Iterable[Preference] | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle("Settings")
        self.setMinimumWidth(560)
        self.fields: dict[str, _Field] = {}

        intro = muted(QLabel("These settings are kept in this database, so they apply to "
                             "everyone who works on these committees.", self))
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for pref in (preferences.ALL.values() if prefs is None else prefs):
            field = _Field(pref, self)
            field.set_value(settings_service.get(db, pref))
            self.fields[pref.key] = field
            label_text, note = label_and_note(pref)
            label = QLabel(label_text, self)
            label.setBuddy(field.widget)
            form.addRow(label, self._with_note(field.widget, note))

        self.error = InlineError(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(16)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _with_note(self, widget: QWidget, note: str) -> QWidget:
        if not note:
            return widget
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(widget)
        column.addWidget(muted(QLabel(note, box)))
        return box

    def values(self) -> dict[str, object]:
        """The preferences as the fields show them, by key."""
        return {key: field.value() for key, field in self.fields.items()}

    def restore_defaults(self) -> None:
        for field in self.fields.values():
            field.set_value(field.pref.default)

    def apply(self) -> bool:
        """Check every value, then save the ones that changed. False (message shown, field
        focused, nothing saved) if one is refused."""
        parsed = {}
        for key, raw in self.values().items():
            field = self.fields[key]
            try:
                parsed[key] = field.pref.parse(str(raw))
            except ValueError as error:
                label = label_and_note(field.pref)[0]
                message = str(error) if label in str(error) else f"{label}: {error}"
                self.error.show_message(f"{message} Change it and try again.")
                widgets = {k: f.widget for k, f in self.fields.items()}
                focus_field(widgets, key, field.widget)
                return False
        for key, value in parsed.items():
            pref = self.fields[key].pref
            if value != settings_service.get(self.db, pref):
                settings_service.set_value(self.db, pref, value)
        self.error.clear_message()
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()
