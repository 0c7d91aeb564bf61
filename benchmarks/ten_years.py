"""Every speed figure of issue 9 on ten years of a busy shop, on SQLite and PostgreSQL, in one table.

    .venv/bin/python benchmarks/ten_years.py [--orders 730000] [--only sqlite|postgresql]
                                             [--keep DIR] [--reuse DIR] [--repeat 20]
                                             [--only-slip | --open-order-only | --starts-only]

Builds the ten-year shop (:mod:`ten_year_shop`, bulk inserts) in a SQLite file and in a throwaway
PostgreSQL server (``tests/pgserver.py``; fsync off, default memory settings), both migrated by
Alembic first so they carry every index of the schema. Then, through the services and widgets
(the way the counter does it), it adds what the figures need: two teams, enough open orders for
300 on the board, an open order of 60 lines, and a settled order of 60 lines with its stored slip.

Every figure is timed on both databases after one untimed warm-up run (the first run fills the
caches and compiles SQLAlchemy's statements; it is excluded and the table says so), and is given as
the median and the p95 or worst of the runs. Each figure is also divided by the cost of the bare
work on the same machine, so that figures can be compared across machines:

- database figures: the SQL statements the service or widget sent, recorded while it ran and
  replayed on a raw DB-API cursor (execute and fetch all rows) — what is left is the cost of the
  ORM, the Python rules and the widgets;
- the settlement slip: a bare reportlab canvas with the same embedded font writing the slip's text
  lines one under the other;
- the board's build and paint: a bare ``QTableWidget`` with one row per card painted offscreen;
- cold start and memory: a fresh Python process showing an empty ``QMainWindow`` of the same size
  (``benchmarks/start_probe.py --bare``). The cold start's note also gives the libraries' share:
  the same window after importing the libraries Desk loads before its window and sending one
  query (``start_probe.py --floor URL``); the rest is Desk's own tables, queries and windows.

Cold start is timed in fresh processes (``start_probe.py``, the real ``desk --db URL`` start with
an empty home folder and bytecode cached as an installed Desk has it, after one untimed start) from
starting the process to the main window being shown. The first start of the day makes the daily
SQLite backup on a worker thread behind the window; it is shown on its own line. ``--keep DIR``
builds into DIR and keeps the databases (the PostgreSQL cluster's folder too); ``--reuse DIR``
measures what an earlier ``--keep DIR`` left there and builds what is missing. ``--only-slip`` and
``--open-order-only`` time that one figure (with ``--reuse``, in seconds); ``--starts-only`` times
only the starts (cold, first of the day, memory) and leaves the other rows empty.
"""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*.warning=false")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))  # pgserver.py, the tests' throwaway PostgreSQL

from board import add_orders  # noqa: E402
from pgserver import PostgresServer  # noqa: E402
from start_probe import ensure_probe_manager  # noqa: E402
from sqlalchemy import event, text  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402
from ten_year_shop import build, size_mb  # noqa: E402

from desk import db  # noqa: E402
from desk.config import Settings  # noqa: E402
from desk.models.enums import Role  # noqa: E402
from desk.services import board, checks, customers, kpi, orders, reminders, settlement, shop  # noqa: E402
from desk.services.money import format_yuan  # noqa: E402

MONTH = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
TODAY = dt.date(2026, 11, 30)
"""The ten-year shop's last day: the reminders list is read as of that day."""
STARTS = 5
"""Fresh-process starts timed after the first start of the day."""


# --- timing ------------------------------------------------------------------------------------


@dataclass
class Figure:
    """Timings in ms (warm-up excluded) and those of the bare work, for one row and one database."""

    times: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    def high(self) -> float:
        """p95 with 20 runs or more, else the worst."""
        ordered = sorted(self.times)
        if len(ordered) >= 20:
            return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
        return ordered[-1]

    def ratio(self, use_high: bool = False) -> float | None:
        if not self.bare:
            return None
        bare = sorted(self.bare)
        if use_high and len(bare) >= 20:
            base = bare[min(len(bare) - 1, math.ceil(0.95 * len(bare)) - 1)]
        else:
            base = statistics.median(bare)
        return (self.high() if use_high else self.median) / base if base > 0 else None


