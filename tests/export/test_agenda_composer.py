"""The agenda composer turns records into the document model; no database, no files."""

from datetime import date, time

from lscb_desktop.domain.agenda import AgendaItem
from lscb_desktop.domain.committee import Committee
from lscb_desktop.domain.meeting import Meeting
from lscb_desktop.export.agenda_composer import compose_agenda, page_range_text
from lscb_desktop.export.document import Heading, NumberedItem, Paragraph

COMMITTEE = Committee("Corporate Parenting Committee", id=1)
MEETING = Meeting(1, date(2019, 1, 22), time(16, 0), "Westfields", id=7)


def items():
    return [
        AgendaItem("Apologies for Absence", id=1, position=0),
        AgendaItem("Residential Homes Tenders", "To consider the tenders.", part=2,
                   exempt_paragraphs=[3], id=2, position=0),
        AgendaItem("Sufficiency Statement", "To consider the statement.", id=3, position=1),
    ]


def compose(**options):
    return compose_agenda(COMMITTEE, MEETING, items(), [], "Borsetshire Council", **options)


def numbered_items(document):
    return [b for b in document.blocks if isinstance(b, NumberedItem) and b.label]


def test_metadata_names_the_committee_and_the_date():
    document = compose()
    assert document.title == "Corporate Parenting Committee - Agenda - 22 January 2019"
    assert document.subject == (
        "Agenda for the meeting of Corporate Parenting Committee on 22 January 2019")
    assert document.author == "Borsetshire Council"
    assert document.language == "en-GB"


def test_part_2_items_are_numbered_on_from_part_1():
    labelled = [(b.label, b.text) for b in numbered_items(compose())]
    assert labelled == [
        ("1.", "Apologies for Absence"),
        ("2.", "Sufficiency Statement"),
        ("3.", "Residential Homes Tenders"),
    ]


def test_page_ranges_follow_the_titles_that_have_them():
    document = compose(page_ranges={3: (9, 48), 2: (61, 61)})
    texts = [b.text for b in numbered_items(document)]
    assert texts == [
        "Apologies for Absence",
        "Sufficiency Statement (Pages 9 - 48)",
        "Residential Homes Tenders (Page 61)",
    ]
    title, page_range = numbered_items(document)[1].runs
    assert title.bold and not page_range.bold


def test_page_range_wording():
    assert page_range_text(9, 48) == "(Pages 9 - 48)"
    assert page_range_text(5, 5) == "(Page 5)"


def test_the_headings_give_the_document_its_outline():
    document = compose()
    headings = [(b.level, b.text[:6]) for b in document.blocks if isinstance(b, Heading)]
    assert headings == [(1, "Corpor"), (2, "PART 1"), (2, "PART 2")]
    assert all(item.heading_level == 3 for item in numbered_items(document))


def test_no_future_dates_means_no_future_dates_paragraph():
    texts = [b.text for b in compose().blocks if isinstance(b, Paragraph)]
    assert not any("following dates" in t for t in texts)


def test_agenda_items_are_kept_whole_on_a_page():
    assert all(item.keep_together for item in numbered_items(compose()))
