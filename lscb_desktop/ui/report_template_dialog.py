"""Choosing the house style for a new report (or for one imported from Word): each template
with its name and what it is for. Enter (or a double-click) takes the highlighted one."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from ..services import template_service
from .form_feedback import muted

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _TemplateEntry(QWidget):
    def __init__(self, name: str, description: str):
        super().__init__()
        title = QLabel(name)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(title)
        if description:
            layout.addWidget(muted(QLabel(" ".join(description.split()))))


class ReportTemplateDialog(QDialog):
    def __init__(self, db, parent: QWidget | None = None, title: str = "Write report",
                 intro: str = "Choose the house style for the report.",
                 accept_text: str = "&Create report"):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.list = QListWidget()
        self.list.setObjectName("templates")
        self.list.setSpacing(2)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        for template in template_service.list_templates(db):
            item = QListWidgetItem()
            item.setData(ID_ROLE, template.id)
            item.setToolTip(template.description)
            entry = _TemplateEntry(template.name, template.description)
            entry.setFixedWidth(480)
            entry.adjustSize()
            item.setSizeHint(QSize(480, entry.sizeHint().height()))
            self.list.addItem(item)
            self.list.setItemWidget(item, entry)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(QLabel(intro))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self.list.setFocus()

    def template_ids(self) -> list[str]:
        return [self.list.item(r).data(ID_ROLE) for r in range(self.list.count())]

    def select(self, template_id: str) -> None:
        self.list.setCurrentRow(self.template_ids().index(template_id))

    def selected_template_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None
