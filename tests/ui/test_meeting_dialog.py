"""New meeting: the committee preselected, sensible defaults from the committee, the agenda
opened with its standard items; a meeting without a venue is refused in the dialog."""

from datetime import date, time

from PySide6.QtCore import QDate

from lscb_desktop.domain.deadlines import is_working_day
from lscb_desktop.services import agenda_service, meeting_service
from lscb_desktop.ui.meeting_dialog import MeetingDialog

from meeting_helpers import VENUE, click_ok, make_committee, make_meeting

TODAY = date(2019, 1, 10)


def open_dialog(qtbot, db, committee_id) -> MeetingDialog:
    dialog = MeetingDialog(db, committee_id, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_defaults_come_from_the_committee_and_its_last_meeting(qtbot, db):
    make_committee(db, "Audit Committee")
    committee_id = make_committee(db)
    make_meeting(db, committee_id, day=date(2019, 1, 22))
    dialog = open_dialog(qtbot, db, committee_id)
    f = dialog.form
    assert f.committeeCombo.currentText() == "Corporate Parenting Committee"
    assert f.dateEdit.calendarPopup()
    assert f.dateEdit.date() == QDate(2019, 3, 19)  # eight weeks on, the same weekday
    assert f.timeEdit.time().toPython() == time(16, 0)
    assert f.venueEdit.text() == VENUE
    assert f.clerkEdit.text() == "Julie Zientek"
    assert f.deadlineHint.text() == "Agenda to be published by Monday 11 March 2019 (5 clear days)."


def test_creating_a_meeting_opens_its_agenda_with_the_standard_items(qtbot, db):
    committee_id = make_committee(db)
    dialog = open_dialog(qtbot, db, committee_id)
    dialog.form.dateEdit.setDate(QDate(2019, 1, 22))
    dialog.form.clerkEdit.setText("Julie Zientek")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    meeting = meeting_service.get_meeting(db, dialog.created_id)
    assert (meeting.date, meeting.start_time, meeting.venue, meeting.clerk) == (
        date(2019, 1, 22), time(16, 0), VENUE, "Julie Zientek")
    assert [i.title for i in agenda_service.agenda(db, meeting.id)] == [
        "Apologies for Absence", "Declarations of Interest", "Minutes of Previous Meeting"]


def test_a_meeting_without_a_venue_is_refused_and_nothing_is_created(qtbot, db):
    committee_id = make_committee(db)
    dialog = open_dialog(qtbot, db, committee_id)
    dialog.form.venueEdit.clear()
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.created_id is None
    assert dialog.error_label.text() == "The meeting needs a venue: enter where it will be held."
    assert dialog.focusWidget() is dialog.form.venueEdit
    assert meeting_service.list_meetings(db, committee_id) == []


def test_the_suggested_date_is_a_working_day_far_enough_ahead(db):
    committee_id = make_committee(db)
    first = meeting_service.suggested_date(db, committee_id, TODAY)
    assert first >= date(2019, 1, 31) and is_working_day(first)
    make_meeting(db, committee_id, day=date(2018, 3, 6))  # long ago: roll on, same weekday
    later = meeting_service.suggested_date(db, committee_id, TODAY)
    assert later >= date(2019, 1, 31) and later.weekday() == 1
    make_meeting(db, committee_id, day=date(2019, 2, 25))  # eight weeks on is Easter Monday
    assert meeting_service.suggested_date(db, committee_id, TODAY) == date(2019, 4, 23)
