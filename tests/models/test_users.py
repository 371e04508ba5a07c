"""User profiles: one name, one profile, so what each one signs can be told apart."""

from __future__ import annotations

import pytest

from app.models.errors import ValidationError
from tests.support import count

KARIN_TAKEN = "Det finns redan en profil som heter Karin Lindqvist. Välj den i listan eller skriv ett annat namn."


@pytest.mark.parametrize("again", ["Karin Lindqvist", "karin lindqvist", "  KARIN   Lindqvist ", "Karin\tLindqvist"])
def test_a_name_another_profile_has_is_refused_at_the_name(bare_store, again):
    bare_store.users.add("Karin Lindqvist", "arbetsterapeut")
    with pytest.raises(ValidationError) as refused:
        bare_store.users.add(again, "arbetsmarknadskoordinator")
    assert refused.value.errors == {"name": KARIN_TAKEN}
    assert count(bare_store, "users") == 1


def test_names_that_only_look_alike_are_different_profiles(bare_store):
    bare_store.users.add("Karin Lindqvist", "arbetsterapeut")
    bare_store.users.add("Karin Lindqvist Berg", "arbetsterapeut")
    bare_store.users.add("Karin Lindkvist", "arbetsterapeut")
    assert [u.name for u in bare_store.users.all()] == ["Karin Lindkvist", "Karin Lindqvist", "Karin Lindqvist Berg"]
    assert bare_store.users.named(" karin  lindqvist").name == "Karin Lindqvist"
    assert bare_store.users.named("Karin") is None
