"""A database handle for a screen that only watches (the workshop's wall screen).

It differs from the counter's in three ways, all about the database going away and coming back:

- SQLite: every look opens the file afresh (no pooled connection that would keep reading a file
  that was moved or replaced) and opens it read-write *without creating it*, so a missing file is
  reported as missing instead of being replaced by an empty database;
- PostgreSQL: connections are checked before use and give up after a few seconds when the server
  cannot be reached, so the screen says so instead of hanging;
- it never migrates: the counter PCs do that.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.pool import NullPool

from desk.db import SQLITE_BUSY_TIMEOUT_MS, Database, is_sqlite, make_engine, sqlite_path

CONNECT_TIMEOUT_S = 3


def watching_database(url: str) -> Database:
    """A Database for read-only polling that notices when the database is gone and when it is back."""
    path = sqlite_path(url)
    if path is not None:
        return Database(url, make_engine(url, poolclass=NullPool, creator=_opener(path)))
    if is_sqlite(url):
        return Database(url)
    return Database(url, make_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}))


def _opener(path: Path):  # type: ignore[no-untyped-def]
    uri = f"file:{quote(str(path.resolve()))}?mode=rw"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
        )

    return connect
