"""The app's own colours and spacings, each with a light and a dark value, and the one place that
applies them. Qt draws everything else from the system's palette (Fusion with the desktop's palette
on Linux, the native style on Windows 11), so ATAMA follows the system's light or dark scheme as long
as no screen hard-codes a colour: a screen asks for a *tone* here instead.

Which set applies is read from the application palette (a dark window colour is a dark scheme), not
from ``QStyleHints.colorScheme()``: that one builds the ``Qt`` namespace (app/ui/qt_binding.py, 1)
and says Unknown on many desktops, while the palette is what Qt actually paints with. When the
palette changes (the desktop switched, or :func:`use_scheme`), every widget styled here is styled
again (:func:`restyle_all`).

Every text colour keeps a contrast of at least 4.5:1 against the window and the base colour of its
scheme, the focus outline 3:1 (WCAG 2.1 1.4.3 and 1.4.11, EN 301 549); tests/ui/test_style.py checks
it in both schemes."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# -- spacing: one set for forms and panels --------------------------------------------------------
MARGIN = 9  # around a page or a panel's content
SPACING = 6  # between rows and between widgets in a row
BANNER_PADDING = 6


class Tone(StrEnum):
    """What a text says by its colour; the words say it too (colour is never the only signal)."""

    ERROR = "error"  # a field's message, a failed save
    OK = "ok"  # a valid identity number
    MUTED = "muted"  # hints, "Sparat 10:42"
    WARNING = "warning"  # a locked note, a follow-up out of its range


class Scheme(NamedTuple):
    """One scheme's colours, as #rrggbb."""

    dark: bool
    text: dict[Tone, str]
    banner: tuple[str, str, str]  # background, border, text: the read-only and check banners
    steps: dict[str, tuple[str, str, str]]  # StepState: background, border, text
    accent: tuple[str, str]  # a chosen rating: background, text
    focus: str  # the focus outline
    lines: tuple[str, ...]  # chart lines (Okabe–Ito, the report's; a dash and a marker tell them apart too)
    bars: tuple[str, ...]  # a profile chart's bar sets (a part, an administration; the legend names them)
    shade: tuple[str, str]  # a row that stands out in a list (a gap in the work match): background, text
    chart_theme: str  # QChart.ChartTheme's name


LIGHT = Scheme(
    dark=False,
    text={Tone.ERROR: "#b00020", Tone.OK: "#1b6e20", Tone.MUTED: "#505050", Tone.WARNING: "#8a4b00"},
    banner=("#fff4d6", "#b37f00", "#1f1a0e"),
    steps={"ej_paborjad": ("#f2f2f2", "#767676", "#202020"),
           "pagar": ("#fff4d6", "#b37f00", "#2b2100"),
           "klar": ("#dcf2de", "#2e7d32", "#10300f")},
    accent=("#1565c0", "#ffffff"),
    focus="#1565c0",
    lines=("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000"),
    bars=("#1565c0", "#ef6c00", "#2e7d32"),
    shade=("#fdf0e6", "#202020"),
    chart_theme="ChartThemeLight",
)

DARK = Scheme(
    dark=True,
    text={Tone.ERROR: "#ff8a80", Tone.OK: "#81c784", Tone.MUTED: "#b8b8b8", Tone.WARNING: "#ffb74d"},
    banner=("#4a3b12", "#d9a520", "#fff3d6"),
    steps={"ej_paborjad": ("#3a3a3a", "#9e9e9e", "#eeeeee"),
           "pagar": ("#4a3b12", "#e0a100", "#fff3d6"),
           "klar": ("#1e3d22", "#66bb6a", "#e3f5e4")},
    accent=("#90caf9", "#0d1b2a"),
    focus="#64b5f6",
    lines=("#56b4e9", "#ff8c42", "#2ec99a", "#e39bc6", "#f0c04a", "#a9d8f5", "#f0f0f0"),
    bars=("#64b5f6", "#ffb74d", "#81c784"),
    shade=("#4a3020", "#f5e6dc"),
    chart_theme="ChartThemeDark",
)


# -- which scheme ---------------------------------------------------------------------------------
def palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def current() -> Scheme:
    """The scheme the application paints with now."""
    app = QApplication.instance()
    return DARK if app is not None and palette_is_dark(app.palette()) else LIGHT  # type: ignore[attr-defined]


def colour(name: str) -> QColor:
    return QColor(name)


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style, for :func:`use_scheme` (a desktop without a dark theme
    of its own, and the tests). Text 4.5:1 and more against every background."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, value in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#eeeeee"), (roles.Base, "#1f1f1f"),
                        (roles.AlternateBase, "#2a2a2a"), (roles.Text, "#eeeeee"), (roles.Button, "#3a3a3a"),
                        (roles.ButtonText, "#eeeeee"), (roles.ToolTipBase, "#3a3a3a"),
                        (roles.ToolTipText, "#eeeeee"), (roles.PlaceholderText, "#a0a0a0"),
                        (roles.Highlight, "#2f65a8"), (roles.HighlightedText, "#ffffff"),
                        (roles.Link, "#8ab4f8"), (roles.BrightText, "#ff8a80"), (roles.Light, "#505050"),
                        (roles.Midlight, "#444444"), (roles.Mid, "#333333"), (roles.Dark, "#1a1a1a"),
                        (roles.Shadow, "#000000")):
        palette.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#8a8a8a"))
    return palette


