"""The main window's menus: File, Edit (undo/redo of the visible page), Agenda, Minutes,
Report, Help. Every action has a shortcut or a mnemonic. The Minutes menu is kept as
`window.minutes_menu`, for the windows that join it (live mode, the actions log, the
resolutions register, attendance statistics)."""

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle


@dataclass
class MainActions:
    new_committee: QAction
    new_meeting: QAction
    import_meeting: QAction
    export_meeting: QAction
    export_agenda: QAction
    start_minutes: QAction
    approve_minutes: QAction
    export_minutes: QAction
    import_report: QAction
    import_template: QAction
    export_report: QAction
    delete_report: QAction
    find_reports: QAction
    settings: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    about: QAction

    def meeting_only(self) -> list[QAction]:
        """Actions that need a meeting on screen."""
        return [self.export_meeting, self.export_agenda]

    def meeting_or_minutes(self) -> list[QAction]:
        """Actions on the meeting on screen, by its page or its minutes' page."""
        return [self.start_minutes, self.approve_minutes]

    def minutes_only(self) -> list[QAction]:
        """Actions that need a meeting's minutes on screen (Ctrl+E exports what is shown)."""
        return [self.export_minutes]

    def report_only(self) -> list[QAction]:
        """Actions that need a report on screen (Ctrl+E exports what is shown)."""
        return [self.export_report, self.delete_report]


def build_menus(window: QMainWindow, undo_group, agenda_actions: list[QAction]) -> MainActions:
    def action(text, slot, shortcut=None, icon=None) -> QAction:
        act = QAction(text, window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            act.setIcon(window.style().standardIcon(icon))
        act.triggered.connect(slot)
        return act

    sp = QStyle.StandardPixmap
    undo = undo_group.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = undo_group.createRedoAction(window, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    actions = MainActions(
        new_committee=action("New &committee...", window.new_committee, "Ctrl+Shift+N"),
        new_meeting=action("&New meeting...", window.new_meeting, "Ctrl+N",
                           sp.SP_FileDialogNewFolder),
        import_meeting=action("&Import meeting file...", window.import_meeting_file, "Ctrl+O",
                              sp.SP_DialogOpenButton),
        export_meeting=action("Export &meeting file...", window.export_meeting_file,
                              "Ctrl+Shift+E"),
        export_agenda=action("&Export agenda...", window.export_agenda, "Ctrl+E",
                             sp.SP_DialogSaveButton),
        start_minutes=action("Start/Open &minutes", window.start_or_open_minutes, "Ctrl+M"),
        approve_minutes=action("&Approve minutes of previous meeting...",
                               window.approve_previous_minutes),
        export_minutes=action("E&xport minutes...", window.export_minutes, "Ctrl+E",
                              sp.SP_DialogSaveButton),
        import_report=action("Import report from &Word...", window.import_report,
                             "Ctrl+Shift+I"),
        import_template=action("Import house &style...", window.import_template),
        export_report=action("E&xport report...", window.export_report, "Ctrl+E",
                             sp.SP_DialogSaveButton),
        delete_report=action("&Delete report...", window.delete_report),
        find_reports=action("&Find in reports...", window.find_in_reports,
                            QKeySequence.StandardKey.Find),
        settings=action("&Settings...", window.open_settings, "Ctrl+,"),
        quit=action("&Quit", window.close, QKeySequence.StandardKey.Quit),
        undo=undo,
        redo=redo,
        about=action("&About LSCB Desktop", window.show_about),
    )
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([actions.new_committee, actions.new_meeting])
    file_menu.addSeparator()
    file_menu.addActions([actions.import_meeting, actions.export_meeting, actions.export_agenda])
    file_menu.addSeparator()
    file_menu.addAction(actions.settings)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([undo, redo])
    agenda_menu = bar.addMenu("&Agenda")
    agenda_menu.addActions(agenda_actions)
    minutes_menu = bar.addMenu("&Minutes")
    minutes_menu.addAction(actions.start_minutes)
    minutes_menu.addAction(actions.approve_minutes)
    minutes_menu.addSeparator()
    minutes_menu.addAction(actions.export_minutes)
    minutes_menu.addSeparator()  # live mode, actions log, register, statistics go below
    window.minutes_menu = minutes_menu
    report_menu = bar.addMenu("&Report")
    report_menu.addActions([actions.find_reports, actions.import_report, actions.export_report])
    report_menu.addSeparator()
    report_menu.addAction(actions.delete_report)
    report_menu.addSeparator()
    report_menu.addAction(actions.import_template)
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(actions.about)
    return actions
