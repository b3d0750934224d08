"""Undoable structural edits of a report: sections added, renamed or removed, tables inserted
or removed, table rows and cells, background papers, header choices.

The editor keeps one live Report while it is open, and the prose editors write their text
into it as the author types (their own undo covers the typing). So a command must not put
the whole report back, or undoing "add a row" would also take back a paragraph typed since.
Each command restores only what it changed: a snapshot of one table, or of the background
papers, or an inverse operation on the list of sections. Edits that the domain refuses
raise before anything is pushed, so the caller can show the message."""

import copy
from collections.abc import Callable
from dataclasses import fields

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.report import Report, SectionContent

Refresh = Callable[[], None]


class SnapshotCommand(QUndoCommand):
    """Write back the state of one part of the report before or after an edit."""

    def __init__(self, text: str, write: Callable[[object], None], before, after,
                 refresh: Refresh):
        super().__init__(text)
        self.write, self.before, self.after, self.refresh = write, before, after, refresh

    def redo(self) -> None:
        self.write(copy.deepcopy(self.after))
        self.refresh()

    def undo(self) -> None:
        self.write(copy.deepcopy(self.before))
        self.refresh()


class OperationCommand(QUndoCommand):
    """An edit and its inverse, as two functions over the live report."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None],
                 refresh: Refresh):
        super().__init__(text)
        self._do, self._undo, self.refresh = do, undo, refresh

    def redo(self) -> None:
        self._do()
        self.refresh()

    def undo(self) -> None:
        self._undo()
        self.refresh()


def restore_fields(target, state, keep: tuple[str, ...] = ()) -> None:
    """Make the dataclass `target` equal to `state`, keeping `target` the same object (the
    editors and other commands hold it) and leaving the fields named in `keep` as they are."""
    for f in fields(target):
        if f.name not in keep:
            setattr(target, f.name, copy.deepcopy(getattr(state, f.name)))


def edit_part(stack: QUndoStack, text: str, read: Callable[[], object],
              write: Callable[[object], None], mutate: Callable[[object], None],
              refresh: Refresh) -> bool:
    """Apply `mutate` to a copy of the part `read` returns and push the change; a change
    that changes nothing is not pushed. Returns whether anything changed."""
    before = copy.deepcopy(read())
    after = copy.deepcopy(before)
    mutate(after)
    if after == before:
        return False
    stack.push(SnapshotCommand(text, write, before, after, refresh))
    return True


def set_header_value(stack: QUndoStack, report: Report, key: str, label: str, value: str,
                     refresh: Refresh) -> bool:
    def write(state):
        report.header[key] = state

    old = report.header.get(key, "")
    if old == value:
        return False
    stack.push(SnapshotCommand(f"Set '{label}'", write, old, value, refresh))
    return True


def insert_block(stack: QUndoStack, content: SectionContent, index: int, block, text: str,
                 refresh: Refresh) -> None:
    """Insert a table at `index` of a section's blocks; undo takes that very table out
    again, wherever the prose around it has moved it."""
    def do():
        content.blocks.insert(min(index, len(content.blocks)), block)

    def undo():
        content.blocks[:] = [b for b in content.blocks if b is not block]

    stack.push(OperationCommand(text, do, undo, refresh))


def remove_block(stack: QUndoStack, content: SectionContent, block, text: str,
                 refresh: Refresh) -> None:
    index = next(i for i, b in enumerate(content.blocks) if b is block)

    def do():
        content.blocks[:] = [b for b in content.blocks if b is not block]

    def undo():
        content.blocks.insert(min(index, len(content.blocks)), block)

    stack.push(OperationCommand(text, do, undo, refresh))


def add_section(stack: QUndoStack, report: Report, section: SectionContent, index: int,
                refresh: Refresh) -> None:
    """Push the adding of `section`, already inserted at `index` by the domain's rules."""
    def do():
        if section not in report.sections:
            report.sections.insert(min(index, len(report.sections)), section)

    def undo():
        report.sections[:] = [s for s in report.sections if s is not section]

    stack.push(OperationCommand(f"Add section '{section.title}'", do, undo, refresh))


def remove_section(stack: QUndoStack, report: Report, section: SectionContent,
                   refresh: Refresh) -> None:
    index = report.sections.index(section)

    def do():
        report.sections[:] = [s for s in report.sections if s is not section]

    def undo():
        report.sections.insert(min(index, len(report.sections)), section)

    stack.push(OperationCommand(f"Remove section '{section.title}'", do, undo, refresh))


def rename_section(stack: QUndoStack, section: SectionContent, title: str,
                   refresh: Refresh) -> None:
    old = section.title

    def write(state):
        section.title = state

    stack.push(SnapshotCommand(f"Rename section '{old}'", write, old, title, refresh))
