"""The journal copy shows every note as a record (R3, R8): kind, event date and time written,
author with title, and its status: osignerad, signerad, makulerad, rättad, the correction, the
client's objection; ordered by the date it happened."""

from __future__ import annotations

from app.exporters.pdf import write_record_pdf


def test_every_note_with_its_kind_status_and_links(store, user, case, tmp_path, read_pdf):
    bertil = store.users.add("Bertil Berg", "arbetsmarknadskoordinator")
    first = store.notes.add(case.id, "2026-11-05", "samtal", "Första samtalet om arbetsdagen.")
    store.notes.sign(first.id)
    fix = store.notes.correct(first.id, "Första samtalet med arbetsledaren.", "Arbetsledaren var med.")
    wrong = store.notes.add(case.id, "2026-11-10", "telefon", "Ringde fel person.")
    store.notes.strike(wrong.id, "Fel ärende")
    seen = store.notes.add(case.id, "2026-11-03", "observation", "Observation i köket.")
    store.notes.sign(seen.id)
    objection = store.notes.object(seen.id, "Klienten anser att han inte tappade tempot.")
    store.user_id = bertil.id
    store.notes.add(case.id, "2026-11-13", "telefon", "Bertil ringde arbetsgivaren.")

    path = tmp_path / "record.pdf"
    write_record_pdf(store, path, case_id=case.id)
    flat = read_pdf(path).flat
    journal = flat[flat.index("Journal i datumordning"):]
    expected = [
        "2026-11-03 · Journalanteckning – Observation",
        f"Nr {seen.id} · Anna Andersson, arbetsterapeut · skriven 2026-11-20 10:00 · signerad 2026-11-20 10:00 "
        "av Anna Andersson, arbetsterapeut",
        f"Klienten har en avvikande mening: se nr {objection.id} (2026-11-20).",
        "Observation i köket.",
        "2026-11-05 · Journalanteckning – Samtal – RÄTTAD",
        f"Rättad: se rättelsen nr {fix.id} (2026-11-05).",
        "Första samtalet om arbetsdagen.",
        "2026-11-05 · Journalanteckning – Samtal",
        f"Nr {fix.id} · Anna Andersson, arbetsterapeut · skriven 2026-11-20 10:00 · osignerad",
        f"Rättelse av anteckning nr {first.id} (2026-11-05). Skäl: Arbetsledaren var med.",
        "Första samtalet med arbetsledaren.",
        "2026-11-10 · Journalanteckning – Telefon – MAKULERAD",
        "Makulerad 2026-11-20 10:00 av Anna Andersson. Skäl: Fel ärende",
        "Ringde fel person.",  # still readable
        "2026-11-13 · Koordinatorsanteckning – Telefon",
        "Bertil Berg, arbetsmarknadskoordinator · skriven 2026-11-20 10:00 · osignerad",
        "2026-11-20 · Journalanteckning – Avvikande mening",
        f"Klientens avvikande mening om anteckning nr {seen.id} (2026-11-03).",
        "Klienten anser att han inte tappade tempot.",
    ]
    positions = []
    for marker in expected:
        assert marker in journal, marker
        positions.append(journal.index(marker, positions[-1] if positions else 0))
    assert positions == sorted(positions)
