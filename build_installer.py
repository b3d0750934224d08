"""Build what we hand to a council's IT team.

    python build_installer.py            # dist/lscb_desktop-<version>-py3-none-any.whl
    python build_installer.py --bundle   # also dist/LSCB Desktop/: a folder with its own Python
                                         # (PyInstaller), for laptops without Python

The wheel carries resources/ (fonts, demo data, schemas) and forms/ as package data; the check at
the end refuses to call a build good if any of them is missing.
"""

import argparse
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
REQUIRED_IN_WHEEL = (
    "lscb_desktop/resources/fonts/",
    "lscb_desktop/resources/demo/corporate_parenting.json",
    "lscb_desktop/resources/schemas/",
    "lscb_desktop/forms/",
    "lscb_desktop/cli/",
    "lscb_desktop/app.py",
)


def build_wheel(out_dir: Path = DIST) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out_dir), str(ROOT)],
        check=True,
    )
    wheel = max(out_dir.glob("lscb_desktop-*.whl"), key=lambda p: p.stat().st_mtime)
    check_wheel(wheel)
    return wheel


def check_wheel(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    missing = [req for req in REQUIRED_IN_WHEEL if not any(n.startswith(req) for n in names)]
    if missing:
        raise SystemExit(f"{wheel.name} is incomplete: missing {', '.join(missing)}.")


def build_bundle(out_dir: Path = DIST) -> Path:
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        raise SystemExit("PyInstaller is not installed: run 'pip install pyinstaller', then retry.")
    pyinstaller.run([
        "--noconfirm", "--windowed", "--name", "LSCB Desktop",
        "--distpath", str(out_dir), "--workpath", str(ROOT / "build" / "pyinstaller"),
        "--collect-data", "lscb_desktop",
        str(ROOT / "lscb_desktop" / "__main__.py"),
    ])
    return out_dir / "LSCB Desktop"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", action="store_true", help="also build a PyInstaller folder")
    parser.add_argument("--out", type=Path, default=DIST, help="output folder (default: dist/)")
    args = parser.parse_args(argv)
    print(f"wheel: {build_wheel(args.out)}")
    if args.bundle:
        print(f"bundle: {build_bundle(args.out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
