"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from lscb_desktop.store.connection import open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path):
    """Path of a fresh, migrated database file for this test."""
    path = tmp_path / "lscb.db"
    open_database(path).close()
    return path


@pytest.fixture
def db(db_path):
    """A fresh, migrated database for this test (a real file, WAL mode)."""
    database = open_database(db_path)
    yield database
    database.close()
