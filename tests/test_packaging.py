"""The wheel a council installs carries the data files the application needs at run time."""

import zipfile

import build_installer


def test_the_wheel_ships_resources_and_forms(tmp_path):
    wheel = build_installer.build_wheel(tmp_path)
    names = zipfile.ZipFile(wheel).namelist()
    assert "lscb_desktop/resources/demo/corporate_parenting.json" in names
    assert any(n.startswith("lscb_desktop/resources/fonts/LiberationSans") for n in names)
    assert any(n.endswith(".schema.json") for n in names)
    assert not any("/tests/" in n for n in names)
