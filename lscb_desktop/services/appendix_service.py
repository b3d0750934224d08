"""Appendices: attaching PDF and Word files to a report, lettered A, B, C ... in their order.

The file's bytes are copied into the database with their SHA-256, so moving or deleting the
original loses nothing. A file that is not what its name says, is empty, password-protected
or damaged is refused (appendix_checks.py) and nothing is stored.
"""

import hashlib
import re
from pathlib import Path

from sqlite_utils import Database

from ..domain.errors import NotFound, ValidationError
from ..domain.report import ReportStatus
from ..domain.report_appendices import Appendix, lettered
from ..export.atomic import atomic_path
from ..store import appendix_repo, report_repo
from .appendix_checks import check_appendix

_APPENDIX_WORD = re.compile(r"^\s*appendix\s+", re.IGNORECASE)


def appendices(db: Database, report_id: int) -> list[Appendix]:
    """The report's appendices in letter order (lettered() pairs them with their letters)."""
    report_repo.get_row(db, report_id)
    return appendix_repo.appendices(db, report_id)


def _editable(db: Database, report_id: int) -> list[Appendix]:
    row = report_repo.get_row(db, report_id)
    if row.status is ReportStatus.PUBLISHED:
        name = f"'{row.title}'" if row.title else f"Report {row.id}"
        raise ValidationError(f"{name} is published and its appendices stay as they were "
                              "published: publish a correction as a new report.", "status")
    return appendix_repo.appendices(db, report_id)


def _index(current: list[Appendix], report_id: int, letter: str) -> int:
    wanted = _APPENDIX_WORD.sub("", letter).strip().upper()
    for index, (each, _) in enumerate(lettered(current)):
        if each == wanted:
            return index
    if not current:
        raise NotFound(f"Report {report_id} has no appendices yet, so no Appendix "
                       f"{wanted or repr(letter)}: attach a file first.")
    letters = [letter for letter, _ in lettered(current)]
    if len(letters) == 1:
        listed = "Appendix A"
    elif len(letters) <= 3:
        listed = f"Appendices {', '.join(letters[:-1])} and {letters[-1]}"
    else:
        listed = f"Appendices A to {letters[-1]}"
    raise NotFound(f"Report {report_id} has no Appendix {wanted or repr(letter)}: it has "
                   f"{listed}; choose one of those.")


def _title_from(file_name: str) -> str:
    """'health_annual-report.pdf' -> 'health annual-report': a start the author can improve."""
    stem = file_name.rsplit(".", 1)[0]
    return " ".join(stem.replace("_", " ").split()) or file_name


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"The appendix file '{path}' was not found: it may have been moved, "
                              "renamed or deleted; choose it again.", "path") from None
    except IsADirectoryError:
        raise ValidationError(f"'{path}' is a folder: choose a PDF or Word file in it.",
                              "path") from None
    except OSError as error:
        raise ValidationError(
            f"The appendix file '{path.name}' could not be read ({error.strerror or error}): "
            "close it in any program that has it open, or copy it to a local folder, and "
            "try again.", "path") from None


def attach_appendix(db: Database, report_id: int, path: str | Path, title: str = "") -> Appendix:
    """Copy the file at `path` into the report as its next appendix. The title defaults to
    the file's name."""
    path = Path(path)
    return attach_appendix_bytes(db, report_id, _read(path), path.name, title)


def attach_appendix_bytes(db: Database, report_id: int, data: bytes, file_name: str,
                          title: str = "") -> Appendix:
    """As attach_appendix, for a file already read (the demo, imports)."""
    current = _editable(db, report_id)
    kind = check_appendix(file_name, data)
    sha256 = hashlib.sha256(data).hexdigest()
    twin = next((letter for letter, a in lettered(current) if a.sha256 == sha256), None)
    if twin is not None:
        raise ValidationError(f"The appendix file '{file_name}' is already attached to this "
                              f"report as Appendix {twin}: there is no need to attach it twice.",
                              "path")
    appendix = Appendix(title.strip() or _title_from(file_name), file_name, sha256, kind)
    appendix.validate()
    with db.atomic():
        appendix_repo.store_file(db, sha256, data)
        saved = appendix_repo.replace_all(db, report_id, current + [appendix])
        report_repo.appendices_changed(db, report_id)
    return saved[-1]


def remove_appendix(db: Database, report_id: int, letter: str) -> Appendix:
    """Remove an appendix; the ones after it move up a letter. Returns the removed one."""
    current = _editable(db, report_id)
    removed = current.pop(_index(current, report_id, letter))
    with db.atomic():
        appendix_repo.replace_all(db, report_id, current)
        report_repo.appendices_changed(db, report_id)
    return removed


def move_appendix(db: Database, report_id: int, letter: str, to_letter: str) -> list[Appendix]:
    """Make Appendix `letter` Appendix `to_letter`, the others keeping their order; returns
    the appendices in their new order."""
    current = _editable(db, report_id)
    moving = current.pop(_index(current, report_id, letter))
    target = _index(current + [moving], report_id, to_letter)
    current.insert(target, moving)
    with db.atomic():
        saved = appendix_repo.replace_all(db, report_id, current)
        report_repo.appendices_changed(db, report_id)
    return saved


def retitle_appendix(db: Database, report_id: int, letter: str, title: str) -> Appendix:
    current = _editable(db, report_id)
    index = _index(current, report_id, letter)
    old = current[index]
    current[index] = Appendix(title.strip(), old.file_name, old.sha256, old.kind, old.id)
    current[index].validate()
    with db.atomic():
        saved = appendix_repo.replace_all(db, report_id, current)
        report_repo.appendices_changed(db, report_id)
    return saved[index]


def appendix_bytes(db: Database, report_id: int, letter: str) -> bytes:
    """The appendix file exactly as it was attached."""
    current = appendices(db, report_id)
    appendix = current[_index(current, report_id, letter)]
    data = appendix_repo.file_bytes(db, appendix.sha256)
    if data is None or hashlib.sha256(data).hexdigest() != appendix.sha256:
        raise ValidationError(
            f"The stored copy of '{appendix.file_name}' is missing or damaged: remove the "
            "appendix and attach the file again.", "sha256")
    return data


def save_appendix_as(db: Database, report_id: int, letter: str, path: str | Path) -> Path:
    """Write the appendix file to `path` (atomically: an existing file there is replaced only
    once the new one is complete)."""
    data = appendix_bytes(db, report_id, letter)
    path = Path(path)
    try:
        with atomic_path(path) as tmp:
            tmp.write_bytes(data)
    except OSError as error:
        raise ValidationError(
            f"The appendix could not be saved as '{path}' ({error.strerror or error}): choose "
            "a folder you can write to, and close the file if another program has it open.",
            "path") from None
    return path
