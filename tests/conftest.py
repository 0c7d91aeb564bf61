"""Fixtures: a fresh, migrated database per test, on SQLite and on a real PostgreSQL server.

Each database-backed test runs twice, once per backend. The PostgreSQL server is started by the
test run itself (see ``pgserver.py``); where it cannot be started the PostgreSQL half is skipped
locally but fails on CI, so a green CI run always includes it.
"""

from __future__ import annotations

import os

# Qt must not look for a screen: every GUI test drives real widgets offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import itertools
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from desk import db as desk_db
from desk.models.enums import Role
from desk.services import customers, shop
from pgserver import PostgresServer, postgres_unavailable_reason, running_in_ci

BACKENDS = ("sqlite", "postgresql")
_counter = itertools.count(1)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    desk_db.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[tuple[PostgresServer, str]]:
    """A PostgreSQL server for the run and a migrated template database on it."""
    reason = postgres_unavailable_reason()
    if reason is not None:
        if running_in_ci():
            pytest.fail(f"PostgreSQL is required on CI but cannot be started: {reason}")
        pytest.skip(f"PostgreSQL not available here: {reason}")
    server = PostgresServer.start()
    try:
        _admin(server, "CREATE DATABASE desk_template")
        desk_db.upgrade(server.url_for("desk_template"))
        yield server, "desk_template"
    finally:
        server.stop()


def _admin(server: PostgresServer, sql: str) -> None:
    with psycopg.connect(server.conninfo, autocommit=True) as connection:
        connection.execute(sql)  # type: ignore[arg-type]


def _new_database_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "desk.sqlite3"
        shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        return
    server, template_name = request.getfixturevalue("pg_template")
    name = f"desk_test_{next(_counter)}"
    _admin(server, f"CREATE DATABASE {name} TEMPLATE {template_name}")
    try:
        yield server.url_for(name)
    finally:
        _admin(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, migrated, empty Desk database (one per backend)."""
    yield from _new_database_url(request, request.param, tmp_path)


@pytest.fixture
def sqlite_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Like ``database_url`` but SQLite only, for tests about SQLite itself or the GUI."""
    yield from _new_database_url(request, "sqlite", tmp_path)


@pytest.fixture
def database(database_url: str) -> Iterator[desk_db.Database]:
    database = desk_db.Database(database_url)
    try:
        yield database
    finally:
        database.dispose()


def backend_of(url: str) -> str:
    return make_url(url).get_backend_name()


@dataclass(frozen=True)
class Shop:
    """Ids of the people and the car that most tests need."""

    advisor: int
    advisor2: int
    cashier: int
    manager: int
    team: int
    customer: int
    vehicle: int


VIN = "LSVAU218XN2183294"


def seed_shop(database: desk_db.Database) -> Shop:
    with database.unit_of_work() as s:
        shop.update_shop(
            s, name="广州粤顺汽车销售服务有限公司", address="广州市天河区黄埔大道西 100 号",
            phone="020-38881234", labour_rate="180", opening_time=dt.time(8, 30),
            closing_time=dt.time(18, 0), staff_id=None,
        )
        team = shop.add_team(s, "机电一组", 3)
        advisor = shop.add_staff(s, "李娜", Role.ADVISOR)
        advisor2 = shop.add_staff(s, "王强", Role.ADVISOR)
        cashier = shop.add_staff(s, "陈敏", Role.CASHIER)
        manager = shop.add_staff(s, "赵经理", Role.MANAGER)
        card = customers.create_customer(s, name="张伟", phone="13812345678", staff_id=advisor.id)
        vehicle = customers.add_vehicle(
            s, card.id, plate="粤B·D12345", vin=VIN, model="大众 帕萨特 330TSI", colour="白色",
            mileage=15000, staff_id=advisor.id,
        )
    return Shop(
        advisor=advisor.id, advisor2=advisor2.id, cashier=cashier.id, manager=manager.id,
        team=team.id, customer=card.id, vehicle=vehicle.id,
    )


@pytest.fixture
def seeded(database: desk_db.Database) -> Shop:
    return seed_shop(database)
