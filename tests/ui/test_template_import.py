"""Report > Import house style: a council adds its own template from the main window."""

from importlib.resources import files

from lscb_desktop.services import template_service
from lscb_desktop.ui import messages
from lscb_desktop.ui.main_window import MainWindow


def builtin_text(name: str) -> str:
    return (files("lscb_desktop.resources") / "templates" / name).read_text("utf-8")


def make_window(qtbot, db, db_path):
    window = MainWindow(db, db_path)
    qtbot.addWidget(window)
    return window


def test_a_council_template_is_imported_and_offered(qtbot, db, db_path, tmp_path):
    text = builtin_text("scrutiny-report.toml")
    own = tmp_path / "borsetshire.toml"
    own.write_text(text.replace('id = "scrutiny-report"', 'id = "borsetshire-scrutiny"', 1)
                       .replace('name = "', 'name = "Borsetshire ', 1), encoding="utf-8")
    window = make_window(qtbot, db, db_path)
    window.import_template(str(own))
    ids = [t.id for t in template_service.list_templates(db)]
    assert "borsetshire-scrutiny" in ids
    assert "House style 'Borsetshire" in window.statusBar().currentMessage()


def test_a_bad_template_is_refused_with_its_line_and_nothing_changes(qtbot, db, db_path,
                                                                     tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, error: shown.append(str(error)))
    bad = tmp_path / "bad.toml"
    bad.write_text('format = 1\nid = "x"\nname = "X"\nsections = "oops\n', encoding="utf-8")
    before = [t.id for t in template_service.list_templates(db)]
    window = make_window(qtbot, db, db_path)
    window.import_template(str(bad))
    assert len(shown) == 1 and "bad.toml, line" in shown[0]
    assert [t.id for t in template_service.list_templates(db)] == before


def test_the_action_is_on_the_report_menu(qtbot, db, db_path):
    window = make_window(qtbot, db, db_path)
    report_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Report")
    assert "Import house &style..." in [a.text() for a in report_menu.actions()]
