"""The plain text of the report editor and the blocks it stands for (report_prose.py), and the
edits Ctrl+B and Ctrl+I make (report_markup_keys.py). No Qt needed."""

from hypothesis import given
from hypothesis import strategies as st

from lscb_desktop.domain.inline_markup import parse_inline
from lscb_desktop.domain.report_blocks import BulletList, NumberedList, Paragraph, Subheading
from lscb_desktop.ui.report_markup_keys import toggle_markup
from lscb_desktop.ui.report_prose import parse_prose, prose_blocks, prose_text


def test_blank_lines_separate_paragraphs_and_single_breaks_join_lines():
    assert prose_blocks("One line\nand its continuation.\n\nA second paragraph.") == [
        Paragraph("One line and its continuation."), Paragraph("A second paragraph.")]


def test_bullets_numbered_items_subheadings_and_unnumbered_paragraphs():
    text = ("# Participation\n"
            "The group agreed to:\n- meet monthly\n* invite a care leaver\n\n"
            "1. consult\n(b) decide\n\n> A quotation, not numbered.")
    assert prose_blocks(text) == [
        Subheading("Participation"),
        Paragraph("The group agreed to:"),
        BulletList(["meet monthly", "invite a care leaver"]),
        NumberedList(["consult", "decide"]),
        Paragraph("A quotation, not numbered.", numbered=False),
    ]


def test_each_block_knows_its_lines_for_the_margin():
    placed = parse_prose("First.\n\n- a\n- b\n\n\nLast.")
    assert [(p.line, p.item_lines) for p in placed] == [(0, []), (2, [2, 3]), (6, [])]


def test_bold_and_asterisks_that_are_not_bullets_stay_paragraphs():
    assert prose_blocks("**Note** the figures\n\n*italic* start") == [
        Paragraph("**Note** the figures"), Paragraph("*italic* start")]


def test_a_paragraph_that_starts_like_a_marker_is_written_escaped():
    blocks = [Paragraph("- 5 degrees was the coldest night"), Paragraph("1. is not a list")]
    text = prose_text(blocks)
    assert text == "\\- 5 degrees was the coldest night\n\n\\1. is not a list"
    back = prose_blocks(text)
    assert [parse_inline(b.text) for b in back] == [parse_inline(b.text) for b in blocks]


_words = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"),
                                        whitelist_characters=" -*#>.()&'"),
                 min_size=1, max_size=30).map(lambda t: " ".join(t.split())).filter(bool)
_blocks = st.lists(st.one_of(
    st.builds(Paragraph, _words, st.booleans()),
    st.builds(BulletList, st.lists(_words, min_size=1, max_size=3)),
    st.builds(NumberedList, st.lists(_words, min_size=1, max_size=3)),
    st.builds(Subheading, _words),
), max_size=6)


def _meaning(block):
    """What the reader sees: the runs of each text, so an escape changes nothing."""
    return type(block), getattr(block, "numbered", None), [parse_inline(t) for t in block.texts()]


@given(_blocks)
def test_blocks_written_as_prose_read_back_the_same(blocks):
    assert [_meaning(b) for b in prose_blocks(prose_text(blocks))] == [_meaning(b) for b in blocks]


def _apply(text: str, change) -> tuple[str, str]:
    for edit in sorted(change.edits, key=lambda e: e.position, reverse=True):
        text = text[:edit.position] + edit.insert + text[edit.position + edit.remove:]
    return text, text[change.selection[0]:change.selection[1]]


def test_bold_wraps_the_selection_without_its_spaces():
    assert _apply("The five pledges ", toggle_markup("The five pledges ", 3, 17, "**")) == (
        "The **five pledges** ", "five pledges")


def test_a_second_press_takes_the_style_off():
    text = "The **five pledges** matter"
    assert _apply(text, toggle_markup(text, 6, 18, "**")) == (
        "The five pledges matter", "five pledges")
    assert _apply(text, toggle_markup(text, 4, 20, "**"))[0] == "The five pledges matter"


def test_italic_inside_bold_and_back():
    text = "a **b** c"
    italic, _ = _apply(text, toggle_markup(text, 4, 5, "*"))
    assert italic == "a ***b*** c"
    assert _apply(italic, toggle_markup(italic, 5, 6, "*"))[0] == text


def test_without_a_selection_the_word_at_the_cursor_is_used_or_markers_inserted():
    assert _apply("make this bold", toggle_markup("make this bold", 7, 7, "**"))[0] == (
        "make **this** bold")
    change = toggle_markup("end ", 4, 4, "*")
    assert _apply("end ", change) == ("end **", "")
    assert change.selection == (5, 5)  # between the markers, ready to type


def test_several_lines_are_marked_line_by_line_leaving_list_markers_out():
    text = "- first item\n- second item"
    marked, _ = _apply(text, toggle_markup(text, 0, len(text), "*"))
    assert marked == "- *first item*\n- *second item*"
    assert _apply(marked, toggle_markup(marked, 0, len(marked), "*"))[0] == text
