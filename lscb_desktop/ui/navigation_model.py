"""The left-hand tree: committees by name, each with its meetings by date, and each
meeting's status in a second column (a coloured dot and its label)."""

from datetime import date

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from ..domain.dates import agenda_date, clock_time
from ..domain.meeting import Meeting, MeetingStatus
from ..services import committee_service, meeting_service
from .style import dot_icon, status_colour

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

COMMITTEE = "committee"
MEETING = "meeting"
COL_NAME, COL_STATUS = range(2)

PAST_MEETING = QColor("#7b8794")
ROW_HEIGHT = 26


def meeting_date_label(meeting: Meeting) -> str:
    """'Tue 22 Jan 2019': short enough for the tree, with the weekday to check against."""
    d = meeting.date
    return f"{d:%a} {d.day} {d:%b %Y}"


class NavigationModel(QStandardItemModel):
    def __init__(self, db, parent=None, today=date.today):
        super().__init__(parent)
        self.db = db
        self.today = today
        self.setColumnCount(2)
        self.reload()

    def reload(self) -> None:
        self.removeRows(0, self.rowCount())  # not clear(): that would reset the column widths
        root = self.invisibleRootItem()
        meetings = [s.meeting for s in meeting_service.list_meetings(self.db)]
        for summary in committee_service.list_committees(self.db):
            committee = self._item(summary.name, COMMITTEE, summary.id)
            committee.setFont(_bold())
            committee.setToolTip(f"{summary.name}: {summary.member_count} members")
            for meeting in (m for m in meetings if m.committee_id == summary.id):
                committee.appendRow(self._meeting_row(meeting))
            root.appendRow([committee, self._item("", COMMITTEE, summary.id)])

    def _meeting_row(self, meeting: Meeting) -> list[QStandardItem]:
        tooltip = (f"{agenda_date(meeting.date)} at {clock_time(meeting.start_time)}\n"
                   f"{meeting.venue}\nStatus: {meeting.status.label}")
        name = self._item(meeting_date_label(meeting), MEETING, meeting.id)
        status = self._item(meeting.status.label, MEETING, meeting.id)
        status.setIcon(dot_icon(status_colour(meeting.status.value),
                                hollow=meeting.status is MeetingStatus.DRAFT))
        for item in (name, status):
            item.setToolTip(tooltip)
            if meeting.date < self.today():
                item.setForeground(QBrush(PAST_MEETING))
        return [name, status]

    @staticmethod
    def _item(text: str, kind: str, record_id: int) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setSizeHint(QSize(0, ROW_HEIGHT))
        item.setData(kind, KIND_ROLE)
        item.setData(record_id, ID_ROLE)
        return item

    def find(self, kind: str, record_id: int) -> QModelIndex:
        """The index (first column) of a committee or meeting; invalid if it is not listed."""
        for row in range(self.rowCount()):
            committee = self.index(row, COL_NAME)
            if kind == COMMITTEE and committee.data(ID_ROLE) == record_id:
                return committee
            for child_row in range(self.rowCount(committee)):
                child = self.index(child_row, COL_NAME, committee)
                if kind == MEETING and child.data(ID_ROLE) == record_id:
                    return child
        return QModelIndex()


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
