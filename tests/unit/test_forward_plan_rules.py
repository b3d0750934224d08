"""Forward plan entries: what makes one valid, what agenda item it becomes, its order."""

from datetime import date

import pytest

from lscb_desktop.domain.agenda import ItemKind
from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.forward_plan import (
    EntryKind, EntryStatus, ForwardPlanEntry, agenda_item_for, check_can_change, month_key,
    month_label, reordered,
)


def entry(**kw) -> ForwardPlanEntry:
    return ForwardPlanEntry(**{"committee_id": 1, "title": "Fostering Panel Report", **kw})


def test_a_plain_planned_report_is_valid():
    entry(meeting_id=3, sub_group="Permanence", lead_officer="Diane Grist").validate()
    entry(target_month="2019-03").validate()
    entry().validate()  # not yet scheduled


@pytest.mark.parametrize("kw, field, words", [
    ({"title": "  "}, "title", "needs a title"),
    ({"kind": EntryKind.STANDING, "meeting_id": 3}, "meeting_id", "comes to every meeting"),
    ({"kind": EntryKind.STANDING, "target_month": "2019-03"}, "meeting_id", "standing item"),
    ({"target_month": "March"}, "target_month", "write it as 2019-03"),
    ({"status": EntryStatus.DEFERRED}, "status_reason", "Say why"),
    ({"status": EntryStatus.WITHDRAWN, "status_reason": " "}, "status_reason", "withdrawn"),
    ({"part": 3}, "part", "1 or 2"),
    ({"part": 2}, "exempt_paragraphs", "Schedule 12A"),
    ({"part": 2, "exempt_paragraphs": [8]}, "exempt_paragraphs", "paragraphs 1 to 7"),
    ({"exempt_paragraphs": [3]}, "part", "Make it private"),
    ({"notice_28_given": date(2019, 1, 1)}, "part", "Make it private"),
    ({"key_decision": True}, "decision_maker", "name the decision maker"),
    ({"part": 2, "exempt_paragraphs": [3], "notice_28_given": date(2019, 2, 1),
      "notice_5_given": date(2019, 1, 25)}, "notice_5_given", "follows the 28-day notice"),
])
def test_an_entry_that_breaks_a_rule_is_refused_with_the_way_out(kw, field, words):
    with pytest.raises(ValidationError) as err:
        entry(**kw).validate()
    assert err.value.field == field
    assert words in str(err.value)


def test_a_report_becomes_a_report_item_led_by_the_lead_officer():
    item = agenda_item_for(entry(lead_officer=" Diane Grist ", part=2, exempt_paragraphs=[1, 2]))
    assert (item.title, item.kind, item.presenter) == ("Fostering Panel Report", ItemKind.REPORT,
                                                      "Diane Grist")
    assert (item.part, item.exempt_paragraphs, item.purpose) == (2, [1, 2],
                                                                 "To consider the report.")
    item.validate()


@pytest.mark.parametrize("kind, item_kind, purpose", [
    (EntryKind.ANNUAL_REPORT, ItemKind.REPORT, "To receive the annual report."),
    (EntryKind.VERBAL, ItemKind.VERBAL, "To receive a verbal update."),
    (EntryKind.STANDING, ItemKind.VERBAL, "To receive a verbal update."),
])
def test_each_kind_becomes_its_kind_of_agenda_item(kind, item_kind, purpose):
    item = agenda_item_for(entry(kind=kind))
    assert (item.kind, item.purpose) == (item_kind, purpose)


def test_only_reports_and_annual_reports_have_a_report():
    assert [k for k in EntryKind if k.has_report] == [EntryKind.REPORT, EntryKind.ANNUAL_REPORT]


def test_planned_and_deferred_entries_await_an_agenda():
    assert [s for s in EntryStatus if s.awaiting_agenda] == [EntryStatus.PLANNED,
                                                            EntryStatus.DEFERRED]


@pytest.mark.parametrize("status", [EntryStatus.CONSIDERED, EntryStatus.WITHDRAWN])
def test_considered_and_withdrawn_entries_stay_as_the_record(status):
    with pytest.raises(ValidationError, match="add a new entry instead"):
        check_can_change(entry(status=status, status_reason="x"), "moved")
    check_can_change(entry(status=EntryStatus.ON_AGENDA), "moved")


def test_months_are_stored_as_year_and_month_and_shown_in_words():
    assert month_key(date(2019, 3, 19)) == "2019-03"
    assert month_label("2019-03") == "March 2019"


def test_reordering_moves_one_entry_and_renumbers_from_nought():
    group = [entry(title=t, id=i, position=i) for i, t in enumerate("ABCD", start=1)]
    assert [e.title for e in reordered(group, 4, 0)] == ["D", "A", "B", "C"]
    assert [e.position for e in reordered(group, 1, 99)] == [0, 1, 2, 3]
    assert [e.title for e in reordered(group, 1, 99)][-1] == "A"
    with pytest.raises(ValidationError):
        reordered(group, 42, 0)
