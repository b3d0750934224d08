"""The meeting page: details, the publication deadline (and its warning once passed), the
status buttons, future meeting dates, editing and deleting the meeting."""

from datetime import date

import pytest

from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.services import meeting_service
from lscb_desktop.ui import messages
from lscb_desktop.ui.meeting_page import MeetingPage

from meeting_helpers import VENUE, click_ok, make_committee, make_meeting


@pytest.fixture
def open_page(qtbot, db, db_path):
    def open_on(meeting_id, today=date(2019, 1, 10)):
        page = MeetingPage(db, db_path, today=lambda: today)
        qtbot.addWidget(page)
        page.set_meeting(meeting_id)
        return page
    return open_on


def test_shows_the_meetings_details(db, open_page):
    page = open_page(make_meeting(db))
    assert page.title_label.text() == "Corporate Parenting Committee"
    assert page.detail_labels["Date"].text() == "Tuesday, 22nd January, 2019"
    assert page.detail_labels["Time"].text() == "4.00 pm"
    assert page.detail_labels["Venue"].text() == VENUE
    assert page.detail_labels["Clerk"].text() == "Julie Zientek"
    assert page.status_badge.text() == "Draft"


def test_the_deadline_gives_the_day_to_publish_by(db, open_page):
    page = open_page(make_meeting(db), today=date(2019, 1, 10))
    assert page.deadline_label.text() == "Publish by Monday 14 January 2019 to give 5 clear days."
    assert page.deadline_label.property("severity") == "ok"


def test_on_the_day_of_the_deadline_it_says_publish_today(db, open_page):
    page = open_page(make_meeting(db), today=date(2019, 1, 14))
    assert page.deadline_label.text().startswith("Publish today (Monday 14 January 2019)")
    assert page.deadline_label.property("severity") == "today"


def test_once_the_deadline_has_passed_it_warns(db, open_page):
    page = open_page(make_meeting(db), today=date(2019, 1, 15))
    assert page.deadline_label.text().startswith(
        "The publication deadline (Monday 14 January 2019) has passed")
    assert "urgent business" in page.deadline_label.text()
    assert page.deadline_label.property("severity") == "passed"
    assert "#fbeaea" in page.deadline_label.styleSheet()  # shown as a warning, not plain text


def test_status_buttons_move_one_step_and_undo_moves_back(qtbot, db, open_page):
    meeting_id = make_meeting(db)
    page = open_page(meeting_id)
    assert page.next_status_button.text() == "Mar&k as agenda published \u2192"
    assert page.previous_status_button.isHidden()  # nothing before Draft

    with qtbot.waitSignal(page.meeting_changed):
        page.next_status_button.click()
    meeting = meeting_service.get_meeting(db, meeting_id)
    assert meeting.status is MeetingStatus.AGENDA_PUBLISHED
    assert meeting.published_on == date(2019, 1, 10)
    assert page.status_badge.text() == "Agenda published"
    assert page.deadline_label.text() == "Agenda published on Thursday 10 January 2019."
    assert page.previous_status_button.text() == "\u2190 &Back to draft"
    assert page.next_status_button.text() == "Mar&k as held \u2192"

    page.previous_status_button.click()
    assert meeting_service.get_meeting(db, meeting_id).status is MeetingStatus.DRAFT
    page.undo_stack.undo()
    assert meeting_service.get_meeting(db, meeting_id).status is MeetingStatus.AGENDA_PUBLISHED
    page.undo_stack.undo()
    assert meeting_service.get_meeting(db, meeting_id).status is MeetingStatus.DRAFT
    assert page.status_badge.text() == "Draft"


def test_the_last_status_has_no_next_step(db, open_page):
    meeting_id = make_meeting(db)
    for status in list(MeetingStatus)[1:]:
        meeting_service.set_status(db, meeting_id, status, date(2019, 1, 10))
    page = open_page(meeting_id)
    assert page.next_status_button.isHidden()
    assert page.previous_status_button.text() == "\u2190 &Back to held"


def test_future_meeting_dates_are_listed_and_the_choice_is_saved_undoably(db, open_page):
    committee_id = make_committee(db)
    meeting_id = make_meeting(db, committee_id)
    make_meeting(db, committee_id, day=date(2019, 3, 19))
    make_meeting(db, committee_id, day=date(2019, 4, 23))
    page = open_page(meeting_id)
    assert page.future_dates_label.text() == (
        "4.00 pm Tuesday 19 March 2019\n4.00 pm Tuesday 23 April 2019")
    assert page.future_dates_check.text() == "&List future meeting dates on the agenda"
    assert page.future_dates_check.isChecked()

    page.future_dates_check.click()
    assert not meeting_service.get_meeting(db, meeting_id).list_future_dates
    page.undo_stack.undo()
    assert meeting_service.get_meeting(db, meeting_id).list_future_dates
    assert page.future_dates_check.isChecked()


def test_editing_details_saves_undoably_and_refuses_an_empty_venue(qtbot, db, open_page):
    meeting_id = make_meeting(db)
    page = open_page(meeting_id)
    page.edit_details()
    dialog = page.dialog
    assert not dialog.form.committeeCombo.isEnabled()  # a meeting stays with its committee
    dialog.form.venueEdit.clear()
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "needs a venue" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.form.venueEdit

    qtbot.keyClicks(dialog.form.venueEdit, "Council Chamber, Municipal Buildings")
    with qtbot.waitSignal(page.meeting_changed):
        click_ok(qtbot, dialog)
    saved = meeting_service.get_meeting(db, meeting_id)
    assert saved.venue == "Council Chamber, Municipal Buildings"
    assert page.detail_labels["Venue"].text() == "Council Chamber, Municipal Buildings"
    page.undo_stack.undo()
    assert meeting_service.get_meeting(db, meeting_id).venue == VENUE


def test_deleting_the_meeting_asks_first(qtbot, db, open_page, monkeypatch):
    committee_id = make_committee(db)
    meeting_id = make_meeting(db, committee_id)
    page = open_page(meeting_id)
    monkeypatch.setattr(messages, "confirm", lambda *args: False)
    page.delete_button.click()
    assert meeting_service.get_meeting(db, meeting_id)

    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    with qtbot.waitSignal(page.meeting_deleted) as deleted:
        page.delete_button.click()
    assert deleted.args == [committee_id]
    assert meeting_service.list_meetings(db, committee_id) == []
