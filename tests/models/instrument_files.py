"""Instrument definition files for the tests: a small valid definition to vary, and writing one."""

from __future__ import annotations

import json
from pathlib import Path


def definition_dict(**changes) -> dict:
    """A small valid definition (two parts, two domains, three items, 4-step scale, N/A allowed)."""
    data = {
        "format": 1, "id": "test", "version": "1", "short_name": "TEST",
        "name": {"sv": "Testinstrument", "en": "Test instrument"},
        "owner": "Enheten", "licence": "Eget", "kind": "self_and_professional", "verified": True,
        "parts": [
            {"id": "client", "label": {"sv": "Klient"}, "rater": "client"},
            {"id": "professional", "label": {"sv": "Arbetsterapeut"}, "rater": "professional"},
        ],
        "domains": [{"id": "d1", "label": {"sv": "Område 1"}}, {"id": "d2", "label": {"sv": "Område 2"}}],
        "items": [
            {"id": "a", "domain": "d1", "label": {"sv": "A", "en": "A"}},
            {"id": "b", "domain": "d1", "label": {"sv": "B", "en": "B"}},
            {"id": "c", "domain": "d2", "label": {"sv": "C", "en": "C"}},
        ],
        "scale": {"values": [{"value": v, "label": {"sv": f"Steg {v}"}} for v in (4, 3, 2, 1)],
                  "favourable": "high"},
        "na": {"allowed": True},
        "text_fields": [{"id": "goals", "label": {"sv": "Mål"}}],
    }
    data.update(changes)
    return data


def write(folder: Path, name: str, data) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
