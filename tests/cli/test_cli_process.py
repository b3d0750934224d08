"""In a process of its own: the command line never loads Qt, and the installed `lscb`
console script works."""

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

NO_QT_CHECK = """
import json, sys
from lscb_desktop.cli import main
db, out = sys.argv[1], sys.argv[2]
codes = [main(["--db", db, *args]) for args in (
    ["demo"], ["committees"], ["meetings", "--json"], ["settings"],
    ["export", "meeting", "2", out + "/meeting.json"], ["import", "meeting", out + "/meeting.json"],
    ["export", "agenda", "2", "--out", out], ["templates", "--json"], ["reports"],
    ["agenda", "2"], ["search", "foster*"], ["export", "report", "3", "--out", out],
    ["import", "report", out + "/report.docx", "--template", "committee-report"],
)]
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"codes": codes, "qt": qt}))
"""


def test_no_command_loads_qt(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", NO_QT_CHECK, str(tmp_path / "lscb.db"), str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report == {"codes": [0] * 13, "qt": []}


def test_the_console_script_runs_commands_and_reports_errors_in_one_line(tmp_path):
    script = Path(sysconfig.get_path("scripts")) / "lscb"
    assert script.exists(), "the package is not installed: run pip install -e '.[test]'"
    db = str(tmp_path / "lscb.db")

    listed = subprocess.run([str(script), "committees", "--json", "--db", db],
                            capture_output=True, text=True, timeout=60)
    assert (listed.returncode, json.loads(listed.stdout)) == (0, [])

    failed = subprocess.run([str(script), "--db", db, "export", "meeting", "9", "m.json"],
                            capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert failed.returncode == 1
    assert failed.stderr == (
        "lscb: error: There is no meeting with id 9. Run 'lscb meetings' to see the meetings "
        "and their ids.\n")
