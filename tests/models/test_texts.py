"""Counted Swedish texts outside the screens (the terminal, the exports): "1 rad", "2 rader"."""

from app.models.texts import counted


def test_one_is_singular_and_every_other_count_plural():
    assert counted(1, "rad", "rader") == "1 rad"
    assert [counted(n, "klient", "klienter") for n in (0, 2, 21)] == ["0 klienter", "2 klienter", "21 klienter"]
