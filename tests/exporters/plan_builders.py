"""A plan long enough to break pages, with follow-ups held, for the plan PDF tests (and a look at it)."""

from __future__ import annotations

from types import SimpleNamespace

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.plans import PlanInput, SubGoalInput
from app.models.unit import UnitInput
from tests.support import make_pnr

LONG_ACTIONS = ("Vi går igenom schemat varje måndag och skriver upp passen på tavlan i köket. "
                "Påminnelse med sms kvällen före. ") * 6


def logo_file(tmp_path, kind: str = "PNG"):
    """A letterhead-shaped logo (PIL comes with reportlab)."""
    from PIL import Image

    path = tmp_path / f"logo.{kind.lower()}"
    Image.new("RGB", (300, 90), (31, 78, 121)).save(path, kind)
    return path


def unit_identity(store, logo_path=None):
    """The unit's identity as an administrator sets it (Anna is one), and Anna's own contact."""
    store.unit.save(UnitInput(municipality="Åre kommun", name="AMA Järpen", address="Järpevägen 4, 837 31 Järpen",
                              phone="0647-161 00", email="ama@are.se", logo_path=logo_path))
    store.users.set_contact("070-123 45 67", "anna.andersson@are.se")
    return store.unit.identity()


def long_plan(store, goals: int = 9, supervisor: bool = True, follow_ups: bool = True, serial: int = 984):
    """An agreed plan of ``goals`` sub-goals (every other with a long text of actions; every third
    the supervisor's when ``supervisor``), a follow-up held; ``serial`` tells two clients apart."""
    import datetime as dt

    client = store.clients.add(ClientInput(first_name="Maja", last_name="Lång",
                                           personnummer=make_pnr(dt.date(1990, 5, 17), serial=serial),
                                           gender="kvinna"))
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="af",
                                                 target_group="ama_medarbetare", reason="Behöver stöd i arbetet."))
    sub_goals = [
        SubGoalInput(text=f"Delmål nummer {n}: klara arbetsmoment {n} på egen hand",
                     actions=LONG_ACTIONS if n % 2 else "Korta pauser varje timme.",
                     responsible="klienten" if n % 3 else ("arbetsledare" if supervisor else "arbetsterapeut"),
                     start_date="2026-11-10", target_date="2027-03-01",
                     follow_up_date=f"2027-01-{10 + n:02d}")
        for n in range(1, goals + 1)
    ]
    version = store.plans.save(case.id, PlanInput(
        main_goal="Arbeta halvtid i köket på Café Åre", baseline="Arbetar 25 % i dag. " * 8,
        client_priorities="Komma i tid och orka hela passet.", follow_up_date="2026-12-18", sub_goals=sub_goals))
    participants = "Klienten, arbetsledaren Per och arbetsterapeuten" if supervisor else "Klienten och arbetsterapeuten"
    version = store.plans.agree(version.id, "2026-11-12", participants)
    held = None
    if follow_ups:
        held = store.plans.record_follow_up(case.id, "2026-11-19", "Schemat fungerar; två sena morgnar.",
                                            "2027-01-05", participants="Klienten och arbetsterapeuten")
    return SimpleNamespace(client=client, case=case, version=version, follow_up=held)


FOLLOW_UP_DAYS = ("2026-03-18", "2026-04-15", "2026-05-13", "2026-06-10", "2026-07-01", "2026-08-12",
                  "2026-09-09", "2026-10-07", "2026-11-04")


def followed_plan(store, goals: int = 4, serial: int = 987, notes: dict[int, str] | None = None):
    """A plan agreed in March with its sub-goals followed up in June, and nine follow-ups held since,
    a month or so apart, only some of them with a note (as a unit records them); the next one is
    2026-12-02. ``notes``: the note of each follow-up held, by its number (0-8). The store's clock
    goes back for each and ends on the tests' fixed day."""
    import datetime as dt

    now = store.now()
    store._clock = lambda: dt.datetime(2026, 3, 2, 10, 0)  # noqa: SLF001 - the tests' one way to move time
    client = store.clients.add(ClientInput(first_name="Maja", last_name="Följd",
                                           personnummer=make_pnr(dt.date(1991, 6, 3), serial=serial),
                                           gender="kvinna"))
    case = store.cases.open(client.id, CaseInput(referral_date="2026-02-16", referred_by="af",
                                                 target_group="ama_medarbetare", reason="Behöver stöd i arbetet."))
    sub_goals = [SubGoalInput(text=f"Delmål nummer {n}: klara arbetsmoment {n} på egen hand",
                              actions="Korta pauser varje timme.", responsible="klienten",
                              start_date="2026-03-02", target_date="2027-03-01", follow_up_date=f"2026-06-{n:02d}")
                 for n in range(1, goals + 1)]
    version = store.plans.save(case.id, PlanInput(main_goal="Arbeta halvtid i köket", baseline="Arbetar 25 %.",
                                                  follow_up_date="2026-03-18", sub_goals=sub_goals))
    version = store.plans.agree(version.id, "2026-03-02", "Klienten och arbetsterapeuten")
    if notes is None:
        notes = {0: "Schemat fungerar.", 3: "Delmålen följdes upp; två är nådda.", 8: "Arbetar nu 50 %."}
    for n, day in enumerate(FOLLOW_UP_DAYS):
        store._clock = lambda day=day: dt.datetime.fromisoformat(f"{day}T10:00")  # noqa: SLF001
        following = FOLLOW_UP_DAYS[n + 1] if n + 1 < len(FOLLOW_UP_DAYS) else "2026-12-02"
        store.plans.record_follow_up(case.id, day, notes.get(n, ""), following)
    store._clock = lambda: now  # noqa: SLF001
    return SimpleNamespace(client=client, case=case, version=store.plans.get(version.id))
