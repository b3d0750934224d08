"""Recording a declaration of interest: the member (from the attendance), the agenda item,
the kind of interest and what it is."""

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ..domain.agenda import AgendaItem
from ..domain.attendance import Attendance
from ..domain.declarations import Declaration, InterestKind
from .record_dialog import RecordDialog


class DeclarationDialog(RecordDialog):
    def __init__(self, members: list[Attendance], items: list[AgendaItem],
                 on_submit: Callable[[Declaration], None], parent: QWidget | None = None):
        super().__init__("Add declaration of interest", "Add declaration", on_submit, parent)
        self.setMinimumWidth(560)
        self._members = {m.member_id: m for m in members}
        self.member_combo = QComboBox(self)
        for member in members:
            self.member_combo.addItem(f"{member.name} ({member.role.value})", member.member_id)
        self.item_combo = QComboBox(self)
        for number, item in enumerate(items, start=1):
            self.item_combo.addItem(f"{number}. {item.title}", item.id)
        self._titles = {item.id: item.title for item in items}
        self.kind_combo = QComboBox(self)
        for kind in InterestKind:
            self.kind_combo.addItem(kind.label.capitalize(), kind.value)
        self.kind_combo.setCurrentIndex(list(InterestKind).index(InterestKind.NON_REGISTRABLE))
        self.description_edit = QLineEdit(self)
        self.description_edit.setPlaceholderText("e.g. as her daughter is a foster carer")
        for text, widget in (("&Member", self.member_combo), ("Agenda &item", self.item_combo),
                             ("&Interest", self.kind_combo),
                             ("&Description", self.description_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.member_combo.setFocus()

    def record(self) -> Declaration:
        member = self._members.get(self.member_combo.currentData())
        item_id = self.item_combo.currentData()
        return Declaration(
            member_name=member.name if member else "", item_title=self._titles.get(item_id, ""),
            kind=InterestKind(self.kind_combo.currentData()),
            description=self.description_edit.text().strip(),
            member_role=member.role if member else Declaration.member_role,
            member_id=member.member_id if member else None, agenda_item_id=item_id)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"member_id": self.member_combo, "agenda_item_id": self.item_combo,
                "description": self.description_edit}
