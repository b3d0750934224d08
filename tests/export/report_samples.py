"""Sample reports, one for each shipped house style, with every kind of content: paragraphs
with bold and italic, unnumbered paragraphs, bullet and lettered lists, subheadings,
scorecards, action plans, plain tables with totals, recommendations, implications,
background papers and a contact. Fictional people and words."""

from lscb_desktop.domain.report import Report, add_free_section, new_report
from lscb_desktop.domain.report_appendices import Appendix, AppendixKind
from lscb_desktop.domain.report_blocks import (
    BulletList, NumberedList, Paragraph, Subheading,
)
from lscb_desktop.domain.report_parts import BackgroundPaper, ContactDetails
from lscb_desktop.domain.report_tables import ActionPlan, ActionRow, PlainTable
from lscb_desktop.domain.scorecard import Direction, Polarity, Rag, Scorecard, ScorecardRow
from lscb_desktop.domain.templates import ReportTemplate, builtin_templates, find_template

SHA = "0" * 64
TEMPLATE_IDS = ("committee-report", "scrutiny-report", "overview-scrutiny-cover")


def template(template_id: str) -> ReportTemplate:
    return find_template(builtin_templates(), template_id)


def scorecard() -> Scorecard:
    return Scorecard(
        periods=["Qu 1 18-19", "Qu 2 18-19"],
        rows=[
            ScorecardRow("G1", "Number of cared for children", None, "400-450", ["496", "495"],
                         None, None, "Below the regional average; entries fell in quarter 2."),
            ScorecardRow("P1.1", "Young people using the advocacy service",
                         Polarity.HIGH_IS_GOOD, "", ["57", "51"], Rag.GREEN, None,
                         "Most cases were about placements and contact."),
            ScorecardRow("P1.2", "% reviews held in timescale", Polarity.HIGH_IS_GOOD, "95%",
                         ["97%", "95%"], Rag.AMBER, Direction.DOWN,
                         "Late reviews are looked at in the monthly performance meeting."),
            ScorecardRow("P3.4", "Average days from care to adoption", Polarity.LOW_IS_GOOD, "",
                         ["410", "388"], Rag.RED, None, "A rate, not a count.", counts=False),
        ],
        caption="Corporate Parenting Scorecard, Quarter 2",
    )


def action_plan() -> ActionPlan:
    return ActionPlan(
        [ActionRow("Recruit more local foster carers", "March 2019", "Campaign launched",
                   Rag.GREEN),
         ActionRow("Open two more taster flats", "June 2019", "Waiting for planning consent",
                   Rag.RED),
         ActionRow("Review the Staying Close offer", "", "", None)],
        caption="Sufficiency action plan",
    )


def contributions() -> PlainTable:
    return PlainTable(["Partner", "2018-19", "2019-20"],
                      [["Health", "£5,000", "£5,500"], ["Police", "£25,000", "£25,000"],
                       ["Schools", "£68,915", ""]],
                      totals=True, caption="Partner contributions")


def committee_report() -> Report:
    t = template("committee-report")
    report = new_report(t)
    report.header.update({
        "committee": "Corporate Parenting Committee", "meeting_date": "2019-01-22",
        "report_title": "Corporate Parenting Update",
        "report_of": "Alex Morgan, Head of Cared for Children",
        "portfolio_holder": "Councillor Sam Reid",
        "senior_officer": "Jo Patel, Director of Children's Services",
        "key_decision": "No", "wards_affected": "All wards",
    })
    text = {
        "summary": "This report updates the Committee on **local and national** developments "
                   "for cared for children and care leavers.",
        "reasons": "The Committee advises the Cabinet and needs to know what affects cared for "
                   "children, so that it can *challenge* performance.",
        "options": "None; this is an update report.",
        "background": "This update follows the priorities of the Corporate Parenting Strategy.",
        "wards": "Cared for children live across the borough and beyond it.",
        "consultation": "None.",
        "access_to_information": "The papers below can be inspected on request.",
        "contact": "Any questions about this report should be directed to the following officer:",
    }
    for key, words in text.items():
        report.section(key).blocks.append(Paragraph(words))
    report.recommendations.items = ["Note the contents of the report.",
                                    "Agree the action plan at Appendix A."]
    for sub in report.section("implications").subsections:
        sub.blocks.append(Paragraph("None."))
    report.section("implications").subsection("legal").blocks = [
        Paragraph("Legal advice will be sought on any new duties."),
        Paragraph("The Children Act 1989 sets the sufficiency duty (s22G).")]
    report.background_papers = [
        BackgroundPaper("Sufficiency Statement 2018-20", "March 2018", "Alex Morgan"),
        BackgroundPaper("Placement review notes", "October 2018", "Commissioning Team")]
    report.contact = ContactDetails("Alex Morgan", "Head of Cared for Children",
                                    "alex.morgan@example.gov.uk", "01632 960555")
    parent = add_free_section(report, t, "Being a Good Corporate Parent")
    parent.blocks += [
        Subheading("Members' commitment"),
        Paragraph("Members of every group signed the **five pledges** of the strategy at "
                  "the meeting of full council in *December*."),
        Paragraph("The group will now include a care leaver at each meeting:"),
        BulletList(["to bring the views of young people", "to report back to them"]),
        Paragraph("This was asked for by the Children in Care Council.", numbered=False),
        Subheading("Performance"),
        scorecard(),
        Paragraph("The plan for next year has three steps:"),
        NumberedList(["agree the offer", "consult young people", "publish the *pledge*"]),
    ]
    homes = add_free_section(report, t, "Achieving Permanence")
    homes.blocks += [Paragraph("The Sufficiency Statement is on this agenda."), action_plan(),
                     contributions()]
    report.appendices.append(Appendix("Sufficiency action plan", "plan.pdf", SHA,
                                      AppendixKind.PDF))
    return report


