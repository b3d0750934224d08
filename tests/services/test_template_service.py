"""Report templates: the built-in house styles and those a council imports. A bad file is
refused whole with its line and problem, nothing is stored, and the templates in use are
unaffected; an import never replaces a built-in style, nor loses a report's text."""

import pytest

from lscb_desktop.domain.errors import NotFound, ValidationError
from lscb_desktop.domain.report_blocks import Paragraph
from lscb_desktop.domain.templates import TemplateError, builtin_templates
from lscb_desktop.services import report_service, template_service

BRIEFING = '''format = 1
id = "board-briefing"
name = "Board briefing"
numbering = "decimal"
free_sections_after = "background"

[[fields]]
key = "title"
label = "Title"
role = "title"
required = true

[[fields]]
key = "author"
label = "Author"
role = "author"

[[sections]]
key = "background"
title = "Background"
required = true

[[sections]]
key = "risks"
title = "Risks"
'''


@pytest.fixture
def briefing(tmp_path):
    path = tmp_path / "board-briefing.toml"
    path.write_text(BRIEFING, encoding="utf-8")
    return path


def ids(db):
    return [t.id for t in template_service.list_templates(db)]


def test_the_built_in_styles_are_listed_and_found(db):
    assert ids(db) == ["committee-report", "overview-scrutiny-cover", "scrutiny-report"]
    assert template_service.get_template(db, "scrutiny-report").name == "Scrutiny report"
    with pytest.raises(NotFound, match="no report template 'cabinet': use one of "
                                       "committee-report, overview-scrutiny-cover"):
        template_service.get_template(db, "cabinet")


def test_an_imported_template_is_listed_after_the_built_in_ones_and_used(db, briefing):
    imported = template_service.import_template(db, briefing)
    assert imported.id == "board-briefing"
    assert ids(db)[-1] == "board-briefing"
    report_id = report_service.create_report(db, "board-briefing")
    assert [s.key for s in report_service.get_report(db, report_id).sections] == [
        "background", "risks"]


def test_a_bad_file_is_refused_with_its_line_and_nothing_is_stored(db, tmp_path):
    bad = tmp_path / "cabinet.toml"
    bad.write_text(BRIEFING.replace('title = "Risks"', 'title = "Risks"\nnumbering = "roman"'),
                   encoding="utf-8")
    with pytest.raises(TemplateError) as refused:
        template_service.import_template(db, bad)
    assert str(refused.value).startswith("cabinet.toml, line 26: section 'risks' has numbering "
                                         "'roman'; use one of decimal, point-zero, none")
    assert ids(db) == [t.id for t in builtin_templates()]


def test_a_file_that_is_not_text_or_not_there_is_refused(db, tmp_path):
    binary = tmp_path / "logo.toml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(TemplateError, match="logo.toml, line 1: the file is not UTF-8 text"):
        template_service.import_template(db, binary)
    with pytest.raises(ValidationError, match="'.*missing.toml' was not found"):
        template_service.import_template(db, tmp_path / "missing.toml")


def test_a_built_in_template_is_never_replaced(db, tmp_path):
    copy = tmp_path / "our-committee-report.toml"
    copy.write_text(BRIEFING.replace('id = "board-briefing"', 'id = "committee-report"'),
                    encoding="utf-8")
    with pytest.raises(TemplateError) as refused:
        template_service.import_template(db, copy)
    assert str(refused.value) == (
        "our-committee-report.toml, line 2: id 'committee-report' belongs to the built-in "
        "template 'Committee report', which cannot be replaced; give your template its own id, "
        "such as 'committee-report-local'")
    assert template_service.get_template(db, "committee-report") == builtin_templates()[0]


def test_reimporting_replaces_an_imported_template_and_reports_gain_its_new_sections(
        db, briefing):
    template_service.import_template(db, briefing)
    report_id = report_service.create_report(db, "board-briefing")
    briefing.write_text(BRIEFING.replace('name = "Board briefing"', 'name = "Board note"')
                        + '\n[[sections]]\nkey = "next_steps"\ntitle = "Next Steps"\n',
                        encoding="utf-8")
    template_service.import_template(db, briefing)
    assert template_service.get_template(db, "board-briefing").name == "Board note"
    assert ids(db).count("board-briefing") == 1
    assert [s.key for s in report_service.get_report(db, report_id).sections] == [
        "background", "risks", "next_steps"]


def test_reimporting_is_refused_while_a_report_has_text_the_new_version_drops(db, briefing):
    template_service.import_template(db, briefing)
    report_id = report_service.create_report(db, "board-briefing")
    report = report_service.get_report(db, report_id)
    report.header["title"] = "Winter pressures"
    report.section("risks").blocks = [Paragraph("Staff sickness.")]
    report_service.save_report(db, report)
    briefing.write_text(BRIEFING.split("[[sections]]\nkey = \"risks\"")[0], encoding="utf-8")
    with pytest.raises(TemplateError, match="the report 'Winter pressures' uses template "
                                            "'board-briefing' and has text in the section "
                                            "'risks', which this version"):
        template_service.import_template(db, briefing)
    assert [s.key for s in template_service.get_template(db, "board-briefing").sections] == [
        "background", "risks"]


def test_reimporting_without_a_header_field_a_report_filled_in_is_refused(db, briefing):
    template_service.import_template(db, briefing)
    report = report_service.get_report(db, report_service.create_report(db, "board-briefing"))
    report.header["author"] = "Alex Morgan"
    report_service.save_report(db, report)
    briefing.write_text(BRIEFING.replace('key = "author"\nlabel = "Author"\nrole = "author"\n',
                                         'key = "officer"\nlabel = "Officer"\n'),
                        encoding="utf-8")
    with pytest.raises(TemplateError, match="has text in the header field 'author'"):
        template_service.import_template(db, briefing)
