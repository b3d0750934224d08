"""Meetings built through the services for the export tests."""

from datetime import date, time

import pytest
from export_fixtures import VENUE, add_item

from lscb_desktop.domain.committee import Committee, Officer
from lscb_desktop.domain.preferences import COUNCIL_NAME
from lscb_desktop.services import committee_service, meeting_service, settings_service

@pytest.fixture
def committee_id(db):
    settings_service.set_value(db, COUNCIL_NAME, "Borsetshire Council")
    cid = committee_service.create_committee(
        db, Committee("Corporate Parenting Committee", VENUE, time(16, 0))
    )
    committee_service.save_officer(db, Officer(
        "Ben Tranter", "Democratic Services Officer", "ben.tranter@borsetshire.example",
        "01632 960104", committee_id=cid))
    return cid


@pytest.fixture
def meeting_id(db, committee_id):
    """22 January 2019 (after one on 13 November 2018), with two reports after the standard
    items, and meetings to come in this municipal year and the next."""
    meeting_service.create_meeting(db, committee_id, date(2018, 11, 13))
    mid = meeting_service.create_meeting(db, committee_id, date(2019, 1, 22), clerk="Ben Tranter")
    add_item(db, mid, "Sufficiency Statement 2018-20",
             "To consider the Sufficiency Statement for Cared for Children 2018-20.")
    add_item(db, mid, "Corporate Parenting Scorecard Quarter 2",
             "To consider the Corporate Parenting Scorecard Quarter 2.")
    for day in (date(2019, 3, 19), date(2019, 4, 23), date(2019, 7, 16)):
        meeting_service.create_meeting(db, committee_id, day)
    return mid
