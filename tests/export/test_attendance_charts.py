"""The bar chart block: horizontal bars of percentages, each labelled with its value, drawn
as vector graphics in the PDF and as a picture with alt text in Word, in house colours that
stay apart in greyscale."""

from io import BytesIO

import docx
import pytest
from docx.oxml.ns import qn
from export_fixtures import docx_text, pdf_text
from PIL import Image
from pypdf import PdfReader

from lscb_desktop.export import house_style as hs
from lscb_desktop.export.chart_layout import chart_layout
from lscb_desktop.export.docx_charts import DPI, chart_png
from lscb_desktop.export.docx_renderer import render_docx
from lscb_desktop.export.document import BarChart, Document, Heading
from lscb_desktop.export.pdf_renderer import render_pdf

CHART = BarChart("Attendance rate by member", ("Councillor Rosa Pennington", "Jenny Cartwright",
                                               "Councillor Helen Marsh"), (100.0, 62.5, 0.0),
                 "Meetings attended in person.")


def document() -> Document:
    return Document("Attendance", "Borsetshire Council", "Attendance").add(
        Heading(1, "Attendance"), CHART)


def greyscale(rgb) -> float:
    r, g, b = rgb[:3]
    return 0.299 * r + 0.587 * g + 0.114 * b


def test_a_chart_needs_a_percentage_for_each_label():
    with pytest.raises(ValueError, match="2 labels but 1 values"):
        BarChart("Rates", ("A", "B"), (50.0,))
    with pytest.raises(ValueError, match="percentages .0 to 100., not 120"):
        BarChart("Rates", ("A",), (120.0,))


def test_the_alt_text_says_everything_the_chart_shows():
    assert CHART.alt_text == ("Attendance rate by member. Bar chart. Councillor Rosa "
                              "Pennington: 100%; Jenny Cartwright: 63%; Councillor Helen "
                              "Marsh: 0%.")


def test_bars_are_as_long_as_their_share_of_the_track_and_labels_fit_their_column():
    layout = chart_layout(CHART)
    assert [bar.length / layout.track_length for bar in layout.bars] == [1.0, 0.625, 0.0]
    assert [bar.value_text for bar in layout.bars] == ["100%", "63%", "0%"]
    assert layout.track_x + layout.track_length < layout.width
    long = chart_layout(BarChart("Rates", ("A very long organisation name " * 4,), (50.0,)))
    assert long.bars[0].label.endswith("...")
    assert long.track_x == pytest.approx(long.width * hs.CHART_LABEL_MAX)


def test_the_pdf_draws_the_chart_as_vector_graphics_with_its_words_as_text(tmp_path):
    render_pdf(document(), tmp_path / "chart.pdf")
    page = PdfReader(str(tmp_path / "chart.pdf")).pages[0]
    resources = page["/Resources"]
    assert "/XObject" not in resources or not resources["/XObject"]  # no picture
    text = pdf_text(tmp_path / "chart.pdf")
    for words in ("Attendance rate by member", "Councillor Rosa Pennington", "100%", "63%",
                  "0%", "50%", "Meetings attended in person."):
        assert words in text


def test_word_shows_the_chart_as_a_picture_with_its_title_and_alt_text(tmp_path):
    render_docx(document(), tmp_path / "chart.docx")
    word = docx.Document(str(tmp_path / "chart.docx"))
    assert len(word.inline_shapes) == 1
    properties = word.element.body.find(".//" + qn("wp:docPr"))
    assert properties.get("descr") == CHART.alt_text
    assert properties.get("title") == CHART.title
    width = chart_layout(CHART).width
    assert word.inline_shapes[0].width.pt == pytest.approx(width, abs=0.1)
    text = docx_text(tmp_path / "chart.docx")
    assert "Attendance rate by member" in text and "Meetings attended in person." in text


def test_the_picture_is_sharp_and_its_bars_read_apart_from_the_track_in_greyscale():
    png, width, height = chart_png(CHART)
    image = Image.open(BytesIO(png)).convert("RGB")
    assert image.size == (round(width * DPI / 72), round(height * DPI / 72))
    layout = chart_layout(CHART)
    scale = DPI / 72
    middle = round((layout.bars[1].y + hs.CHART_BAR_HEIGHT / 2) * scale)
    bar = image.getpixel((round((layout.track_x + 5) * scale), middle))
    track = image.getpixel((round((layout.track_x + layout.track_length - 5) * scale), middle))
    assert greyscale(track) - greyscale(bar) > 100
    value = image.crop((round(layout.bars[1].value_x * scale), middle - 10,
                        round((layout.bars[1].value_x + 20) * scale), middle + 10))
    darkest = min(greyscale(value.getpixel((x, y))) for x in range(value.width)
                  for y in range(value.height))
    assert darkest < 60  # the percentage is printed
