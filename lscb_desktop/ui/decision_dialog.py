"""Adding or editing a decision of a minute: RESOLVED, or RECOMMENDED to Cabinet or Council,
its text, and optionally the vote: counts, or a named (recorded) vote whose counts follow
the names."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QHeaderView, QLabel, QPlainTextEdit, QSpinBox,
    QTableWidget, QTableWidgetItem, QWidget,
)

from ..domain.decisions import Decision, DecisionKind, Vote, VoteCast
from .form_feedback import muted
from .record_dialog import RecordDialog

RECIPIENTS = ("Cabinet", "Council")
NOT_VOTING = "\u2014"  # a dash: this member's vote is not recorded
CASTS = {"For": VoteCast.FOR, "Against": VoteCast.AGAINST, "Abstained": VoteCast.ABSTAIN}


class SubmittingTextEdit(QPlainTextEdit):
    """Enter accepts the dialog (as in a line edit); Shift+Enter starts a new line."""

    submitted = Signal()

    def keyPressEvent(self, event) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class DecisionDialog(RecordDialog):
    def __init__(self, decision: Decision | None, voters: list[str],
                 on_submit: Callable[[Decision], None], parent: QWidget | None = None):
        adding = decision is None
        super().__init__("Add decision" if adding else "Edit decision",
                         "Add decision" if adding else "Save", on_submit, parent)
        self._decision = decision or Decision("")
        self.setMinimumWidth(560)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem("RESOLVED (the committee's own decision)",
                                DecisionKind.RESOLVED.value)
        self.kind_combo.addItem("RECOMMENDED to Cabinet or Council",
                                DecisionKind.RECOMMENDED.value)
        self.kind_combo.setCurrentIndex(list(DecisionKind).index(self._decision.kind))
        self.recipient_combo = QComboBox(self)
        self.recipient_combo.setEditable(True)
        self.recipient_combo.addItems(RECIPIENTS)
        self.recipient_combo.setCurrentText(self._decision.recommend_to)
        self.text_edit = SubmittingTextEdit(self._decision.text, self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText("That the report be noted.")
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.text_edit.submitted.connect(self.accept)
        self.form.addRow(self._label("&Decision", self.kind_combo), self.kind_combo)
        self.recipient_label = self._label("Recommend &to", self.recipient_combo)
        self.form.addRow(self.recipient_label, self.recipient_combo)
        self.form.addRow(self._label("Te&xt", self.text_edit), self.text_edit)
        self._build_vote(voters)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.text_edit.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _build_vote(self, voters: list[str]) -> None:
        vote = self._decision.vote
        self.vote_check = QCheckBox("Record the &vote", self)
        self.vote_check.setChecked(vote is not None)
        self.count_spins = []
        counts = QWidget(self)
        grid = QGridLayout(counts)
        grid.setContentsMargins(0, 0, 0, 0)
        values = (vote.in_favour, vote.against, vote.abstentions) if vote else (0, 0, 0)
        for column, (text, value) in enumerate(zip(("&For", "A&gainst", "Abs&tentions"),
                                                   values)):
            spin = QSpinBox(counts)
            spin.setRange(0, 999)
            spin.setValue(value)
            grid.addWidget(self._label(text, spin), 0, column * 2)
            grid.addWidget(spin, 0, column * 2 + 1)
            self.count_spins.append(spin)
        grid.setColumnStretch(6, 1)
        self.named_check = QCheckBox("&Named vote (the counts follow the names)", self)
        self.named_table = QTableWidget(len(voters), 2, self)
        self.named_table.setHorizontalHeaderLabels(["Member", "Voted"])
        self.named_table.verticalHeader().hide()
        self.named_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.named_table.setMaximumHeight(180)
        cast_of = dict(vote.named) if vote else {}
        self.named_check.setChecked(bool(cast_of))
        for row, name in enumerate(voters):
            item = QTableWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.named_table.setItem(row, 0, item)
            combo = QComboBox(self.named_table)
            combo.addItems([NOT_VOTING, *CASTS])
            cast = cast_of.get(name)
            if cast is not None:
                combo.setCurrentIndex(1 + list(CASTS.values()).index(cast))
            combo.currentIndexChanged.connect(self._tally)
            self.named_table.setCellWidget(row, 1, combo)
        self.form.addRow("", self.vote_check)
        self.form.addRow("", counts)
        self.form.addRow("", self.named_check)
        self.form.addRow("", self.named_table)
        if not voters:
            self.named_check.setEnabled(False)
            self.named_check.setToolTip("No member is marked present in the attendance.")
        self.vote_hint = muted(QLabel("Leave the vote unrecorded when the decision was "
                                      "agreed without one.", self))
        self.form.addRow("", self.vote_hint)
        self.vote_check.toggled.connect(self._vote_toggled)
        self.named_check.toggled.connect(self._vote_toggled)
        self._vote_toggled()

    def _kind_changed(self) -> None:
        recommending = self.kind() is DecisionKind.RECOMMENDED
        self.recipient_combo.setEnabled(recommending)
        if not recommending:
            self.recipient_combo.setCurrentText("")
        elif not self.recipient_combo.currentText():
            self.recipient_combo.setCurrentText(RECIPIENTS[0])

    def kind(self) -> DecisionKind:
        return DecisionKind(self.kind_combo.currentData())  # Qt hands str enums back as str

    def _vote_toggled(self) -> None:
        voting = self.vote_check.isChecked()
        named = voting and self.named_check.isChecked()
        self.named_check.setEnabled(voting and self.named_table.rowCount() > 0)
        self.named_table.setVisible(named)
        for spin in self.count_spins:
            spin.setEnabled(voting and not named)
        self._tally()

    def named_votes(self) -> list[tuple[str, VoteCast]]:
        votes = []
        for row in range(self.named_table.rowCount()):
            choice = self.named_table.cellWidget(row, 1).currentText()
            if choice in CASTS:
                votes.append((self.named_table.item(row, 0).text(), CASTS[choice]))
        return votes

    def _tally(self) -> None:
        if self.vote_check.isChecked() and self.named_check.isChecked():
            named = self.named_votes()
            for spin, cast in zip(self.count_spins, VoteCast):
                spin.setValue(sum(1 for _, c in named if c is cast))

    def record(self) -> Decision:
        vote = None
        if self.vote_check.isChecked():
            named = self.named_votes() if self.named_check.isChecked() else []
            vote = Vote(*(spin.value() for spin in self.count_spins), named=named)
        return replace(self._decision, kind=self.kind(),
                       recommend_to=self.recipient_combo.currentText().strip(),
                       text=self.text_edit.toPlainText().strip(), vote=vote)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"text": self.text_edit, "recommend_to": self.recipient_combo,
                "vote": self.count_spins[0]}
