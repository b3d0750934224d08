"""`lscb export register` and `lscb export attendance` on the demo (committee 1; its held
meeting has minutes with decisions and attendance)."""

import csv
from datetime import date

import docx
from pypdf import PdfReader

DASH = "\u2013"


def test_export_register_writes_word_pdf_and_csv_and_prints_the_paths(lscb, tmp_path):
    lscb("demo")
    out = tmp_path / "register"
    run = lscb("export", "register", "--out", str(out))
    assert (run.code, run.err) == (0, "")
    assert run.out.splitlines() == [str(out / "register.docx"), str(out / "register.pdf"),
                                    str(out / "register.csv")]
    with open(out / "register.csv", encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == ["Date", "Committee", "Minute", "Minute title", "Part", "Decision"]
    assert any(row[5].startswith(f"RESOLVED {DASH} (2) That officers report") for row in rows)
    assert "Resolutions register" in PdfReader(str(out / "register.pdf")).pages[0].extract_text()


def test_export_register_applies_the_committee_dates_and_words(lscb, tmp_path):
    lscb("demo")
    run = lscb("export", "register", "--out", str(tmp_path), "--committee", "1",
               "--from", "2000-01-01", "--to", date.today().isoformat(),
               "--query", "taster flats")
    assert run.code == 0, run.err
    with open(tmp_path / "register.csv", encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))[1:]
    assert {row[3] for row in rows} == {"Voice of Children and Young People",
                                        "Corporate Parenting Strategy 2026-28"}
    text = " ".join(p.text for p in docx.Document(str(tmp_path / "register.docx")).paragraphs)
    assert "Corporate Parenting Committee" in text and "taster flats" in text

    nothing = lscb("export", "register", "--out", str(tmp_path / "none"), "--to", "2000-01-01")
    assert nothing.code == 0, nothing.err
    with open(tmp_path / "none" / "register.csv", encoding="utf-8-sig") as file:
        assert len(file.read().splitlines()) == 1  # the header only


def test_export_attendance_writes_word_and_pdf_with_the_charts(lscb, tmp_path):
    lscb("demo")
    run = lscb("export", "attendance", "1", "--out", str(tmp_path), "--from", "2000-01-01",
               "--to", "2100-12-31")
    assert run.code == 0, run.err
    assert run.out.splitlines() == [str(tmp_path / "attendance.docx"),
                                    str(tmp_path / "attendance.pdf")]
    word = docx.Document(str(tmp_path / "attendance.docx"))
    assert len(word.inline_shapes) == 2  # a chart of members, one of organisations
    pdf = " ".join(page.extract_text() for page in PdfReader(str(tmp_path / "attendance.pdf"))
                   .pages)
    assert "Councillor Rosa Pennington" in pdf and "Foster Carers' Association" in pdf
    assert "Meetings: 1" in pdf


def test_mistakes_are_one_line_naming_the_way_out(lscb, tmp_path):
    lscb("demo")
    bad_date = lscb("export", "register", "--out", str(tmp_path), "--from", "22/01/2019")
    assert bad_date.code == 2
    assert "'22/01/2019' is not a date: write it as YYYY-MM-DD" in bad_date.err
    unknown = lscb("export", "attendance", "99", "--out", str(tmp_path))
    assert unknown.code == 1
    assert unknown.err == ("lscb: error: There is no committee with id 99. Run 'lscb "
                           "committees' to see the committees and their ids.\n")
    backwards = lscb("export", "register", "--out", str(tmp_path), "--from", "2019-02-01",
                     "--to", "2019-01-01")
    assert backwards.code == 1 and "make the 'to' date the later one" in backwards.err
    assert not (tmp_path / "register.docx").exists()


def test_both_commands_have_help(lscb):
    register = " ".join(lscb("export", "register", "--help", db=False).out.split())
    assert "DIR/register.docx, DIR/register.pdf and DIR/register.csv" in register
    attendance = " ".join(lscb("export", "attendance", "--help", db=False).out.split())
    assert "current municipal year, May to April" in attendance
