"""The layering of ARCHITECTURE.md: domain, store, services, export and the CLI know nothing of
Qt; the UI holds no SQL and no document layout. Checked by import-linter's contracts in
pyproject.toml, so a forbidden import anywhere fails this test."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    result = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()",
         "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.split("Contracts:")[-1].split("\n")[1]
