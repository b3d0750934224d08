"""Example reports for the report rules' tests: a complete committee report shaped like the
reference "Corporate Parenting Update" (fictional names and words), and a scrutiny report."""

from lscb_desktop.domain.report import Report, add_free_section, new_report
from lscb_desktop.domain.report_appendices import Appendix, AppendixKind
from lscb_desktop.domain.report_blocks import BulletList, Paragraph, Subheading
from lscb_desktop.domain.report_parts import BackgroundPaper, ContactDetails
from lscb_desktop.domain.templates import ReportTemplate, builtin_templates, find_template

SHA = "0" * 64


def template(template_id: str) -> ReportTemplate:
    return find_template(builtin_templates(), template_id)


def complete_committee_report() -> Report:
    """Every required part filled: the completeness check finds nothing."""
    report = new_report(template("committee-report"))
    report.header.update({
        "committee": "Corporate Parenting Committee",
        "meeting_date": "2019-01-22",
        "report_title": "Corporate Parenting Update",
        "report_of": "Alex Morgan, Head of Cared for Children",
        "portfolio_holder": "Councillor Sam Reid",
        "senior_officer": "Jo Patel, Director of Children's Services",
        "key_decision": "No",
        "wards_affected": "All wards",
    })
    text = {
        "summary": "This report updates the Committee on local and national developments.",
        "reasons": "The Committee advises the Cabinet and needs to know what affects cared for children.",
        "options": "None; this is an update report.",
        "background": "This update follows the priorities of the Corporate Parenting Strategy.",
        "wards": "Cared for children live across the borough and beyond it.",
        "consultation": "None.",
        "access_to_information": "The background papers are listed below.",
        "contact": "Any questions about this report should be directed to the following officer:",
    }
    for key, words in text.items():
        report.section(key).blocks.append(Paragraph(words))
    report.recommendations.items = ["Note the contents of the report."]
    for sub in report.section("implications").subsections:
        sub.blocks.append(Paragraph("None."))
    report.background_papers.append(
        BackgroundPaper("Sufficiency Statement 2018-20", "March 2018", "Alex Morgan"))
    report.contact = ContactDetails(
        "Alex Morgan", "Head of Cared for Children", "alex.morgan@example.gov.uk", "")
    body = add_free_section(report, template("committee-report"), "Being a Good Corporate Parent")
    body.blocks += [
        Subheading("Members' commitment"),
        Paragraph("Members of every group signed the **five pledges** of the strategy."),
        Paragraph("The group will now include a care leaver at each meeting, as set out in Appendix A:"),
        BulletList(["to bring the views of young people", "to report back to them"]),
    ]
    report.appendices.append(Appendix("Celebration feedback", "feedback.pdf", SHA, AppendixKind.PDF))
    return report
