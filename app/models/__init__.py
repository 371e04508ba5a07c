"""Domain and storage: plain Python, no Qt. Start with ``Store.open(path)``."""

from app.models.store import Store

__all__ = ["Store"]
