"""Screenshots of the checks for README.md: the editor's 质检与交车 section and the board's due list.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots_checks.py docs/screenshots

Builds the demo shop as it would look today at 14:30 shop time (the clock is held there), then:

- ``quality-check.png``: an order in 质检中 that failed its first check (rework), was passed on the
  second, and is flagged as a repeat repair, with the delivery checklist half ticked;
- ``progress-checks.png``: the 看板 tab with the list of due progress checks folded open.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from sqlalchemy import func, select

from desk.app import make_application
from desk.config import Settings
from desk.models import RepairOrder, StatusChange
from desk.models.enums import Role
from desk.services import checks, orders, shop
from desk.views import board_tab
from desk.views.checks_panel import ChecksPanel
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

    for module in (board, board_tab, checks):
        module.utc_now = lambda: now  # type: ignore[attr-defined]


def rework_story(database, now: dt.datetime) -> str:  # type: ignore[no-untyped-def]
    """An order in 质检中 with a failed check, the rework, a passed check, and a repeat flag."""
    with database.unit_of_work() as s:
        candidates = [orders.get_order(s, row.number) for row in orders.list_orders(s, statuses=["quality_check"])]
        order = next((o for o in candidates if o.repeat_of_id is not None), candidates[-1])
        number = order.number
        entered = s.scalar(select(func.max(StatusChange.at)).where(
            StatusChange.order_id == order.id, StatusChange.to_status == "quality_check"))
        span = now - entered
        supervisor = shop.list_staff(s, Role.SUPERVISOR)[0].id
        manager = shop.list_staff(s, Role.MANAGER)[0].id
        checks.record_quality_check(
            s, number, inspector_id=supervisor, passed=False, reason="右前轮螺栓扭矩不足，重新紧固并复查",
            staff_id=supervisor, now=entered + span * 0.2,
        )
        orders.move_status(s, number, "quality_check", staff_id=supervisor, now=entered + span * 0.6)
        checks.record_quality_check(s, number, inspector_id=manager, passed=True, staff_id=manager,
                                    now=entered + span * 0.8)
        earlier = s.scalar(
            select(RepairOrder.number).where(RepairOrder.vehicle_id == order.vehicle_id, RepairOrder.id != order.id,
                                             RepairOrder.opened_at < order.opened_at)
            .order_by(RepairOrder.opened_at.desc()).limit(1)
        )
        if earlier and order.repeat_of_id is None:  # none flagged by the rule: the advisor marks one by hand
            checks.mark_repeat(s, number, repeat_of=earlier, reason="客户反映上次修后仍有同样问题",
                               staff_id=order.advisor_id, now=entered + span * 0.9)
    return number


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    now = frozen_now()
    database, url, folder = demo_database(now)
    hold_clock(now)
    number = rework_story(database, now)
    app = make_application()
    install_language(app, lang)
    suffix = "" if lang == "zh_CN" else f"-{lang}"

    window = MainWindow(Runner(database, Settings(database_url=url)))
    window.resize(1600, 940)
    window.show()
    window.show_order(number)
    panel = window.order.findChild(ChecksPanel)
    window.order.sections.setCurrentWidget(panel)
    for key in ("fault_gone", "old_parts_ready", "clean"):
        panel.items[key].setChecked(True)
    settle_events(app)
    window.grab().save(str(target / f"quality-check{suffix}.png"))

    window.tabs.setCurrentWidget(window.board)
    window.board.refresh()
    window.board.progress_checks.refresh()
    window.board.progress_checks.set_open(True)
    settle_events(app)
    window.grab().save(str(target / f"progress-checks{suffix}.png"))
    window.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"), *(sys.argv[2:3]))
