"""Who may see what (R4, R5, R11): passwords kept as salted scrypt hashes, signing in and the log of
it, the first user as administrator, rights changed only by an administrator and logged, and a case
open to its responsible and its members, anyone else only with a logged reason."""

from __future__ import annotations

import pytest

from app.models.access_log import LogAction
from app.models.errors import RuleError, ValidationError
from app.models.store import Store
from app.models.users import SCRYPT_N, SCRYPT_P, SCRYPT_R, WrongPassword, hash_password, verify_password
from tests.builders import add_user, client_with_case, database_at_version, sign_in_as
from tests.support import FIXED_NOW, TEST_PASSWORD


def stored_hash(store, user_id: int) -> str:
    return store.query_value("SELECT password_hash FROM users WHERE id = ?", (user_id,))


def actions(store) -> list[tuple[str, str]]:
    return [(e.action, e.what) for e in reversed(store.access_log.latest())]


# -- hashing ---------------------------------------------------------------------------------------

def test_a_hash_is_salted_names_its_parameters_and_holds_no_password():
    one, two = hash_password("samma lösenord"), hash_password("samma lösenord")
    assert one != two  # a fresh salt each time
    assert one.startswith(f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}$")
    assert "samma lösenord" not in one and "samma" not in one
    assert verify_password("samma lösenord", one) and verify_password("samma lösenord", two)
    assert not verify_password("Samma lösenord", one)
    assert not verify_password("x", None) and not verify_password("x", "trasig") and not verify_password("x", "")


def test_two_users_with_one_password_get_different_hashes(store):
    bo = store.users.create("Bo Berg", "arbetsmarknadskoordinator", "gemensamt lösen")
    cia = store.users.create("Cia Ek", "arbetsterapeut", "gemensamt lösen")
    assert stored_hash(store, bo.id) != stored_hash(store, cia.id)
    assert all("gemensamt" not in (v or "") for r in store.query("SELECT * FROM users") for v in map(str, r.values()))


def test_other_parameters_in_a_stored_hash_are_still_read():
    assert verify_password("ett lösenord", hash_password("ett lösenord", n=2**10, r=4, p=2))


# -- signing in ------------------------------------------------------------------------------------

def test_the_first_user_is_the_administrator_and_later_ones_are_added_by_an_administrator(bare_store):
    assert bare_store.users.first_start()
    anna = bare_store.users.create("Anna Andersson", "arbetsterapeut", "annas lösenord")
    assert anna.is_admin and not anna.must_change_password and not bare_store.users.first_start()
    with pytest.raises(RuleError, match="Bara en administratör"):  # nobody signed in
        bare_store.users.create("Bo Berg", "arbetsterapeut", "bos lösenord")
    bare_store.users.sign_in(anna.id, "annas lösenord")
    bo = bare_store.users.create("Bo Berg", "arbetsterapeut", "bos lösenord")
    assert not bo.is_admin and bo.must_change_password  # he chooses his own at the first sign-in
    with pytest.raises(ValidationError) as caught:
        bare_store.users.create("Cia Ek", "arbetsterapeut", "kort")
    assert caught.value.errors == {"password": "Lösenordet måste ha minst 8 tecken."}


def test_a_right_password_signs_in_and_a_wrong_one_is_refused_and_logged(store, user):
    bo = add_user(store, "Bo Berg", "arbetsmarknadskoordinator")
    with pytest.raises(WrongPassword, match="Fel lösenord för Bo Berg"):
        store.users.sign_in(bo.id, "fel")
    assert store.user_id == user.id  # still Anna
    failed = store.access_log.search(action=LogAction.SIGN_IN_FAILED)
    assert [(e.user_id, e.user_name, e.what) for e in failed] == [(bo.id, "Bo Berg", "Fel lösenord")]
    assert store.users.sign_in(bo.id, TEST_PASSWORD).id == bo.id == store.user_id
    assert store.users.last_signed_in().id == bo.id
    assert [e.user_name for e in store.access_log.search(action=LogAction.SIGN_IN)] == ["Bo Berg", "Anna Andersson"]


def test_an_old_user_without_a_password_chooses_one_and_a_deactivated_user_cannot_sign_in(store, user):
    old = store.users.add("Gammal Profil", "arbetsterapeut")  # as migration 11 leaves an existing user
    assert not old.has_password
    with pytest.raises(RuleError, match="inget lösenord än"):
        store.users.sign_in(old.id, "vad som helst")
    with pytest.raises(ValidationError, match="inte lika"):
        store.users.choose_first_password(old.id, "mitt nya lösen", "mitt nya lösn")
    store.users.choose_first_password(old.id, "mitt nya lösen", "mitt nya lösen")
    assert store.user_id == old.id and verify_password("mitt nya lösen", stored_hash(store, old.id))
    with pytest.raises(RuleError, match="redan ett lösenord"):
        store.users.choose_first_password(old.id, "ett annat lösen")

    sign_in_as(store, user.id)
    store.users.set_active(old.id, False)
    with pytest.raises(RuleError, match="inaktiverad"):
        store.users.sign_in(old.id, "mitt nya lösen")
    assert [u.name for u in store.users.active()] == ["Anna Andersson"]


