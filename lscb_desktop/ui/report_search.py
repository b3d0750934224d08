"""Full-text search over all reports from the main window's toolbar (Ctrl+F).

Results appear under the box as the user types (a moment after they pause): each report's
title, where it is on an agenda, its status, and the words around the match with the
matched words in bold. Up and Down choose, Enter opens (the first result when none is
chosen), Esc closes. The results are a panel inside the window rather than a separate popup
window, so typing carries on in the box and screenshots show them."""

from html import escape

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QToolBar, QVBoxLayout, QWidget,
)

from ..domain.dates import weekday_date
from ..services import report_service
from . import messages
from .style import BORDER, MUTED

SEARCH_DELAY_MS = 250
RESULT_LIMIT = 20
REPORT_ROLE = Qt.ItemDataRole.UserRole + 1
POPUP_WIDTH = 520
_POPUP_STYLE = f"""
QFrame#searchResults {{ background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px; }}
QListWidget {{ border: none; background: #ffffff; }}
QListWidget::item {{ border-bottom: 1px solid #eef0f3; }}
QListWidget::item:selected {{ background: #e3edfa; }}
QLabel#searchNote {{ color: {MUTED}; padding: 10px; }}
"""


def highlighted(snippet: str, highlights) -> str:
    """The snippet as HTML, matched words in bold, everything else escaped."""
    parts, last = [], 0
    for start, end in sorted(highlights):
        if start < last:
            continue
        parts += [escape(snippet[last:start]), f"<b>{escape(snippet[start:end])}</b>"]
        last = end
    parts.append(escape(snippet[last:]))
    return "".join(parts)


def hit_html(hit) -> str:
    where = [hit.committee or "", weekday_date(hit.meeting_date) if hit.meeting_date else ""]
    where = ", ".join(w for w in where if w) or "Not on an agenda"
    part = " \u00b7 Part 2 (exempt)" if hit.part == 2 else ""
    return (f"<div style='font-weight:600'>{escape(hit.title or 'Untitled report')}</div>"
            f"<div style='color:{MUTED}'>{escape(where)} \u00b7 {hit.status.label}{part}</div>"
            f"<div style='color:#3e4c59'>{highlighted(hit.snippet, hit.highlights)}</div>")


class SearchResults(QFrame):
    """The panel of results, placed over the window under the search box."""

    chosen = Signal(int)  # a report id

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setStyleSheet(_POPUP_STYLE)
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the box
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.itemClicked.connect(lambda item: self.chosen.emit(item.data(REPORT_ROLE)))
        self.note = QLabel()
        self.note.setObjectName("searchNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        self.hide()

    def show_hits(self, query: str, hits) -> None:
        self.list.clear()
        for hit in hits:
            item = QListWidgetItem()
            item.setData(REPORT_ROLE, hit.report_id)
            label = QLabel(hit_html(hit))
            label.setWordWrap(True)
            label.setContentsMargins(10, 6, 10, 6)
            label.setFixedWidth(POPUP_WIDTH - 24)
            label.adjustSize()
            item.setSizeHint(label.sizeHint())
            self.list.addItem(item)
            self.list.setItemWidget(item, label)
        self.note.setText(f"No report mentions \u201c{query}\u201d." if not hits else "")
        self.note.setVisible(not hits)
        self.list.setVisible(bool(hits))
        if hits:
            self.list.setCurrentRow(0)

    def report_ids(self) -> list[int]:
        return [self.list.item(r).data(REPORT_ROLE) for r in range(self.list.count())]

    def step(self, rows: int) -> None:
        if self.list.count():
            row = max(0, min(self.list.count() - 1, self.list.currentRow() + rows))
            self.list.setCurrentRow(row)

    def current_report(self) -> int | None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() else None)
        return item.data(REPORT_ROLE) if item else None


class ReportSearchBox(QLineEdit):
    open_report = Signal(int)

    def __init__(self, db, window: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.window_ = window
        self.setObjectName("reportSearch")
        self.setPlaceholderText("Search reports (Ctrl+F)")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(220)
        self.setMaximumWidth(340)
        self.results = SearchResults(window)
        self.results.chosen.connect(self._open)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _: self.timer.start())
        self.focus_timer = QTimer(self)  # closes the results once the focus has gone
        self.focus_timer.setSingleShot(True)
        self.focus_timer.setInterval(150)
        self.focus_timer.timeout.connect(self._hide_unless_focused)
        self.returnPressed.connect(self.open_current)

    def search_now(self) -> None:
        self.timer.stop()
        query = self.text().strip()
        if not query:
            self.results.hide()
            return
        try:
            hits = report_service.search_reports(self.db, query, RESULT_LIMIT)
        except messages.USER_ERRORS as error:
            self.results.show_hits(query, [])
            self.results.note.setText(messages.error_text(error))
        else:
            self.results.show_hits(query, hits)
        self._place_results()
        self.results.show()
        self.results.raise_()

    def _place_results(self) -> None:
        height = min(420, sum(self.results.list.sizeHintForRow(r)
                              for r in range(self.results.list.count())) + 8) \
            if self.results.list.count() else 48
        below = self.mapTo(self.window_, QPoint(self.width(), self.height() + 4))
        left = max(8, below.x() - POPUP_WIDTH)
        self.results.setGeometry(left, below.y(), POPUP_WIDTH, height)

    def open_current(self) -> None:
        if self.timer.isActive() or not self.results.isVisible():
            self.search_now()  # Enter before the pause: search first, then open
        report_id = self.results.current_report()
        if report_id is not None:
            self._open(report_id)

    def _open(self, report_id: int) -> None:
        self.results.hide()
        self.open_report.emit(report_id)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.isVisible():
            self.results.step(1 if key == Qt.Key.Key_Down else -1)
            return
        if key == Qt.Key.Key_Escape and self.results.isVisible():
            self.results.hide()
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.results.isVisible():
            # a click on a result fires before the focus leaves; anything else closes them
            self.focus_timer.start()
        return super().event(event)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.results.hide()


def search_toolbar(box: ReportSearchBox) -> QToolBar:
    """The main window's toolbar: the search box on the right, where people look for it."""
    bar = QToolBar("Search")
    bar.setObjectName("searchBar")
    bar.setMovable(False)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addWidget(box)
    return bar
