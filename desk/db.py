"""The engine, the unit of work, and the schema's migrations.

SQLite gets WAL, foreign keys and a busy timeout on every connection, and a unit of work that
writes starts with ``BEGIN IMMEDIATE`` so that two PCs writing at once queue instead of failing
half-way. Alembic owns the schema: ``upgrade`` creates or migrates it, copying a SQLite file
aside first when a migration is pending. Every start asks whether the schema is current, and
importing Alembic alone takes most of a second, so that question is answered without it: the
database's ``alembic_version`` row read in plain SQL against the newest revision named in the
migration files (:func:`newest_revision`). Alembic is imported only when they differ.

Several counter PCs share one database, so a Desk newer than the schema migrates it only while no
other Desk is connected (an older Desk running on a migrated schema would fail mid-action). On
PostgreSQL every Desk connection says ``application_name=desk`` and ``pg_stat_activity`` counts the
others. SQLite has no list of connections, but it does refuse to leave WAL mode while any other
connection has the file open (idle pooled connections included), so the upgrade switches the file to
a rollback journal with a short timeout: if that fails another program, most likely Desk on another
PC, still has the database open and the upgrade is refused. That catches every running Desk that
has touched the database, not one that has not connected yet; it also counts other programs
(a ``sqlite3`` shell, a backup tool) as users, which is the safe side.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desk.services import audit  # noqa: F401  (registers the audit log's flush listener)
from desk.services import search_index
from desk.services.errors import Conflict, DatabaseUnavailable
from desk.services.permissions import ACTOR_KEY

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
"""Alembic's one-row table holding the revision a database's schema is at."""
SQLITE_BUSY_TIMEOUT_MS = 10_000
APPLICATION_NAME = "desk"
"""What Desk's PostgreSQL connections call themselves, so an upgrade can see the other Desks."""
SOLE_USE_TIMEOUT_MS = 500
"""How long a SQLite upgrade waits for other connections to let go before refusing."""


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for memory databases and other servers."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url`` with Desk's connection settings."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    if is_sqlite(url):
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs
        )
        _configure_sqlite(engine)
        return engine
    connect_args: dict[str, Any] = {}
    if make_url(url).get_backend_name() == "postgresql" and "application_name" not in make_url(url).query:
        connect_args["application_name"] = APPLICATION_NAME
    connect_args.update(kwargs.pop("connect_args", {}))
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how each transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if sqlite_path(str(engine.url)) is not None:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        search_index.register_sqlite_functions(dbapi_connection)

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        if connection.get_execution_options().get("desk_write", False):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


class Database:
    """One database: its engine and the sessions that units of work run in."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine if engine is not None else make_engine(url)
        self._write = sessionmaker(
            bind=self.engine.execution_options(desk_write=True), expire_on_commit=False
        )
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self, *, write: bool = True, actor_id: int | None = None) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error.

        ``actor_id`` is the person signed in at this PC: the services check their permissions
        against it and the audit log names them. None is the command line.
        """
        factory = self._write if write else self._read
        try:
            with factory() as session, session.begin():
                if actor_id is not None:
                    session.info[ACTOR_KEY] = actor_id
                yield session
        except OperationalError as exc:
            raise database_unavailable(exc) from exc
        except StaleDataError as exc:
            # The ORM's version check caught a save over another PC's newer save that no service
            # checked for (no expected_version): refuse it in words rather than crash.
            raise Conflict(
                "刚才要保存的记录已被另一台电脑修改过，这次没有保存。请重新载入后再试。"
            ) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def database_unavailable(exc: OperationalError) -> DatabaseUnavailable:
    """The plain-words refusal for a database that is locked, gone or unreachable."""
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if "locked" in text or "busy" in text:
        return DatabaseUnavailable(
            "数据库正被另一台电脑占用，等待超时。请稍后再试；刚才的操作没有保存。"
        )
    return DatabaseUnavailable(
        "无法连接数据库：{detail}。请检查网络或数据库服务器；刚才的操作没有保存。", detail=text.strip()
    )


# --- migrations -------------------------------------------------------------------------------


