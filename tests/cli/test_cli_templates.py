"""`lscb templates` and `lscb import template`: the house styles reports are written in."""

import json

BRIEFING = '''format = 1
id = "board-briefing"
name = "Board briefing"
numbering = "decimal"

[[fields]]
key = "title"
label = "Title"
role = "title"
required = true

[[sections]]
key = "background"
title = "Background"
required = true
'''


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_templates_lists_the_built_in_styles_in_a_table(lscb):
    run = lscb("templates")
    assert run.code == 0
    assert run.out.splitlines() == [
        "ID                       NAME                                SOURCE",
        "committee-report         Committee report                    built-in",
        "overview-scrutiny-cover  Overview and scrutiny cover report  built-in",
        "scrutiny-report          Scrutiny report                     built-in",
    ]


def test_an_imported_template_prints_its_id_and_is_listed_as_imported(lscb, tmp_path):
    run = lscb("import", "template", str(write(tmp_path, "briefing.toml", BRIEFING)))
    assert (run.code, run.out, run.err) == (0, "board-briefing\n", "")
    listed = json.loads(lscb("templates", "--json").out)
    assert listed[-1] == {"id": "board-briefing", "name": "Board briefing", "source": "imported"}
    assert [t["source"] for t in listed[:3]] == ["built-in"] * 3


def test_a_bad_template_file_is_refused_naming_the_line_and_nothing_changes(lscb, tmp_path):
    bad = write(tmp_path, "briefing.toml",
                BRIEFING.replace("required = true\n", 'required = "yes"\n', 1))
    run = lscb("import", "template", str(bad))
    assert run.code == 1 and run.out == ""
    assert run.err == ("lscb: error: briefing.toml, line 10: header field 'title' has "
                       "required = 'yes'; it must be true or false\n")
    assert len(json.loads(lscb("templates", "--json").out)) == 3


def test_a_built_in_template_cannot_be_replaced(lscb, tmp_path):
    clash = write(tmp_path, "mine.toml", BRIEFING.replace('"board-briefing"', '"committee-report"'))
    run = lscb("import", "template", str(clash))
    assert run.code == 1
    assert "belongs to the built-in template 'Committee report'" in run.err
    assert "'committee-report-local'" in run.err


def test_a_missing_template_file_is_named(lscb, tmp_path):
    run = lscb("import", "template", str(tmp_path / "gone.toml"))
    assert run.code == 1
    assert "gone.toml' was not found" in run.err
