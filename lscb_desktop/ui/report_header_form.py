"""The report's header block as a form built from the template's fields: a line for text,
a box for several lines, a date (typed as the author likes, or picked from a calendar), Yes
or No, or a list of choices. Each field's help is its placeholder and tooltip.

Typing goes straight into the report (the field's own undo covers it); picking a date, Yes
or No or a choice is an undoable command. A date that cannot be read is kept as typed, so
nothing is lost, and the completeness check says how to write it."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup, QCalendarWidget, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QMenu, QRadioButton, QToolButton, QWidget, QWidgetAction,
)

from ..domain.report_header import display_header_value, parse_date
from ..domain.templates import FieldKind, HeaderField
from . import report_commands
from .report_context import ReportContext
from .report_text_edit import ReportTextEdit

NOT_SET = "\u2014"  # the list entry for "not chosen yet"


class DateField(QWidget):
    """A date as papers write it ("22 January 2019"), with a calendar beside it."""

    def __init__(self, field: HeaderField, ctx: ReportContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.field, self.ctx = field, ctx
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("Type a date, or pick it from the calendar")
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self.show_value)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.button = QToolButton()
        self.button.setText("Calendar")
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }"
                                  "QToolButton { padding: 2px 8px; }")
        self.button.setToolTip(f"Pick the {field.label.lower()} from a calendar")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._open_on_value)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.show_value()

    def value(self) -> str:
        return self.ctx.report.header.get(self.field.key, "")

    def show_value(self) -> None:
        text = display_header_value(self.field, self.value())
        if self.edit.text() != text:
            self.edit.setText(text)

    def _typed(self, text: str) -> None:
        day = parse_date(text)
        self.ctx.report.header[self.field.key] = day.isoformat() if day else text.strip()
        self.ctx.edited()

    def _open_on_value(self) -> None:
        day = parse_date(self.value()) or date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, picked: QDate) -> None:
        self.button.menu().hide()
        self.pick(picked.toPython())

    def pick(self, day: date) -> None:
        report_commands.set_header_value(
            self.ctx.undo_stack, self.ctx.report, self.field.key, self.field.label,
            day.isoformat(), lambda: self.ctx.refresh_header(self.field.key))


class YesNoField(QWidget):
    def __init__(self, field: HeaderField, ctx: ReportContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.field, self.ctx = field, ctx
        self.yes, self.no = QRadioButton("Yes"), QRadioButton("No")
        self.group = QButtonGroup(self)
        for button in (self.yes, self.no):
            self.group.addButton(button)
            button.clicked.connect(lambda _=False, b=button: self.choose(b.text()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)
        self.setFocusProxy(self.yes)
        self.show_value()

    def show_value(self) -> None:
        value = self.ctx.report.header.get(self.field.key, "")
        self.group.setExclusive(False)  # so that neither can be shown as chosen
        self.yes.setChecked(value == "Yes")
        self.no.setChecked(value == "No")
        self.group.setExclusive(True)

    def choose(self, value: str) -> None:
        report_commands.set_header_value(
            self.ctx.undo_stack, self.ctx.report, self.field.key, self.field.label, value,
            lambda: self.ctx.refresh_header(self.field.key))


class ChoiceField(QComboBox):
    def __init__(self, field: HeaderField, ctx: ReportContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.field, self.ctx = field, ctx
        self.addItems([NOT_SET, *field.choices])
        self.show_value()
        self.activated.connect(self._chosen)

    def show_value(self) -> None:
        value = self.ctx.report.header.get(self.field.key, "")
        self.setCurrentIndex(self.findText(value) if value in self.field.choices else 0)

    def _chosen(self, index: int) -> None:
        value = "" if index == 0 else self.itemText(index)
        report_commands.set_header_value(
            self.ctx.undo_stack, self.ctx.report, self.field.key, self.field.label, value,
            lambda: self.ctx.refresh_header(self.field.key))


class ReportHeaderForm(QWidget):
    def __init__(self, ctx: ReportContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for field in ctx.template.fields:
            widget = self._field_widget(field)
            widget.setToolTip(field.help)
            label = QLabel(field.label)
            label.setObjectName("fieldName")
            label.setToolTip(field.help)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.fields[field.key] = widget
        ctx.header_changed.connect(self._show_value)

    def _field_widget(self, field: HeaderField) -> QWidget:
        if field.kind is FieldKind.DATE:
            return DateField(field, self.ctx)
        if field.kind is FieldKind.YES_NO:
            return YesNoField(field, self.ctx)
        if field.kind is FieldKind.CHOICE:
            return ChoiceField(field, self.ctx)
        value = self.ctx.report.header.get(field.key, "")
        if field.kind is FieldKind.MULTILINE:
            edit = ReportTextEdit(field.help, minimum_lines=2, numbered=False)
            edit.setPlainText(value)
            edit.textChanged.connect(lambda: self._typed(field.key, edit.toPlainText()))
            return edit
        line = QLineEdit(value)
        line.setPlaceholderText(field.help if len(field.help) <= 90 else "")
        line.textEdited.connect(lambda text: self._typed(field.key, text))
        return line

    def _typed(self, key: str, text: str) -> None:
        self.ctx.report.header[key] = text
        self.ctx.edited()

    def _show_value(self, key: str) -> None:
        widget = self.fields.get(key)
        if hasattr(widget, "show_value"):
            widget.show_value()
