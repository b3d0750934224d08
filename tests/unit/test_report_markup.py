"""Bold and italic in paragraphs are written **bold** and *italic*, and survive a round trip."""

from hypothesis import given, strategies as st

from lscb_desktop.domain.inline_markup import Run, parse_inline, plain_text, to_markup


def test_bold_italic_and_both():
    assert parse_inline("Members signed the **five pledges** of the *strategy*.") == [
        Run("Members signed the "), Run("five pledges", bold=True), Run(" of the "),
        Run("strategy", italic=True), Run("."),
    ]
    assert parse_inline("***Urgent***") == [Run("Urgent", bold=True, italic=True)]


def test_an_asterisk_beside_spaces_is_just_an_asterisk():
    assert parse_inline("2 * 3 * 4") == [Run("2 * 3 * 4")]


def test_an_unclosed_marker_stays_as_written():
    assert parse_inline("**unfinished") == [Run("**unfinished")]
    assert parse_inline("note*") == [Run("note*")]


def test_a_backslash_makes_an_asterisk_literal():
    assert parse_inline(r"Footnote\* and a backslash \\") == [Run("Footnote* and a backslash \\")]


def test_plain_text_drops_the_markup():
    assert plain_text("The **A&E** <referral> *rate*") == "The A&E <referral> rate"


def test_runs_are_written_back_as_markup():
    runs = [Run("Costs rose by "), Run("12%", bold=True), Run(" in "), Run("2018", italic=True)]
    assert to_markup(runs) == "Costs rose by **12%** in *2018*"


def test_spaces_at_the_edge_of_a_bold_run_move_outside_the_markers():
    assert to_markup([Run("See"), Run(" below ", bold=True), Run("now")]) == "See **below** now"


def test_neighbouring_styles_meet_without_losing_either():
    runs = [Run("a", italic=True), Run("b", bold=True, italic=True), Run("c", bold=True)]
    assert parse_inline(to_markup(runs)) == runs


def _styles(runs):
    """Text and, for each visible character, its style (a space's boldness cannot be seen)."""
    text = "".join(r.text for r in runs)
    styles = [(r.bold, r.italic) for r in runs for c in r.text if not c.isspace()]
    return text, styles


_run = st.builds(Run, st.text(alphabet="ab *\\_.", max_size=6), st.booleans(), st.booleans())


@given(st.lists(_run, max_size=6))
def test_any_runs_survive_writing_and_reading_back(runs):
    assert _styles(parse_inline(to_markup(runs))) == _styles(runs)


@given(st.text(alphabet="ab *\\", max_size=20))
def test_any_text_parses_without_losing_a_letter(text):
    letters = [c for c in text if c in "ab"]
    assert [c for c in plain_text(text) if c in "ab"] == letters
