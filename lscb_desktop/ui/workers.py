"""Running slow work (exports) off the UI thread.

A job is a plain function `job(db) -> result`. It runs on a pool thread with its OWN database
connection, opened from the file path there, because sqlite3 connections belong to the thread
that made them. Results and errors come back through Qt signals, queued to the thread that
started the job, so callbacks may touch widgets; the job itself never must."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..services.database_service import open_app_database


class JobSignals(QObject):
    """Lives on the starting thread; emitted from the pool thread."""

    done = Signal(object)
    failed = Signal(object)
    finished = Signal()


class DatabaseJob(QRunnable):
    def __init__(self, db_path: str | Path, job: Callable[[object], object]):
        super().__init__()
        self.setAutoDelete(False)  # Python owns it until `finished`; see run_in_background
        self.db_path = db_path
        self.job = job
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            db = open_app_database(self.db_path)
            try:
                result = self.job(db)
            finally:
                db.close()
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the UI to report
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            self.signals.finished.emit()


_running: set[DatabaseJob] = set()


def run_in_background(
    db_path: str | Path,
    job: Callable[[object], object],
    on_done: Callable[[object], None],
    on_error: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> JobSignals:
    """Start `job` on `pool` (the global pool by default); returns its signals, whose
    `finished` is emitted after `done` or `failed`."""
    task = DatabaseJob(db_path, job)
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_error)
    task.signals.finished.connect(lambda: _running.discard(task))
    _running.add(task)
    (pool or QThreadPool.globalInstance()).start(task)
    return task.signals


def wait_for_background_jobs(timeout_ms: int = 30000) -> bool:
    """Block until running jobs end (at quit, so no job outlives the application)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
