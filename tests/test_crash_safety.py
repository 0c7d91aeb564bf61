"""Killing Desk (SIGKILL) in the middle of a stream of settlements loses nothing confirmed and
leaves no order half settled, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from conftest import Shop
from desk import db
from desk.db import Database
from desk.models import Payment, RepairOrder, Settlement
from test_settlement import ready_order

WORKER = Path(__file__).with_name("crash_worker.py")
ORDERS = 12
KILL_AFTER = 4


def test_sigkill_in_a_stream_of_settlements(database_url: str, database: Database, seeded: Shop) -> None:
    numbers = [ready_order(database, seeded) for _ in range(ORDERS)]
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), database_url, *numbers],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(WORKER.parent.parent), os.environ.get("PYTHONPATH", "")])},
    )
    confirmed: list[str] = []
    assert worker.stdout is not None
    deadline = time.monotonic() + 120
    while len(confirmed) < KILL_AFTER and time.monotonic() < deadline:
        line = worker.stdout.readline()
        assert line, worker.stderr.read() if worker.stderr else "worker ended"
        confirmed.append(line.split()[1])
    time.sleep(0.01)  # into the middle of the next settlement
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL
    confirmed += [line.split()[1] for line in worker.stdout.read().splitlines() if line.startswith("SETTLED")]
    assert KILL_AFTER <= len(confirmed) < ORDERS, "the kill must land in the middle of the stream"

    path = db.sqlite_path(database_url)
    if path is not None:
        with sqlite3.connect(path) as connection:
            assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
    with database.unit_of_work(write=False) as s:
        for number in numbers:
            order = s.scalars(select(RepairOrder).where(RepairOrder.number == number)).one()
            settlements = s.scalars(select(Settlement).where(Settlement.order_id == order.id)).all()
            paid = s.scalar(select(func.coalesce(func.sum(Payment.amount_fen), 0)).where(Payment.order_id == order.id))
            if order.status == "settled":
                # all of it: the settlement, its payments adding up to the customer's amount
                assert len(settlements) == 1 and paid == settlements[0].customer_due_fen, number
            else:
                # none of it
                assert order.status == "ready" and settlements == [] and paid == 0, number
            if number in confirmed:
                assert order.status == "settled", f"{number} was confirmed but is not settled"
        settled = s.scalar(select(func.count()).select_from(RepairOrder).where(RepairOrder.status == "settled"))
    assert settled in (len(confirmed), len(confirmed) + 1)  # the one in flight may have committed unseen
