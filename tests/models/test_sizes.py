"""File sizes in Swedish: a decimal comma, the unit after a space, never "0 kB"."""

from __future__ import annotations

import pytest

from app.models.sizes import size_text


@pytest.mark.parametrize("n,text", [
    (0, "1 kB"), (300, "1 kB"), (1536, "2 kB"), (1000 * 1024, "1000 kB"), (1024**2, "1,0 MB"),
    (int(44.8 * 1024**2), "44,8 MB"), (3 * 1024**3 // 2, "1,5 GB"),
])
def test_sizes_read_as_swedish(n, text):
    assert size_text(n) == text


def test_no_size_in_the_app_is_written_with_a_decimal_point():
    """Every size goes through size_text: no other f-string formats MB/kB (the 44.8 MB the backup
    list showed)."""
    import re
    from pathlib import Path

    import app

    pattern = re.compile(r"\{[^}]*:\.\d+f\}\s*(?:[kKMG]B)\b")
    offenders = [f"{path.name}:{n}" for path in Path(app.__file__).parent.rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                 if pattern.search(line)]
    assert offenders == []
