"""Times the counter's hot paths on a demo shop and prints one line per figure.

    .venv/bin/python benchmarks/counter_paths.py [--db URL] [--repeat N]

With no ``--db`` a demo shop is built in a temporary SQLite file; with a URL of an empty database
(SQLite or PostgreSQL) the demo is loaded there first. Each figure is the median of N runs, in
milliseconds; the machines are shared, so read them as orders of magnitude, not as pass or fail.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desk import db
from desk.printing.repair_order import render_repair_order
from desk.services import board, customers, demo, documents, orders


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", metavar="URL")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}"
    db.upgrade(url)
    database = db.Database(url)
    start = time.perf_counter()
    with database.unit_of_work() as session:
        summary = demo.fill_demo(session, seed=7)
    print(f"demo shop: {summary.orders} orders, {summary.customers} customers, "
          f"loaded in {(time.perf_counter() - start) * 1000:.0f} ms")
    with database.unit_of_work(write=False) as session:
        biggest = max(orders.list_orders(session), key=lambda row: row.total_fen).number

    def read(action: Callable[..., object], *args: object) -> Callable[[], object]:
        def run() -> object:
            with database.unit_of_work(write=False) as session:
                return action(session, *args)
        return run

    with database.unit_of_work() as session:
        snapshot = documents.repair_order_snapshot(session, biggest)
    figures = [
        ("search as you type ('粤B')", read(customers.search, "粤B")),
        ("search as you type ('138')", read(customers.search, "138")),
        ("board data", read(board.board)),
        ("all orders with totals", read(orders.list_orders)),
        (f"open order {biggest}", read(orders.order_detail, biggest)),
        ("repair order PDF (customer copy)", lambda: render_repair_order(snapshot, "customer")),
    ]
    print(f"{'what':<40}{'median ms':>12}")
    for name, action in figures:
        print(f"{name:<40}{median_ms(action, args.repeat):>12.1f}")
    database.dispose()


if __name__ == "__main__":
    main()