def alembic_config(connection: Any | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision, as Alembic works it out from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


_ASSIGNMENT = re.compile(r"^(revision|down_revision)\b[^=\n]*=\s*(.+?)\s*$", re.MULTILINE)


def newest_revision() -> str | None:
    """The head revision read from the migration files' ``revision`` and ``down_revision`` lines.

    The same answer as :func:`head_revision` (a test holds them equal) in a millisecond instead of
    Alembic's import. None when the files do not name exactly one head (a branch, an unusual
    file): the caller then asks Alembic.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found: dict[str, str] = {}
        for match in _ASSIGNMENT.finditer(script.read_text(encoding="utf-8")):
            found.setdefault(match[1], match[2])  # the header's, before any code
        try:
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found.get("down_revision", "None"))
        except (KeyError, ValueError, SyntaxError):
            return None
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        parents.update([down] if isinstance(down, str) else down or ())
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revisions(connection: Connection) -> list[str]:
    """The revisions in the database's ``alembic_version`` table (none for a database without one)."""
    if not connection.dialect.has_table(connection, VERSION_TABLE):
        return []
    return list(connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalars())


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except OperationalError as exc:
        raise database_unavailable(exc) from exc


def upgrade(url: str, engine: Engine | None = None) -> Path | None:
    """Create or migrate the schema to the newest revision.

    Returns the path of the copy made of a SQLite file before migrating it, if one was made.
    Refuses a database whose schema is newer than this Desk, and an existing schema that needs
    migrating while other Desks are connected (see :func:`_claim_sole_use`).
    """
    own_engine = engine is None
    engine = engine if engine is not None else make_engine(url)
    try:
        # one connection for the reading, the check and the migration, so this Desk does not
        # count itself among the other users
        with engine.connect() as connection:
            stored = stored_revisions(connection)
            connection.rollback()
            if len(stored) == 1 and stored[0] == newest_revision():
                return None  # the usual start: current, and Alembic not even imported
            return _migrate(url, connection)
    except OperationalError as exc:
        raise database_unavailable(exc) from exc
    finally:
        if own_engine:
            engine.dispose()


def _migrate(url: str, connection: Connection) -> Path | None:
    """:func:`upgrade`'s work once the quick check found the schema not (or not surely) current."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    current = MigrationContext.configure(connection).get_current_revision()
    connection.rollback()
    if current == head_revision():
        return None
    if current is not None and not known_revision(current):
        raise DatabaseUnavailable(
            "数据库的版本（{current}）比这台电脑上的 Desk 新。请先把这台电脑的 Desk 升级到最新版本。",
            current=current,
        )
    if current is not None:
        _claim_sole_use(connection)
    try:
        backup = _copy_aside(url) if current is not None else None
        with connection.begin():
            command.upgrade(alembic_config(connection), "head")
    finally:
        if current is not None:
            _release_sole_use(connection)
    return backup


def _claim_sole_use(connection: Connection) -> None:
    """Refuse to migrate while another Desk is connected to the database.

    PostgreSQL: count the other backends on this database named ``desk``. SQLite: leave WAL mode,
    which the file allows only when no other connection has it open (see the module docstring).
    """
    if connection.dialect.name == "postgresql":
        others = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND application_name = %(name)s AND pid <> pg_backend_pid()",
            {"name": APPLICATION_NAME},
        ).scalar_one()
        connection.rollback()  # the migration starts its own transaction
        if others:
            raise DatabaseUnavailable(
                "数据库需要升级到这台电脑上的新版 Desk，但还有 {count} 个其他 Desk 连接在使用它。"
                "请先关闭其他电脑（包括大屏）上的 Desk，或先把它们也升级，然后再启动这台电脑的 Desk。",
                count=others,
            )
        return
    if connection.dialect.name == "sqlite" and sqlite_path(str(connection.engine.url)) is not None:
        # on the DBAPI connection itself: SQLAlchemy's "begin" hook would open a transaction,
        # and the journal mode cannot change inside one
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute(f"PRAGMA busy_timeout={SOLE_USE_TIMEOUT_MS}")
        try:
            mode = raw.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        except sqlite3.OperationalError:
            mode = "wal"
        finally:
            raw.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if str(mode).lower() == "wal":
            raise DatabaseUnavailable(
                "数据库需要升级到这台电脑上的新版 Desk，但另一个程序（很可能是其他电脑上的 Desk）正打开着数据库文件。"
                "请先关闭其他电脑上的 Desk，或先把它们也升级，然后再启动这台电脑的 Desk。"
            )


def _release_sole_use(connection: Connection) -> None:
    """Put a SQLite file back into WAL mode after :func:`_claim_sole_use` took it out."""
    if connection.dialect.name == "sqlite" and sqlite_path(str(connection.engine.url)) is not None:
        raw = connection.connection.dbapi_connection
        if raw is not None:
            raw.execute("PRAGMA journal_mode=WAL")


def known_revision(revision: str) -> bool:
    """True when ``revision`` is one of this Desk's migrations."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _copy_aside(url: str) -> Path | None:
    path = sqlite_path(url)
    if path is None or not path.exists():
        return None
    from desk.backup import copy_database

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return copy_database(path, path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}")).path


__all__ = [
    "Database", "current_revision", "head_revision", "known_revision", "make_engine", "newest_revision",
    "stored_revisions", "upgrade",
]
