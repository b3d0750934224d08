"""The left-hand tree: committees by name, each with its meetings by date, and each
meeting's status in a second column (a coloured dot and its label). Under each meeting, its
reports in agenda order with their status, then its minutes once they have been started
(draft or approved); reports not on any agenda under a node of their own at the end."""

from datetime import date

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from ..domain.dates import agenda_date, clock_time
from ..domain.meeting import Meeting, MeetingStatus
from ..domain.report import ReportStatus
from ..services import committee_service, meeting_service, minutes_service, report_service
from .report_status_controls import BADGES
from .style import dot_icon, status_colour

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # a report's status label

COMMITTEE = "committee"
MEETING = "meeting"
REPORT = "report"
MINUTES = "minutes"  # a meeting's minutes; its id is the meeting's
MINUTES_TITLE = "Minutes"
UNLINKED_REPORTS = "unlinked-reports"
UNLINKED_TITLE = "Reports not on an agenda"
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
        reports = report_service.list_reports(self.db)
        for summary in committee_service.list_committees(self.db):
            committee = self._item(summary.name, COMMITTEE, summary.id)
            committee.setFont(_bold())
            committee.setToolTip(f"{summary.name}: {summary.member_count} members")
            minuted = minutes_service.minuted_meetings(self.db, summary.id)
            for meeting in (m for m in meetings if m.committee_id == summary.id):
                row = self._meeting_row(meeting)
                for report in (r for r in reports if r.meeting_id == meeting.id):
                    row[0].appendRow(self._report_row(report))
                if meeting.id in minuted:
                    row[0].appendRow(self._minutes_row(meeting))
                committee.appendRow(row)
            root.appendRow([committee, self._item("", COMMITTEE, summary.id)])
        unlinked = [r for r in reports if r.meeting_id is None]
        if unlinked:
            node = self._item(UNLINKED_TITLE, UNLINKED_REPORTS, 0)
            node.setFont(_bold())
            node.setToolTip("Reports written or imported but not yet linked to an agenda item")
            for report in unlinked:
                node.appendRow(self._report_row(report))
            root.appendRow([node, self._item("", UNLINKED_REPORTS, 0)])

    def _report_row(self, report) -> list[QStandardItem]:
        """A report spans both columns (titles are long); its status is the dot before it."""
        number = f"{report.item_number}. " if report.item_number else ""
        title = report.title or "Untitled report"
        name = self._item(f"{number}{title}", REPORT, report.id)
        name.setIcon(dot_icon(QColor(BADGES[report.status][1]),
                              hollow=report.status is ReportStatus.DRAFT))
        name.setData(report.status.label, STATUS_ROLE)
        part = "\nPart 2: exempt, not in the public pack" if report.part == 2 else ""
        name.setToolTip(f"{title}\nReport status: {report.status.label}{part}")
        return [name, self._item("", REPORT, report.id)]

    def _minutes_row(self, meeting: Meeting) -> list[QStandardItem]:
        approved = meeting.status is MeetingStatus.MINUTES_APPROVED
        name = self._item(MINUTES_TITLE, MINUTES, meeting.id)
        status = self._item("Approved" if approved else "Draft", MINUTES, meeting.id)
        status.setIcon(dot_icon(status_colour(MeetingStatus.MINUTES_APPROVED.value if approved
                                              else MeetingStatus.DRAFT.value),
                                hollow=not approved))
        tooltip = ("Minutes approved: the signed record" if approved
                   else "Draft minutes: not yet approved")
        for item in (name, status):
            item.setToolTip(tooltip)
        return [name, status]

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

    def spanned_rows(self):
        """(row, parent) of the rows whose name spans both columns: committees (and the node
        of reports not on an agenda) and reports, whose titles are long."""
        for row in range(self.rowCount()):
            yield row, QModelIndex()
            top = self.index(row, COL_NAME)
            for child in range(self.rowCount(top)):
                index = self.index(child, COL_NAME, top)
                if index.data(KIND_ROLE) == REPORT:
                    yield child, top
                for report in range(self.rowCount(index)):
                    if self.index(report, COL_NAME, index).data(KIND_ROLE) == REPORT:
                        yield report, index

    def find(self, kind: str, record_id: int) -> QModelIndex:
        """The index (first column) of a committee, meeting or report; invalid if it is not
        listed."""
        def search(parent: QModelIndex) -> QModelIndex:
            for row in range(self.rowCount(parent)):
                index = self.index(row, COL_NAME, parent)
                if index.data(KIND_ROLE) == kind and index.data(ID_ROLE) == record_id:
                    return index
                found = search(index)
                if found.isValid():
                    return found
            return QModelIndex()
        return search(QModelIndex())


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
