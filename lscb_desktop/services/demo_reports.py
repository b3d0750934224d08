"""The demo's reports (resources/demo/reports/*.json), loaded through the same services an
author uses, so the demo proves them: each report is created on its agenda item, written,
given its appendices and moved on through its status changes (which run the completeness
check).

A demo report file holds {"item": <agenda item title>, "report": <report_codec dict>,
"appendices": [{"file": <file in resources/demo>, "title": ...}], "status_changes":
[{"to": ..., "by": ..., "note": ...}]}. Its committee and meeting date are left blank and
come from the meeting, whose date depends on the day the demo is loaded.
"""

import json
from importlib.resources import files

from sqlite_utils import Database

from ..store.report_codec import report_from_dict
from . import appendix_service, report_service


def _demo_folder():
    return files("lscb_desktop.resources") / "demo"


def demo_report_data(file_name: str) -> dict:
    return json.loads((_demo_folder() / "reports" / file_name).read_text("utf-8"))


def load_demo_report(db: Database, agenda_item_id: int, file_name: str) -> int:
    """Create the report described in `file_name` on the agenda item; returns its id."""
    data = demo_report_data(file_name)
    written = report_from_dict(data["report"], f"{file_name}: report")
    report_id = report_service.create_report(db, written.template_id, agenda_item_id)
    created = report_service.get_report(db, report_id)
    written.id = report_id
    # the meeting's committee and date, filled in on creation, stay where the file is blank
    written.header = {key: value or created.header.get(key, "")
                      for key, value in {**created.header, **written.header}.items()}
    report_service.save_report(db, written)
    for appendix in data.get("appendices", []):
        content = (_demo_folder() / appendix["file"]).read_bytes()
        appendix_service.attach_appendix_bytes(db, report_id, content, appendix["file"],
                                               appendix["title"])
    for change in data.get("status_changes", []):
        report_service.change_status(db, report_id, change["to"], change["by"],
                                     change.get("note", ""))
    return report_id
