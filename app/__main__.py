import time

STARTED = time.perf_counter()  # the first statement: where the first-paint probe counts from (app/ui/paint_probe.py)

from app.cli import main  # noqa: E402

raise SystemExit(main())
