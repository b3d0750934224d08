"""The resolutions register: every decision with its committee, meeting date, minute number
and title and its text as printed, filtered by committee, dates and words; exported as
Word, PDF and CSV, all three or none."""

import csv
from dataclasses import replace
from datetime import date

import docx
import pytest
from minutes_fixtures import board, meeting
from pypdf import PdfReader

from lscb_desktop.domain.agenda import AgendaItem
from lscb_desktop.domain.decisions import Decision, DecisionKind, Vote
from lscb_desktop.domain.errors import NotFound, ValidationError
from lscb_desktop.services import minutes_service
from lscb_desktop.services import resolutions_register_service as register_service
from lscb_desktop.services.export_service import ExportError
from lscb_desktop.services.resolutions_register_service import RegisterFilters

DASH = "\u2013"
ITEMS = (AgendaItem("Voice of Children"), AgendaItem("Corporate Parenting Strategy"),
         AgendaItem("Update Report"))


def decide(db, meeting_id, title, *decisions, narrative=""):
    minute = next(m for m in minutes_service.get_minutes(db, meeting_id) if m.title == title)
    minutes_service.update_minute(db, replace(minute, narrative=narrative,
                                              decisions=list(decisions)))


@pytest.fixture
def committees(db):
    parenting = board(db)
    old = meeting(db, parenting.committee_id, date(2018, 11, 13), *ITEMS)
    minutes_service.start_minutes(db, old, first=18)
    decide(db, old, "Voice of Children", Decision("That the update be noted."),
           Decision("That two taster flats be opened in Borchester."))
    decide(db, old, "Corporate Parenting Strategy",
           Decision("That the strategy be adopted.", DecisionKind.RECOMMENDED, "Cabinet",
                    Vote(7, 0, 1)))
    new = meeting(db, parenting.committee_id, date(2019, 1, 22), *ITEMS)
    minutes_service.start_minutes(db, new)
    decide(db, new, "Update Report", Decision("That the update be noted."),
           narrative="The taster flats had opened.")
    scrutiny = board(db, "Scrutiny Committee")
    elsewhere = meeting(db, scrutiny.committee_id, date(2018, 12, 4), *ITEMS)
    minutes_service.start_minutes(db, elsewhere)
    decide(db, elsewhere, "Update Report", Decision("That A&E waiting times be reviewed."))
    return parenting.committee_id, scrutiny.committee_id


def rows(entries):
    return [(e.meeting_date.isoformat(), e.committee, e.minute_number, e.minute_title,
             e.decision) for e in entries]


def test_every_decision_is_listed_oldest_meeting_first_as_the_minutes_print_it(db, committees):
    entries = register_service.register(db)
    assert rows(entries) == [
        ("2018-11-13", "Corporate Parenting Committee", 21, "Voice of Children",
         f"RESOLVED {DASH} (1) That the update be noted."),
        ("2018-11-13", "Corporate Parenting Committee", 21, "Voice of Children",
         f"RESOLVED {DASH} (2) That two taster flats be opened in Borchester."),
        ("2018-11-13", "Corporate Parenting Committee", 22, "Corporate Parenting Strategy",
         f"RECOMMENDED to Cabinet {DASH} That the strategy be adopted. "
         "For 7, against 0, abstentions 1."),
        ("2018-12-04", "Scrutiny Committee", 6, "Update Report",
         f"RESOLVED {DASH} That A&E waiting times be reviewed."),
        ("2019-01-22", "Corporate Parenting Committee", 26, "Minutes of Previous Meeting",
         f"RESOLVED {DASH} That the minutes of the meeting held on 13 November 2018 be "
         "approved as a correct record."),
        ("2019-01-22", "Corporate Parenting Committee", 29, "Update Report",
         f"RESOLVED {DASH} That the update be noted."),
    ]
    assert entries[0].minute_title == "Voice of Children"
    assert minutes_service.get_minute(db, entries[0].minute_id).meeting_id == entries[0].meeting_id


