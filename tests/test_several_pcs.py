"""Several counter PCs on one database: real OS processes (``pc_worker.py``) against one
PostgreSQL database and one SQLite file.

- Opening orders at the same moment: every order a PC was told about is saved, nothing else is,
  numbers are unique and gapless per day, and a busy database is reported, never swallowed.
- Saving the same orders at the same moment: for each version exactly one save wins, every other
  one is refused with a message naming who changed the order and when, and the order ends as the
  last winner left it — no silent overwrite. A save that skipped the check is still refused.
- A newer Desk migrates the schema only when no other Desk is connected.

The assertions do not depend on timing: whoever wins, the books must balance.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import psycopg
import pytest
from alembic import command
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from conftest import Shop, seed_shop
from desk import db
from desk.db import Database
from desk.models import RepairOrder, Staff
from desk.services import customers, orders
from desk.services.errors import Conflict, DatabaseUnavailable
from test_board import vin

WORKER = Path(__file__).with_name("pc_worker.py")
PCS = 4
ORDERS_PER_PC = 15
EDITED_ORDERS = 3
ROUNDS = 5
TIMEOUT = 120


def start_pcs(arguments: list[list[str]], **env: str) -> list[subprocess.Popen[str]]:
    """Start one process per argument list at once."""
    env = {**os.environ, **env,
           "PYTHONPATH": os.pathsep.join([str(WORKER.parent.parent), os.environ.get("PYTHONPATH", "")])}
    return [
        subprocess.Popen([sys.executable, str(WORKER), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, env=env)
        for args in arguments
    ]


def finish_pcs(processes: list[subprocess.Popen[str]], already_read: list[str] | None = None) -> list[list[str]]:
    """Wait for the processes; return each one's output lines (after ``already_read`` ones)."""
    outputs = []
    for index, process in enumerate(processes):
        out, err = process.communicate(timeout=TIMEOUT)
        assert process.returncode == 0, err
        if already_read:
            out = already_read[index] + out
        lines = out.splitlines()
        assert lines and lines[-1] == "DONE", out + err
        outputs.append(lines[:-1])
    return outputs


def run_pcs(arguments: list[list[str]]) -> list[list[str]]:
    return finish_pcs(start_pcs(arguments))


def own_cars(database: Database, count: int) -> list[int]:
    """One car per PC: several PCs open orders for different customers' cars."""
    with database.unit_of_work() as s:
        ids = []
        for n in range(count):
            card = customers.create_customer(s, name=f"客户{n}", phone=f"1370000{n:04d}")
            ids.append(customers.add_vehicle(
                s, card.id, plate=f"粤A·C{n:04d}", vin=vin(900 + n), model="丰田 凯美瑞 2.0G", mileage=10000,
            ).id)
    return ids


def test_orders_opened_at_once_on_several_pcs(database_url: str, database: Database, seeded: Shop,
                                              tmp_path: Path) -> None:
    cars = own_cars(database, PCS)
    advisors = [seeded.advisor, seeded.advisor2, seeded.advisor, seeded.advisor2]
    outputs = run_pcs([
        ["create", database_url, str(tmp_path), str(PCS), str(pc), str(ORDERS_PER_PC), str(cars[pc]), str(advisors[pc])]
        for pc in range(PCS)
    ])

    told: list[str] = []
    for pc, lines in enumerate(outputs):
        kinds = Counter(line.split()[0] for line in lines)
        assert set(kinds) <= {"OPENED", "BUSY"}, lines  # nothing refused but "busy", and that was said
        for line in lines:
            if line.startswith("BUSY"):
                assert "数据库正被另一台电脑占用" in line and "没有保存" in line
        # every order was eventually opened: a "busy" was retried, not lost
        assert kinds["OPENED"] == ORDERS_PER_PC, f"PC {pc}: {lines}"
        told += [line.split()[1] for line in lines if line.startswith("OPENED")]

    assert len(told) == len(set(told)) == PCS * ORDERS_PER_PC  # no number given twice
    with database.unit_of_work(write=False) as s:
        saved = s.execute(select(RepairOrder.number, RepairOrder.vehicle_id, RepairOrder.complaint)).all()
    assert sorted(number for number, _, _ in saved) == sorted(told)  # everything told is there, nothing else
    per_car = Counter(vehicle for _, vehicle, _ in saved)
    assert per_car == {car: ORDERS_PER_PC for car in cars}
    # per day the numbers run 0001, 0002 ... without a gap
    by_day: dict[str, list[int]] = defaultdict(list)
    for number in told:
        day, sequence = re.fullmatch(r"RO(\d{8})-(\d{4})", number).groups()  # type: ignore[union-attr]
        by_day[day].append(int(sequence))
    for day, sequences in by_day.items():
        assert sorted(sequences) == list(range(1, len(sequences) + 1)), day


