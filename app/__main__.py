import time

STARTED = time.perf_counter()  # the first statement: where the first-paint probe counts from (app/ui/paint_probe.py)

import gc  # noqa: E402

# No cyclic garbage collection while the window starts: the start makes tens of thousands of objects
# that live as long as the app (modules, classes, Qt's enums), and the collector's 45 passes over
# them found nothing to free, about 5 ms before the first paint. It resumes after the main window's first paint
# (app/ui/main_window.py, _after_first_paint), or at once for a command (app/cli.py).
gc.disable()

from app.cli import main  # noqa: E402

raise SystemExit(main())