def test_the_register_filters_by_committee_and_by_dates_inclusive(db, committees):
    parenting, scrutiny = committees
    assert {e.committee_id for e in register_service.register(
        db, RegisterFilters(committee_id=scrutiny))} == {scrutiny}
    dated = register_service.register(db, RegisterFilters(date_from=date(2018, 12, 4),
                                                          date_to=date(2019, 1, 22)))
    assert [e.meeting_date for e in dated] == [date(2018, 12, 4)] + [date(2019, 1, 22)] * 2
    both = register_service.register(db, RegisterFilters(parenting, date(2019, 1, 1)))
    assert [(e.committee_id, e.minute_number) for e in both] == [(parenting, 26),
                                                                 (parenting, 29)]


def test_words_find_the_decisions_of_minutes_that_hold_them(db, committees):
    parenting, _ = committees
    found = register_service.register(db, RegisterFilters(query="what did we decide about "
                                                                "taster flats?"))
    # the decisions of the minute deciding it, and of the minute whose narrative says it
    assert [(e.meeting_date, e.minute_number) for e in found] == [
        (date(2018, 11, 13), 21), (date(2018, 11, 13), 21), (date(2019, 1, 22), 29)]
    assert register_service.register(
        db, RegisterFilters(parenting, date(2019, 1, 1), query="taster")) == found[2:]
    assert register_service.register(db, RegisterFilters(query="A&E"))[0].committee == (
        "Scrutiny Committee")
    assert register_service.register(db, RegisterFilters(query="submarines")) == []


def test_a_range_ending_before_it_starts_and_an_unknown_committee_are_refused(db, committees):
    with pytest.raises(ValidationError, match="make the 'to' date the later one") as error:
        register_service.register(db, RegisterFilters(date_from=date(2019, 1, 1),
                                                      date_to=date(2018, 1, 1)))
    assert error.value.field == "date_to"
    with pytest.raises(NotFound, match="no committee with id 99"):
        register_service.register(db, RegisterFilters(committee_id=99))


def test_the_export_writes_word_pdf_and_csv_stating_the_filters(db, committees, tmp_path):
    parenting, _ = committees
    filters = RegisterFilters(parenting, date(2018, 5, 1), query="taster")
    written = register_service.export_register(db, tmp_path / "out", filters)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "register.csv", "register.docx", "register.pdf"]

    raw = written.csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 by its byte-order mark
    with open(written.csv, encoding="utf-8-sig", newline="") as file:
        table = list(csv.reader(file))
    assert table[0] == ["Date", "Committee", "Minute", "Minute title", "Part", "Decision"]
    assert table[2] == ["2018-11-13", "Corporate Parenting Committee", "21", "Voice of Children",
                        "1", f"RESOLVED {DASH} (2) That two taster flats be opened in Borchester."]
    assert len(table) == 4

    word = docx.Document(str(written.docx))
    text = " ".join(p.text for p in word.paragraphs)
    assert "Resolutions register" in text
    assert "Corporate Parenting Committee" in text and "From 1 May 2018" in text
    assert "taster" in text and "3 decisions" in text
    grid = word.tables[0]
    assert [c.text for c in grid.rows[0].cells] == ["Date", "Committee", "Minute", "Decision"]
    assert [c.text for c in grid.rows[2].cells] == [
        "13 Nov 2018", "Corporate Parenting Committee", "21. Voice of Children",
        f"RESOLVED {DASH} (2) That two taster flats be opened in Borchester."]
    pdf = " ".join(" ".join(page.extract_text().split()) for page in
                   PdfReader(str(written.pdf)).pages)
    assert "Resolutions register" in pdf and "two taster flats be opened" in pdf


def test_a_failed_export_leaves_the_previous_files_as_they_were(db, committees, tmp_path,
                                                                monkeypatch):
    out = tmp_path / "out"
    first = register_service.export_register(db, out)
    before = {p: p.read_bytes() for p in (first.docx, first.pdf, first.csv)}

    def full_disk(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(register_service, "_write_csv", full_disk)
    with pytest.raises(ExportError, match="could not be saved in the folder .* No space left "
                                          "on device. Choose a folder you can write to"):
        register_service.export_register(db, out, RegisterFilters(query="taster"))
    assert {p: p.read_bytes() for p in before} == before
    assert sorted(p.name for p in out.iterdir()) == ["register.csv", "register.docx",
                                                      "register.pdf"]
