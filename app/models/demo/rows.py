"""Demo rows as dicts keyed by column name, checked against the tables the migrations made and
written in bulk.

The INSERT is generated from the row's keys, so a column renamed or dropped in a migration makes
the demo fail loudly (``SchemaMismatch``) instead of drifting. Writing stays fast: one
``executemany`` per table and batch; the per-row work (same columns as the first row, values in
column order) runs in C through ``map`` and ``itemgetter``.
"""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from app.models.store import Store, Writer


class SchemaMismatch(RuntimeError):
    """A demo row does not fit its table as the migrations made it: the demo needs updating."""


class TableColumns:
    """The columns of each table, read once per table from ``PRAGMA table_info``."""

    def __init__(self, store: Store):
        self._store = store
        self._columns: dict[str, frozenset[str]] = {}

    def of(self, table: str) -> frozenset[str]:
        columns = self._columns.get(table)
        if columns is None:
            rows = self._store.query("SELECT name FROM pragma_table_info(?)", (table,))
            if not rows:
                raise SchemaMismatch(f"Demo data for {table!r}, but the schema has no such table.")
            columns = self._columns[table] = frozenset(r["name"] for r in rows)
        return columns

    def check(self, table: str, keys: Iterable[str]) -> tuple[str, ...]:
        """The keys as a tuple, when every one is a column of ``table``."""
        keys = tuple(keys)
        unknown = [k for k in keys if k not in self.of(table)]
        if unknown:
            raise SchemaMismatch(f"Demo rows for {table!r} have columns the schema does not: {', '.join(unknown)}.")
        return keys

    def insert_sql(self, table: str, keys: Iterable[str]) -> str:
        columns = self.check(table, keys)
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


class PendingRows(dict[str, list[dict[str, Any]]]):
    """Rows waiting to be written, per table: ``rows["notes"].append({"case_id": 7, …})``."""

    def __missing__(self, table: str) -> list[dict[str, Any]]:
        batch = self[table] = []
        return batch

    def write(self, tx: Writer, columns: TableColumns, order: Iterable[str] = ()) -> None:
        """Every table's rows, the tables in ``order`` first (foreign-key order), then the rest."""
        order = tuple(order)
        for table in (*order, *(t for t in self if t not in order)):
            batch = self.get(table)
            if batch:
                write_rows(tx, columns, table, batch)


def write_rows(tx: Writer, columns: TableColumns, table: str, batch: Sequence[Mapping[str, Any]]) -> None:
    """One INSERT for the whole batch, its columns the first row's keys; every row must have the same."""
    keys = tuple(batch[0])
    sql = columns.insert_sql(table, keys)
    if set(map(len, batch)) != {len(keys)}:
        raise SchemaMismatch(f"Demo rows for {table!r} do not all have the same columns.")
    values = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    try:
        tx.executemany(sql, map(values, batch))
    except KeyError as missing:  # same number of columns as the first row, but another one
        raise SchemaMismatch(f"Demo rows for {table!r} do not all have the same columns: {missing}.") from None
