"""Write a new Alembic revision by comparing desk/models with a database at the newest revision.

    .venv/bin/python scripts/new_migration.py "add complaint register"

The revision lands in desk/migrations/versions/; read it and adjust it before committing.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from desk.db import alembic_config, make_engine, upgrade


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'current.sqlite3'}"
        upgrade(url)
        engine = make_engine(url)
        with engine.begin() as connection:
            command.revision(alembic_config(connection), message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
