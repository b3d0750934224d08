"""The agenda as a table: one row per item in agenda order, Part 2 rows tinted.

Rows are reordered by dragging within the table. The model does not write anything itself:
a drop emits `move_requested(item_id, target_index)` and the agenda editor turns that into
an undoable command (agenda_commands), which reloads the rows through `set_rows`."""

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ..domain.agenda import AgendaItem
from ..domain.exemptions import SCHEDULE_12A_PARAGRAPHS, describe_paragraphs
from .record_table_model import RecordTableModel

COL_NUMBER, COL_TITLE, COL_PURPOSE, COL_PRESENTER, COL_KIND, COL_PART, COL_EXEMPT = range(7)

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-lscb-agenda-item-id"

PART_2_BACKGROUND = QColor("#fdf1e3")  # warm tint: exempt business, taken in private
PART_2_TEXT = QColor("#8a4b08")


class AgendaTableModel(RecordTableModel[AgendaItem]):
    HEADERS = ("No.", "Title", "Purpose", "Presenter", "Kind", "Part", "Exempt paragraphs")
    move_requested = Signal(int, int)  # item id, target index in the agenda

    def item_at(self, row: int) -> AgendaItem:
        return self.record_at(row)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column, item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == ITEM_ID_ROLE:
            return item.id
        if item.part == 2 and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(PART_2_BACKGROUND)
        if item.part == 2 and role == Qt.ItemDataRole.ForegroundRole and column == COL_PART:
            return QBrush(PART_2_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(row: int, column: int, item: AgendaItem) -> str:
        return {
            COL_NUMBER: f"{row + 1}.",
            COL_TITLE: item.title,
            COL_PURPOSE: item.purpose,
            COL_PRESENTER: item.presenter,
            COL_KIND: item.kind.label,
            COL_PART: f"Part {item.part}",
            COL_EXEMPT: describe_paragraphs(item.exempt_paragraphs),
        }[column]

    @staticmethod
    def _tooltip(item: AgendaItem) -> str:
        """The whole title and purpose (the cells may be cut short) and, for Part 2, why."""
        lines = [item.title, item.purpose] if item.purpose else [item.title]
        if item.part == 2:
            cited = describe_paragraphs(item.exempt_paragraphs)
            lines += ["", f"Part 2, without the press and public: exempt under {cited} "
                          "of Schedule 12A:"]
            lines += [f"{p}. {SCHEDULE_12A_PARAGRAPHS[p]}" for p in item.exempt_paragraphs]
        return "\n".join(lines)

    # Dragging rows within the table --------------------------------------------------------

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled  # between rows only, never onto a cell

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(MIME_TYPE, QByteArray(str(self._rows[rows[0]].id).encode()))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Ask for the dragged item to be moved to the drop position. Returns False so the
        view does not also remove the source row: the command reloads the whole agenda."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        item_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        source = self.row_of(item_id)
        if source is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        self._request_move(source, row)
        return False

    def moveRows(self, source_parent, source_row, count, destination_parent, destination):
        """Views that move rows themselves (QListView's internal move) ask here; the answer
        is the same request, and False, since the command reloads the agenda."""
        if count == 1 and not source_parent.isValid() and 0 <= source_row < len(self._rows):
            self._request_move(source_row, destination)
        return False

    def _request_move(self, source: int, before_row: int) -> None:
        """Ask for the item at `source` to go before the row now at `before_row`."""
        target = before_row - 1 if before_row > source else before_row  # once lifted out
        if target != source:
            self.move_requested.emit(self._rows[source].id, target)
