"""Screenshots of the workshop's dispatch (车间派工 tab) and the workshop copy (派工单) for README.md.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots_workshop.py docs/screenshots

Builds a demo shop in a temporary folder as it would look today at 14:30 shop time (the clock is
held there so running clocks, a job waiting for parts and finished jobs show), then saves
``workshop-dispatch.png`` (the 车间派工 tab, a running job selected) and
``repair-order-workshop.png`` (the workshop copy of an order whose jobs are dispatched, page 1).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer

from desk.app import make_application
from desk.config import Settings
from desk.services import dispatch, documents
from desk.printing.repair_order import render_repair_order
from desk.views import board_tab, job_table, wall_screen
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from shot_support import demo_database, settle_events

SHOP_ZONE = ZoneInfo("Asia/Shanghai")


def frozen_now() -> dt.datetime:
    today = dt.datetime.now(SHOP_ZONE).date()
    return dt.datetime.combine(today, dt.time(14, 30), tzinfo=SHOP_ZONE).astimezone(dt.timezone.utc)


def hold_clock(now: dt.datetime) -> None:
    from desk.services import board

    for module in (board, dispatch, board_tab, wall_screen, job_table):
        module.utc_now = lambda: now  # type: ignore[attr-defined]


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    now = frozen_now()
    database, url, folder = demo_database(now)
    hold_clock(now)
    app = make_application()
    install_language(app, lang)
    suffix = "" if lang == "zh_CN" else f"-{lang}"

    window = MainWindow(Runner(database, Settings(database_url=url)))
    window.resize(1600, 940)
    window.show()
    window.tabs.setCurrentWidget(window.workshop)
    settle_events(app)
    box = window.workshop.jobs
    paused = next((i for i, r in enumerate(box.model.rows) if r.pause_reason == "waiting_parts"), 0)
    box.view.selectRow(paused)
    settle_events(app)
    window.grab().save(str(target / f"workshop-dispatch{suffix}.png"))

    # the workshop copy of the order with the most dispatched jobs
    with database.unit_of_work(write=False) as session:
        rows = dispatch.workshop_jobs(session, now=now)
    counts: dict[str, int] = {}
    for row in rows:
        if row.technician:
            counts[row.order_number] = counts.get(row.order_number, 0) + 1
    number = max(counts, key=lambda n: counts[n])
    window.show_order(number)
    window.order.sections.setCurrentIndex(1)  # 派工与工时
    settle_events(app)
    window.grab().save(str(target / f"order-dispatch{suffix}.png"))
    if lang == "zh_CN":
        with database.unit_of_work() as session:
            snapshot = documents.repair_order_snapshot(session, number)
        path = folder / "workshop.pdf"
        path.write_bytes(render_repair_order(snapshot, "workshop"))
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-singlefile", str(path), str(target / "repair-order-workshop")],
            check=True,
        )
    window.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"), *(sys.argv[2:3]))
