"""Base for the scrolling tabs that belong to one case (plan, evaluation, assessment form and
results): what the main window needs to find, title and close them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from app.models.store import Store
from app.ui.small_screens import held_until_destroyed


class CaseTab(QScrollArea):
    def __init__(self, store: Store, case_id: int, tab_key: tuple[str, int], parent: QWidget | None = None):
        super().__init__(parent)
        held_until_destroyed(self)  # app/ui/small_screens.py: a scroll area's Python side lives until Qt deletes it
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: Tab to a field scrolls it in view
        self.store = store
        self.case_id = case_id
        self.client_id = store.cases.get(case_id).client_id
        self.tab_key = tab_key  # ("plan", case id), ("assessment", assessment id) …
        self.setWidgetResizable(True)

    def case_number(self) -> str:
        return self.store.cases.get(self.case_id).case_number

    def bring_into_view(self, widget: QWidget) -> None:
        """Scroll so that ``widget`` shows, also one added a moment ago: Qt shows a new child and
        grows the page only on its next pass through the event loop, so that is done here first."""
        widget.show()
        body = self.widget()
        if body is not None and body.layout() is not None:
            body.layout().activate()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the page takes its new height
        self.ensureWidgetVisible(widget)

    def flush(self) -> bool:
        """Save anything typed but not yet saved; False if it could not be. Most tabs save with a button."""
        return True
