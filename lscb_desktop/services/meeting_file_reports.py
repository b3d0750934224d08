"""Reports in a meeting file (format version 2): a report item may carry its report, in the
form store/report_codec.py gives it, each appendix with its letter added for whoever reads
the file. The appendix files themselves are not in the file (meeting_file_appendices.py).

An import reads in two steps before it writes: `read_report` checks what the file alone can
tell (the report's shape, the item it is on, the appendices' letters), and
`check_against_template` what depends on the database it goes into (its template, and room
there for all it has written); then `insert_report` stores it."""

from dataclasses import dataclass, replace

from sqlite_utils import Database

from ..domain.agenda import AgendaItem, ItemKind
from ..domain.errors import NotFound, ValidationError
from ..domain.report import Report, header_value
from ..domain.report_appendices import appendix_letter, lettered
from ..domain.report_conform import lost_by_template
from ..domain.templates import FieldRole, ReportTemplate, TemplateError
from ..store import appendix_repo, report_repo
from ..store.report_codec import ReportDataError, report_from_dict, report_to_dict
from .meeting_file_schema import MeetingFileError
from .template_service import get_template


@dataclass
class FileReport:
    report: Report
    where: str  # its place in the file: "meeting.items[4].report"


def report_to_file_dict(report: Report) -> dict:
    """The report as the meeting file holds it: the codec's dict, appendices lettered."""
    data = report_to_dict(report)
    data["appendices"] = [{"letter": letter, **entry} for (letter, _), entry
                          in zip(lettered(report.appendices), data["appendices"])]
    return data


def read_report(data: dict | None, item: AgendaItem, where: str) -> FileReport | None:
    """The report of `item` as the file gives it (None for none), or MeetingFileError."""
    if data is None:
        return None
    if item.kind is not ItemKind.REPORT:
        raise MeetingFileError(
            f"'{item.title}' is a {item.kind.label.lower()}, which has no report: remove the "
            'report, or make the item\'s kind "report"', where)
    entries = data.get("appendices", [])
    for index, entry in enumerate(entries):
        _check_letter(entry, index, f"{where}.appendices[{index}]")
    without_letters = [{k: v for k, v in entry.items() if k != "letter"} for entry in entries]
    try:
        report = report_from_dict({**data, "appendices": without_letters}, where)
    except ReportDataError as error:
        raise MeetingFileError(error.problem, error.path) from error
    _check_appendices(report, where)
    return FileReport(report, where)


def _check_letter(entry: dict, index: int, where: str) -> None:
    expected = appendix_letter(index)
    if "letter" in entry and entry["letter"] != expected:
        raise MeetingFileError(
            f"must be '{expected}', not '{entry['letter']}': appendices are lettered in their "
            "order (A, B, C ...); correct the letter, or list the appendices in letter order",
            f"{where}.letter")


def _check_appendices(report: Report, where: str) -> None:
    seen: dict[str, str] = {}
    for index, (letter, appendix) in enumerate(lettered(report.appendices)):
        at = f"{where}.appendices[{index}]"
        try:
            appendix.validate()
        except ValidationError as error:
            raise MeetingFileError(str(error), f"{at}.{error.field}") from error
        if appendix.sha256 in seen:
            raise MeetingFileError(
                f"is the same file as Appendix {seen[appendix.sha256]} (the same checksum): "
                "a file is attached to a report once; remove one of them", f"{at}.sha256")
        seen[appendix.sha256] = letter


def check_against_template(db: Database, file_report: FileReport) -> ReportTemplate:
    """The report's template in `db`; MeetingFileError if `db` has none by that id, or has
    a version of it with no place for something the report has written."""
    report, where = file_report.report, file_report.where
    try:
        template = get_template(db, report.template_id)
    except NotFound:
        raise MeetingFileError(
            f"the report is written in the template '{report.template_id}', which this database "
            "does not have: import that template file first (in LSCB Desktop, or with 'lscb "
            "import template FILE.toml'), then import the meeting file again",
            f"{where}.template_id") from None
    except TemplateError as error:
        raise MeetingFileError(
            f"the report's template '{report.template_id}' in this database cannot be read "
            f"({error}): import the template file again, then import the meeting file again",
            f"{where}.template_id") from error
    lost = lost_by_template(report, template)
    if lost:
        raise MeetingFileError(
            f"the report has text in {', '.join(lost)}, which the template "
            f"'{template.id}' in this database has no place for: import the version of the "
            "template the report was written with, then import the meeting file again", where)
    return template


def insert_report(db: Database, agenda_item_id: int, file_report: FileReport,
                  template: ReportTemplate, files: dict[str, bytes]) -> int:
    """Store the report on its agenda item as the file gives it (status included: it was
    checked when it was set), with its appendices; `files` holds the bytes of those the
    database did not have. Part of the import's transaction."""
    report = replace(file_report.report, id=None)
    report_id = report_repo.insert(db, report, header_value(report, template, FieldRole.TITLE))
    report_repo.link(db, report_id, agenda_item_id)
    if report.appendices:
        for appendix in report.appendices:
            if appendix.sha256 in files:
                appendix_repo.store_file(db, appendix.sha256, files[appendix.sha256])
        appendix_repo.replace_all(db, report_id, report.appendices)
    return report_id
