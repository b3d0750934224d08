"""The words minutes are written in: apologies, declarations, decisions, votes and times."""

from datetime import date, time

import pytest

from lscb_desktop.domain.actions import Action, ActionStatus
from lscb_desktop.domain.attendance import Attendance, AttendanceStatus, apologies_minute
from lscb_desktop.domain.committee import MemberRole
from lscb_desktop.domain.decisions import (
    Decision, DecisionKind, REPORT_NOTED, Vote, VoteCast, decision_lines, minutes_approved,
    quick_inserts,
)
from lscb_desktop.domain.declarations import Declaration, InterestKind, declarations_minute
from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.minutes import Correction, CorrectedField, check_times, times_sentence

APOLOGIES, SUBSTITUTED = AttendanceStatus.APOLOGIES, AttendanceStatus.SUBSTITUTED


def test_apologies_are_written_as_the_reference_minutes_write_them():
    attendance = [Attendance("J Saunders", MemberRole.CHAIRMAN),
                  Attendance("L Durham", status=APOLOGIES), Attendance("M Grant", status=APOLOGIES),
                  Attendance("O Hunter", status=APOLOGIES)]
    assert apologies_minute(attendance) == (
        "Apologies for absence were received from Councillors L Durham, M Grant and O Hunter.")


def test_no_apologies_and_one_apology():
    assert apologies_minute([Attendance("J Saunders")]) == "There were no apologies for absence."
    assert apologies_minute([Attendance("Councillor L Durham", status=APOLOGIES)]) == (
        "Apologies for absence were received from Councillor L Durham.")


def test_co_opted_members_are_not_called_councillors_and_substitutes_are_named():
    attendance = [
        Attendance("Councillor Helen Marsh", status=APOLOGIES),
        Attendance("Councillor Graham Lowe", status=SUBSTITUTED,
                   substitute="Councillor Martin Hale"),
        Attendance("Jenny Cartwright", MemberRole.CO_OPTED, status=APOLOGIES),
    ]
    assert apologies_minute(attendance) == (
        "Apologies for absence were received from Councillors Helen Marsh and Graham Lowe, "
        "and Jenny Cartwright. Councillor Martin Hale attended as a substitute for Councillor "
        "Graham Lowe.")


def test_a_substitution_names_the_substitute_and_only_a_substitution_has_one():
    with pytest.raises(ValidationError, match="enter the name of the substitute"):
        Attendance("A Member", status=SUBSTITUTED).validate()
    with pytest.raises(ValidationError, match="clear the substitute"):
        Attendance("A Member", substitute="B Other").validate()


def test_declarations_are_written_from_the_member_item_kind_and_description():
    assert declarations_minute([]) == "There were no declarations of interest."
    declared = [
        Declaration("P Desai", "Virtual School Annual Report", InterestKind.OTHER_REGISTRABLE,
                    "as she is a school governor."),
        Declaration("Jenny Cartwright", "Fostering Allowances", InterestKind.DISCLOSABLE_PECUNIARY,
                    member_role=MemberRole.CO_OPTED),
    ]
    assert declarations_minute(declared) == (
        "Councillor P Desai declared an other registrable interest in the item 'Virtual School "
        "Annual Report', as she is a school governor. Jenny Cartwright declared a disclosable "
        "pecuniary interest in the item 'Fostering Allowances'.")
    assert InterestKind.NON_REGISTRABLE.with_article == "a non-registrable interest"


def test_one_decision_is_resolved_in_one_line_and_several_are_numbered():
    assert decision_lines([Decision(REPORT_NOTED)]) == ["RESOLVED \u2013 That the report be noted."]
    assert decision_lines([Decision(REPORT_NOTED), Decision("That officers report back.")]) == [
        "RESOLVED \u2013", "(1) That the report be noted.", "(2) That officers report back."]


def test_recommendations_name_whom_they_go_to_and_votes_follow_their_decision():
    decisions = [
        Decision(REPORT_NOTED),
        Decision("That the strategy be adopted.", DecisionKind.RECOMMENDED, "Cabinet",
                 Vote(7, 0, 1)),
    ]
    assert decision_lines(decisions) == [
        "RESOLVED \u2013 That the report be noted.",
        "RECOMMENDED to Cabinet \u2013 That the strategy be adopted.",
        "For 7, against 0, abstentions 1.",
    ]


def test_a_decision_needs_text_and_a_recommendation_needs_its_recipient():
    with pytest.raises(ValidationError, match="needs its text"):
        Decision("  ").validate()
    with pytest.raises(ValidationError, match="enter Cabinet or Council"):
        Decision("That it be adopted.", DecisionKind.RECOMMENDED).validate()
    with pytest.raises(ValidationError, match="clear 'recommend to'"):
        Decision("That it be noted.", recommend_to="Council").validate()


def test_a_named_vote_must_agree_with_the_counts():
    named = [("Councillor A", VoteCast.FOR), ("Councillor B", VoteCast.AGAINST)]
    Vote(1, 1, 0, named).validate()
    assert Vote(1, 1, 0, named).sentence() == (
        "For 1, against 1, abstentions 0. For: Councillor A. Against: Councillor B.")
    with pytest.raises(ValidationError, match="does not match the counts"):
        Vote(2, 0, 0, named).validate()
    with pytest.raises(ValidationError, match="cannot be negative"):
        Vote(-1).validate()


def test_quick_inserts_name_the_previous_meeting_and_any_amendment():
    assert minutes_approved(date(2018, 11, 13)) == (
        "That the minutes of the meeting held on 13 November 2018 be approved as a correct record.")
    assert minutes_approved(date(2018, 9, 18), "an amendment to add apologies from Councillor "
                                               "M Warren.") == (
        "That the minutes of the meeting held on 18 September 2018 be approved as a correct "
        "record, subject to an amendment to add apologies from Councillor M Warren.")
    assert quick_inserts(None) == ["That the report be noted.", "That the update be noted."]
    assert len(quick_inserts(date(2018, 11, 13))) == 3


def test_the_times_of_the_meeting():
    assert times_sentence(time(16), time(18, 10)) == (
        "The meeting commenced at 4.00 pm and concluded at 6.10 pm")
    assert times_sentence(time(16), None) == ""
    with pytest.raises(ValidationError, match="cannot conclude at 3.00 pm before"):
        check_times(time(16), time(15))


def test_an_open_action_due_before_today_is_overdue():
    today = date(2019, 1, 22)
    assert Action("Write to the venue", "J Z", date(2019, 1, 21)).is_overdue(today)
    assert not Action("Write to the venue", "J Z", date(2019, 1, 22)).is_overdue(today)
    assert not Action("Write", "J Z", date(2019, 1, 1), ActionStatus.DONE).is_overdue(today)
    assert not Action("Write", "J Z").is_overdue(today)
    with pytest.raises(ValidationError, match="needs an owner"):
        Action("Write to the venue", " ").validate()


def test_a_correction_cites_its_authority_and_changes_something():
    def correction(**changes):
        fields = dict(minute_id=1, field=CorrectedField.NARRATIVE, original="old",
                      corrected="new", resolution_reference="Minute 31, 19 March 2019",
                      corrected_by="J Zientek", corrected_at=None)
        return Correction(**{**fields, **changes})

    correction().validate()
    with pytest.raises(ValidationError, match="resolution that authorised it"):
        correction(resolution_reference="").validate()
    with pytest.raises(ValidationError, match="same as the original"):
        correction(corrected="old").validate()
