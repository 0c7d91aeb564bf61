"""Screenshots of additional work (追加项目) for README.md.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_additional_work.py docs/screenshots

Builds a demo shop as it would look today at 14:30 shop time, opens the order editor on an order
waiting for the customer's approval with its 追加项目 section shown (``additional-work.png``), and
renders that order's confirmation slip to ``additional-work-slip.png`` with pdftoppm.
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
from desk.services import orders
from desk.views.additional_work_panel import AdditionalWorkPanel
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from shot_support import demo_database, settle_events

SHOP_ZONE = ZoneInfo("Asia/Shanghai")


def frozen_now() -> dt.datetime:
    today = dt.datetime.now(SHOP_ZONE).date()
    return dt.datetime.combine(today, dt.time(14, 30), tzinfo=SHOP_ZONE).astimezone(dt.timezone.utc)


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    database, url, folder = demo_database(frozen_now())
    app = make_application()
    install_language(app, lang)
    window = MainWindow(Runner(database, Settings(database_url=url)))
    window.resize(1500, 940)
    window.show()
    settle_events(app)
    suffix = "" if lang == "zh_CN" else f"-{lang}"

    with database.unit_of_work(write=False) as session:
        waiting = orders.list_orders(session, statuses=["awaiting_approval"])[0]
    window.show_order(waiting.number)
    panel = next(p for p in window.order.panels if isinstance(p, AdditionalWorkPanel))
    window.order.sections.setCurrentWidget(panel)
    settle_events(app)
    window.grab().save(str(target / f"additional-work{suffix}.png"))

    if lang == "zh_CN":
        pdf = panel.render_slip()
        assert pdf is not None
        path = folder / "additional-work.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "70", "-png", "-singlefile", str(path), str(target / "additional-work-slip")],
            check=True,
        )
    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"), *(sys.argv[2:3]))
