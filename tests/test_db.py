"""The database layer: migrations match the models, SQLite settings, newer schemas refused,
numbers unique under concurrent writers, and a locked or missing database reported in words."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from conftest import Shop
from desk import db
from desk.models import Base
from desk.services import numbers, orders
from desk.services.search_index import alembic_include_name
from desk.services.errors import DatabaseUnavailable


def test_migrations_create_exactly_the_models(database: db.Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": alembic_include_name}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_sqlite_runs_in_wal_with_foreign_keys_and_a_busy_timeout(sqlite_url: str) -> None:
    database = db.Database(sqlite_url)
    with database.unit_of_work(write=False) as s:
        assert s.execute(text("pragma journal_mode")).scalar() == "wal"
        assert s.execute(text("pragma foreign_keys")).scalar() == 1
        assert s.execute(text("pragma busy_timeout")).scalar() == db.SQLITE_BUSY_TIMEOUT_MS
    database.dispose()


def test_a_database_from_a_newer_desk_is_refused(database_url: str) -> None:
    engine = db.make_engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("update alembic_version set version_num = 'from_the_future'"))
    engine.dispose()
    with pytest.raises(DatabaseUnavailable, match="比这台电脑上的 Desk 新"):
        db.upgrade(database_url)


def test_copy_aside_before_a_migration_is_a_consistent_database(sqlite_url: str) -> None:
    path = db.sqlite_path(sqlite_url)
    assert path is not None
    copy = db._copy_aside(sqlite_url)
    assert copy is not None and copy.exists() and copy != path
    with sqlite3.connect(copy) as connection:
        assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert connection.execute("select count(*) from shop_settings").fetchone()[0] == 1


def test_rollback_leaves_nothing_half_written(database: db.Database, seeded: Shop) -> None:
    with pytest.raises(RuntimeError):
        with database.unit_of_work() as s:
            orders.open_order(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=16000, complaint="保养")
            raise RuntimeError("the PC lost power here")
    with database.unit_of_work(write=False) as s:
        assert orders.list_orders(s) == []


def test_numbers_stay_unique_with_concurrent_writers(database_url: str, database: db.Database, seeded: Shop) -> None:
    """Several threads, each with its own connection, take numbers for the same day at once."""
    taken: list[str] = []
    failures: list[BaseException] = []
    now = dt.datetime(2026, 11, 23, 2, 0, tzinfo=dt.timezone.utc)
    start = threading.Barrier(4)

    def take() -> None:
        own = db.Database(database_url)
        try:
            start.wait()
            for _ in range(10):
                with own.unit_of_work() as s:
                    taken.append(numbers.next_number(s, "repair_order", now))
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=take) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sorted(taken) == [f"RO20261123-{n:04d}" for n in range(1, 41)]


def test_a_locked_sqlite_database_is_reported_and_nothing_is_lost(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_MS", 200)
    database = db.Database(sqlite_url)
    path = db.sqlite_path(sqlite_url)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("begin immediate")
    try:
        with pytest.raises(DatabaseUnavailable, match="占用"):
            with database.unit_of_work() as s:
                s.execute(text("update shop_settings set phone = '1'"))
    finally:
        blocker.execute("rollback")
        blocker.close()
    with database.unit_of_work(write=False) as s:
        assert s.execute(text("select phone from shop_settings")).scalar() == ""
    database.dispose()


def test_the_head_read_from_the_migration_files_is_alembics_head() -> None:
    """Starts compare the database with this head instead of importing Alembic: they must agree."""
    assert db.newest_revision() == db.head_revision()


def test_a_current_database_opens_without_importing_alembic(database_url: str) -> None:
    """Alembic takes most of a second to import; a start on a current database does not need it."""
    script = ("import sys; from desk import db; "
              f"print(db.upgrade({database_url!r}), 'alembic' in sys.modules)")
    tree = str(Path(db.__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([tree, os.environ.get("PYTHONPATH", "")]))
    run = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["None", "False"]


def test_a_database_behind_the_head_is_still_migrated(database_url: str) -> None:
    """The quick check sends a database one revision behind to Alembic, which brings it up to date."""
    from alembic import command

    engine = db.make_engine(database_url)
    with engine.begin() as connection:
        command.downgrade(db.alembic_config(connection), "-1")
    with engine.connect() as connection:
        assert db.stored_revisions(connection) != [db.head_revision()]
    engine.dispose()  # a connection left open would count as another Desk using the database
    db.upgrade(database_url)
    with engine.connect() as connection:
        assert db.stored_revisions(connection) == [db.head_revision()]
    engine.dispose()


def test_the_start_migrates_and_then_works_on_the_same_engine(database_url: str) -> None:
    """``desk`` checks, migrates and then serves the counter through one engine; after a migration
    that engine's connection (on SQLite back in WAL mode) must serve the counter as usual."""
    from alembic import command

    from desk.app import open_database
    from desk.config import Settings
    from desk.services import shop

    engine = db.make_engine(database_url)
    with engine.begin() as connection:
        command.downgrade(db.alembic_config(connection), "-1")
    engine.dispose()
    database = open_database(Settings(database_url=database_url))
    try:
        with database.engine.connect() as connection:
            assert db.stored_revisions(connection) == [db.head_revision()]
        with database.unit_of_work(write=False) as s:
            if db.is_sqlite(database_url):
                assert s.execute(text("pragma journal_mode")).scalar() == "wal"
            assert shop.list_staff(s) == []
    finally:
        database.dispose()


def test_a_refused_start_leaves_the_database_closed(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.app import open_database
    from desk.config import Settings

    engine = db.make_engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("update alembic_version set version_num = 'from_the_future'"))
    engine.dispose()
    disposed: list[db.Database] = []
    original = db.Database.dispose
    monkeypatch.setattr(db.Database, "dispose", lambda self: (disposed.append(self), original(self))[1])
    with pytest.raises(DatabaseUnavailable, match="比这台电脑上的 Desk 新"):
        open_database(Settings(database_url=database_url))
    assert len(disposed) == 1


def test_a_missing_database_file_folder_is_created(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a' / 'b' / 'desk.sqlite3'}"
    db.upgrade(url)
    assert (tmp_path / "a" / "b" / "desk.sqlite3").exists()


def test_an_older_database_with_data_is_migrated_in_place_after_a_copy(database_url: str, tmp_path: Path) -> None:
    """A database at the first revision, with a customer in it, is upgraded to the newest one."""
    from alembic import command

    engine = db.make_engine(database_url)
    with engine.begin() as connection:
        command.downgrade(db.alembic_config(connection), "0001")
        connection.execute(text(
            "insert into customer (name, phone, is_company, notes, created_at, version, updated_at) "
            "values ('张伟', '13812345678', false, '', '2026-11-01 08:00:00', 1, '2026-11-01 08:00:00')"
        ))
    engine.dispose()
    backup = db.upgrade(database_url)
    if db.is_sqlite(database_url):
        assert backup is not None and backup.exists()
    assert db.current_revision(db.make_engine(database_url)) == db.head_revision()
    database = db.Database(database_url)
    with database.unit_of_work(write=False) as s:
        assert s.execute(text("select name, gender from customer")).one() == ("张伟", "")
        assert s.execute(text("select slot_minutes, slots_before_buffer, privacy from shop_settings")).one() == (
            15, 3, "surname_title")
    database.dispose()
