"""Appendices of reports, in letter order (position 0 is Appendix A), and the files
themselves, copied into the database as BLOBs keyed by their SHA-256 so that a file attached
twice is stored once."""

from datetime import datetime, timezone

from sqlite_utils import Database

from ..domain.report_appendices import Appendix, AppendixKind


def _from(row: dict) -> Appendix:
    return Appendix(title=row["title"], file_name=row["file_name"], sha256=row["sha256"],
                    kind=AppendixKind(row["kind"]), id=row["id"])


def appendices(db: Database, report_id: int) -> list[Appendix]:
    return [_from(r) for r in db.query(
        "SELECT id, title, file_name, sha256, kind FROM report_appendices "
        "WHERE report_id = ? ORDER BY position, id", [report_id])]


def store_file(db: Database, sha256: str, content: bytes) -> None:
    """Keep the file's bytes, once whatever the number of reports attaching them."""
    db.execute(
        "INSERT OR IGNORE INTO appendix_files (sha256, size, content, added_at) "
        "VALUES (?, ?, ?, ?)",
        [sha256, len(content), content, datetime.now(timezone.utc).isoformat(timespec="seconds")],
    )


def file_bytes(db: Database, sha256: str) -> bytes | None:
    row = db.execute("SELECT content FROM appendix_files WHERE sha256 = ?", [sha256]).fetchone()
    return bytes(row[0]) if row else None


def replace_all(db: Database, report_id: int, new: list[Appendix]) -> list[Appendix]:
    """Make the report's appendices exactly `new`, in that order (ids kept where given);
    files no longer used by any report are dropped. Returns them with their ids."""
    with db.atomic():
        keep = [a.id for a in new if a.id is not None]
        marks = ",".join("?" * len(keep))
        db.execute(f"DELETE FROM report_appendices WHERE report_id = ? AND id NOT IN ({marks})",
                   [report_id, *keep])
        saved = []
        for position, appendix in enumerate(new):
            row = {"report_id": report_id, "position": position, "title": appendix.title,
                   "file_name": appendix.file_name, "kind": appendix.kind.value,
                   "sha256": appendix.sha256}
            if appendix.id is None:
                new_id = db["report_appendices"].insert(row).last_pk
            else:
                new_id = db["report_appendices"].upsert({"id": appendix.id, **row}, pk="id").last_pk
            saved.append(Appendix(appendix.title, appendix.file_name, appendix.sha256,
                                  appendix.kind, new_id))
        delete_unused_files(db)
    return saved


def delete_unused_files(db: Database) -> None:
    db.execute("DELETE FROM appendix_files WHERE sha256 NOT IN "
               "(SELECT sha256 FROM report_appendices)")
