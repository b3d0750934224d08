"""File > Settings: one field per declared preference, saved through settings_service.
Changing the clear days changes every publication deadline."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QSpinBox

from lscb_desktop.domain.committee import Committee
from lscb_desktop.domain.preferences import ALL, CLEAR_DAYS, COUNCIL_NAME, Preference
from lscb_desktop.services import committee_service, meeting_service, settings_service
from lscb_desktop.ui.settings_dialog import SettingsDialog


def open_dialog(qtbot, db, **kwargs) -> SettingsDialog:
    dialog = SettingsDialog(db, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def label_texts(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_every_declared_preference_has_a_field_showing_its_value(qtbot, db):
    dialog = open_dialog(qtbot, db)
    assert set(dialog.fields) == set(ALL)
    clear_days = dialog.fields[CLEAR_DAYS.key].widget
    assert isinstance(clear_days, QSpinBox)
    assert (clear_days.minimum(), clear_days.maximum(), clear_days.value()) == (0, 30, 5)
    assert isinstance(dialog.fields[COUNCIL_NAME.key].widget, QLineEdit)
    assert dialog.values() == {"clear_days": 5, "council_name": "Borsetshire Council",
                               "suppression_threshold": 5}
    assert any("5 in England" in text and "3 in Wales" in text for text in label_texts(dialog))


def test_three_clear_days_move_the_publication_deadline(qtbot, db):
    committee_id = committee_service.create_committee(db, Committee(name="Schools Forum",
                                                                    default_venue="Room 1"))
    meeting = meeting_service.get_meeting(
        db, meeting_service.create_meeting(db, committee_id, date(2025, 3, 25)))  # a Tuesday
    assert meeting_service.deadline(db, meeting).publish_by == date(2025, 3, 17)

    dialog = open_dialog(qtbot, db)
    dialog.fields[CLEAR_DAYS.key].widget.setValue(3)
    dialog.fields[COUNCIL_NAME.key].widget.setText("Ceredigion County Council")
    assert dialog.apply()

    assert settings_service.get(db, CLEAR_DAYS) == 3
    assert settings_service.get(db, COUNCIL_NAME) == "Ceredigion County Council"
    deadline = meeting_service.deadline(db, meeting)
    assert (deadline.publish_by, deadline.clear_days) == (date(2025, 3, 19), 3)


def test_ok_saves_and_cancel_does_not(qtbot, db):
    dialog = open_dialog(qtbot, db)
    dialog.fields[CLEAR_DAYS.key].widget.setValue(10)
    dialog.reject()
    assert settings_service.get(db, CLEAR_DAYS) == 5

    dialog = open_dialog(qtbot, db)
    dialog.fields[CLEAR_DAYS.key].widget.setValue(10)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings_service.get(db, CLEAR_DAYS) == 10


def test_restore_defaults_fills_in_the_declared_defaults(qtbot, db):
    settings_service.set_value(db, CLEAR_DAYS, 3)
    dialog = open_dialog(qtbot, db)
    dialog.restore_defaults()
    assert dialog.values()[CLEAR_DAYS.key] == 5
    assert settings_service.get(db, CLEAR_DAYS) == 3  # not saved until OK


class Email(str):
    def __new__(cls, text: str):
        if "@" not in text:
            raise ValueError(f"'{text}' is not an email address: enter one like name@council.gov.uk.")
        return super().__new__(cls, text)


@dataclass(frozen=True)
class NotedPreference(Preference):
    note: str = ""


def test_a_new_preference_needs_no_ui_code_and_a_refused_value_saves_nothing(qtbot, db):
    reply_to = NotedPreference("reply_to", Email, "democratic.services@example.org",
                               "Reply-to address", note="Shown on agendas.")
    dialog = open_dialog(qtbot, db, prefs=[CLEAR_DAYS, reply_to])
    assert "Shown on agendas." in label_texts(dialog)
    dialog.fields[CLEAR_DAYS.key].widget.setValue(3)
    dialog.fields["reply_to"].widget.setText("not an address")

    dialog.accept()

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "is not an email address" in dialog.error.text()
    assert dialog.focusWidget() is dialog.fields["reply_to"].widget
    assert settings_service.get(db, CLEAR_DAYS) == 5  # all or nothing

    dialog.fields["reply_to"].widget.setText("clerk@example.org")
    dialog.accept()
    assert settings_service.get(db, reply_to) == "clerk@example.org"
    assert settings_service.get(db, CLEAR_DAYS) == 3
