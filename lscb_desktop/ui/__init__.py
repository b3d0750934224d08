"""PySide6 user interface. No SQL and no document layout here: call services."""
