"""A bad template file is refused whole, with a message naming the line and the problem."""

import pytest

from lscb_desktop.domain.templates import (
    FORMAT_VERSION, Numbering, TemplateError, builtin_templates, load_template, load_template_bytes,
)

GOOD = '''\
format = 1
id = "mini"
name = "Mini report"

[[fields]]
key = "title"
label = "Title"
role = "title"
required = true

[[sections]]
key = "summary"
title = "Summary"
required = true
guidance = """
Say what the report is about.
numbering = "roman" here is guidance text, not a key.
"""

[[sections]]
key = "background"
title = "Background"
numbering = "decimal"

[[sections]]
key = "implications"
title = "Implications"
part = "implications"

  [[sections.subsections]]
  key = "legal"
  title = "Legal"

[[sections]]
key = "contact"
title = "Contact"
part = "contact"

  [sections.labels]
  phone = "Tel"
'''


def line_of(text, snippet, occurrence=1):
    """The number of the line holding the `occurrence`-th `snippet`."""
    found = [n for n, line in enumerate(text.splitlines(), start=1) if snippet in line]
    return found[occurrence - 1]


def error(text):
    with pytest.raises(TemplateError) as caught:
        load_template(text, "mini.toml")
    return caught.value


def test_the_good_file_loads():
    t = load_template(GOOD, "mini.toml")
    assert [s.key for s in t.sections] == ["summary", "background", "implications", "contact"]
    assert t.section("contact").label("phone") == "Tel"
    assert t.section("contact").label("job_title") == "Job Title"


def test_a_toml_syntax_error_names_its_line_and_column():
    text = GOOD.replace('title = "Background"', 'title = "Background')
    e = error(text)
    assert e.line == line_of(text, 'title = "Background')
    assert str(e) == (
        f"mini.toml, line {e.line}: this is not valid TOML: a quoted text is not closed on its line "
        "(use \"\"\" for text over several lines) (column 20); check the quotes, brackets and '=' on that line")


def test_other_syntax_errors_keep_tomllibs_words_and_the_line():
    text = GOOD.replace("[[sections]]", "[[sections]", 1)
    e = error(text)
    assert e.line == line_of(text, "[[sections]")
    assert "Expected ']]' at the end of an array declaration" in e.problem


def test_a_bad_numbering_names_the_section_and_the_styles_there_are():
    text = GOOD.replace('numbering = "decimal"', 'numbering = "roman"')
    line = line_of(text, 'numbering = "roman"', occurrence=2)  # the first is guidance text
    assert str(error(text)) == (
        f"mini.toml, line {line}: section 'background' has numbering 'roman'; "
        "use one of decimal, point-zero, none")


def test_an_unknown_key_is_caught_as_a_typo_with_a_suggestion():
    text = GOOD.replace('title = "Legal"', 'title = "Legal"\n  guidence = "Ask Legal Services."')
    e = error(text)
    assert e.line == line_of(text, "guidence")
    assert "sub-section 'legal' of section 'implications' has an unknown key 'guidence'; " \
           "did you mean 'guidance'?" in str(e)


def test_a_missing_required_key_points_at_its_table():
    text = GOOD.replace('title = "Background"\n', "")
    e = error(text)
    assert e.line == line_of(text, "[[sections]]", occurrence=2)
    assert e.problem == "section 'background' has no 'title': add title = ..."


def test_a_duplicate_section_key_points_at_the_second_one():
    text = GOOD.replace('key = "background"', 'key = "summary"')
    e = error(text)
    assert e.line == line_of(text, 'key = "summary"', occurrence=2)
    assert e.problem == "section key 'summary' is used twice; give each section its own key"


def test_a_bad_field_kind_lists_the_kinds():
    text = GOOD.replace('role = "title"', 'role = "title"\nkind = "number"')
    e = error(text)
    assert e.line == line_of(text, 'kind = "number"')
    assert e.problem == ("header field 'title' has kind 'number'; "
                         "use one of text, date, yes-no, choice, multiline")


def test_a_bad_part_and_a_bad_table_kind_are_refused():
    text = GOOD.replace('part = "contact"', 'part = "signature"')
    assert "has part 'signature'; use one of recommendations, implications, background-papers, contact" \
        in str(error(text))
    text = GOOD.replace('title = "Background"', 'title = "Background"\ntables = ["graph"]')
    e = error(text)
    assert e.line == line_of(text, "graph")
    assert "has tables 'graph'; use one of scorecard, action-plan, plain-table" in e.problem


