"""Templates a council imported: the file's text is kept as it was written, and read with the
same loader as the built-in ones, so an imported style behaves exactly like a shipped one."""

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlite_utils import Database


@dataclass(frozen=True)
class StoredTemplate:
    id: str
    name: str
    source_name: str  # the file name it was imported from
    source: str  # the TOML text
    imported_at: str


def all_stored(db: Database) -> list[StoredTemplate]:
    return [StoredTemplate(**r) for r in db.query(
        "SELECT id, name, source_name, source, imported_at FROM report_templates "
        "ORDER BY name, id")]


def get(db: Database, template_id: str) -> StoredTemplate | None:
    rows = list(db.query("SELECT id, name, source_name, source, imported_at "
                         "FROM report_templates WHERE id = ?", [template_id]))
    return StoredTemplate(**rows[0]) if rows else None


def save(db: Database, template_id: str, name: str, source_name: str, source: str) -> None:
    """Store the template, replacing an earlier import with the same id."""
    with db.atomic():
        db["report_templates"].upsert({
            "id": template_id, "name": name, "source_name": source_name, "source": source,
            "imported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }, pk="id")
