"""Administrations made with the definitions issue 14 replaced (tests/fixtures/instruments_old/):
started while the old file was loaded, then the app goes on with only the shipped files, as after
an upgrade. The administration keeps its copy of the old definition (definition_json)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from app.models.instruments import load_registry

OLD = Path(__file__).parent / "fixtures" / "instruments_old"
OLD_FILES = {"wri-s": "wri-s-10.0.json", "oval-9": "oval-9-1.json", "doa": "doa-1.json", "awp": "awp-1.json"}


def old_definition(instrument_id: str) -> dict:
    return json.loads((OLD / OLD_FILES[instrument_id]).read_text(encoding="utf-8"))


def old_administration(store, folder: Path, case_id: int, instrument_id: str, day: str, value_of=lambda n: 3):
    """A completed administration with the old version; item n (0-based) rated ``value_of(n)``.
    ``folder`` (a temporary directory) holds the old file while it is given."""
    old = folder / "old-instruments"
    old.mkdir(exist_ok=True)
    shutil.copy(OLD / OLD_FILES[instrument_id], old / OLD_FILES[instrument_id])
    version = old_definition(instrument_id)["version"]
    store.assessments.registry = load_registry(user=old)
    try:
        a = store.assessments.start(case_id, instrument_id, version, assessment_date=day)
    finally:
        store.assessments.registry = load_registry(user=old / "none")  # shipped only, from now on
    for part in a.definition.parts:
        for n, item in enumerate(a.definition.items):
            store.assessments.save_rating(a.id, part.id, item.id, value_of(n))
    return store.assessments.complete(a.id)
