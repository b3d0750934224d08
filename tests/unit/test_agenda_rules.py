"""Agenda numbering and order: automatic numbers, Part 2 always after Part 1."""

import pytest

from lscb_desktop.domain.agenda import AgendaItem, moved, numbered, normalised
from lscb_desktop.domain.errors import ValidationError


def item(id, title, part=1, position=0, paragraphs=None):
    return AgendaItem(title=title, part=part, position=position, id=id,
                      exempt_paragraphs=paragraphs or ([1] if part == 2 else []))


def titles(items):
    return [i.title for i in items]


def test_numbers_run_one_to_n_with_part_2_last_whatever_the_positions():
    items = [item(1, "Exempt", 2, 0), item(2, "Apologies", 1, 5), item(3, "Report", 1, 7)]
    assert [(n, i.title) for n, i in numbered(items)] == [
        (1, "Apologies"), (2, "Report"), (3, "Exempt")]


def test_normalised_renumbers_positions_from_zero():
    items = [item(1, "B", 1, 10), item(2, "A", 1, 3)]
    assert [(i.position, i.title) for i in normalised(items)] == [(0, "A"), (1, "B")]


def test_moving_an_item_within_part_1():
    items = normalised([item(1, "A"), item(2, "B", position=1), item(3, "C", position=2)])
    assert titles(moved(items, 3, 0)) == ["C", "A", "B"]
    assert titles(moved(items, 1, 2)) == ["B", "C", "A"]


def test_a_part_1_item_cannot_be_moved_below_part_2():
    items = normalised([item(1, "A"), item(2, "B", position=1), item(3, "X", 2, 2)])
    assert titles(moved(items, 1, 3)) == ["B", "A", "X"]


def test_a_part_2_item_cannot_be_moved_above_part_1():
    items = normalised([item(1, "A"), item(2, "X", 2, 1), item(3, "Y", 2, 2)])
    assert titles(moved(items, 3, 0)) == ["A", "Y", "X"]


def test_moving_an_unknown_item_is_refused():
    with pytest.raises(ValidationError):
        moved([item(1, "A")], 99, 0)


def test_part_2_item_must_cite_a_paragraph():
    bad = AgendaItem(title="Tenders", part=2)
    with pytest.raises(ValidationError) as err:
        bad.validate()
    assert err.value.field == "exempt_paragraphs"
    assert "Schedule 12A" in str(err.value)


def test_part_1_item_cannot_cite_paragraphs():
    with pytest.raises(ValidationError):
        AgendaItem(title="Report", part=1, exempt_paragraphs=[3]).validate()


def test_paragraphs_must_be_one_to_seven():
    with pytest.raises(ValidationError) as err:
        AgendaItem(title="Tenders", part=2, exempt_paragraphs=[8]).validate()
    assert "1 to 7" in str(err.value)


def test_an_item_needs_a_title():
    with pytest.raises(ValidationError) as err:
        AgendaItem(title="  ").validate()
    assert err.value.field == "title"
