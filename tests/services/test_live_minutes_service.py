"""Live minuting: saving narrative and decisions independently, and taking an item out of
order so that it follows the item being taken now."""

from datetime import date

import pytest

from lscb_desktop.domain.decisions import Decision
from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.services import live_minutes_service, minutes_approval_service, minutes_service
from tests.services.minutes_fixtures import board, meeting

NOV = date(2018, 11, 13)


@pytest.fixture
def minuted(db):
    """A November meeting with started minutes (numbered from 18)."""
    b = board(db)
    mid = meeting(db, b.committee_id, NOV)
    minutes_service.start_minutes(db, mid, first=18)
    return mid


def by_title(db, mid):
    return {m.title: m for m in minutes_service.get_minutes(db, mid)}


def numbered_titles(db, mid):
    return [(m.number, m.title) for m in minutes_service.get_minutes(db, mid)]


def test_saving_the_narrative_keeps_the_decisions(db, minuted):
    strategy = by_title(db, minuted)["Corporate Parenting Strategy"]
    live_minutes_service.set_decisions(db, strategy.id, [Decision("That the report be noted.")])
    live_minutes_service.save_narrative(db, strategy.id, "The Board considered the strategy.")
    saved = minutes_service.get_minute(db, strategy.id)
    assert saved.narrative == "The Board considered the strategy."
    assert [d.text for d in saved.decisions] == ["That the report be noted."]


def test_setting_the_decisions_keeps_the_narrative(db, minuted):
    strategy = by_title(db, minuted)["Corporate Parenting Strategy"]
    live_minutes_service.save_narrative(db, strategy.id, "Members asked about placements.")
    live_minutes_service.set_decisions(db, strategy.id, [Decision("That the update be noted.")])
    live_minutes_service.set_decisions(db, strategy.id, [])
    saved = minutes_service.get_minute(db, strategy.id)
    assert saved.narrative == "Members asked about placements."
    assert saved.decisions == []


def test_an_item_taken_now_follows_the_current_item_and_numbers_follow(db, minuted):
    minutes = by_title(db, minuted)
    live_minutes_service.take_item_now(db, minuted, minutes["Voice of Children"].id,
                                       minutes["Minutes of Previous Meeting"].id)
    assert numbered_titles(db, minuted) == [
        (18, "Apologies for Absence"), (19, "Declarations of Interest"),
        (20, "Minutes of Previous Meeting"), (21, "Voice of Children"),
        (22, "Corporate Parenting Strategy"), (23, "Update Report"),
        (24, "Exclusion of the Press and Public"), (25, "Fostering Panel Annual Report")]


def test_an_item_passed_over_earlier_can_be_taken_after_the_current_one(db, minuted):
    minutes = by_title(db, minuted)
    live_minutes_service.take_item_now(db, minuted, minutes["Apologies for Absence"].id,
                                       minutes["Update Report"].id)
    titles = [t for _, t in numbered_titles(db, minuted)]
    assert titles.index("Apologies for Absence") == titles.index("Update Report") + 1
    assert [n for n, _ in numbered_titles(db, minuted)] == list(range(18, 26))


def test_a_part_1_item_taken_during_part_2_keeps_the_exclusion_before_part_2(db, minuted):
    minutes = by_title(db, minuted)
    live_minutes_service.take_item_now(db, minuted, minutes["Update Report"].id,
                                       minutes["Fostering Panel Annual Report"].id)
    titles = [t for _, t in numbered_titles(db, minuted)]
    assert titles[-3:] == ["Exclusion of the Press and Public", "Fostering Panel Annual Report",
                           "Update Report"]


def test_the_exclusion_resolution_cannot_be_taken_out_of_order(db, minuted):
    minutes = by_title(db, minuted)
    before = numbered_titles(db, minuted)
    with pytest.raises(ValidationError, match="exclusion resolution always goes before"):
        live_minutes_service.take_item_now(db, minuted,
                                           minutes["Exclusion of the Press and Public"].id,
                                           minutes["Apologies for Absence"].id)
    assert numbered_titles(db, minuted) == before


def test_the_item_being_taken_cannot_follow_itself(db, minuted):
    strategy = by_title(db, minuted)["Corporate Parenting Strategy"]
    with pytest.raises(ValidationError, match="choose another item"):
        live_minutes_service.take_item_now(db, minuted, strategy.id, strategy.id)


def test_a_minute_of_another_meeting_is_refused(db, minuted):
    strategy = by_title(db, minuted)["Corporate Parenting Strategy"]
    with pytest.raises(ValidationError, match="not in the minutes of this meeting"):
        live_minutes_service.take_item_now(db, minuted, 99999, strategy.id)


def test_approved_minutes_refuse_live_edits(db):
    b = board(db)
    september = meeting(db, b.committee_id, date(2018, 9, 18), held=True)
    minutes_service.start_minutes(db, september, first=10)
    november = meeting(db, b.committee_id, NOV)
    minutes_service.start_minutes(db, november)
    minutes_approval_service.approve_minutes(db, september, november, "Julie Zientek",
                                             today=NOV)
    strategy = by_title(db, september)["Corporate Parenting Strategy"]
    with pytest.raises(ValidationError, match="signed record"):
        live_minutes_service.save_narrative(db, strategy.id, "Late thoughts.")
    assert minutes_service.get_minute(db, strategy.id).narrative == ""
