"""The resolutions register as a document: title, the filters it was drawn with, and one
table row a decision (Date | Committee | Minute | Decision)."""

from datetime import date

from lscb_desktop.export.document import Fields, Heading, Table
from lscb_desktop.export.register_composer import (
    NOTHING_FOUND, RegisterLine, compose_register,
)

FILTERS = [("Committee:", "All committees"), ("Meetings:", "All dates"),
           ("Search:", "taster flats")]
LINES = [
    RegisterLine(date(2018, 11, 13), "Corporate Parenting Committee", 21, "Voice of Children",
                 1, "RESOLVED \u2013 That two taster flats be opened."),
    RegisterLine(date(2019, 1, 22), "Corporate Parenting Committee", 30,
                 "Children Placed Outside the Borough", 2, "RESOLVED \u2013 That the reviews "
                 "be noted."),
]


def test_the_register_is_titled_and_states_its_filters_and_count():
    document = compose_register(LINES, FILTERS, "Borsetshire Council")
    assert (document.title, document.author) == ("Resolutions register", "Borsetshire Council")
    assert document.subject == "Resolutions register: All committees; All dates; taster flats"
    heading = next(b for b in document.blocks if isinstance(b, Heading))
    assert (heading.level, heading.text) == (1, "Resolutions register")
    fields = next(b for b in document.blocks if isinstance(b, Fields))
    assert [(f.label, f.value) for f in fields.rows] == FILTERS + [("Decisions:", "2 decisions")]


def test_each_decision_is_a_row_with_its_date_committee_and_minute():
    table = next(b for b in compose_register(LINES, FILTERS, "Council").blocks
                 if isinstance(b, Table))
    assert table.header == ("Date", "Committee", "Minute", "Decision")
    assert table.rows == (
        ("13 Nov 2018", "Corporate Parenting Committee", "21. Voice of Children",
         "RESOLVED \u2013 That two taster flats be opened."),
        ("22 Jan 2019", "Corporate Parenting Committee",
         "30. Children Placed Outside the Borough (Part 2)",
         "RESOLVED \u2013 That the reviews be noted."),
    )
    assert table.caption == "Resolutions register: 2 decisions, oldest meeting first"


def test_an_empty_register_says_so_instead_of_an_empty_table():
    document = compose_register([], FILTERS, "Council")
    assert not any(isinstance(b, Table) for b in document.blocks)
    assert document.blocks[-1].text == NOTHING_FOUND
    assert "0 decisions" in [f.value for f in document.blocks[2].rows]
