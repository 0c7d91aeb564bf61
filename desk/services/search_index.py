"""The search index behind the check-in search: pieces of names, phones, plates and VINs.

Searching "any part of" a field cannot use an ordinary index, and ten years of a busy shop is
200,000 customers and 250,000 cars, too many to read on every keystroke. So every customer and car
carries its *search terms*: every two characters next to each other in the name (and each Chinese
character on its own, so one surname is found), every two and every three characters next to each
other in the plate and VIN, every three digits next to each other in the phone number (two letters
or digits are in too many plates and numbers to narrow anything down). A fragment typed in the
search box is turned into the same terms, and only the rows holding all of them are read and then
checked with the real ``LIKE``. The terms are hex of the UTF-8 bytes, so no tokenizer and no
database locale can split or fold them differently from Python.

- SQLite: FTS5 tables ``customer_search`` / ``vehicle_search`` (``detail=none``: rowids only) kept
  by triggers that call :func:`customer_terms` / :func:`vehicle_terms`, registered on every
  connection Desk opens (:mod:`desk.db`) and by the migration that made them.
- PostgreSQL: a stored generated column ``search_terms`` on each table, computed by SQL functions
  of the same names (:data:`POSTGRES_FUNCTIONS`; a test keeps them equal to the Python ones), with
  a GIN index. Stored, not an index on the expression: when a term is in most rows the planner
  rightly reads rows in order, and recomputing the terms of each row read cost 0.4 ms a row.

This module holds no Qt and no session work; :mod:`desk.services.customers` asks the questions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, column, literal_column, or_
from sqlalchemy import table as sql_table

SEARCH_TABLES = ("customer_search", "vehicle_search")
"""The SQLite FTS5 tables (plus FTS5's own ``…_data``/``…_idx``/``…_config`` tables)."""
POSTGRES_COLUMN = "search_terms"
"""The stored generated column holding a row's terms on PostgreSQL (no model maps it)."""

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def terms(value: str | None, size: int) -> list[str]:
    """The search terms of one field: its pieces of ``size`` characters, as hex.

    With ``size`` 2, each character beyond ASCII is a term of its own as well (one Chinese
    character is a useful search; one letter or digit is not). Only ASCII letters are folded to
    lower case: the database's own ``lower`` depends on its locale.
    """
    if not value:
        return []
    text = value.translate(_ASCII_LOWER)
    found = {text[i:i + size] for i in range(len(text) - size + 1)}
    if size == 2:
        found.update(ch for ch in text if ord(ch) > 127)
    return sorted(piece.encode("utf-8").hex() for piece in found)


def customer_terms(name: str | None, phone: str | None) -> str:
    """A customer's terms, space separated (the form the FTS5 table stores)."""
    return " ".join(terms(name, 2) + terms(phone, 3))


def vehicle_terms(plate: str | None, vin: str | None) -> str:
    """A car's terms, space separated (the form the FTS5 table stores)."""
    return " ".join(terms(plate, 2) + terms(plate, 3) + terms(vin, 2) + terms(vin, 3))


def fragment_terms(fragment: str, size: int) -> list[str]:
    """The terms every field containing ``fragment`` must hold; empty when it is too short.

    A fragment shorter than a term (one letter or digit, two digits of a phone) has no term of
    its own; the search then reads rows without the index, which is quick because such short
    fragments are in most rows and the search stops at its limit.
    """
    folded = fragment.translate(_ASCII_LOWER)
    if len(folded) >= size:
        pieces = {folded[i:i + size] for i in range(len(folded) - size + 1)}
    elif size == 2 and len(folded) == 1 and ord(folded) > 127:
        pieces = {folded}
    else:
        return []
    return sorted(piece.encode("utf-8").hex() for piece in pieces)


def fts_query(term_list: list[str]) -> str:
    """An FTS5 query asking for rows holding every term (terms are hex: nothing to escape)."""
    return " ".join(f'"{term}"' for term in term_list)


def is_search_index_table(name: str | None) -> bool:
    """Whether ``name`` is one of the SQLite search tables, which the models do not map."""
    return bool(name) and any(name == table or name.startswith(f"{table}_") for table in SEARCH_TABLES)


POSTGRES_INDEXES = ("ix_customer_search", "ix_vehicle_search")
"""The PostgreSQL GIN indexes on the terms (expressions, which the models do not declare)."""


def alembic_include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic's ``include_name``: comparisons leave the search index out (no model maps it)."""
    if type_ == "table":
        return not is_search_index_table(name)
    if type_ == "column":
        return name != POSTGRES_COLUMN
    return not (type_ == "index" and name in POSTGRES_INDEXES)


POSTGRES_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION desk_terms(value text, size integer) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT piece ORDER BY piece), '{}')
    FROM (
        SELECT encode(convert_to(substr(folded, i, size), 'UTF8'), 'hex') AS piece
        FROM (SELECT translate(coalesce(value, ''), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                               'abcdefghijklmnopqrstuvwxyz') AS folded) AS f,
             generate_series(1, length(folded) - size + 1) AS i
        UNION
        SELECT encode(convert_to(substr(folded, i, 1), 'UTF8'), 'hex')
        FROM (SELECT coalesce(value, '') AS folded) AS f,
             generate_series(1, length(folded)) AS i
        WHERE size = 2 AND ascii(substr(folded, i, 1)) > 127
    ) AS pieces