def test_changing_ones_password_needs_the_old_one_and_the_rules(store, user):
    with pytest.raises(ValidationError) as caught:
        store.users.change_password("fel", "ett nytt lösenord")
    assert caught.value.errors == {"old": "Det nuvarande lösenordet stämmer inte."}
    with pytest.raises(ValidationError) as caught:
        store.users.change_password(TEST_PASSWORD, "kort")
    assert caught.value.errors == {"new": "Lösenordet måste ha minst 8 tecken."}
    store.users.change_password(TEST_PASSWORD, "ett nytt lösenord", "ett nytt lösenord")
    assert verify_password("ett nytt lösenord", stored_hash(store, user.id))
    assert ("rights", "Bytte sitt lösenord") in actions(store)
    assert all("ett nytt lösenord" not in e.what for e in store.access_log.latest())  # never logged


def test_lock_unlock_and_sign_out_are_logged(store, user):
    store.users.lock()
    with pytest.raises(WrongPassword):
        store.users.unlock("fel")
    store.users.unlock(TEST_PASSWORD)
    store.users.sign_out()
    assert store.user_id is None
    assert actions(store)[-4:] == [("lock", ""), ("sign_in_failed", "Fel lösenord (Låste upp)"),
                                   ("sign_in", "Låste upp"), ("sign_out", "")]


# -- rights ----------------------------------------------------------------------------------------

def test_every_change_of_rights_is_by_an_administrator_and_logged(store, user):
    bo = add_user(store, "Bo Berg", "arbetsmarknadskoordinator")
    store.users.set_admin(bo.id, True)
    store.users.set_password(bo.id, "nytt från admin")
    store.users.set_active(bo.id, False)
    store.users.set_active(bo.id, True)
    store.users.set_admin(bo.id, False)
    assert [what for action, what in actions(store) if action == "rights"] == [
        "Lade till användaren Bo Berg (arbetsmarknadskoordinator)", "Bo Berg blev administratör",
        "Nytt lösenord för Bo Berg", "Bo Berg inaktiverades", "Bo Berg aktiverades igen",
        "Bo Berg är inte längre administratör"]
    assert store.users.get(bo.id).must_change_password

    with pytest.raises(RuleError, match="minst en administratör"):
        store.users.set_admin(user.id, False)  # Anna is the only one
    with pytest.raises(RuleError, match="inaktivera dig själv"):
        store.users.set_active(user.id, False)
    store.users.sign_in(bo.id, "nytt från admin")
    for change in (lambda: store.users.set_admin(bo.id, True), lambda: store.users.set_active(user.id, False),
                   lambda: store.users.set_password(user.id, "ett lösenord"),
                   lambda: store.users.set_idle_lock_seconds(60)):
        with pytest.raises(RuleError, match="Bara en administratör"):
            change()


def test_the_idle_lock_time_is_ten_minutes_unless_an_administrator_changes_it(store):
    assert store.users.idle_lock_seconds() == 600
    store.users.set_idle_lock_seconds(300)
    assert store.users.idle_lock_seconds() == 300
    assert ("settings", "Lås efter 300 sekunder utan aktivitet") in actions(store)
    with pytest.raises(ValidationError):
        store.users.set_idle_lock_seconds(0)


# -- case access -----------------------------------------------------------------------------------

@pytest.fixture
def bo(store):
    return add_user(store, "Bo Berg", "arbetsmarknadskoordinator")


def test_the_responsible_opens_their_case_and_the_opening_is_logged(store, case):
    assert not store.cases.access(case.id).needs_reason
    assert store.cases.open_for_reading(case.id).id == case.id
    [row] = store.access_log.search(action="open_case")
    assert (row.case_id, row.client_id, row.user_name, row.what) == (case.id, case.client_id, "Anna Andersson",
                                                                     "Ansvarig")
    assert store.access_log.openings_of_others_cases("2026-11-01", "2026-11-30") == []


def test_someone_elses_case_needs_a_reason_which_is_logged_and_listed_for_review(store, case, bo):
    sign_in_as(store, bo.id)
    before = len(store.access_log.latest())
    with pytest.raises(ValidationError) as caught:
        store.cases.open_for_reading(case.id)
    assert "Ange varför du öppnar det" in caught.value.errors["reason"]
    with pytest.raises(ValidationError):
        store.cases.open_for_reading(case.id, "   ")
    assert len(store.access_log.latest()) == before  # no reason: nothing opened, nothing logged
    store.cases.open_for_reading(case.id, "Jag täcker upp för en kollega")
    [row] = store.access_log.openings_of_others_cases("2026-11-01", "2026-11-30")
    assert (row.user_name, row.case_id, row.what, row.responsible_name) == (
        "Bo Berg", case.id, "Skäl: Jag täcker upp för en kollega", "Anna Andersson")


