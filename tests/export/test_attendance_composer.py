"""Attendance statistics as a document: the committee and period, a table and a bar chart of
members' attendance, and of organisations'; rendered to Word and PDF."""

from datetime import date

from export_fixtures import docx_text, pdf_text

from lscb_desktop.domain.attendance_statistics import (
    MemberAttendance, OrganisationAttendance,
)
from lscb_desktop.domain.committee import MemberRole
from lscb_desktop.export.attendance_composer import NO_MEETINGS, compose_attendance
from lscb_desktop.export.docx_renderer import render_docx
from lscb_desktop.export.document import BarChart, Heading, Table
from lscb_desktop.export.pdf_renderer import render_pdf

MEMBERS = [
    MemberAttendance("J Saunders", MemberRole.CHAIRMAN, "Council", 4, 4, 0, 0, 0),
    MemberAttendance("M Grant", MemberRole.MEMBER, "Council", 4, 2, 1, 0, 1),
    MemberAttendance("Kate Foster", MemberRole.CO_OPTED, "Foster Carers' Association",
                     3, 1, 1, 1, 0),
]
ORGANISATIONS = [OrganisationAttendance("Council", 2, 8, 6, 1),
                 OrganisationAttendance("Foster Carers' Association", 1, 3, 1, 0)]
FROM, TO = date(2018, 5, 1), date(2019, 4, 30)


def compose(meetings=4):
    return compose_attendance("Corporate Parenting Committee", FROM, TO, meetings, MEMBERS,
                              ORGANISATIONS, "Borsetshire Council")


def test_the_tables_give_each_members_counts_and_each_organisations_rate():
    tables = [b for b in compose().blocks if isinstance(b, Table)]
    assert tables[0].header == ("Member", "Organisation", "Expected", "Attended", "Apologies",
                                "Absent", "Substituted", "Rate")
    assert tables[0].rows[1] == ("M Grant", "Council", "4", "2", "1", "0", "1", "50%")
    assert tables[1].header == ("Organisation", "Members", "Expected", "Attended",
                                "By substitute", "Rate")
    assert tables[1].rows == (("Council", "2", "8", "6", "1", "88%"),
                              ("Foster Carers' Association", "1", "3", "1", "0", "33%"))


def test_a_chart_follows_each_table_with_the_same_rates():
    charts = [b for b in compose().blocks if isinstance(b, BarChart)]
    assert [c.labels for c in charts] == [("J Saunders", "M Grant", "Kate Foster"),
                                          ("Council", "Foster Carers' Association")]
    assert [round(v, 1) for v in charts[0].values] == [100.0, 50.0, 33.3]
    assert [round(v, 1) for v in charts[1].values] == [87.5, 33.3]
    assert [b.text for b in compose().blocks if isinstance(b, Heading)] == [
        "Corporate Parenting Committee", "Members", "Organisations"]


def test_a_period_without_meetings_says_so(tmp_path):
    document = compose(meetings=0)
    assert not any(isinstance(b, (Table, BarChart)) for b in document.blocks)
    assert document.blocks[-1].text == NO_MEETINGS


def test_word_and_pdf_read_back_with_the_period_tables_and_charts(tmp_path):
    document = compose()
    assert document.title == ("Corporate Parenting Committee - Attendance statistics - "
                              "1 May 2018 to 30 April 2019")
    render_docx(document, tmp_path / "a.docx")
    render_pdf(document, tmp_path / "a.pdf")
    for text in (docx_text(tmp_path / "a.docx"), pdf_text(tmp_path / "a.pdf")):
        assert "Attendance statistics Period: 1 May 2018 to 30 April 2019 Meetings: 4" in text
        assert "M Grant Council 4 2 1 0 1 50%" in text
        assert "Attendance rate by organisation, 1 May 2018 to 30 April 2019" in text
