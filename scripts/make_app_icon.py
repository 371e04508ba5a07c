"""Draw the application icon's PNG and Windows .ico from resources/icons/atama.svg:

    python scripts/make_app_icon.py

The window uses atama.png (app/ui/app.py), the Windows EXE atama.ico (build.spec). Run it again
after changing the SVG and commit the three files together."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Explorer and the taskbar pick from


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "atama.svg")).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs one
    (ICONS / "atama.png").write_bytes(render(256))
    images = [Image.open(io.BytesIO(render(size))) for size in ICO_SIZES]
    images[-1].save(ICONS / "atama.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                    append_images=images[:-1])
    print(f"{ICONS / 'atama.png'}, {ICONS / 'atama.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
