"""What the screenshot scripts share: a fresh demo shop in a temporary SQLite file, and letting
Qt finish painting before a grab."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desk import db
from desk.services import demo


def demo_database(now: dt.datetime | None = None) -> tuple[db.Database, str, Path]:
    """A migrated SQLite database filled with the demo shop (seed 1): database, URL, folder."""
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    db.upgrade(url)
    database = db.Database(url)
    with database.unit_of_work() as session:
        demo.fill_demo(session, seed=1, now=now)
    return database, url, folder


def settle_events(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()
