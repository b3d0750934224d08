"""Running `lscb` in-process: `lscb("meetings", "--json")` runs it on this test's database
and gives back the exit code and what was printed."""

from dataclasses import dataclass

import pytest

from lscb_desktop.cli import main
from lscb_desktop.services import database_service


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def default_database_in_tmp(tmp_path, monkeypatch):
    """Commands run without --db use this path, never the real user's database."""
    path = tmp_path / "default" / "lscb.db"
    monkeypatch.setattr(database_service, "default_database_path", lambda: path)
    return path


@pytest.fixture
def lscb(db_path, capsys):
    def run(*args: str, db: bool = True) -> Run:
        code = main(["--db", str(db_path), *args] if db else list(args))
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return run
