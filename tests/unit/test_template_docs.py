"""The guide for council officers (docs/report-templates.md) shows a template that works."""

import re
from pathlib import Path

from lscb_desktop.domain.templates import FieldKind, Part, load_template

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "report-templates.md"


def example():
    text = GUIDE.read_text("utf-8")
    section = text.split("## A complete example", 1)[1]
    return re.search(r"```toml\n(.*?)```", section, re.DOTALL).group(1)


def test_the_complete_example_in_the_guide_loads():
    t = load_template(example(), "board-briefing.toml")
    assert t.id == "board-briefing"
    assert t.field("for").kind is FieldKind.CHOICE
    assert [s.key for s in t.sections] == ["purpose", "recommendations", "background", "implications",
                                           "contact"]
    assert t.section_with_part(Part.CONTACT).label("phone") == "Tel"


def test_the_guide_documents_every_key_the_loader_accepts():
    from lscb_desktop.domain.templates import loader, sections

    text = GUIDE.read_text("utf-8")
    keys = set(loader._TOP) | set(sections._FIELD) | set(sections._SECTION) | set(sections._SUBSECTION)
    assert [key for key in sorted(keys) if f"`{key}`" not in text] == []
