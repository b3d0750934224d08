"""Make the demo's PDF appendix, health-of-children-in-care-annual-report.pdf: a short annual
report of a fictional designated nurse, as a partner organisation would send it (its own
cover, headings, a table and "Page 1 of 3" numbering). The output is committed beside this
script; run it again only to change the document:

    python resources/demo/make_health_annual_report.py

reportlab's invariant mode leaves out the creation date and random ids, so the same script
writes the same bytes."""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

HERE = Path(__file__).parent
FONTS = HERE.parent / "fonts"
OUTPUT = HERE / "health-of-children-in-care-annual-report.pdf"
TITLE = "Health of Children in Care: Annual Report 2025-26"
PAGES = 3

for name, file in (("Sans", "LiberationSans-Regular.ttf"),
                   ("Sans-Bold", "LiberationSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))

BODY = ParagraphStyle("body", fontName="Sans", fontSize=11, leading=15, spaceAfter=8)
H1 = ParagraphStyle("h1", fontName="Sans-Bold", fontSize=22, leading=28, spaceAfter=14,
                    textColor=colors.HexColor("#1F4E79"))
H2 = ParagraphStyle("h2", fontName="Sans-Bold", fontSize=14, leading=18, spaceBefore=10,
                    spaceAfter=8, textColor=colors.HexColor("#1F4E79"))
CELL = ParagraphStyle("cell", parent=BODY, fontSize=10, leading=13, spaceAfter=0)


def footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("Sans", 9)
    canvas.drawString(20 * mm, 12 * mm, "Borsetshire Integrated Care Board")
    canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Page {doc.page} of {PAGES}")
    canvas.restoreState()


def figures_table() -> Table:
    rows = [
        ["Measure", "2024-25", "2025-26", "England 2024-25"],
        ["Initial health assessments within 20 working days", "61%", "74%", "41%"],
        ["Review health assessments on time", "88%", "91%", "89%"],
        ["Dental check in the last 12 months", "79%", "86%", "76%"],
        ["Immunisations up to date", "85%", "87%", "83%"],
        ["Strengths and Difficulties Questionnaire completed", "72%", "81%", "77%"],
    ]
    table = Table([[Paragraph(cell, CELL) for cell in row] for row in rows],
                  colWidths=[80 * mm, 27 * mm, 27 * mm, 36 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def story() -> list:
    p = lambda text: Paragraph(text, BODY)  # noqa: E731 - a local shorthand
    return [
        Spacer(1, 40 * mm),
        Paragraph(TITLE, H1),
        p("Report of the Designated Nurse for Children in Care"),
        p("Borsetshire Integrated Care Board, on behalf of the health partners of the "
          "Borsetshire Safeguarding Children Partnership"),
        Spacer(1, 30 * mm),
        p("This is a fictional document made for the LSCB Desktop demonstration. "
          "It describes no real children, services or people."),
        PageBreak(),
        Paragraph("1. Summary", H2),
        p("Children in care have the same health needs as their friends, and often more: many "
          "come into care having missed appointments, immunisations and dental checks. This "
          "report describes how health services met those needs in 2025-26 and what will "
          "change in the coming year."),
        p("The year saw the best timeliness of initial health assessments the county has "
          "recorded, after the paediatric team added two clinics a week in Felpersham. Dental "
          "checks recovered to above the national figure once a community dental practice "
          "reserved appointments for children in care."),
        Paragraph("2. Key figures", H2),
        figures_table(),
        Spacer(1, 6 * mm),
        p("Percentages are of children looked after for at least twelve months at 31 March, "
          "except initial assessments, which are of children who came into care in the year."),
        PageBreak(),
        Paragraph("3. Emotional health and wellbeing", H2),
        p("Scores from the Strengths and Difficulties Questionnaire remain a concern: one child "
          "in three scores in the range that suggests a need for support. The new emotional "
          "wellbeing pathway gives every child with a high score a conversation with a "
          "practitioner within six weeks."),
        Paragraph("4. Care leavers", H2),
        p("Every care leaver now receives a health summary before their eighteenth birthday, "
          "written with them, so that they know their own history and how to register with a "
          "doctor and dentist when they move."),
        Paragraph("5. Priorities for 2026-27", H2),
        p("(a) Keep initial health assessments within 20 working days for at least three "
          "children in four, including those placed outside the county."),
        p("(b) Offer every child a dental check within 20 days of coming into care."),
        p("(c) Bring the voice of children into every review health assessment, using the "
          "\"My Health, My Say\" form designed with the Children in Care Council."),
    ]


def main() -> None:
    doc = SimpleDocTemplate(str(OUTPUT), pagesize=A4, title=TITLE, lang="en-GB",
                            author="Designated Nurse for Children in Care", invariant=1,
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm)
    doc.build(story(), onFirstPage=footer, onLaterPages=footer)
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
