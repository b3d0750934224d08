"""The attendance statistics window: the committee's members and organisations over the
municipal year as tables and QPainter bar charts; a backwards period is explained; Export...
writes Word and PDF in the background."""

from datetime import date

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog

from lscb_desktop.domain.attendance import AttendanceStatus
from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.services import (
    attendance_service, demo_service, meeting_service, minutes_service,
)
from lscb_desktop.ui.attendance_statistics_chart import (
    BAR_COLOUR, BAR_GAP, BAR_HEIGHT, PADDING,
)
from lscb_desktop.ui.attendance_statistics_table_models import COL_RATE, COL_ORG_RATE
from lscb_desktop.ui.attendance_statistics_window import AttendanceStatisticsWindow
from lscb_desktop.ui.optional_date_edit import to_qdate

TODAY = date(2026, 11, 22)


def held_with_apologies(db, committee_id, day, name):
    """One more held meeting before the demo's, at which `name` sent apologies."""
    meeting_id = meeting_service.create_meeting(db, committee_id, day)
    for status in (MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.HELD):
        meeting_service.set_status(db, meeting_id, status, today=day)
    minutes_service.start_minutes(db, meeting_id)
    record = next(a for a in attendance_service.attendance(db, meeting_id) if a.name == name)
    attendance_service.set_attendance(db, record.id, AttendanceStatus.APOLOGIES)


@pytest.fixture
def window(qtbot, db):
    committee_id = demo_service.load_demo(db, TODAY)
    held_with_apologies(db, committee_id, date(2026, 8, 25), "Councillor Rosa Pennington")
    window = AttendanceStatisticsWindow(db, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def column(model, col) -> list[str]:
    return [str(model.index(r, col).data()) for r in range(model.rowCount())]


def test_the_municipal_year_is_shown_with_members_and_organisations(window):
    assert (window.date_from.date(), window.date_to.date()) == (
        to_qdate(date(2026, 5, 1)), to_qdate(date(2027, 4, 30)))
    assert window.summary.text().startswith("2 meetings with attendance recorded")
    assert column(window.members, 0)[0] == "Councillor Rosa Pennington"
    assert column(window.members, COL_RATE)[:2] == ["50%", "100%"]
    assert column(window.organisations, 0) == ["Council", "Foster Carers' Association"]
    assert column(window.organisations, COL_ORG_RATE) == ["86%", "50%"]  # 12 of 14, 1 of 2
    assert window.member_chart.bars[0] == ("Councillor Rosa Pennington", 50.0)
    assert [label for label, _ in window.organisation_chart.bars] == [
        "Council", "Foster Carers' Association"]


def test_the_chart_draws_each_bar_as_long_as_its_rate(window):
    image = window.member_chart.grab().toImage()
    first = PADDING + window.member_chart.fontMetrics().height() + 8 + BAR_HEIGHT // 2

    def bar_length(y: int) -> int:
        return sum(QColor(image.pixel(x, y)).name() == BAR_COLOUR for x in range(image.width()))

    half, whole = bar_length(first), bar_length(first + BAR_HEIGHT + BAR_GAP)
    assert whole > 100
    assert half == pytest.approx(whole / 2, abs=2)  # the Chairman's 50% beside 100%


def test_a_period_ending_before_it_starts_is_explained_and_nothing_is_lost(window):
    before = column(window.members, COL_RATE)
    window.date_from.setDate(to_qdate(date(2027, 6, 1)))
    assert window.notice.isVisible()
    assert "make the 'to' date the later one" in window.notice.text()
    assert column(window.members, COL_RATE) == before
    window.date_from.setDate(to_qdate(date(2026, 9, 1)))
    assert not window.notice.isVisible()
    assert window.summary.text().startswith("1 meeting with attendance recorded")


def test_export_writes_word_and_pdf_in_the_background(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    with qtbot.waitSignal(window.exporter.exported, timeout=20000) as done:
        window.export_button.click()
        assert window.export_button.text() == "Exporting..."
    result = done.args[0]
    assert result.docx == tmp_path / "attendance.docx" and result.docx.exists()
    assert result.pdf == tmp_path / "attendance.pdf" and result.pdf.exists()
    assert window.export_button.isEnabled()
    window.exporter.result_box.close()