def use_scheme(dark: bool | None) -> None:
    """Paint light or dark whatever the desktop says (None: the desktop's own palette again), and
    style every styled widget again."""
    app = QApplication.instance()
    if app is None:
        return
    if dark is None:
        app.setPalette(app.style().standardPalette())  # type: ignore[attr-defined]
    else:
        app.setPalette(dark_palette() if dark else app.style().standardPalette())  # type: ignore[attr-defined]
    restyle_all()


# -- contrast (WCAG 2.1) --------------------------------------------------------------------------
def _luminance(colour_: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour_.redF()) + 0.7152 * channel(colour_.greenF()) + 0.0722 * channel(colour_.blueF())


def contrast(a: QColor | str, b: QColor | str) -> float:
    """WCAG's contrast ratio, 1 to 21."""
    la, lb = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# -- styling widgets ------------------------------------------------------------------------------
# A widget styled here carries what it is as a property, so that a change of scheme can style it
# again without a list of its own (Qt deletes widgets behind our back).
_LOOK = "atama_look"


def set_tone(widget: QWidget, tone: Tone | None) -> None:
    """The widget's text in a tone (None: the palette's own text colour again). Set through the
    palette, not a style sheet: a style sheet per label makes Qt style it apart."""
    _set_look(widget, f"tone:{tone}" if tone else "")


def tone_of(widget: QWidget) -> Tone | None:
    look = widget.property(_LOOK) or ""
    return Tone(look[5:]) if look.startswith("tone:") else None


def set_banner(widget: QWidget) -> None:
    """A notice across a page (read-only, check against the manual): a tinted box with a border."""
    _set_look(widget, "banner")


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """A field with a message under it gets a red border (the message under it says what is wrong)."""
    _set_look(widget, "invalid" if invalid else "")


def is_invalid(widget: QWidget) -> bool:
    return widget.property(_LOOK) == "invalid"


def _set_look(widget: QWidget, look: str) -> None:
    before = widget.property(_LOOK) or ""
    if before == look == "":
        return
    widget.setProperty(_LOOK, look)
    if before.startswith("tone:") and not look.startswith("tone:"):
        widget.setPalette(QPalette())  # the application's again
    if before in ("banner", "invalid") and look not in ("banner", "invalid"):
        widget.setStyleSheet("")
    _apply(widget)


def step_look(state: str) -> str:
    """The style sheet of a stepper button in ``state`` (app/ui/stepper.py)."""
    background, border, text = current().steps[state]
    return (f"QToolButton {{ background: {background}; color: {text}; border: 2px solid {border};"
            f" border-radius: 6px; padding: 4px; }} QToolButton:checked {{ border-width: 4px; }}")


def tone_html(text: str, tone: Tone, bold: bool = False) -> str:
    """``text`` (already escaped) in a tone, inside a rich-text label."""
    inner = f"<b>{text}</b>" if bold else text
    return f"<span style='color:{current().text[tone]}'>{inner}</span>"


def _apply(widget: QWidget) -> None:
    follow_palette_changes()
    look = widget.property(_LOOK) or ""
    scheme = current()
    if look.startswith("tone:"):
        palette = widget.palette()
        value = QColor(scheme.text[Tone(look[5:])])
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, value)
        widget.setPalette(palette)
    elif look == "banner":
        background, border, text = scheme.banner
        widget.setStyleSheet(f"background: {background}; color: {text}; border: 1px solid {border};"
                             f" padding: {BANNER_PADDING}px;")
    elif look == "invalid":
        widget.setStyleSheet(f"border: 2px solid {scheme.text[Tone.ERROR]};")


def restyle_all() -> None:
    """Style every styled widget for the scheme now in use, and let painted ones repaint."""
    app = QApplication.instance()
    if app is None:
        return
    for widget in app.allWidgets():  # type: ignore[attr-defined]
        if widget.property(_LOOK):
            _apply(widget)
        restyle = getattr(widget, "restyle", None)
        if callable(restyle):
            restyle()


_following = False


def follow_palette_changes() -> None:
    """Style again whenever the application palette changes: the desktop switched between light and
    dark (Qt then sets the new palette and emits paletteChanged), or :func:`use_scheme`. Once per
    application; a signal, not an application-wide event filter (app/ui/qt_binding.py, 6)."""
    global _following
    app = QApplication.instance()
    if _following or app is None:
        return
    _following = True
    from PySide6.QtCore import QTimer

    pending = []

    def later(*_args) -> None:  # once, after the palette has settled (Qt may set it in steps)
        if not pending:
            pending.append(True)
            QTimer.singleShot(0, lambda: (pending.clear(), restyle_all()))

    app.paletteChanged.connect(later)  # type: ignore[attr-defined]