def test_a_busy_database_is_reported_and_retried_not_lost(sqlite_url: str, tmp_path: Path) -> None:
    """PCs that give up waiting for the SQLite file after 1 ms: each "busy" is told and retried."""
    database = Database(sqlite_url)
    seeded = seed_shop(database)
    cars = own_cars(database, PCS)
    path = db.sqlite_path(sqlite_url)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another PC in the middle of a long save
    processes = start_pcs([
        ["create", sqlite_url, str(tmp_path), str(PCS), str(pc), "5", str(cars[pc]), str(seeded.advisor)]
        for pc in range(PCS)
    ], DESK_TEST_BUSY_TIMEOUT_MS="1")
    first = [process.stdout.readline() for process in processes]  # type: ignore[union-attr]
    holder.execute("ROLLBACK")
    holder.close()
    outputs = finish_pcs(processes, first)

    told = []
    for line in first:
        assert line.startswith("BUSY open 数据库正被另一台电脑占用，等待超时。请稍后再试；刚才的操作没有保存。"), line
    for lines in outputs:
        assert {line.split()[0] for line in lines} <= {"OPENED", "BUSY"}, lines
        told += [line.split()[1] for line in lines if line.startswith("OPENED")]
        assert sum(line.startswith("OPENED") for line in lines) == 5
    with database.unit_of_work(write=False) as s:
        saved = s.scalars(select(RepairOrder.number)).all()
    database.dispose()
    assert sorted(saved) == sorted(told) and len(set(told)) == PCS * 5  # a "busy" saved nothing


CONFLICT = re.compile(
    r"委托书 (?P<number>RO\d{8}-\d{4}) 已被 (?P<who>\S+) 于 (?P<when>\d{4}-\d\d-\d\d \d\d:\d\d) 修改过。"
    r"请重新载入后再保存；您刚才输入的内容会显示出来，以便重新填写。"
)


def test_the_same_orders_saved_at_once_on_several_pcs(database_url: str, database: Database, seeded: Shop,
                                                      tmp_path: Path) -> None:
    numbers = []
    with database.unit_of_work() as s:
        for n in range(EDITED_ORDERS):
            numbers.append(orders.open_order(
                s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=16000, complaint=f"异响 {n}",
                confirmed=("second_open_order",),
            ).number)
        start_version = {number: orders.order_detail(s, number).version for number in numbers}
        staff = [seeded.advisor, seeded.advisor2, seeded.cashier, seeded.manager]
    outputs = run_pcs([
        ["edit", database_url, str(tmp_path), str(PCS), str(pc), str(staff[pc]), str(ROUNDS), *numbers]
        for pc in range(PCS)
    ])

    wins: dict[str, dict[int, tuple[str, str, str]]] = defaultdict(dict)  # number -> expected -> (phone, who, when)
    conflicts: list[tuple[str, int, re.Match[str]]] = []
    attempts = 0
    for pc, lines in enumerate(outputs):
        with database.unit_of_work(write=False) as s:
            who = s.get(Staff, staff[pc]).name  # type: ignore[union-attr]
        for line in lines:
            kind, number, rest = line.split(" ", 2)
            assert kind in {"WON", "CONFLICT", "BUSY"}, line
            if kind == "BUSY":
                assert "没有保存" in rest
                continue
            attempts += 1
            expected, detail = rest.split(" ", 1)
            if kind == "WON":
                phone, when = detail.split(" ", 1)
                assert int(expected) not in wins[number], f"two saves of {number} over version {expected}"
                wins[number][int(expected)] = (phone, who, when)
            else:
                match = CONFLICT.fullmatch(detail)
                assert match is not None and match["number"] == number, detail
                conflicts.append((number, int(expected), match))

    assert attempts == PCS * ROUNDS * EDITED_ORDERS
    assert len(conflicts) + sum(len(w) for w in wins.values()) == attempts  # every loser was told
    with database.unit_of_work(write=False) as s:
        for number in numbers:
            won = wins[number]
            # the PCs load together each round, so each round exactly one save per order wins:
            # the first over the version everybody loaded
            assert sorted(won) == [start_version[number] + r for r in range(ROUNDS)], won
            detail = orders.order_detail(s, number)
            assert detail.version == start_version[number] + ROUNDS
            # the order holds the last winner's change: nobody's save was silently overwritten
            phone, who, _ = won[max(won)]
            assert detail.callback_phone == phone
            order = orders.get_order(s, number)
            assert s.get(Staff, order.updated_by_id).name == who  # type: ignore[union-attr]
    for number, expected, match in conflicts:
        # the refusal names the PC's user who saved over the same version first, and when
        _, who, when = wins[number][expected]
        assert (match["who"], match["when"]) == (who, when), match.group(0)


