"""Item data roles by number, for the modules the main window needs before it first paints.

The first use of PySide6's ``Qt`` namespace builds every one of its enums, about 25 ms: a quarter of
a bare window's start. The main window and its client list do without it, so the window paints first
and the namespace is built when a later screen needs it. The values are Qt.ItemDataRole's
(tests/ui/test_startup_path.py checks them, and that the start-up path stays clear of ``Qt``)."""

DISPLAY = 0  # Qt.ItemDataRole.DisplayRole
TOOL_TIP = 3  # Qt.ItemDataRole.ToolTipRole
USER = 0x0100  # Qt.ItemDataRole.UserRole
