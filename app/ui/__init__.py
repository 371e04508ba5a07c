"""The desktop UI (PySide6). It shows and edits; the rules live in app.models."""
