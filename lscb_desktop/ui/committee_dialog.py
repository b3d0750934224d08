"""File > New committee: name, default venue and start time, minute numbering, and which of
the usual standard items its agendas open with. On OK the committee is created through
committee_service; a refused name keeps the dialog open with the name focused."""

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..domain.committee import Committee, StandardItem
from ..domain.errors import NotFound, ValidationError
from ..domain.standard_items import default_standard_items
from ..services import committee_service
from .committee_fields import CommitteeFields
from .form_feedback import InlineError, focus_field, muted


class NewCommitteeDialog(QDialog):
    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.created_id: int | None = None
        self.setWindowTitle("New committee")
        self.setMinimumWidth(520)

        self.fields = CommitteeFields(with_terms_of_reference=False, parent=self)
        self.fields.fill(Committee(name=""))

        self.standard_checks: list[tuple[QCheckBox, StandardItem]] = []
        group = QGroupBox("Every agenda opens with", self)
        group_layout = QVBoxLayout(group)
        group_layout.setSpacing(6)
        for item in default_standard_items():
            check = QCheckBox(item.title, group)
            check.setChecked(True)
            check.setToolTip(item.purpose or item.title)
            group_layout.addWidget(check)
            self.standard_checks.append((check, item))
        group_layout.addWidget(muted(QLabel(
            "You can add, reword and reorder standard items later on the committee page.",
            group)))

        self.error = InlineError(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Create committee")
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(16)
        layout.addWidget(self.fields)
        layout.addWidget(group)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields.name_edit.setFocus()

    def committee(self) -> Committee:
        """The committee as the dialog describes it."""
        chosen = [item for check, item in self.standard_checks if check.isChecked()]
        return replace(self.fields.read(Committee(name="")), standard_items=chosen)

    def accept(self) -> None:
        committee = self.committee()
        try:
            self.created_id = self._create(committee)
        except (ValidationError, NotFound) as error:
            self.error.show_message(str(error))
            focus_field(self.fields.field_widgets(), getattr(error, "field", None),
                        self.fields.name_edit)
            return
        super().accept()

    def _create(self, committee: Committee) -> int:
        chosen = committee.standard_items
        committee_id = committee_service.create_committee(self.db, replace(committee))
        if not chosen:
            # create_committee gives a committee without standard items the usual three;
            # the user asked for none.
            created = committee_service.get_committee(self.db, committee_id)
            committee_service.update_committee(self.db, replace(created, standard_items=[]))
        return committee_id
