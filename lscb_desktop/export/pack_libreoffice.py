"""Converting a Word appendix to PDF with LibreOffice, for packs built with
use_libreoffice=True: the appendix then keeps its author's own layout instead of the house
style. LibreOffice runs headless with a profile of its own, so a copy the user has open
neither blocks the conversion nor is disturbed by it."""

import shutil
import subprocess
from pathlib import Path
from tempfile import TemporaryDirectory

from .pack_errors import PackError

CONVERSION_TIMEOUT = 180  # seconds: the first run sets up LibreOffice's profile


def libreoffice_program() -> str | None:
    """The LibreOffice program on PATH, or None where it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_docx_to_pdf(data: bytes, name: str) -> bytes:
    """The Word file's bytes as PDF bytes; PackError naming the file and the way out when
    LibreOffice is missing or fails."""
    program = libreoffice_program()
    if program is None:
        raise PackError(f"The appendix '{name}' cannot be converted with LibreOffice: it is not "
                        "installed (no 'soffice' or 'libreoffice' program was found). Install "
                        "it, or build the pack without the LibreOffice option.")
    with TemporaryDirectory(prefix="lscb-pack-") as folder:
        folder_path = Path(folder)
        source = folder_path / "appendix.docx"
        source.write_bytes(data)
        command = [program, f"-env:UserInstallation={(folder_path / 'profile').as_uri()}",
                   "--headless", "--convert-to", "pdf", "--outdir", str(folder_path),
                   str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=CONVERSION_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise PackError(f"LibreOffice took more than {CONVERSION_TIMEOUT} seconds to convert "
                            f"the appendix '{name}' and was stopped. Save the appendix as PDF "
                            "and attach that instead.") from None
        converted = folder_path / "appendix.pdf"
        if not converted.is_file():
            raise PackError(f"LibreOffice could not convert the appendix '{name}' to PDF. Open "
                            "it in Word, save it as PDF and attach that instead, or build the "
                            "pack without the LibreOffice option.")
        return converted.read_bytes()
