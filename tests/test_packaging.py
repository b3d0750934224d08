"""The wheel a council installs carries the data files the application needs at run time."""

import zipfile
from pathlib import Path

import build_installer

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_ships_resources_and_forms(tmp_path):
    wheel = build_installer.build_wheel(tmp_path)
    names = zipfile.ZipFile(wheel).namelist()
    assert "lscb_desktop/resources/demo/corporate_parenting.json" in names
    assert any(n.startswith("lscb_desktop/resources/fonts/LiberationSans") for n in names)
    assert any(n.endswith(".schema.json") for n in names)
    assert not any("/tests/" in n for n in names)


def test_the_wheel_ships_every_module_of_the_package(tmp_path):
    """A subpackage missing from pyproject's explicit list would vanish from installs."""
    names = set(zipfile.ZipFile(build_installer.build_wheel(tmp_path)).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "lscb_desktop").rglob("*.py")}
    assert modules - names == set()
    templates = {f"lscb_desktop/resources/templates/{p.name}"
                 for p in (ROOT / "resources" / "templates").glob("*.toml")}
    assert templates and templates <= names
