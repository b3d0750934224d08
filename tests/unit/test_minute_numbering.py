"""Minute numbers run on through the municipal year (May to April), follow the order the chair
took the items in, and an exclusion resolution goes before the first Part 2 minute."""

from datetime import date

import pytest

from lscb_desktop.domain.agenda import AgendaItem, ItemKind
from lscb_desktop.domain.committee import MinuteNumbering
from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.minute_order import (
    EXCLUSION_TITLE, arranged, exclusion_resolution, first_number, minutes_from_agenda, moved,
)
from lscb_desktop.domain.minutes import Minute, MinuteKind

YEAR = MinuteNumbering.MUNICIPAL_YEAR


def test_minutes_continue_from_the_last_minute_of_the_same_municipal_year():
    earlier = [(date(2018, 7, 10), 9), (date(2018, 9, 18), 17)]
    assert first_number(YEAR, date(2018, 11, 13), earlier) == 18
    assert first_number(YEAR, date(2019, 4, 30), earlier) == 18


def test_minutes_restart_at_one_in_a_new_municipal_year():
    earlier = [(date(2019, 3, 19), 40)]
    assert first_number(YEAR, date(2019, 5, 1), earlier) == 1
    assert first_number(YEAR, date(2018, 11, 13), []) == 1


def test_continuous_numbering_never_restarts():
    earlier = [(date(2017, 3, 1), 212), (date(2019, 3, 19), 240)]
    assert first_number(MinuteNumbering.CONTINUOUS, date(2019, 6, 4), earlier) == 241


def agenda():
    return [
        AgendaItem("Apologies for Absence", kind=ItemKind.STANDARD, standard_key="apologies",
                   position=0, id=1),
        AgendaItem("Fostering Panel Annual Report", part=2, exempt_paragraphs=[1], position=3,
                   id=4),
        AgendaItem("Corporate Parenting Strategy", position=1, id=2),
        AgendaItem("Feedback from the Focused Visit", part=2, exempt_paragraphs=[2, 1],
                   position=4, id=5),
        AgendaItem("Update Report", position=2, id=3),
    ]


def test_the_minutes_start_from_the_agenda_one_per_item_in_agenda_order():
    minutes = minutes_from_agenda(agenda())
    assert [m.agenda_item_id for m in minutes] == [1, 2, 3, 4, 5]
    assert minutes[2].title == "Update Report"  # upper case is for rendering only
    assert minutes[0].standard_key == "apologies"
    assert minutes[3].part == 2 and minutes[3].exempt_paragraphs == [1]


def test_the_exclusion_resolution_precedes_the_first_part_2_minute_and_is_numbered():
    minutes = arranged(minutes_from_agenda(agenda()), 24)
    assert [(m.number, m.kind) for m in minutes] == [
        (24, MinuteKind.ITEM), (25, MinuteKind.ITEM), (26, MinuteKind.ITEM),
        (27, MinuteKind.EXCLUSION), (28, MinuteKind.ITEM), (29, MinuteKind.ITEM)]
    exclusion = minutes[3]
    assert exclusion.title == EXCLUSION_TITLE
    [decision] = exclusion.decisions
    assert "Section 100A(4) of the Local Government Act 1972" in decision.text
    assert "Paragraphs 1 and 2 of Part 1 of Schedule 12A" in decision.text
    assert "the following items" in decision.text


def test_the_exclusion_resolution_cites_one_item_in_the_singular():
    text = exclusion_resolution([3], 1)
    assert "consideration of the following item pursuant" in text
    assert "grounds that it involves" in text and "Paragraph 3 of Part 1" in text


def test_without_part_2_items_there_is_no_exclusion_resolution():
    minutes = arranged([m for m in minutes_from_agenda(agenda()) if m.part == 1], 1)
    assert [m.kind for m in minutes] == [MinuteKind.ITEM] * 3
    assert [m.number for m in minutes] == [1, 2, 3]


def with_ids(minutes):
    return [Minute(**{**m.__dict__, "id": 100 + i}) for i, m in enumerate(minutes)]


def test_numbers_follow_the_order_the_items_were_taken():
    minutes = with_ids(arranged(minutes_from_agenda(agenda()), 1))
    update = next(m for m in minutes if m.title == "Update Report")
    retaken = arranged(moved(minutes, update.id, 1), 1)
    assert [m.title for m in retaken][:3] == [
        "Apologies for Absence", "Update Report", "Corporate Parenting Strategy"]
    assert [m.number for m in retaken] == [1, 2, 3, 4, 5, 6]
    exclusion = next(m for m in retaken if m.kind is MinuteKind.EXCLUSION)
    assert exclusion.id == next(m for m in minutes if m.kind is MinuteKind.EXCLUSION).id


def test_taking_a_part_2_item_first_moves_the_exclusion_and_its_paragraphs_with_it():
    minutes = with_ids(arranged(minutes_from_agenda(agenda()), 1))
    visit = next(m for m in minutes if m.title.startswith("Feedback"))
    retaken = arranged(moved(minutes, visit.id, 0), 1)
    assert [m.kind for m in retaken][:2] == [MinuteKind.EXCLUSION, MinuteKind.ITEM]
    assert "Paragraphs 1 and 2" in retaken[0].decisions[0].text


def test_the_exclusion_minute_cannot_be_moved_by_hand():
    minutes = with_ids(arranged(minutes_from_agenda(agenda()), 1))
    exclusion = next(m for m in minutes if m.kind is MinuteKind.EXCLUSION)
    with pytest.raises(ValidationError, match="exclusion resolution always goes before"):
        moved(minutes, exclusion.id, 0)
