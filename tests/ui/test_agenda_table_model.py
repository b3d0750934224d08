"""The agenda table: one row per item in agenda order, Part 2 rows marked and tinted, and a
drag within the table asking for the item to be moved."""

from PySide6.QtCore import QModelIndex, Qt

from lscb_desktop.domain.agenda import AgendaItem
from lscb_desktop.ui.agenda_table_model import (
    COL_EXEMPT,
    COL_KIND,
    COL_NUMBER,
    COL_PART,
    COL_TITLE,
    PART_2_BACKGROUND,
    AgendaTableModel,
)

ITEMS = [
    AgendaItem(id=11, title="Apologies for Absence"),
    AgendaItem(id=12, title="Sufficiency Statement"),
    AgendaItem(id=13, title="Scorecard Quarter 2"),
    AgendaItem(id=14, title="Residential contract", part=2, exempt_paragraphs=[1, 3]),
]


def model_with_items() -> AgendaTableModel:
    model = AgendaTableModel()
    model.set_rows(ITEMS)
    return model


def text(model, row, column):
    return model.data(model.index(row, column))


def test_rows_are_numbered_in_agenda_order():
    model = model_with_items()
    assert model.rowCount() == 4
    assert [text(model, r, COL_NUMBER) for r in range(4)] == ["1.", "2.", "3.", "4."]
    assert text(model, 1, COL_TITLE) == "Sufficiency Statement"
    assert text(model, 1, COL_KIND) == "Report"


def test_part_2_rows_are_marked_and_tinted_and_cite_their_paragraphs():
    model = model_with_items()
    assert text(model, 3, COL_PART) == "Part 2"
    assert text(model, 3, COL_EXEMPT) == "Paragraphs 1 and 3"
    background = model.data(model.index(3, COL_TITLE), Qt.ItemDataRole.BackgroundRole)
    assert background.color() == PART_2_BACKGROUND
    assert model.data(model.index(0, COL_TITLE), Qt.ItemDataRole.BackgroundRole) is None
    tooltip = model.data(model.index(3, COL_TITLE), Qt.ItemDataRole.ToolTipRole)
    assert "Paragraphs 1 and 3" in tooltip and "financial or business affairs" in tooltip


def test_dropping_a_dragged_row_asks_to_move_it_to_the_drop_position(qtbot):
    model = model_with_items()
    dragged = model.mimeData([model.index(0, c) for c in range(model.columnCount())])
    with qtbot.waitSignal(model.move_requested) as moved:
        # Dropped between rows 2 and 3 (before row 3): once lifted out it becomes index 2.
        model.dropMimeData(dragged, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert moved.args == [11, 2]


def test_dropping_upwards_and_at_the_end(qtbot):
    model = model_with_items()
    with qtbot.waitSignal(model.move_requested) as moved:
        model.dropMimeData(model.mimeData([model.index(2, 0)]), Qt.DropAction.MoveAction,
                           0, 0, QModelIndex())
    assert moved.args == [13, 0]
    with qtbot.waitSignal(model.move_requested) as moved:
        model.dropMimeData(model.mimeData([model.index(1, 0)]), Qt.DropAction.MoveAction,
                           -1, -1, QModelIndex())
    assert moved.args == [12, 3]


def test_dropping_a_row_where_it_already_is_asks_for_nothing(qtbot):
    model = model_with_items()
    with qtbot.assertNotEmitted(model.move_requested):
        model.dropMimeData(model.mimeData([model.index(1, 0)]), Qt.DropAction.MoveAction,
                           2, 0, QModelIndex())


def test_rows_drag_but_cells_take_no_drops():
    model = model_with_items()
    flags = model.flags(model.index(0, COL_TITLE))
    assert flags & Qt.ItemFlag.ItemIsDragEnabled
    assert not flags & Qt.ItemFlag.ItemIsDropEnabled
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert model.supportedDropActions() == Qt.DropAction.MoveAction


def test_move_rows_asks_for_the_same_move(qtbot):
    model = model_with_items()
    with qtbot.waitSignal(model.move_requested) as moved:
        assert not model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)  # the command moves
    assert moved.args == [13, 0]
