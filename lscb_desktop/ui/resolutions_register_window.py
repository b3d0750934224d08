"""The resolutions register: every decision, filtered by committee, dates and words (the list
follows the search box a moment after typing pauses); a double-click opens the minute, and
Export... writes the register as Word, PDF and CSV in the background. Each decision takes
one line, so that thousands list quickly; the chosen one is shown in full under the list."""

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
    QPushButton, QStyle, QTableView, QVBoxLayout, QWidget,
)

from ..domain.dates import long_date
from ..domain.errors import NotFound, ValidationError
from ..services import committee_service
from ..services import resolutions_register_service as register_service
from ..services.database_service import database_file
from .agenda_export import DocumentExporter
from .optional_date_edit import OptionalDateEdit
from .resolutions_register_table_model import (
    COL_DECISION, COL_MINUTE, RegisterTableModel, minute_text,
)
from .style import BORDER, MUTED, PAGE_STYLE, page_title, show_severity

SEARCH_DELAY_MS = 300
TITLE = "Resolutions register"


class RegisterExporter(DocumentExporter):
    """Writes the register for the window's filters (the 'record' exported)."""

    WHAT = "resolutions register"

    @staticmethod
    def export(db, filters, folder):
        return register_service.export_register(db, folder, filters)

    def _result_box(self, result) -> QMessageBox:
        box = super()._result_box(result)
        box.setText("The resolutions register has been saved as Word, PDF and CSV:")
        box.setInformativeText(f"{result.docx}\n{result.pdf}\n{result.csv}")
        return box


class ResolutionsRegisterWindow(QWidget):
    open_minute = Signal(int, int)  # meeting id, minute id

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.setWindowTitle(f"{TITLE} - LSCB Desktop")
        self.setStyleSheet(PAGE_STYLE)
        self.resize(1000, 640)
        self.exporter = RegisterExporter(database_file(db), self)
        self.exporter.busy_changed.connect(self._busy)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self._build()
        self._load_committees()
        self.refresh()

    def _build(self) -> None:
        self.committee = QComboBox()
        self.committee.setMinimumWidth(240)
        self.date_from = OptionalDateEdit("&From")
        self.date_to = OptionalDateEdit("&To")
        self.search = QLineEdit()
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(
            "Search the minutes and decisions, e.g. taster flats (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton("&Export...")
        self.export_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_DialogSaveButton))
        self.export_button.setToolTip("Save the register as it is filtered: Word, PDF and CSV")
        self.model = RegisterTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One line a decision, however many thousand: the selected one is shown in full below.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MINUTE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DECISION, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_MINUTE, 230)
        self.detail = QLabel()
        self.detail.setObjectName("registerDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(64)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setStyleSheet(f"QLabel#registerDetail {{ background: #ffffff; border: "
                                  f"1px solid {BORDER}; border-radius: 4px; padding: 8px; }}")
        self.count = QLabel()
        self.count.setStyleSheet(f"color: {MUTED};")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()

        committee_label = QLabel("&Committee")
        committee_label.setBuddy(self.committee)
        filters = QHBoxLayout()
        filters.setSpacing(12)
        for widget in (committee_label, self.committee, self.date_from, self.date_to):
            filters.addWidget(widget)
        filters.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(page_title(TITLE))
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.count)

        self.committee.currentIndexChanged.connect(self.refresh)
        self.date_from.changed.connect(self.refresh)
        self.date_to.changed.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self._show_detail(current.row()))
        # activated: a double-click, or Enter on the chosen row (the platform's way)
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.export_button.clicked.connect(self.choose_folder_and_export)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+E"), self, self.choose_folder_and_export)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self.setTabOrder(self.search, self.committee)
        self.setTabOrder(self.committee, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.table)

    def _load_committees(self) -> None:
        self.committee.blockSignals(True)
        self.committee.addItem(register_service.ALL_COMMITTEES, None)
        for summary in committee_service.list_committees(self.db):
            self.committee.addItem(summary.name, summary.id)
        self.committee.blockSignals(False)

    def filters(self) -> register_service.RegisterFilters:
        return register_service.RegisterFilters(self.committee.currentData(),
                                                self.date_from.value(), self.date_to.value(),
                                                self.search.text().strip())

    def refresh(self) -> None:
        """Show the decisions for the filters, or say what is wrong with them (the list
        keeps what it showed, so nothing the user was looking at vanishes)."""
        self.search_timer.stop()
        try:
            entries = register_service.register(self.db, self.filters())
        except (ValidationError, NotFound) as error:
            self.notice.setText(str(error))
            show_severity(self.notice, "passed")
            self.notice.show()
            return
        self.notice.hide()
        self.model.set_rows(entries)
        self.count.setText(self._count_text(len(entries)))
        if entries:
            self.table.selectRow(0)
        else:
            self._show_detail(-1)

    def _count_text(self, count: int) -> str:
        if count:
            return (f"{count} decision{'' if count == 1 else 's'}, oldest meeting first. "
                    "Double-click a decision to open its minute.")
        if self.filters().query:
            return "No decision matches these words. Try fewer words, or end one with * " \
                   "('foster*')."
        return "No decisions have been recorded for these filters."

    def _show_detail(self, row: int) -> None:
        if row < 0:
            self.detail.setText("")
            return
        entry = self.model.record_at(row)
        self.detail.setText(f"<b>{escape(entry.committee)}, {long_date(entry.meeting_date)}, "
                            f"minute {escape(minute_text(entry))}</b><br>"
                            f"{escape(entry.decision)}")

    def _open(self, row: int) -> None:
        entry = self.model.record_at(row)
        self.open_minute.emit(entry.meeting_id, entry.minute_id)

    def choose_folder_and_export(self) -> None:
        self.exporter.choose_folder_and_export(self.filters())

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.export_button.setText("Exporting..." if busy else "&Export...")