def scrutiny_report() -> Report:
    t = template("scrutiny-report")
    report = new_report(t)
    report.header.update({
        "report_to": "Children and Families Scrutiny Committee", "meeting_date": "2014-03-11",
        "report_of": "Chris Lane and Pat Owen",
        "subject": "Safeguarding Children Board priorities",
        "portfolio_holder": "Councillor Dana Hope",
    })
    report.section("introduction").blocks.append(Paragraph(
        "This report sets out the role of the Safeguarding Children Board in improving "
        "services, and its current priorities."))
    report.section("background").blocks += [
        Paragraph("Safeguarding Children Boards are local partnerships of agencies."),
        Paragraph("The Board meets every two months and has an independent chair.")]
    priorities = add_free_section(report, t, "Current priorities for the Board")
    priorities.blocks += [
        Subheading("Neglect"),
        Paragraph("Neglect remains the **largest** category of child protection plans."),
        Paragraph("The new strategy aims to:"),
        BulletList(["find neglect earlier", "join up work with adult services"]),
        scorecard(),
    ]
    provision = add_free_section(report, t, "Current provision")
    provision.blocks += [Paragraph("Services funded by partners:"), contributions()]
    report.section("conclusions").blocks.append(Paragraph(
        "Comments from the committee will be reported back to the Board."))
    report.contact = ContactDetails("Pat Owen", "Head of Safeguarding",
                                    "pat.owen@example.gov.uk", "01632 960777")
    return report


def cover_report() -> Report:
    t = template("overview-scrutiny-cover")
    report = new_report(t)
    report.header.update({
        "meeting": "Children's Services Scrutiny Committee", "meeting_date": "2019-03-19",
        "report_of": "Director of Children's Services",
        "title": "Children's Partnership Annual Report 2017-18",
        "part": "Part I", "electoral_divisions": "(All Divisions)",
    })
    report.contact = ContactDetails("Sam Lee", "Partnership Manager", "", "01632 960123")
    report.section("executive_summary").blocks += [
        Paragraph("The annual report at Appendix A describes the partnership's work."),
        Paragraph("Appendix B is the partnership's budget for 2018-19.")]
    report.recommendations.items = ["Consider the annual report and agree any comments to pass "
                                    "to the Cabinet Member."]
    report.section("background_and_advice").blocks += [
        Paragraph("The partnership must publish an annual report."),
        Paragraph("Partners pay into a pooled budget:"), contributions(),
        Paragraph("Members may wish to ask about the *rise* in referrals.")]
    report.section("consultations").blocks.append(Paragraph("N/A"))
    for sub in report.section("implications").subsections:
        sub.blocks.append(Paragraph("None."))
    report.background_papers = [BackgroundPaper("Partnership business plan", "April 2018",
                                                "Sam Lee, Children's Services, 01632 960123")]
    report.appendices += [
        Appendix("Annual report 2017-18", "annual.pdf", SHA, AppendixKind.PDF),
        Appendix("Budget 2018-19", "budget.docx", SHA, AppendixKind.DOCX)]
    return report


SAMPLES = {
    "committee-report": committee_report,
    "scrutiny-report": scrutiny_report,
    "overview-scrutiny-cover": cover_report,
}
