"""The real consumers the document tests hand files to: LibreOffice and poppler (pdftotext, pdffonts).
A test needing one is skipped where it is not installed, but fails in CI, which installs them
(scripts/setup.sh, setup_atama test) and sets ATAMA_REQUIRE_CONSUMERS=1 (.ci/run): there a missing
tool means the tests that read files as their readers do silently stopped running."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass

import pytest

REQUIRED = os.environ.get("ATAMA_REQUIRE_CONSUMERS") == "1"


def require_tool(command: str, package: str) -> str:
    """The tool's path; a skip (locally) or a failure (CI) naming the package when it is missing."""
    found = shutil.which(command) or (shutil.which("libreoffice") if command == "soffice" else None)
    if found is None:
        message = f"{command} is not installed (Debian: {package}; scripts/setup.sh installs it)"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
    return found


def pdf_text(path) -> str:
    """pdftotext's reading of the PDF, pages separated by form feeds."""
    return subprocess.run([require_tool("pdftotext", "poppler-utils"), "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


@dataclass(frozen=True)
class PdfFont:
    name: str  # as in the file, e.g. "BAAAAA+Carlito-Bold"
    type: str
    embedded: bool

    @property
    def family(self) -> str:
        """The font's name without the subset tag and the style: "Carlito"."""
        return self.name.split("+", 1)[-1].split("-", 1)[0].split(",", 1)[0]


def pdf_fonts(path) -> list[PdfFont]:
    """pdffonts' list: the fonts the PDF uses, whether each is embedded."""
    lines = subprocess.run([require_tool("pdffonts", "poppler-utils"), str(path)],
                           capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        # name type [type…] encoding emb sub uni object ID; the name has no spaces, the type may
        parts = line.split()
        emb = parts[-5]
        fonts.append(PdfFont(parts[0], " ".join(parts[1:-6]), emb == "yes"))
    return fonts
