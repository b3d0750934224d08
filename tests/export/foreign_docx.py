"""Word files written the way councils write them by hand (not by this application), built
with python-docx: Heading styles or bold lines as headings, typed numbers "1.1", bullets
from Word's list styles, tables, a header block of "Label: value" lines."""

import docx


def bold_line(document, text: str):
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = True
    return paragraph


def committee_report_by_hand(path) -> None:
    """A committee report laid out like the reference pack's 'Corporate Parenting Update':
    the committee's name on top, bold numbered headings, typed paragraph numbers."""
    document = docx.Document()
    document.add_paragraph("Version Number: 1")
    bold_line(document, "Corporate Parenting Committee")
    for line in ("Date of Meeting: 22nd January 2019", "Report Title: Corporate Parenting Update",
                 "Portfolio Holder: Councillor Sam Reid",
                 "Senior Officer: Jo Patel, Director of Children's Services"):
        document.add_paragraph(line)
    bold_line(document, "1. Report Summary")
    document.add_paragraph("1.1. This report gives an update on cared for children.")
    bold_line(document, "2. Recommendation/s")
    document.add_paragraph("2.1. Corporate Parenting Committee is asked to:")
    document.add_paragraph("2.1.1. Note the contents of the report.")
    bold_line(document, "3. Reasons for Recommendation/s")
    paragraph = document.add_paragraph("3.1. The Committee is an ")
    paragraph.add_run("advisory").italic = True
    paragraph.add_run(" group to the Cabinet.")
    bold_line(document, "6. Being a Good Corporate Parent")
    bold_line(document, "Councillors make a commitment")
    document.add_paragraph("6.1. Councillors from all parties signed the pledges.")
    document.add_paragraph("Investing in children", style="List Bullet")
    document.add_paragraph("Celebrating success", style="List Bullet")
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, (("Partner", "Contribution"), ("Health", "£5,000"),
                                       ("Police", "£25,000"))):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    bold_line(document, "12. Implications of the Recommendations")
    bold_line(document, "12.1. Legal Implications")
    document.add_paragraph("Legal advice will be sought as appropriate.")
    bold_line(document, "12.2. Finance Implications")
    document.add_paragraph("There are no direct financial implications.")
    bold_line(document, "16. Contact Information")
    document.add_paragraph("16.1. Any questions should be directed to the following officer:")
    for line in ("Name: Alex Morgan", "Job Title: Head of Cared for Children",
                 "Email: alex.morgan@example.gov.uk"):
        document.add_paragraph(line)
    document.save(str(path))


def scrutiny_report_by_hand(path) -> None:
    """Laid out like the reference scrutiny report: a header block, Heading-styled
    sections numbered 1.0, paragraphs 1.1, and the author's details at the end."""
    document = docx.Document()
    document.add_paragraph("REPORT TO: Children and Families Scrutiny Committee")
    document.add_paragraph("Date of Meeting:\t11 th March 2014")
    document.add_paragraph("Report of:\tChris Lane")
    document.add_paragraph("Subject/Title:\tSafeguarding Board priorities")
    document.add_paragraph("Portfolio Holder\tCouncillor Dana Hope")
    document.add_heading("1.0 Introduction", level=1)
    document.add_paragraph("1.1 This report sets out the role of the Board.")
    document.add_heading("2.0 Background", level=1)
    document.add_paragraph("2.1 Boards are local partnerships.")
    document.add_heading("3.0 Current priorities", level=1)
    document.add_heading("Neglect", level=2)
    document.add_paragraph("3.1 Neglect remains a priority.")
    document.add_heading("12.0 Conclusions", level=1)
    document.add_paragraph("12.1 Comments will be reported back to the Board.")
    for line in ("Name: Pat Owen", "Designation: Head of Safeguarding", "Tel: 01632 960777",
                 "Email: pat.owen@example.gov.uk"):
        document.add_paragraph(line)
    document.save(str(path))