def test_nobody_signed_in_gets_nothing(store, case):
    store.users.sign_out()
    with pytest.raises(RuleError, match="Logga in"):
        store.cases.open_for_reading(case.id, "Jag täcker upp för en kollega")
    with pytest.raises(RuleError, match="Logga in"):
        store.cases.open_client(case.client_id)


def test_the_responsible_or_an_administrator_adds_members_and_every_change_is_logged(store, case, bo, user):
    cia = add_user(store, "Cia Ek", "arbetsterapeut")
    store.cases.add_member(case.id, bo.id)
    assert store.cases.members(case.id) == [bo.id]
    sign_in_as(store, bo.id)
    assert store.cases.access(case.id).member and not store.cases.access(case.id).needs_reason
    assert store.cases.open_for_reading(case.id).id == case.id  # no reason needed
    with pytest.raises(RuleError, match="ansvariga eller en administratör"):
        store.cases.add_member(case.id, cia.id)  # a member is not the responsible
    sign_in_as(store, user.id)
    store.cases.remove_member(case.id, bo.id)
    sign_in_as(store, bo.id)
    assert store.cases.access(case.id).needs_reason
    rights = [(e.what, e.case_id) for e in reversed(store.access_log.search(action="rights"))
              if e.case_id is not None]
    assert rights == [("Gav Bo Berg tillgång till ärendet", case.id),
                      ("Tog bort Bo Bergs tillgång till ärendet", case.id)]


def test_an_administrator_who_is_not_responsible_may_change_members_but_needs_a_reason_to_read(store, bo, user):
    sign_in_as(store, bo.id)
    bos_case = client_with_case(store, first_name="Kalle")  # Bo is its responsible
    sign_in_as(store, user.id)
    assert store.cases.access(bos_case.id).needs_reason  # the administrator is not in the case
    store.cases.add_member(bos_case.id, user.id)
    assert not store.cases.access(bos_case.id).needs_reason


def test_a_new_responsible_is_a_change_of_rights(store, case, bo):
    data = store.cases.get(case.id).as_input()
    data.responsible_user_id = bo.id
    store.cases.update(case.id, data)
    [row] = [e for e in store.access_log.search(action="rights") if e.case_id == case.id]
    assert row.what == "Ny ansvarig: Bo Berg (var Anna Andersson)"


def test_opening_a_client_is_logged(store, case):
    store.cases.open_client(case.client_id)
    [row] = store.access_log.search(action="open_client")
    assert (row.client_id, row.user_name) == (case.client_id, "Anna Andersson")


# -- migration 11 ----------------------------------------------------------------------------------

def test_migration_11_keeps_existing_users_without_a_password_and_makes_the_oldest_the_administrator(tmp_path):
    old = tmp_path / "v8.sqlite"
    conn = database_at_version(old, 8)
    conn.executemany("INSERT INTO users (id, name, title, created_at) VALUES (?, ?, ?, ?)",
                     [(1, "Anna Andersson", "arbetsterapeut", "2024-01-01 08:00:00"),
                      (2, "Bo Berg", "arbetsmarknadskoordinator", "2024-02-01 08:00:00")])
    conn.close()
    store = Store.open(old, clock=lambda: FIXED_NOW)
    try:
        anna, bo = store.users.get(1), store.users.get(2)
        assert (anna.name, anna.is_admin, anna.has_password, anna.active) == ("Anna Andersson", True, False, True)
        assert (bo.name, bo.title, bo.is_admin, bo.has_password) == ("Bo Berg", "arbetsmarknadskoordinator", False,
                                                                     False)
        assert store.query_value("SELECT count(*) FROM case_members") == 0
    finally:
        store.close()


def test_every_demo_user_signs_in_with_demo_and_the_first_is_the_administrator(tmp_path):
    from app.models.demo import make_demo_database

    path = tmp_path / "demo.sqlite"
    make_demo_database(path, clients=3, seed=1, clock=lambda: FIXED_NOW)
    store = Store.open(path, clock=lambda: FIXED_NOW)
    try:
        users = store.users.all()
        assert len(users) == 3 and [u.name for u in users if u.is_admin] == ["Karin Lindqvist"]
        assert len({stored_hash(store, u.id) for u in users}) == 1  # hashed once for all of them
        for user in users:
            assert store.users.sign_in(user.id, "demo").id == user.id
    finally:
        store.close()
