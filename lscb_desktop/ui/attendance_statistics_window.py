"""Attendance statistics for a committee over a period (the current municipal year to begin
with): each member's and each organisation's attendance as tables and as bar charts, and
Export... to Word and PDF in the background."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSplitter, QStyle, QTableView, QVBoxLayout, QWidget,
)

from ..domain.dates import long_date
from ..domain.errors import NotFound, ValidationError
from ..services import attendance_statistics_service as statistics_service
from ..services import committee_service
from ..services.database_service import database_file
from .agenda_export import DocumentExporter
from .attendance_statistics_chart import BarChartWidget
from .attendance_statistics_table_models import (
    MemberStatisticsTableModel, OrganisationStatisticsTableModel,
)
from .optional_date_edit import DATE_FORMAT, to_qdate
from .style import MUTED, PAGE_STYLE, card, page_title, show_severity

TITLE = "Attendance statistics"


class AttendanceExporter(DocumentExporter):
    """Writes the statistics of the window's committee and period (the 'record' exported:
    committee id, from, to)."""

    WHAT = "attendance statistics"

    @staticmethod
    def export(db, request, folder):
        committee_id, date_from, date_to = request
        return statistics_service.export_attendance(db, committee_id, folder, date_from,
                                                    date_to)


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumWidth(150)
    return edit


class AttendanceStatisticsWindow(QWidget):
    def __init__(self, db, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.setWindowTitle(f"{TITLE} - LSCB Desktop")
        self.setStyleSheet(PAGE_STYLE)
        self.resize(1280, 760)
        self.exporter = AttendanceExporter(database_file(db), self)
        self.exporter.busy_changed.connect(self._busy)
        self._build()
        start, end = statistics_service.period(None, None, today)
        self.date_from.setDate(to_qdate(start))
        self.date_to.setDate(to_qdate(end))
        for summary in committee_service.list_committees(db):
            self.committee.addItem(summary.name, summary.id)
        self.committee.currentIndexChanged.connect(self.refresh)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_to.dateChanged.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        self.committee = QComboBox()
        self.committee.setMinimumWidth(260)
        self.date_from, self.date_to = _date_edit(), _date_edit()
        self.export_button = QPushButton("&Export...")
        self.export_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_DialogSaveButton))
        self.export_button.setToolTip("Save these statistics with their charts as Word and PDF")
        self.summary = QLabel()
        self.summary.setStyleSheet(f"color: {MUTED};")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.members = MemberStatisticsTableModel(self)
        self.organisations = OrganisationStatisticsTableModel(self)
        self.member_table = _table(self.members)
        self.organisation_table = _table(self.organisations)
        self.member_chart = BarChartWidget("Attendance rate by member")
        self.organisation_chart = BarChartWidget("Attendance rate by organisation")

        filters = QHBoxLayout()
        filters.setSpacing(10)
        for text, widget in (("&Committee", self.committee), ("&From", self.date_from),
                             ("&To", self.date_to)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(6)
        filters.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(page_title(TITLE))
        top.addStretch(1)
        top.addWidget(self.export_button)

        tables = QWidget()
        tables_layout = QVBoxLayout(tables)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        for heading, table, stretch in (("Members", self.member_table, 3),
                                        ("Organisations", self.organisation_table, 1)):
            frame, layout = card(heading)
            layout.addWidget(table)
            tables_layout.addWidget(frame, stretch)
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.member_chart)
        charts_layout.addWidget(self.organisation_chart)
        charts_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(charts)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(tables)
        splitter.addWidget(scroll)
        splitter.setSizes([850, 410])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        self.export_button.clicked.connect(self.choose_folder_and_export)
        QShortcut(QKeySequence("Ctrl+E"), self, self.choose_folder_and_export)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

    def request(self) -> tuple[int | None, date, date]:
        return (self.committee.currentData(), self.date_from.date().toPython(),
                self.date_to.date().toPython())

    def refresh(self) -> None:
        """Show the committee's statistics for the period, or say what is wrong with the
        choice (keeping what was shown)."""
        committee_id, date_from, date_to = self.request()
        if committee_id is None:
            self._say("There are no committees yet: add a committee, and record the "
                      "attendance at its meetings in their minutes.")
            return
        try:
            found = statistics_service.statistics(self.db, committee_id, date_from, date_to)
        except (ValidationError, NotFound) as error:
            self._say(str(error))
            return
        self.notice.hide()
        self.members.set_rows(found.members)
        self.organisations.set_rows(found.organisations)
        self._chart(self.member_chart, found.members)
        self._chart(self.organisation_chart, found.organisations)
        meetings = (f"{found.meetings} meeting{'' if found.meetings == 1 else 's'} with "
                    "attendance recorded" if found.meetings else
                    "No meeting in this period has its attendance recorded yet")
        self.summary.setText(f"{meetings}, {long_date(found.date_from)} to "
                             f"{long_date(found.date_to)}. A substitute counts for the "
                             "member's organisation, not for the member.")

    @staticmethod
    def _chart(chart: BarChartWidget, rated) -> None:
        shown = [r for r in rated if r.rate is not None]
        chart.set_bars([r.name for r in shown], [r.rate * 100 for r in shown])

    def _say(self, message: str) -> None:
        self.notice.setText(message)
        show_severity(self.notice, "passed")
        self.notice.show()

    def choose_folder_and_export(self) -> None:
        if self.committee.currentData() is not None:
            self.exporter.choose_folder_and_export(self.request())

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.export_button.setText("Exporting..." if busy else "&Export...")
