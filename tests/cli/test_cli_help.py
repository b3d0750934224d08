"""--help on every command describes it; --version names the installed version."""

from importlib.metadata import version

import pytest


def test_version(lscb):
    run = lscb("--version", db=False)
    assert (run.code, run.out) == (0, f"lscb {version('lscb-desktop')}\n")


def test_the_overview_lists_every_command(lscb):
    run = lscb("--help", db=False)
    assert run.code == 0
    for command in ("demo", "committees", "meetings", "agenda", "import", "export", "templates",
                    "reports", "search", "settings", "--db PATH"):
        assert command in run.out


@pytest.mark.parametrize("args, fragment", [
    (["demo"], "Running it again adds nothing"),
    (["committees"], "--json"),
    (["meetings"], "last day to publish its agenda"),
    (["import"], "meeting"),
    (["import", "meeting"], "A file with any problem imports nothing"),
    (["export"], "agenda"),
    (["export", "meeting"], "Prints the file's path"),
    (["export", "agenda"], "DIR/agenda.docx and DIR/agenda.pdf"),
    (["export", "meeting"], "appendix files to a folder beside it"),
    (["export", "report"], "DIR/report.docx and DIR/report.pdf"),
    (["import", "template"], "Prints the template's id"),
    (["import", "report"], "Prints the new report's id"),
    (["import", "report"], "--template NAME"),
    (["import", "report"], "--item ITEM_ID"),
    (["import", "meeting"], "--appendices DIR"),
    (["templates"], "then those imported, by name"),
    (["reports"], "meeting id and item number"),
    (["agenda"], "item id (for 'lscb import report --item')"),
    (["search"], "end one with * to match words starting so"),
    (["settings"], "lscb settings clear_days 3"),
])
def test_every_command_has_help(lscb, args, fragment):
    run = lscb(*args, "--help", db=False)
    assert run.code == 0
    assert "--db PATH" in run.out
    assert fragment in " ".join(run.out.split())
