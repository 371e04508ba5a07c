"""One order and one number for an instrument's items, wherever they are listed: the form, the
results view and its comparison, and the PDF (profile chart and tables).

The number is the item's place in the definition (1…n, the manual's numbering: WEIS-S lists its
17 items with the areas interleaved). The order is the form's: area by area as the definition lists
the areas, the items of an area in their definition order. Both come from here so that "3. Koordination"
reads the same on screen and on paper.
"""

from __future__ import annotations

from functools import lru_cache

from app.models.instruments import InstrumentDef, Item


@lru_cache(maxsize=64)
def _numbers(definition: InstrumentDef) -> dict[str, int]:
    return {item.id: n for n, item in enumerate(definition.items, start=1)}


def item_number(definition: InstrumentDef, item_id: str) -> int:
    return _numbers(definition)[item_id]


def numbered(definition: InstrumentDef, item_id: str) -> str:
    """"3. Koordination": the item's number and its Swedish label."""
    return f"{item_number(definition, item_id)}. {definition.item(item_id).label.sv}"


def listed_items(definition: InstrumentDef) -> tuple[Item, ...]:
    """Every item in the order the form shows them (area by area)."""
    return tuple(item for domain in definition.domains for item in definition.items_in(domain.id))


def listing_key(definition: InstrumentDef):
    """A sort key for item ids in the listed order (an id the definition lacks sorts last)."""
    place = {item.id: n for n, item in enumerate(listed_items(definition))}
    return lambda item_id: place.get(item_id, len(place))
