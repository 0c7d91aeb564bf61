"""The check-in search's index (issue 9): pieces of names, phones, plates and VINs.

See :mod:`desk.services.search_index`. On SQLite: two FTS5 tables kept by triggers on ``customer``
and ``vehicle`` (the triggers call Python functions Desk registers on its connections, so the
tables are filled here through the same functions). A later migration that rebuilds ``customer``
or ``vehicle`` in SQLite's batch mode drops these triggers and must create them again. On
PostgreSQL: SQL functions computing the same terms, a stored generated column ``search_terms`` on
each table (computed once per write, not per row read) and a GIN index on it.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

from desk.services import search_index

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_TABLES = {
    "customer": ("customer_search", "customer_terms", "name", "phone"),
    "vehicle": ("vehicle_search", "vehicle_terms", "plate", "vin"),
}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(search_index.POSTGRES_FUNCTIONS)
        for table, (_index, function, first, second) in _TABLES.items():
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN {search_index.POSTGRES_COLUMN} text[] "
                f"GENERATED ALWAYS AS ({function}({first}, {second})) STORED"
            )
            op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING gin ({search_index.POSTGRES_COLUMN})")
            # the planner needs to know which terms are in most rows (the province, a common
            # surname): reading the index for those is slower than reading rows until enough match
            op.execute(f"ANALYZE {table}")
        return
    search_index.register_sqlite_functions(bind.connection.driver_connection)
    for table, (index, function, first, second) in _TABLES.items():
        op.execute(f"CREATE VIRTUAL TABLE {index} USING fts5(terms, detail=none, tokenize='ascii')")
        op.execute(
            f"INSERT INTO {index}(rowid, terms) SELECT id, {function}({first}, {second}) FROM {table}"
        )
        op.execute(
            f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {index}(rowid, terms) VALUES (new.id, {function}(new.{first}, new.{second})); END"
        )
        op.execute(
            f"CREATE TRIGGER {index}_update AFTER UPDATE OF {first}, {second} ON {table} BEGIN "
            f"UPDATE {index} SET terms = {function}(new.{first}, new.{second}) WHERE rowid = new.id; END"
        )
        op.execute(
            f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM {index} WHERE rowid = old.id; END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in _TABLES:
            op.execute(f"DROP INDEX ix_{table}_search")
            op.execute(f"ALTER TABLE {table} DROP COLUMN {search_index.POSTGRES_COLUMN}")
        op.execute("DROP FUNCTION vehicle_terms(text, text)")
        op.execute("DROP FUNCTION customer_terms(text, text)")
        op.execute("DROP FUNCTION desk_terms(text, integer)")
        return
    for index, _function, _first, _second in _TABLES.values():
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER {index}_{event}")
        op.execute(f"DROP TABLE {index}")
