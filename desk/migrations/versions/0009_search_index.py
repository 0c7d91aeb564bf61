"""The check-in search's index (issue 9): pieces of names, phones, plates and VINs.

See :mod:`desk.services.search_index`. On SQLite: two FTS5 tables kept by triggers on ``customer``
and ``vehicle`` (the triggers call Python functions Desk registers on its connections, so the
tables are filled here through the same functions). A later migration that rebuilds ``customer``
or ``vehicle`` in SQLite's batch mode drops these triggers and must create them again. On
PostgreSQL: SQL functions computing the same terms and a GIN index on each table.

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

_SQLITE_TABLES = {
    "customer": ("customer_search", "customer_terms", "name", "phone"),
    "vehicle": ("vehicle_search", "vehicle_terms", "plate", "vin"),
}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(search_index.POSTGRES_FUNCTIONS)
        op.execute("CREATE INDEX ix_customer_search ON customer USING gin (customer_terms(name, phone))")
        op.execute("CREATE INDEX ix_vehicle_search ON vehicle USING gin (vehicle_terms(plate, vin))")
        return
    search_index.register_sqlite_functions(bind.connection.driver_connection)
    for table, (index, function, first, second) in _SQLITE_TABLES.items():
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
        op.execute("DROP INDEX ix_vehicle_search")
        op.execute("DROP INDEX ix_customer_search")
        op.execute("DROP FUNCTION vehicle_terms(text, text)")
        op.execute("DROP FUNCTION customer_terms(text, text)")
        op.execute("DROP FUNCTION desk_terms(text, integer)")
        return
    for index, _function, _first, _second in _SQLITE_TABLES.values():
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER {index}_{event}")
        op.execute(f"DROP TABLE {index}")
