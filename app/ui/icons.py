"""The app's own icons (resources/icons/*.svg), painted in a colour of the palette: they are drawn
in ``currentColor``, which is replaced here, so one file serves the light and the dark scheme."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.paths import resources_dir

SIZE = 24  # the grid the icons are drawn on


@cache
def _svg(name: str) -> str:
    return (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


def icon(name: str, colour: QColor | str, ratio: float = 1.0) -> QIcon:
    """The icon ``name`` (a file in resources/icons without .svg) in ``colour``, sharp at the
    screen's device pixel ratio."""
    return QIcon(_pixmap(name, QColor(colour).name(), ratio))


@cache
def _pixmap(name: str, colour: str, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", colour).encode("utf-8")))
    side = round(SIZE * ratio)
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