def clock(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def timed(action: Callable[[], object], repeat: int, before: Callable[[], object] | None = None) -> list[float]:
    """``repeat`` timings in ms after one untimed warm-up; ``before`` runs untimed before each."""
    if before is not None:
        before()
    action()  # warm-up, excluded
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        times.append(clock(action))
    return times


class Recorder:
    """Records the SQL a piece of code sends, and replays it on a raw DB-API connection."""

    SKIP = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "SET", "PRAGMA")

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.on = False
        self.statements: list[tuple[str, Any]] = []
        event.listen(engine, "before_cursor_execute", self._heard)

    def _heard(self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if self.on and not many and statement.split(None, 1)[0].upper() not in self.SKIP:
            self.statements.append((statement, parameters))

    def record(self, action: Callable[[], object]) -> list[tuple[str, Any]]:
        self.statements = []
        self.on = True
        try:
            action()
        finally:
            self.on = False
        return self.statements

    def replay(self, statements: Sequence[tuple[str, Any]]) -> float:
        """Time in ms to run ``statements`` and fetch every row, on a raw connection."""
        raw = self.engine.raw_connection()
        try:
            start = time.perf_counter()
            cursor = raw.cursor()
            for statement, parameters in statements:
                cursor.execute(statement, parameters)
                if cursor.description is not None:
                    cursor.fetchall()
            elapsed = (time.perf_counter() - start) * 1000
            raw.rollback()
            return elapsed
        finally:
            raw.close()

    def bare_times(self, action: Callable[[], object], repeat: int) -> list[float]:
        statements = self.record(action)
        self.replay(statements)  # warm-up, excluded
        return [self.replay(statements) for _ in range(repeat)]


# --- preparing the shop through the services -----------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    open_order: str
    """An open order of 60 lines."""
    settled_order: str
    """A settled order of 60 lines, with its stored slip."""
    on_board: int


def sixty_lines(s: Any, number: str, rng: random.Random) -> None:
    for i in range(30):
        orders.add_labour_line(
            s, number, code=f"OP-{i:02d}", name=f"检查调整项目 {i + 1}", hours=rng.choice(("0.3", "0.5", "1", "1.5")),
            pay_type=rng.choice(("customer", "customer", "warranty")),
        )
        orders.add_part_line(
            s, number, part_number=f"06L115562{i:02d}", name=rng.choice(("机油滤清器", "空气滤清器", "火花塞", "雨刮片")),
            quantity=str(rng.randint(1, 4)), unit_price=rng.choice(("68.50", "128", "96", "88")),
        )


def prepare(database: db.Database, wanted_on_board: int = 300) -> Prepared:
    """Teams, 300 orders on the board, and the two 60-line orders (all through the services)."""
    rng = random.Random(60)
    with database.unit_of_work() as s:
        if not shop.list_teams(s):
            shop.add_team(s, "机电一组", 3)
            shop.add_team(s, "快修组", 2)
            shop.add_team(s, "钣喷组", 4)
    add_orders(database, wanted_on_board)
    with database.unit_of_work() as s:
        advisor = shop.list_staff(s, Role.ADVISOR)[0].id
        team = shop.list_teams(s)[0].id
        numbers = []
        free = s.execute(text(  # two cars not in the shop (an open order would ask to confirm another)
            "SELECT id FROM vehicle WHERE NOT EXISTS (SELECT 1 FROM repair_order o WHERE "
            "o.vehicle_id = vehicle.id AND o.status NOT IN ('released', 'cancelled')) ORDER BY id LIMIT 2"
        )).scalars().all()
        for vehicle_id in free:
            number = orders.open_order(
                s, vehicle_id=vehicle_id, advisor_id=advisor, mileage=200_000 + vehicle_id,
                complaint="做 6 万公里保养；全车检查", promised_at=orders.default_promise(s),
            ).number
            sixty_lines(s, number, rng)
            numbers.append(number)
        settled = numbers[1]
        board.dispatch(s, settled, team)
        orders.move_status(s, settled, "in_progress")
        orders.move_status(s, settled, "quality_check")
        inspector = checks.eligible_inspectors(s, settled)[0].id
        checks.record_quality_check(s, settled, inspector_id=inspector, passed=True, staff_id=None)
        checks.pass_and_ready(
            s, settled, fault_gone=True, old_parts_ready=True, clean=True, nothing_left_inside=True,
            spare_tyre_and_tools=True, covers_removed=True, staff_id=None,
        )
    with database.unit_of_work() as s:
        due = settlement.settlement_preview(s, settled).bill.customer_due
        settlement.settle(s, settled, [settlement.PaymentInput("cash", format_yuan(due))], staff_id=None,
                          followup_time="下午")
    with database.unit_of_work(write=False) as s:
        on_board = len(board.board(s).orders)
    return Prepared(open_order=numbers[0], settled_order=settled, on_board=on_board)


# --- the figures -----------------------------------------------------------------------------------


def keystrokes(database: db.Database, samples: int, seed: int = 9) -> list[str]:
    """What a clerk types, one entry per keystroke, from real rows: a plate from its start, a phone
    number from its start (the service looks at phone digits from the third on), the last six
    characters of a VIN as on the registration certificate, and a surname then more of the name."""
    rng = random.Random(seed)
    with database.unit_of_work(write=False) as s:
        top = s.execute(text("SELECT max(id) FROM vehicle")).scalar_one()
        rows = []
        while len(rows) < samples:
            row = s.execute(text(
                "SELECT v.plate, v.vin, c.phone, c.name FROM vehicle v JOIN customer c ON c.id = v.customer_id "
                "WHERE v.id = :id"
            ), {"id": rng.randint(1, top)}).first()
            if row is not None:
                rows.append(row)
    typed: list[str] = []
    for plate, vin, phone, name in rows:
        typed += [plate[:i] for i in range(1, len(plate) + 1)]
        typed += [phone[:i] for i in range(3, len(phone) + 1)]
        typed += [vin[-6:][:i] for i in range(1, 7)]
        typed += [name[:i] for i in range(1, len(name) + 1)]
    return typed


def database_figures(url: str, prepared: Prepared, repeat: int) -> dict[str, Figure]:
    """The figures read in this process: search, board, order editor, slip, KPIs, reminders."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    from desk.app import make_application
    from desk.views.board_tab import BoardTab
    from desk.views.runner import Runner

    app = make_application()
    database = db.Database(url)
    recorder = Recorder(database.engine)
    runner = Runner(database, Settings(database_url=url))
    figures: dict[str, Figure] = {}

    def read(action: Callable[..., object], *args: object) -> Callable[[], object]:
        return lambda: runner.attempt(None, action, *args, write=False)

    # Search as you type: every keystroke is one call, as the intake tab makes it. The keystrokes
    # are typed twice. The first pass meets the database as it is just after the server started
    # (PostgreSQL's shared buffers empty), which a counter sees once a morning; the figure is the
    # second pass, the rest of the day, and the first pass's p95 goes in the note.
    typed = keystrokes(database, samples=8)
    first_pass = Figure([clock(read(customers.search, fragment)) for fragment in typed])
    search = Figure()
    for fragment in typed:
        action = read(customers.search, fragment)
        search.times.append(clock(action))
        search.bare.append(recorder.replay(recorder.record(action)))
    search.note = f"{len(typed)} keystrokes, first pass after opening p95 {first_pass.high():,.0f}"
    figures["search"] = search

    figures["board data"] = Figure(timed(read(board.board), repeat), recorder.bare_times(read(board.board), repeat))

    tab = BoardTab(runner)
    tab.poll_timer.stop()
    tab.retime_timer.stop()
    tab.resize(1600, 900)
    tab.refresh()
    cards = len(runner.read(board.board).orders)

    def build_and_paint() -> object:
        tab.show_data()  # cards into the column models, counts into the titles
        return tab.grab()  # lay out and paint everything

    table = QTableWidget(cards, 6)
    table.resize(1600, 900)

    def bare_paint() -> object:
        for row in range(cards):
            for column in range(6):
                table.setItem(row, column, QTableWidgetItem(f"RO20261130-{row:04d} 粤B{column:05d}"))
        return table.grab()

    figures["board paint"] = Figure(timed(build_and_paint, repeat), timed(bare_paint, repeat), note=f"{cards} cards")
    tab.close()

    figures["open order"] = open_order_figure(app, runner, recorder, prepared, repeat)

    figures["slip"] = slip_figure(database, prepared, repeat)

    def month() -> object:
        return runner.read(kpi.kpi_report, *MONTH)

    figures["kpi"] = Figure(timed(month, max(5, repeat // 2)), recorder.bare_times(month, max(5, repeat // 2)))

    def care() -> object:
        return runner.read(reminders.maintenance_due, TODAY)

    due = len(care())  # warm-up, excluded
    figures["reminders"] = Figure([clock(care) for _ in range(3)], recorder.bare_times(care, 3),
                                  note=f"{due} cars due")
    # Widgets go while the application is still there: left to the interpreter's exit, Qt's and
    # Python's teardown sometimes meet in the wrong order and the process dies after its table.
    table.deleteLater()
    tab.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    database.dispose()
    return figures


def open_order_figure(app: Any, runner: Any, recorder: Recorder, prepared: Prepared, repeat: int) -> Figure:
    """The 60-line order opened in the order editor (after showing none), read and painted."""
    from desk.views.order_tab import OrderTab

    editor = OrderTab(runner)
    editor.resize(1400, 900)
    editor.show()

    def open_order() -> None:
        editor.show_order(prepared.open_order)
        app.processEvents()

    def forget() -> None:
        editor.show_detail(None)
        app.processEvents()

    figure = Figure(timed(open_order, repeat, before=forget), recorder.bare_times(open_order, repeat))
    editor.close()
    editor.deleteLater()
    return figure


def open_order_alone(url: str, prepared: Prepared, repeat: int) -> Figure:
    """:func:`open_order_figure` in a process that times nothing else."""
    from desk.app import make_application
    from desk.views.runner import Runner

    app = make_application()
    database = db.Database(url)
    try:
        runner = Runner(database, Settings(database_url=url))
        return open_order_figure(app, runner, Recorder(database.engine), prepared, repeat)
    finally:
        database.dispose()


def slip_figure(database: db.Database, prepared: Prepared, repeat: int) -> Figure:
    """The settled order's stored slip rendered (customer copy), and the bare reportlab canvas."""
    from desk.printing.settlement_slip import render_settlement_slip

    with database.unit_of_work(write=False) as s:
        slip = settlement.slip(s, prepared.settled_order)
    return Figure(timed(lambda: render_settlement_slip(slip, "customer"), repeat),
                  timed(lambda: bare_reportlab(slip), repeat))


def bare_reportlab(slip: Any) -> bytes:
    """The slip's text lines drawn one under the other with the same embedded font, as PDF bytes."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from desk.printing.fonts import find_cjk_font, register_cjk_font

    font = register_cjk_font(find_cjk_font())
    snap = slip.snapshot
    lines = [snap.shop.name, snap.number, *(f"{line.name} {line.amount}" for line in snap.lines)]
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont(font, 9)
    y = 800.0
    for line in lines:
        if y < 40:
            canvas.showPage()
            canvas.setFont(font, 9)
            y = 800.0
        canvas.drawString(40, y, line)
        y -= 12
    canvas.save()
    return out.getvalue()


def start_figures(url: str, home: Path, starts: int) -> tuple[Figure, Figure, float | None]:
    """Cold starts in fresh processes (with the first start of the day apart), the peak RSS in MB,
    and the first start (with the daily backup; None for PostgreSQL, which makes none)."""
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               PYTHONPATH=os.pathsep.join([str(HERE.parent), os.environ.get("PYTHONPATH", "")]),
               # Compiled bytecode kept, as an installed Desk (wheel or bundle) has it; not in the tree.
               PYTHONPYCACHEPREFIX=str(home / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    ensure_probe_manager(url)
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)

    def start(*args: str) -> tuple[float, float]:
        begun = time.perf_counter()
        child = subprocess.Popen([sys.executable, str(HERE / "start_probe.py"), *args], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout is not None
        shown = peak = 0.0
        for line in child.stdout:
            if line.startswith("shown") and not shown:
                shown = (time.perf_counter() - begun) * 1000
            elif line.startswith("peak_kb"):
                peak = int(line.split()[1]) / 1024
        _, errors = child.communicate(timeout=600)
        if child.returncode != 0 or not shown:
            raise RuntimeError(f"start_probe {args} failed ({child.returncode}):\n{errors[-3000:]}")
        return shown, peak

    start("--db", url)  # warm-up, excluded: compiles the bytecode (and makes today's SQLite backup)
    start("--bare")
    first: float | None = None
    if db.sqlite_path(url) is not None:
        shutil.rmtree(home / "data", ignore_errors=True)  # today's backup gone: this start makes it again
        first = start("--db", url)[0]
    bare = [start("--bare") for _ in range(starts)]
    floor = [start("--floor", url)[0] for _ in range(starts)]
    runs = [start("--db", url) for _ in range(starts)]
    cold = Figure([t for t, _ in runs], [t for t, _ in bare],
                  note=f"backup already made today, the libraries alone (imports, one query, empty window) "
                       f"{statistics.median(floor):,.0f}")
    memory = Figure([p for _, p in runs], [p for _, p in bare])
    return cold, memory, first


# --- the table --------------------------------------------------------------------------------------

ROWS: list[tuple[str, str, str, bool]] = [
    ("cold", "cold start to the main window (backup already made)", "≤ 1500 ms", False),
    ("first", "first start of the day (daily backup made behind the window)", "", False),
    ("search", "search as you type, p95 of all keystrokes", "p95 ≤ 30 ms", True),
    ("board data", "board with ~300 open orders: data", "≤ 50 ms", False),
    ("board paint", "board with ~300 open orders: build + paint", "≤ 100 ms", False),
    ("open order", "open an order with 60 lines (read + editor)", "≤ 50 ms", False),
    ("slip", "settlement slip PDF (60 lines, from its snapshot)", "≤ 80 ms", False),
    ("kpi", "a month's KPIs (November 2026)", "≤ 300 ms", False),
    ("reminders", "maintenance reminders list (客户关怀/保养提醒)", "", False),
    ("memory", "peak memory (RSS) with the board shown, MB", "≤ 250 MB", False),
    ("size", "database size per 100,000 orders, MB", "reported", False),
]


def cell(figure: Figure | float | None, use_high: bool, unit: str = "ms") -> str:
    if figure is None:
        return "—"
    if isinstance(figure, float):
        return f"{figure:,.0f} {unit}"
    main = figure.high() if use_high else figure.median
    spread = f" (med {figure.median:,.0f})" if use_high else f" (worst {max(figure.times):,.0f})"
    if unit == "MB":
        spread = ""
    ratio = figure.ratio(use_high)
    return f"{main:,.0f}{spread} ×{ratio:.1f}" if ratio is not None else f"{main:,.0f}{spread}"


def print_table(results: dict[str, dict[str, Any]]) -> None:
    names = list(results)
    print()
    print("| what | " + " | ".join(names) + " | target |")
    print("|---|" + "---|" * len(names) + "---|")
    for key, what, target, use_high in ROWS:
        cells = []
        for name in names:
            value = results[name].get(key)
            if key == "memory" and isinstance(value, Figure):
                cells.append(f"{value.median:,.0f} ×{value.ratio():.1f}" if value.ratio() else f"{value.median:,.0f}")
            elif key in ("size", "first"):
                cells.append(cell(value, False, "MB" if key == "size" else "ms"))
            else:
                cells.append(cell(value, use_high))
        print(f"| {what} | " + " | ".join(cells) + f" | {target} |")
    print()
    print("ms, median of the timed runs with the worst in brackets (search: p95 with the median), one untimed warm-up "
          "run excluded; ×N = the figure divided by the bare work (replayed SQL, bare reportlab canvas, bare Qt "
          "table / empty window). Notes: " + "; ".join(
              f"{name}: " + ", ".join(f"{k} {f.note}" for k, f in results[name].items()
                                      if isinstance(f, Figure) and f.note) for name in names))


# --- running it -------------------------------------------------------------------------------------


def run_one(name: str, url: str, orders_wanted: int, folder: Path, repeat: int, reuse: bool,
            only_slip: bool = False, open_order_only: bool = False, starts_only: bool = False) -> dict[str, Any]:
    print(f"[{name}] {url}", flush=True)
    if not reuse:
        db.upgrade(url)
        begun = time.perf_counter()
        counts = build(url, orders_wanted)
        print(f"[{name}] built in {time.perf_counter() - begun:.0f} s: "
              + ", ".join(f"{table} {count:,}" for table, count in counts.items()), flush=True)
    else:
        db.upgrade(url)  # the indexes of any newer migration
    database = db.Database(url)
    try:
        begun = time.perf_counter()
        # the starts of a reused database need nothing more (and see the same database every time)
        prepared = None if starts_only and reuse else prepare(database)
        with database.engine.connect() as connection:
            total = connection.execute(text("SELECT count(*) FROM repair_order")).scalar_one()
    finally:
        database.dispose()
    if prepared is not None:
        print(f"[{name}] prepared in {time.perf_counter() - begun:.0f} s: {prepared}", flush=True)
    result: dict[str, Any] = {"size": size_mb(url) * 100_000 / total}
    if only_slip:
        database = db.Database(url)
        try:
            result["slip"] = slip_figure(database, prepared, repeat)
        finally:
            database.dispose()
        return result
    if open_order_only:
        result["open order"] = open_order_alone(url, prepared, repeat)
        return result
    if prepared is not None and not starts_only:
        result.update(database_figures(url, prepared, repeat))
        print(f"[{name}] in-process figures done", flush=True)
    cold, memory, first = start_figures(url, folder / f"home-{name}", STARTS)
    result.update(cold=cold, memory=memory, first=first)
    print(f"[{name}] starts done", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--orders", type=int, default=730_000, help="orders over the ten years (default 730,000)")
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per figure (default 20)")
    parser.add_argument("--keep", metavar="DIR", type=Path, help="build into DIR and keep the databases")
    parser.add_argument("--reuse", metavar="DIR", type=Path, help="measure the databases an earlier --keep DIR left")
    parser.add_argument("--only-slip", action="store_true", help="time the settlement slip only (no other figures)")
    parser.add_argument("--open-order-only", action="store_true", help="time opening the 60-line order only")
    parser.add_argument("--starts-only", action="store_true", help="time only the starts and the memory")
    args = parser.parse_args()
    folder = args.reuse or args.keep or Path(tempfile.mkdtemp(prefix="desk-ten-years-"))
    folder.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[str, Any]] = {}
    server: PostgresServer | None = None
    try:
        if args.only in (None, "sqlite"):
            path = folder / "ten-years.sqlite3"
            reuse = bool(args.reuse) and path.is_file()
            if not reuse:
                for leftover in folder.glob("ten-years.sqlite3*"):
                    leftover.unlink()
            results["SQLite"] = run_one("SQLite", f"sqlite:///{path}", args.orders, folder, args.repeat, reuse,
                                         args.only_slip, args.open_order_only, args.starts_only)
            print_table(results)  # so far, in case the PostgreSQL half fails
        if args.only in (None, "postgresql"):
            reuse = bool(args.reuse) and (folder / "pg" / "data").is_dir()
            server = start_postgres(folder, reuse=reuse, keep=bool(args.keep or args.reuse))
            url = server.url_for("tenyears")
            if not reuse:
                with db.Database(server.url).engine.connect() as connection:
                    connection.execution_options(isolation_level="AUTOCOMMIT")
                    connection.execute(text("DROP DATABASE IF EXISTS tenyears"))
                    connection.execute(text("CREATE DATABASE tenyears"))
            results["PostgreSQL"] = run_one("PostgreSQL", url, args.orders, folder, args.repeat, reuse,
                                         args.only_slip, args.open_order_only, args.starts_only)
    finally:
        if server is not None:
            if args.keep or args.reuse:
                server.pause()  # stopped, its folder kept for --reuse
            else:
                server.stop()
        if not (args.keep or args.reuse):
            shutil.rmtree(folder, ignore_errors=True)
    print(f"\n{args.orders:,} orders over ten years; {os.cpu_count()} CPUs; Python {sys.version.split()[0]}")
    print_table(results)


def start_postgres(folder: Path, *, reuse: bool, keep: bool) -> PostgresServer:
    """A throwaway server; with ``keep`` its cluster lives in ``folder/pg`` so ``--reuse`` finds it."""
    if not keep:
        return PostgresServer.start()
    cluster = folder / "pg"
    if reuse and (cluster / "data").is_dir():
        server = PostgresServer(url="", port=0, base_dir=cluster, _bindir=find_bindir())
        from pgserver import _free_port

        server.port = _free_port()
        server.url = f"postgresql+psycopg://desk@127.0.0.1:{server.port}/postgres"
        server.resume()
        return server
    server = PostgresServer.start()
    atexit.unregister(server.stop)  # it would delete the cluster that --reuse needs
    server.pause()
    assert server.base_dir is not None
    shutil.rmtree(cluster, ignore_errors=True)
    shutil.copytree(server.base_dir, cluster, symlinks=True)
    shutil.rmtree(server.base_dir, ignore_errors=True)
    if os.geteuid() == 0:
        subprocess.run(["chown", "-R", "postgres", str(cluster)], check=True)
        os.chmod(folder, 0o755)
    server.base_dir = cluster
    server.resume()
    return server


def find_bindir() -> Path:
    from pgserver import find_postgres_bindir

    bindir = find_postgres_bindir()
    assert bindir is not None
    return bindir


if __name__ == "__main__":
    main()
