"""Given a meeting's minutes records, compose_minutes lays them out as councils publish
minutes: PRESENT with roles, officers, numbered minutes with decisions set apart, the times
and the Chairman's signature, and DRAFT until the minutes are approved."""

from datetime import date, time

from lscb_desktop.domain.attendance import Attendance, AttendanceStatus, Attendee, AttendeeKind
from lscb_desktop.domain.committee import Committee, MemberRole
from lscb_desktop.domain.decisions import Decision, DecisionKind, Vote
from lscb_desktop.domain.meeting import Meeting
from lscb_desktop.domain.minutes import Minute, MinutesRecord
from lscb_desktop.export.document import Heading, NumberedItem
from lscb_desktop.export.minutes_composer import compose_minutes, present_lines
from lscb_desktop.export.pdf_renderer import render_pdf

from export_fixtures import pdf_text

VENUE = "Committee Suite 1, Westfields, Sandbach"
COMMITTEE = Committee("Corporate Parenting Committee", VENUE, time(16, 0))
MEETING = Meeting(committee_id=1, date=date(2018, 11, 13), start_time=time(16, 0), venue=VENUE)
ATTENDANCE = [
    Attendance("J Saunders", MemberRole.CHAIRMAN),
    Attendance("Councillor D Flude", MemberRole.VICE_CHAIRMAN),
    Attendance("P Butterill"),
    Attendance("S Gardiner"),
    Attendance("Jo Baines", MemberRole.CO_OPTED),
    Attendance("L Durham", status=AttendanceStatus.APOLOGIES),
    Attendance("G Merry", status=AttendanceStatus.SUBSTITUTED, substitute="Councillor A Hale"),
]


def compose(minutes, record=None, attendance=ATTENDANCE, attendees=()):
    record = record or MinutesRecord(1, 18, commenced=time(16), concluded=time(18, 10))
    return compose_minutes(COMMITTEE, MEETING, record, minutes, list(attendance),
                           list(attendees), "Cheshire Shire Council")


def texts(document) -> list[str]:
    return [getattr(b, "text", "") for b in document.blocks]


def test_present_names_the_chair_and_vice_chair_then_the_members_then_substitutes():
    assert present_lines(ATTENDANCE) == [
        "Councillor J Saunders (Chairman)",
        "Councillor D Flude (Vice-Chairman)",
        "Councillors P Butterill and S Gardiner, and Jo Baines",
        "Councillor A Hale (substitute for Councillor G Merry)",
    ]


def test_the_heading_sentence_follows_the_title_and_officers_are_listed_with_capacity():
    document = compose([], attendees=[
        Attendee("Julie Zientek", "Democratic Services Officer"),
        Attendee("Sam Vale", "Advocate", AttendeeKind.OTHER)])
    lines = texts(document)
    assert document.blocks[1] == Heading(1, "Corporate Parenting Committee")
    assert lines[2] == ("Minutes of a meeting of the Corporate Parenting Committee held on "
                        f"Tuesday, 13th November, 2018 at {VENUE}")
    assert lines.index("Officers in attendance") < lines.index(
        "Julie Zientek, Democratic Services Officer") < lines.index("Also present") < \
        lines.index("Sam Vale, Advocate")
    assert document.title == "Corporate Parenting Committee - Minutes - 13 November 2018"
    assert (document.author, document.language) == ("Cheshire Shire Council", "en-GB")


def test_each_minute_is_a_numbered_capitalised_heading_with_decisions_set_apart():
    minutes = [
        Minute("Input from Young People", "They spoke.\nThey asked.", number=22,
               decisions=[Decision("That the update be noted.")]),
        Minute("Strategy", number=23, decisions=[
            Decision("That the strategy be noted."),
            Decision("That officers report back.", vote=Vote(6, 1, 0)),
            Decision("That the strategy be adopted.", DecisionKind.RECOMMENDED, "Cabinet")]),
    ]
    document = compose(minutes)
    items = [b for b in document.blocks if isinstance(b, NumberedItem) and b.heading_level]
    assert [(i.label, i.text) for i in items] == [
        ("22", "INPUT FROM YOUNG PEOPLE"), ("23", "STRATEGY")]
    assert [p.text for p in items[0].body] == ["They spoke.", "They asked."]
    lines = texts(document)
    start = lines.index("STRATEGY")
    # "" is the space that sets each group of decisions apart
    assert lines[start + 1:start + 8] == [
        "", "RESOLVED –", "That the strategy be noted.", "That officers report back.",
        "For 6, against 1, abstentions 0.",
        "", "RECOMMENDED to Cabinet – That the strategy be adopted."]
    numbered = [b.label for b in document.blocks if isinstance(b, NumberedItem) and b.level]
    assert numbered == ["(1)", "(2)"]
    assert "RESOLVED – That the update be noted." in lines


def test_the_minutes_end_with_the_times_and_the_chairmans_signature():
    lines = texts(compose([Minute("Apologies", number=18)]))
    end = lines.index("The meeting commenced at 4.00 pm and concluded at 6.10 pm")
    assert lines[end + 2].startswith("Signed ___")
    assert lines[end + 3] == "Councillor J Saunders (Chairman)"


def test_without_the_chairman_the_vice_chairman_signs_in_the_chair():
    absent_chair = [Attendance("J Saunders", MemberRole.CHAIRMAN, AttendanceStatus.APOLOGIES),
                    *ATTENDANCE[1:]]
    assert texts(compose([], attendance=absent_chair))[-1] == (
        "Councillor D Flude (Vice-Chairman, in the Chair)")


def test_draft_minutes_carry_the_watermark_and_approved_ones_do_not():
    assert compose([]).watermark == "DRAFT"
    approved = MinutesRecord(1, 18, approved_on=date(2019, 1, 22))
    assert compose([], record=approved).watermark == ""


def test_pdf_text_is_escaped(tmp_path):
    minute = Minute("A&E <referrals>", "Waits at A&E <4 hours> & more.", number=5,
                    decisions=[Decision("That <b>nothing</b> & more be noted.")])
    render_pdf(compose([minute]), tmp_path / "m.pdf")
    text = pdf_text(tmp_path / "m.pdf")
    assert "A&E <REFERRALS>" in text
    assert "Waits at A&E <4 hours> & more." in text
    assert "That <b>nothing</b> & more be noted." in text
