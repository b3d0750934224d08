"""Appendix files travel beside a meeting file, not inside it: the file names each appendix
by file name and SHA-256, an export writes the files themselves into a folder beside it
("Meeting 2019-01-22-appendices" for "Meeting 2019-01-22.json"), and an import takes each
file from the database it goes into when that already has it (the same checksum), else from
that folder, or the meeting file's own folder, matched by checksum, so that a renamed file
is still found and a different file of the same name is never taken for it."""

import hashlib
from pathlib import Path

from sqlite_utils import Database

from ..domain.errors import ValidationError
from ..domain.report_appendices import Appendix
from ..export.atomic import atomic_path
from ..store import appendix_repo
from .appendix_checks import check_appendix
from .meeting_file_reports import FileReport
from .meeting_file_schema import MeetingFileError

FOLDER_SUFFIX = "-appendices"
_SUFFIXES = {".pdf", ".docx"}


def appendix_folder(meeting_file: str | Path) -> Path:
    """The folder an export writes a meeting file's appendix files to."""
    meeting_file = Path(meeting_file)
    return meeting_file.with_name(meeting_file.stem + FOLDER_SUFFIX)


def folders_to_search(meeting_file: str | Path) -> list[Path]:
    meeting_file = Path(meeting_file)
    return [appendix_folder(meeting_file), meeting_file.parent]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# Export -----------------------------------------------------------------------------------

def write_appendix_files(db: Database, appendices: list[Appendix], folder: Path) -> list[Path]:
    """Write each file once into `folder` under its own name (a second, different file of the
    same name becomes 'name (2).pdf'); the paths written, in the order of `appendices`."""
    written: dict[str, Path] = {}
    taken: set[str] = set()
    for appendix in appendices:
        if appendix.sha256 in written:
            continue  # one file attached to two reports
        data = appendix_repo.file_bytes(db, appendix.sha256)
        if data is None or _sha256(data) != appendix.sha256:
            raise ValidationError(
                f"The stored copy of the appendix '{appendix.file_name}' is missing or damaged, "
                "so the meeting file was not written: remove the appendix and attach the file "
                "again, then export the meeting again.", "sha256")
        path = folder / _free_name(Path(appendix.file_name).name, taken)
        with atomic_path(path) as tmp:
            tmp.write_bytes(data)
        written[appendix.sha256] = path
    return list(written.values())


def _free_name(name: str, taken: set[str]) -> str:
    stem, suffix = Path(name).stem, Path(name).suffix
    candidate, number = name, 1
    while candidate.casefold() in taken:  # Windows and macOS folders ignore case
        number += 1
        candidate = f"{stem} ({number}){suffix}"
    taken.add(candidate.casefold())
    return candidate


# Import -----------------------------------------------------------------------------------

class _Folders:
    """PDF and Word files in some folders, found by checksum: the file of the expected name
    first, then the others, each read once and only when needed."""

    def __init__(self, folders: list[Path]):
        self.folders = [f for f in folders if f.is_dir()]
        self._by_sha: dict[str, Path] | None = None

    def find(self, sha256: str, file_name: str) -> bytes | None:
        for folder in self.folders:
            data = _read(folder / Path(file_name).name)
            if data is not None and _sha256(data) == sha256:
                return data
        path = self._index().get(sha256)
        return _read(path) if path else None

    def _index(self) -> dict[str, Path]:
        if self._by_sha is None:
            self._by_sha = {}
            for folder in self.folders:
                for path in sorted(folder.iterdir()):
                    if path.suffix.lower() in _SUFFIXES:
                        data = _read(path)
                        if data is not None:
                            self._by_sha.setdefault(_sha256(data), path)
        return self._by_sha


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None  # unreadable: as good as absent, and the error says where to put it


def files_to_store(db: Database, reports: list[FileReport],
                   folders: list[Path]) -> dict[str, bytes]:
    """The bytes of every appendix file the database lacks, by checksum, each checked as an
    attachment is; MeetingFileError naming the first appendix whose file cannot be found."""
    found: dict[str, bytes] = {}
    search = _Folders(folders)
    for file_report in reports:
        for index, appendix in enumerate(file_report.report.appendices):
            where = f"{file_report.where}.appendices[{index}]"
            if appendix.sha256 in found or appendix_repo.file_bytes(db, appendix.sha256):
                continue
            data = search.find(appendix.sha256, appendix.file_name)
            if data is None:
                raise MeetingFileError(_missing(appendix, folders), where)
            try:
                check_appendix(appendix.file_name, data)
            except ValidationError as error:
                raise MeetingFileError(str(error), where) from error
            found[appendix.sha256] = data
    return found


def _missing(appendix: Appendix, folders: list[Path]) -> str:
    if not folders:
        return (f"the appendix file '{appendix.file_name}' is not in this database: import the "
                "meeting file from the folder its appendix files were exported to, or remove "
                "the appendix from the file")
    places = " or ".join(f"'{folder}'" for folder in folders)
    return (f"the appendix file '{appendix.file_name}' (SHA-256 {appendix.sha256[:12]}...) is "
            f"neither in this database nor in {places}: appendix files travel beside the "
            f"meeting file, so put it in '{folders[0]}', or remove the appendix from the "
            "meeting file")
