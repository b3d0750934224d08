"""Helpers for the committee page tests: a committee with members and officers, and a page
showing it. Dialogs are opened non-modally (open()), so tests fill them and press OK."""

from datetime import date

from lscb_desktop.domain.committee import Committee, Member, MemberRole, Officer
from lscb_desktop.services import committee_service

TODAY = date(2025, 3, 10)


def make_committee(db, name="Corporate Parenting Committee") -> int:
    committee_id = committee_service.create_committee(
        db, Committee(name=name, default_venue="Committee Room 2, Shire Hall"))
    for name_, role, start, end in (
        ("Councillor Rosa Pennington", MemberRole.CHAIRMAN, None, None),
        ("Councillor David Okafor", MemberRole.VICE_CHAIRMAN, None, None),
        ("Councillor Helen Marsh", MemberRole.MEMBER, date(2023, 5, 16), None),
        ("Councillor Peter Bright", MemberRole.MEMBER, date(2021, 5, 18), date(2024, 5, 14)),
    ):
        committee_service.save_member(db, Member(name_, role, "", start, end,
                                                 committee_id=committee_id))
    committee_service.save_officer(db, Officer("Ben Tranter", "Democratic Services Officer",
                                               "ben.tranter@example.org", "01632 960104",
                                               committee_id=committee_id))
    return committee_id


def show_page(qtbot, db, committee_id):
    from lscb_desktop.ui.committee_page import CommitteePage

    page = CommitteePage(db)
    page.today = lambda: TODAY
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.set_committee(committee_id)
    return page


def names_in(model) -> list[str]:
    return [model.record_at(row).name for row in range(model.rowCount())]
