"""Times a month's KPIs (绩效指标) over ten years of a busy shop; target ≤ 300 ms.

    .venv/bin/python benchmarks/kpi.py [--orders 730000] [--db URL] [--repeat 10] [--keep]
                                       [--try-index TABLE:COL[,COL]] ...

Builds the database (with no ``--db``: a temporary SQLite file; with ``--db``: an empty database,
SQLite or PostgreSQL, migrated first) with :func:`ten_year_shop.build` (the shop it makes is
described there). ``benchmarks/ten_years.py`` runs this figure with all the others on both
databases; this script is for trying indexes on the KPI queries alone.

Then it runs :func:`desk.services.kpi.kpi_report` for November 2026 ``--repeat`` times (each in
its own read-only unit of work, as the dashboard does) and prints the build time, the database
size, and the median and worst run against the 300 ms target. Each ``--try-index`` (e.g.
``repair_order:opened_at``) is then created by hand in the benchmark database, the statistics
refreshed, and the month timed again, to measure what a missing index would bring.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text
from ten_year_shop import build, size_mb

from desk import db
from desk.services import kpi

MONTH = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
TARGET_MS = 300.0


def timed(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def measure(database: db.Database, repeat: int) -> tuple[float, float, kpi.KpiReport]:
    result: list[kpi.KpiReport] = []

    def month() -> None:
        with database.unit_of_work(write=False) as session:
            result.append(kpi.kpi_report(session, *MONTH))

    median, worst = timed(month, repeat)
    return median, worst, result[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", metavar="URL", help="an empty database (default: a temporary SQLite file)")
    parser.add_argument("--orders", type=int, default=730_000, help="orders over the ten years (default 730,000)")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--keep", action="store_true", help="keep the temporary SQLite file and print its path")
    parser.add_argument("--try-index", action="append", default=[], metavar="TABLE:COL[,COL]",
                        help="after measuring, create this index by hand and measure again (may repeat)")
    parser.add_argument("--reuse", action="store_true", help="the --db database is already built: only measure")
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'kpi.sqlite3'}"
    if not args.reuse:
        db.upgrade(url)
        start = time.perf_counter()
        counts = build(url, args.orders)
        built = time.perf_counter() - start
        print(f"built in {built:.0f} s: " + ", ".join(f"{name} {count:,}" for name, count in counts.items()))
    print(f"database size: {size_mb(url):,.0f} MB ({create_engine(url).dialect.name})")
    database = db.Database(url)
    try:
        median, worst, report = measure(database, args.repeat)
        shop = report.shop
        print(f"November 2026: {shop.figure('orders_received').value:,} orders received, "
              f"{shop.figure('on_time').denominator:,} delivered; settled on time {shop.figure('on_time').value:.1%}, "
              f"ready on time {shop.figure('ready_on_time').value:.1%}, "
              f"satisfaction {shop.figure('satisfaction').value:.1%}")
        verdict = "met" if median <= TARGET_MS else "NOT met"
        print(f"a month's KPIs: median {median:.0f} ms, worst {worst:.0f} ms of {args.repeat} "
              f"(target ≤ {TARGET_MS:.0f} ms: {verdict})")
        for spec in args.try_index:
            table, columns = spec.split(":")
            name = f"bench_ix_{table}_{columns.replace(',', '_')}"
            with database.engine.begin() as connection:
                connection.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})"))
                connection.execute(text(f"ANALYZE {table}"))
            median, worst, _ = measure(database, args.repeat)
            print(f"  + index {table}({columns}): median {median:.0f} ms, worst {worst:.0f} ms")
    finally:
        database.dispose()
    if args.db is None and args.keep:
        print(f"kept: {url}")
    elif args.db is None:
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