$$;
CREATE OR REPLACE FUNCTION customer_terms(name text, phone text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT desk_terms(name, 2) || desk_terms(phone, 3) $$;
CREATE OR REPLACE FUNCTION vehicle_terms(plate text, vin text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT desk_terms(plate, 2) || desk_terms(plate, 3) || desk_terms(vin, 2) || desk_terms(vin, 3)
$$;
"""
"""The PostgreSQL side of :func:`customer_terms` / :func:`vehicle_terms` (arrays, not strings)."""


def register_sqlite_functions(connection: Any) -> None:
    """Give a SQLite DB-API connection the functions the search tables' triggers call."""
    connection.create_function("customer_terms", 2, customer_terms, deterministic=True)
    connection.create_function("vehicle_terms", 2, vehicle_terms, deterministic=True)


def narrow(query: Select[Any], dialect: str, table: Table, term_sets: Sequence[list[str]]) -> Select[Any]:
    """``query`` over ``table`` (customer or vehicle) kept to rows holding one of ``term_sets``."""
    unique_sets = list(dict.fromkeys(tuple(terms) for terms in term_sets))
    if dialect == "sqlite":
        # joined, not "id IN (…)", so SQLite walks the index's rows and stops at the query's limit
        index = sql_table(f"{table.name}_search", column("rowid"), column("terms"))
        match = " OR ".join(f"({fts_query(list(terms))})" for terms in unique_sets)
        # the table's own name on the left: detail=none has no column filters
        return query.join(index, index.c.rowid == table.c.id).where(literal_column(index.name).op("MATCH")(match))
    held = literal_column(f"{table.name}.{POSTGRES_COLUMN}")
    return query.where(or_(*(held.op("@>")(_postgres_array(terms)) for terms in unique_sets)))


def _postgres_array(terms: Sequence[str]) -> ColumnElement[Any]:
    """The terms written into the statement, not bound: with a parameter the driver soon prepares
    the statement and PostgreSQL plans it once for any terms, reading the whole index even for a
    term in every row (the province on every plate). Terms are hex, so nothing needs quoting."""
    if not all(term and set(term) <= _HEX for term in terms):
        raise ValueError(f"search terms must be hex: {terms!r}")
    return literal_column("ARRAY[" + ", ".join(f"'{term}'" for term in terms) + "]::text[]")


_HEX = frozenset("0123456789abcdef")
