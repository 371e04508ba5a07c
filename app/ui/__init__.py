"""The desktop UI (PySide6). It shows and edits; the rules live in app.models.

Once PySide6 is imported it reads the source of every module imported after it (to support its
``__feature__`` imports), about a third of a millisecond each. The plain-Python modules the main
window needs are imported here, before any Qt module, so starting the app does not pay that for them.
This and the other PySide6 quirks the app works around are listed in app/ui/qt_binding.py.
"""

import app.models.access_log  # noqa: F401 - signing in writes its row
import app.models.clients  # noqa: F401
import app.models.file_check  # noqa: F401 - the start checks the file before opening it
import app.models.instance_lock  # noqa: F401 - and holds it for this window
import app.models.process_def  # noqa: F401 - the list shows each case's step (not the steps' rules)
import app.models.settings  # noqa: F401 - the sign-in's log row names the unit
import app.models.store  # noqa: F401
import app.models.texts  # noqa: F401 - the language is installed before the window (app/ui/i18n.py)
import app.models.users  # noqa: F401