def test_a_newer_format_asks_for_a_newer_application():
    text = GOOD.replace("format = 1", f"format = {FORMAT_VERSION + 1}")
    e = error(text)
    assert e.line == 1
    assert f"written in format {FORMAT_VERSION + 1}, newer than this version of LSCB Desktop reads" in e.problem
    assert "update LSCB Desktop" in e.problem


def test_a_newer_format_is_reported_before_keys_this_version_does_not_know():
    text = GOOD.replace("format = 1", "format = 2\ncolour_scheme = \"blue\"")
    assert "newer than this version" in error(text).problem


def test_a_file_without_a_format_says_what_to_add():
    e = error(GOOD.replace("format = 1\n", ""))
    assert e.problem == f"the template has no 'format'; add format = {FORMAT_VERSION} at the top"


def test_a_value_of_the_wrong_type_says_what_it_must_be():
    text = GOOD.replace("required = true", 'required = "yes"', 1)
    e = error(text)
    assert e.line == line_of(text, 'required = "yes"')
    assert e.problem == "header field 'title' has required = 'yes'; it must be true or false"


def test_fields_written_with_single_brackets_are_explained():
    text = GOOD.replace("[[fields]]", "[fields]")
    e = error(text)
    assert e.line == line_of(text, "[fields]")
    assert e.problem == "the template has [fields] as a single table; write each entry as [[fields]]"


def test_a_choice_field_needs_its_choices():
    text = GOOD.replace('role = "title"', 'role = "title"\nkind = "choice"')
    assert "is a choice with no choices" in error(text).problem


def test_the_report_title_field_is_required():
    e = error(GOOD.replace('role = "title"\n', ""))
    assert e.line == line_of(GOOD, "[[fields]]")
    assert 'no header field has role = "title"' in e.problem


def test_free_sections_must_follow_a_section_the_template_has():
    text = GOOD.replace('name = "Mini report"', 'name = "Mini report"\nfree_sections_after = "backgrund"')
    e = error(text)
    assert e.line == line_of(text, "free_sections_after")
    assert "names section 'backgrund', which the template does not have" in e.problem


def test_a_part_can_be_given_to_one_section_only():
    text = GOOD.replace('title = "Background"', 'title = "Background"\npart = "contact"')
    e = error(text)
    assert e.line == line_of(text, 'part = "contact"', occurrence=2)
    assert e.problem.startswith("two sections have part 'contact'")


def test_labels_must_be_ones_the_part_has():
    text = GOOD.replace('phone = "Tel"', 'fax = "Fax"')
    e = error(text)
    assert e.line == line_of(text, 'fax = "Fax"')
    assert e.problem == "section 'contact' has label 'fax'; its labels are name, job_title, email, phone"


def test_an_implications_section_needs_its_implications():
    text = GOOD.replace('  [[sections.subsections]]\n  key = "legal"\n  title = "Legal"\n', "")
    assert "holds the implications but has none" in error(text).problem


def test_keys_are_lower_case_words_and_free_keys_are_reserved():
    assert "use lower-case letters" in error(GOOD.replace('key = "summary"', 'key = "Report Summary"')).problem
    assert "kept for sections authors add" in error(GOOD.replace('key = "summary"', 'key = "free-1"')).problem


def test_a_file_that_is_not_utf8_names_the_line_of_the_first_bad_byte():
    data = GOOD.replace('title = "Legal"', 'title = "L\xe9gal"').encode("latin-1")
    with pytest.raises(TemplateError) as caught:
        load_template_bytes(data, "mini.toml")
    assert caught.value.line == line_of(GOOD, 'title = "Legal"')
    assert "not UTF-8 text" in str(caught.value)


def test_a_utf8_file_with_a_byte_order_mark_loads():
    t = load_template_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"), "mini.toml")
    assert t.section("background").numbering is Numbering.DECIMAL


def test_a_bad_file_leaves_the_shipped_templates_as_they_were():
    before = builtin_templates()
    error(GOOD.replace("format = 1", "format = 9"))
    assert builtin_templates() == before
