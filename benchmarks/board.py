"""Times the progress board with 300 orders on it and prints one line per figure.

    .venv/bin/python benchmarks/board.py [--db URL] [--orders 300] [--repeat 30]

Builds the demo shop (60 days of history) and then adds orders through the services until
``--orders`` are on the board, spread over every board column. With no ``--db`` this happens in
a temporary SQLite file; with the URL of an empty database (SQLite or PostgreSQL) it happens there.
Figures are medians of ``--repeat`` runs in milliseconds, with their targets:

- board data read (one unit of work, ``board.board``) ≤ 50 ms;
- building plus painting the 看板 tab offscreen (cards into the columns, then a full paint) ≤ 100 ms;
- the wall screen's periodic check when nothing changed (read the change stamp through the
  wall's own database handle) ≤ 5 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk import db  # noqa: E402
from desk.config import Settings  # noqa: E402
from desk.db_watch import watching_database  # noqa: E402
from desk.models.enums import Role  # noqa: E402
from desk.services import board, checks, customers, demo, orders, shop  # noqa: E402
from desk.services.validation import vin_check_digit  # noqa: E402

PATHS = {
    "open": (),
    "dispatched": ("dispatched",),
    "in_progress": ("dispatched", "in_progress"),
    "awaiting_approval": ("dispatched", "in_progress", "awaiting_approval"),
    "quality_check": ("dispatched", "in_progress", "quality_check"),
    "ready": ("dispatched", "in_progress", "quality_check", "ready"),
}


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def vin(serial: int) -> str:
    body = f"LBV3A5C0XR9{serial:06d}"
    return body[:8] + vin_check_digit(body) + body[9:]


def add_orders(database: db.Database, wanted: int, seed: int = 3) -> int:
    """Open orders for new cars until ``wanted`` are on the board; how many were added."""
    rng = random.Random(seed)
    with database.unit_of_work(write=False) as s:
        on_board = len(board.board(s).orders)
        advisors = [p.id for p in shop.list_staff(s, Role.ADVISOR)]
        teams = [t.id for t in shop.list_teams(s)]
    missing = max(0, wanted - on_board)
    with database.unit_of_work() as s:
        for serial in range(missing):
            card = customers.create_customer(s, name=f"测试客户{serial}", phone=f"137{serial:08d}")
            car = customers.add_vehicle(s, card.id, plate=f"藏Z{serial:05d}", vin=vin(serial), model="大众 帕萨特 330TSI")
            number = orders.open_order(
                s, vehicle_id=car.id, advisor_id=rng.choice(advisors), mileage=10000 + serial, complaint="保养",
                promised_at=orders.default_promise(s),
            ).number
            orders.add_labour_line(s, number, name="更换机油机滤", hours=str(rng.choice(("0.5", "1", "1.5", "3"))))
            for step in PATHS[rng.choice(list(PATHS))]:
                if step == "dispatched":
                    board.dispatch(s, number, rng.choice(teams))
                elif step == "ready":  # a passed quality check and the delivery check first
                    inspector = checks.eligible_inspectors(s, number)[0].id
                    checks.record_quality_check(s, number, inspector_id=inspector, passed=True, staff_id=None)
                    checks.pass_and_ready(
                        s, number, fault_gone=True, old_parts_ready=True, clean=True, nothing_left_inside=True,
                        spare_tyre_and_tools=True, covers_removed=True, staff_id=None,
                    )
                else:
                    orders.move_status(s, number, step)
    return missing


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", metavar="URL")
    parser.add_argument("--orders", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'board.sqlite3'}"
    db.upgrade(url)
    database = db.Database(url)
    start = time.perf_counter()
    with database.unit_of_work() as session:
        summary = demo.fill_demo(session, seed=7)
    added = add_orders(database, args.orders)
    with database.unit_of_work(write=False) as session:
        data = board.board(session)
    print(f"{database.engine.dialect.name}: demo shop with {summary.orders} orders of history, {added} added; "
          f"{len(data.orders)} orders and {len(data.appointments)} appointments on the board "
          f"(built in {time.perf_counter() - start:.1f} s)")

    def read_board() -> object:
        with database.unit_of_work(write=False) as session:
            return board.board(session)

    from PySide6.QtWidgets import QApplication

    from desk.app import make_application
    from desk.views.board_tab import BoardTab
    from desk.views.runner import Runner

    app = make_application()
    runner = Runner(database, Settings(database_url=url))
    started = time.perf_counter()
    tab = BoardTab(runner)
    tab.resize(1600, 900)
    tab.refresh()
    tab.grab()
    first = (time.perf_counter() - started) * 1000

    def build_and_paint() -> object:
        tab.show_data()  # cards into the eight column models, counts into the titles
        return tab.grab()  # lay out and paint everything

    def refresh_and_paint() -> object:
        tab.refresh()
        return tab.grab()

    watched = watching_database(url)
    wall_runner = Runner(watched, Settings(database_url=url))

    def wall_check() -> object:
        return wall_runner.read(board.board_stamp)

    figures = [
        ("board data read", read_board, 50),
        ("board tab: build + paint", build_and_paint, 100),
        ("board tab: read + build + paint", refresh_and_paint, None),
        ("wall screen check, nothing changed", wall_check, 5),
    ]
    print(f"{'what':<40}{'median ms':>12}{'target':>10}")
    print(f"{'board tab: first show (once)':<40}{first:>12.1f}{'':>10}")
    for name, action, target in figures:
        action()  # warm up
        value = median_ms(action, args.repeat)
        print(f"{name:<40}{value:>12.1f}{('≤ ' + str(target)) if target else '':>10}")
    tab.poll_timer.stop()
    tab.retime_timer.stop()
    tab.close()
    tab.deleteLater()
    QApplication.processEvents()
    watched.dispose()
    database.dispose()
    app.quit()


if __name__ == "__main__":
    main()
