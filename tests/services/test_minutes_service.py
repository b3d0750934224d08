"""Starting the minutes from the agenda, numbering them through the municipal year, the order
of taking, attendance, declarations and times."""

from dataclasses import replace
from datetime import date, time

import pytest
from minutes_fixtures import board, meeting

from lscb_desktop.domain.attendance import AttendanceStatus, Attendee, AttendeeKind
from lscb_desktop.domain.committee import MinuteNumbering
from lscb_desktop.domain.decisions import Decision
from lscb_desktop.domain.declarations import InterestKind
from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.minutes import MinuteKind
from lscb_desktop.services import agenda_service, attendance_service, minutes_service

NOV = date(2018, 11, 13)


def titles(minutes):
    return [m.title for m in minutes]


def test_the_minutes_start_from_the_agenda_one_numbered_minute_per_item(db):
    b = board(db)
    mid = meeting(db, b.committee_id, NOV)
    minutes = minutes_service.start_minutes(db, mid)
    assert titles(minutes) == [
        "Apologies for Absence", "Declarations of Interest", "Minutes of Previous Meeting",
        "Corporate Parenting Strategy", "Update Report", "Voice of Children",
        "Exclusion of the Press and Public", "Fostering Panel Annual Report"]
    assert [m.number for m in minutes] == list(range(1, 9))
    agenda_ids = [i.id for i in agenda_service.agenda(db, mid)]
    assert [m.agenda_item_id for m in minutes if m.kind is MinuteKind.ITEM] == agenda_ids
    assert minutes[0].narrative == "There were no apologies for absence."
    assert minutes[1].narrative == "There were no declarations of interest."


def test_numbers_run_on_through_the_municipal_year_and_restart_in_may(db):
    b = board(db)
    september = meeting(db, b.committee_id, date(2018, 9, 18))
    assert minutes_service.start_minutes(db, september, first=10)[-1].number == 17
    november = meeting(db, b.committee_id, NOV)
    assert minutes_service.start_minutes(db, november)[0].number == 18
    june = meeting(db, b.committee_id, date(2019, 6, 4))
    assert minutes_service.start_minutes(db, june)[0].number == 1


def test_a_committee_numbering_continuously_never_restarts(db):
    b = board(db, numbering=MinuteNumbering.CONTINUOUS)
    minutes_service.start_minutes(db, meeting(db, b.committee_id, date(2019, 3, 19)), first=230)
    june = meeting(db, b.committee_id, date(2019, 6, 4))
    assert minutes_service.start_minutes(db, june)[0].number == 238


def test_the_previous_meeting_minute_offers_its_approval(db):
    b = board(db)
    meeting(db, b.committee_id, date(2018, 9, 18))
    minutes = minutes_service.start_minutes(db, meeting(db, b.committee_id, NOV))
    [decision] = minutes[2].decisions
    assert decision.text == ("That the minutes of the meeting held on 18 September 2018 be "
                             "approved as a correct record.")


def test_minutes_are_started_once(db):
    mid = meeting(db, board(db).committee_id, NOV)
    minutes_service.start_minutes(db, mid)
    with pytest.raises(ValidationError, match="started already: open them"):
        minutes_service.start_minutes(db, mid)
    with pytest.raises(ValidationError, match="start at 1"):
        minutes_service.set_first_number(db, mid, 0)


def test_unstarted_minutes_say_how_to_start_them(db):
    mid = meeting(db, board(db).committee_id, NOV)
    with pytest.raises(ValidationError, match="start them from the agenda"):
        minutes_service.get_minutes(db, mid)


def test_taking_an_item_early_renumbers_the_minutes_in_the_order_taken(db):
    mid = meeting(db, board(db).committee_id, NOV)
    minutes = minutes_service.start_minutes(db, mid, first=18)
    voice = next(m for m in minutes if m.title == "Voice of Children")
    retaken = minutes_service.move_minute(db, mid, voice.id, 3)
    assert titles(retaken)[3:6] == [
        "Voice of Children", "Corporate Parenting Strategy", "Update Report"]
    assert [m.number for m in retaken] == list(range(18, 26))
    assert [i.title for i in agenda_service.agenda(db, mid)][3] == "Corporate Parenting Strategy"


def test_a_minute_keeps_its_title_as_typed_and_its_decisions(db):
    mid = meeting(db, board(db).committee_id, NOV)
    strategy = minutes_service.start_minutes(db, mid)[3]
    minutes_service.update_minute(db, replace(strategy, narrative=" The Committee considered. "))
    minutes_service.add_decision(db, strategy.id, Decision("That the report be noted."))
    saved = minutes_service.get_minute(db, strategy.id)
    assert saved.title == "Corporate Parenting Strategy"
    assert saved.narrative == "The Committee considered."
    assert [d.text for d in saved.decisions] == ["That the report be noted."]
    with pytest.raises(ValidationError, match="needs its text"):
        minutes_service.add_decision(db, strategy.id, Decision(""))
    assert len(minutes_service.get_minute(db, strategy.id).decisions) == 1


