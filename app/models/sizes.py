"""File sizes as a Swedish reader writes them: "44,8 MB", "12 kB" (a decimal comma, a space before
the unit; 1 kB = 1024 bytes, as the file manager counts). Every size the app shows goes through here."""

from __future__ import annotations

_UNITS = ((1024**3, "GB"), (1024**2, "MB"))


def size_text(n: int) -> str:
    """``n`` bytes: "1,2 GB", "44,8 MB", or whole kB (at least 1: a small file is not "0 kB")."""
    for step, unit in _UNITS:
        if n >= step:
            return f"{n / step:.1f}".replace(".", ",") + f" {unit}"
    return f"{max(1, round(n / 1024))} kB"