# --- the schema guard ----------------------------------------------------------------------------


def previous_schema(url: str) -> None:
    """Take a database back one migration, as an older Desk left it."""
    engine = db.make_engine(url)
    with engine.begin() as connection:
        command.downgrade(db.alembic_config(connection), "-1")
    assert db.current_revision(engine) != db.head_revision()
    engine.dispose()


def test_a_newer_desk_upgrades_only_when_no_other_desk_is_connected(database_url: str) -> None:
    previous_schema(database_url)
    other_pc = Database(database_url)  # Desk on another PC, idle between two actions
    with other_pc.unit_of_work(write=False) as s:
        s.execute(text("select 1"))
    with pytest.raises(DatabaseUnavailable) as refused:
        db.upgrade(database_url)
    assert "请先关闭其他电脑" in refused.value.message
    if make_url(database_url).get_backend_name() == "postgresql":
        assert "还有 1 个其他 Desk 连接" in refused.value.message
    engine = db.make_engine(database_url)
    assert db.current_revision(engine) != db.head_revision()  # nothing was migrated
    engine.dispose()

    other_pc.dispose()  # Desk closed on the other PC
    db.upgrade(database_url)
    engine = db.make_engine(database_url)
    assert db.current_revision(engine) == db.head_revision()
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(RepairOrder)).scalar() == 0
        if db.is_sqlite(database_url):
            assert connection.execute(text("pragma journal_mode")).scalar() == "wal"  # back to WAL
    engine.dispose()


def test_an_up_to_date_database_opens_while_other_desks_are_connected(database_url: str) -> None:
    other_pc = Database(database_url)
    with other_pc.unit_of_work(write=False) as s:
        s.execute(text("select 1"))
    assert db.upgrade(database_url) is None  # nothing to migrate, nothing to refuse
    other_pc.dispose()


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_postgresql_counts_only_desk_connections(database_url: str) -> None:
    previous_schema(database_url)
    conninfo = make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, application_name="desk") as one, \
            psycopg.connect(conninfo, application_name="desk") as two:
        with pytest.raises(DatabaseUnavailable, match="还有 2 个其他 Desk 连接"):
            db.upgrade(database_url)
        assert one and two
    # a report tool or psql on the same database is not a Desk and does not block the upgrade
    with psycopg.connect(conninfo, application_name="psql"):
        db.upgrade(database_url)
    engine = db.make_engine(database_url)
    assert db.current_revision(engine) == db.head_revision()
    engine.dispose()


def test_sqlite_open_in_another_program_blocks_the_upgrade(sqlite_url: str) -> None:
    previous_schema(sqlite_url)
    path = db.sqlite_path(sqlite_url)
    with sqlite3.connect(path) as connection:  # e.g. Desk on another PC sharing the file
        connection.execute("select count(*) from repair_order").fetchone()
        with pytest.raises(DatabaseUnavailable, match="正打开着数据库文件"):
            db.upgrade(sqlite_url)
    connection.close()
    assert db.upgrade(sqlite_url) is not None  # migrated, with the copy made before


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_save_without_a_version_check_over_a_newer_save_is_a_conflict(
        database_url: str, database: Database, seeded: Shop) -> None:
    """The ORM's own version check: a save no service checked is still refused, in words.

    PostgreSQL only: on SQLite a writing unit of work holds the write lock from its start, so
    another PC cannot save in between.
    """
    with database.unit_of_work() as s:
        number = orders.open_order(
            s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=16000, complaint="保养",
        ).number
    other_pc = Database(database_url)
    with pytest.raises(Conflict, match="已被另一台电脑修改过，这次没有保存"):
        with database.unit_of_work() as s:
            order = orders.get_order(s, number)  # loaded here ...
            with other_pc.unit_of_work() as other:  # ... saved over on another PC ...
                orders.update_intake(other, number, callback_phone="13900001111", staff_id=seeded.advisor2)
            order.complaint = "保养，另加检查刹车"  # ... then saved here without checking
    other_pc.dispose()
    with database.unit_of_work(write=False) as s:
        detail = orders.order_detail(s, number)
    assert detail.callback_phone == "13900001111" and detail.complaint == "保养"
