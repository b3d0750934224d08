"""The README's test command is the one CI runs, so the README stays true."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command():
    ci_command = (ROOT / ".ci" / "run").read_text().strip().splitlines()[-1]
    readme = (ROOT / "README.md").read_text()
    first_commands = [line for line in readme.splitlines() if line.startswith("python3 -m venv")]
    assert first_commands[1] == ci_command
    assert "lscb-desktop" in first_commands[0]