def test_the_exclusion_resolution_is_written_from_the_agenda_not_by_hand(db):
    mid = meeting(db, board(db).committee_id, NOV)
    exclusion = next(m for m in minutes_service.start_minutes(db, mid)
                     if m.kind is MinuteKind.EXCLUSION)
    with pytest.raises(ValidationError, match="change the paragraphs on the agenda item"):
        minutes_service.update_minute(db, replace(exclusion, decisions=[Decision("That not.")]))


def test_attendance_lists_the_members_serving_on_the_day_and_writes_the_apologies(db):
    b = board(db)
    mid = meeting(db, b.committee_id, NOV)
    minutes_service.start_minutes(db, mid)
    records = {a.name: a for a in attendance_service.attendance(db, mid)}
    assert list(records) == ["J Saunders", "D Flude", "L Durham", "M Grant", "O Hunter",
                             "Kate Foster"]  # not one who had left, nor a standing substitute
    for name in ("L Durham", "M Grant", "O Hunter"):
        attendance_service.set_attendance(db, records[name].id, AttendanceStatus.APOLOGIES)
    assert minutes_service.get_minutes(db, mid)[0].narrative == (
        "Apologies for absence were received from Councillors L Durham, M Grant and O Hunter.")
    attendance_service.set_attendance(db, records["M Grant"].id, AttendanceStatus.SUBSTITUTED,
                                      "Councillor S Edgar")
    assert minutes_service.get_minutes(db, mid)[0].narrative.endswith(
        "Councillor S Edgar attended as a substitute for Councillor M Grant.")


def test_a_bad_substitution_changes_nothing(db):
    mid = meeting(db, board(db).committee_id, NOV)
    minutes_service.start_minutes(db, mid)
    record = attendance_service.attendance(db, mid)[2]
    with pytest.raises(ValidationError, match="enter the name of the substitute"):
        attendance_service.set_attendance(db, record.id, AttendanceStatus.SUBSTITUTED)
    assert attendance_service.attendance(db, mid)[2].status is AttendanceStatus.PRESENT


def test_officers_and_others_present_are_kept_in_order(db):
    mid = meeting(db, board(db).committee_id, NOV)
    minutes_service.start_minutes(db, mid)
    people = [Attendee("Nigel Moorhouse", "Director of Children's Social Care"),
              Attendee("Julie Zientek", "Democratic Services Officer"),
              Attendee("A Young Person", "Children in Care Council", AttendeeKind.OTHER)]
    attendance_service.set_attendees(db, mid, people)
    assert [(p.name, p.kind) for p in attendance_service.attendees(db, mid)] == [
        (p.name, p.kind) for p in people]
    with pytest.raises(ValidationError, match="needs a name"):
        attendance_service.set_attendees(db, mid, [Attendee(" ")])
    assert len(attendance_service.attendees(db, mid)) == 3


def test_declarations_write_the_declarations_minute(db):
    b = board(db)
    mid = meeting(db, b.committee_id, NOV)
    minutes_service.start_minutes(db, mid)
    item = next(i for i in agenda_service.agenda(db, mid) if i.title == "Update Report")
    declaration_id = attendance_service.declare_interest(
        db, mid, b.members["D Flude"], item.id, InterestKind.NON_REGISTRABLE,
        "as she is a safeguarding governor")
    assert minutes_service.get_minutes(db, mid)[1].narrative == (
        "Councillor D Flude declared a non-registrable interest in the item 'Update Report', "
        "as she is a safeguarding governor.")
    attendance_service.withdraw_declaration(db, declaration_id)
    assert minutes_service.get_minutes(db, mid)[1].narrative == (
        "There were no declarations of interest.")


def test_a_declaration_is_by_a_member_on_an_item_of_this_meeting(db):
    b = board(db)
    mid = meeting(db, b.committee_id, NOV)
    other = meeting(db, b.committee_id, date(2019, 1, 22))
    minutes_service.start_minutes(db, mid)
    foreign_item = agenda_service.agenda(db, other)[-1].id
    with pytest.raises(ValidationError, match="choose one of its items"):
        attendance_service.declare_interest(db, mid, b.members["L Durham"], foreign_item,
                                            InterestKind.OTHER_REGISTRABLE)
    own_item = agenda_service.agenda(db, mid)[-1].id
    with pytest.raises(ValidationError, match="choose one of its members"):
        attendance_service.declare_interest(db, mid, 9999, own_item,
                                            InterestKind.OTHER_REGISTRABLE)
    assert attendance_service.declarations(db, mid) == []


def test_the_times_of_the_meeting_are_recorded(db):
    mid = meeting(db, board(db).committee_id, NOV)
    minutes_service.start_minutes(db, mid)
    minutes_service.set_times(db, mid, time(16), time(18, 10))
    assert minutes_service.record(db, mid).times_sentence() == (
        "The meeting commenced at 4.00 pm and concluded at 6.10 pm")
    with pytest.raises(ValidationError, match="check the times"):
        minutes_service.set_times(db, mid, time(16), time(9))
    assert minutes_service.record(db, mid).concluded == time(18, 10)


def test_quick_inserts_name_the_previous_meeting(db):
    b = board(db)
    meeting(db, b.committee_id, date(2018, 9, 18))
    mid = meeting(db, b.committee_id, NOV)
    assert ("That the minutes of the meeting held on 18 September 2018 be approved as a "
            "correct record.") in minutes_service.decision_inserts(db, mid)
