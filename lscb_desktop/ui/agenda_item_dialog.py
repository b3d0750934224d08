"""Adding or editing one agenda item: title, purpose line, presenter, kind and part, and for
Part 2 the Schedule 12A paragraphs that make it exempt. OK hands the item to `on_submit`
(which saves it); if the rules or the service refuse it, the dialog stays open with the
reason shown and the field focused, so nothing typed is lost."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from ..domain.agenda import AgendaItem, ItemKind
from ..domain.exemptions import SCHEDULE_12A_PARAGRAPHS
from .form_feedback import InlineError, focus_field
from .messages import USER_ERRORS
from .style import WrappingLabel

PURPOSE_PLACEHOLDER = "To consider the ..."


class AgendaItemDialog(QDialog):
    def __init__(self, item: AgendaItem | None = None, presenters: list[str] = (), parent=None,
                 on_submit: Callable[[AgendaItem], None] | None = None):
        super().__init__(parent)
        self._original = item or AgendaItem(title="")
        self._on_submit = on_submit
        self.setWindowTitle("Edit agenda item" if item and item.id else "Add agenda item")
        self.setMinimumWidth(680)
        self._build(presenters)
        self._show(self._original)

    # Layout -------------------------------------------------------------------------------

    def _build(self, presenters) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("e.g. Fostering Service Annual Report")
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setPlaceholderText(PURPOSE_PLACEHOLDER)
        self.presenter_edit = QComboBox()
        self.presenter_edit.setEditable(True)
        self.presenter_edit.addItems(["", *presenters])
        self.presenter_edit.lineEdit().setPlaceholderText("Lead officer or member presenting")
        self.kind_combo = QComboBox()
        for kind in ItemKind:
            self.kind_combo.addItem(kind.label, kind.value)

        self.part1_radio = QRadioButton("Part 1 \u2013 pu&blic: the press and public present")
        self.part2_radio = QRadioButton("Part 2 \u2013 e&xempt: the press and public excluded")
        self._parts = QButtonGroup(self)
        self._parts.addButton(self.part1_radio, 1)
        self._parts.addButton(self.part2_radio, 2)
        parts = QVBoxLayout()
        parts.setSpacing(4)
        parts.addWidget(self.part1_radio)
        parts.addWidget(self.part2_radio)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow("&Title:", self.title_edit)
        form.addRow("P&urpose:", self.purpose_edit)
        form.addRow("P&resenter:", self.presenter_edit)
        form.addRow("&Kind:", self.kind_combo)
        form.addRow("Part:", parts)

        self.error_label = InlineError(self)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)  # Enter accepts
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self._exempt_group())
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.part2_radio.toggled.connect(self._part_changed)

    def _exempt_group(self) -> QGroupBox:
        self.exempt_group = QGroupBox(
            "Why it is exempt: paragraphs of Schedule 12A to the Local Government Act 1972"
        )
        grid = QGridLayout(self.exempt_group)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        self.paragraph_boxes: dict[int, QCheckBox] = {}
        self._label_boxes: dict[QObject, QCheckBox] = {}
        for row, (number, meaning) in enumerate(SCHEDULE_12A_PARAGRAPHS.items()):
            box = QCheckBox(f"&{number}")
            box.setToolTip(meaning)
            label = WrappingLabel(meaning)
            label.installEventFilter(self)  # clicking the meaning ticks the box
            self.paragraph_boxes[number] = box
            self._label_boxes[label] = box
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
        return self.exempt_group

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        box = self._label_boxes.get(watched)
        if box and event.type() == QEvent.Type.MouseButtonRelease and box.isEnabled():
            box.toggle()
            return True
        return super().eventFilter(watched, event)

    def _part_changed(self) -> None:
        exempt = self.part2_radio.isChecked()
        self.exempt_group.setEnabled(exempt)
        self.error_label.clear_message()

    # Values -------------------------------------------------------------------------------

    def _show(self, item: AgendaItem) -> None:
        self.title_edit.setText(item.title)
        self.purpose_edit.setText(item.purpose)
        self.purpose_edit.setCursorPosition(0)  # show the start of a long purpose line
        self.presenter_edit.setCurrentText(item.presenter)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(item.kind.value))
        (self.part2_radio if item.part == 2 else self.part1_radio).setChecked(True)
        for number, box in self.paragraph_boxes.items():
            box.setChecked(number in item.exempt_paragraphs)
        self._part_changed()
        self.title_edit.setFocus()

    def item(self) -> AgendaItem:
        """The item as the dialog shows it (the original's id and standard key kept)."""
        part = 2 if self.part2_radio.isChecked() else 1
        paragraphs = [n for n, box in self.paragraph_boxes.items() if box.isChecked()]
        return replace(
            self._original,
            title=self.title_edit.text().strip(),
            purpose=self.purpose_edit.text().strip(),
            presenter=self.presenter_edit.currentText().strip(),
            kind=ItemKind(self.kind_combo.currentData()),
            part=part,
            exempt_paragraphs=paragraphs if part == 2 else [],
        )

    def accept(self) -> None:
        item = self.item()
        try:
            item.validate()
            if self._on_submit is not None:
                self._on_submit(item)
        except USER_ERRORS as error:
            self.show_problem(str(error), getattr(error, "field", None))
            return
        super().accept()

    def show_problem(self, message: str, field: str | None = None) -> None:
        """Say what is wrong inside the dialog and put the cursor where it can be fixed."""
        self.error_label.show_message(message)
        self.adjustSize()  # room for the message without squeezing the paragraphs
        fields = {
            "title": self.title_edit,
            "part": self.part1_radio,
            "exempt_paragraphs": self.paragraph_boxes[1],
        }
        focus_field(fields, field, self.title_edit)
