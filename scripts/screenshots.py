"""Screenshots of the main screens for README.md, taken from a demo shop in a real window.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py docs/screenshots

Builds a fresh demo database in a temporary folder, opens the counter application, and saves
one PNG per tab (and the printed repair order pages, via pdftoppm) into the given folder.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from desk.app import make_application
from desk.config import Settings
from desk.services import orders
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from shot_support import demo_database, settle_events


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    database, url, folder = demo_database()
    app = make_application()
    install_language(app, lang)
    runner = Runner(database, Settings(database_url=url))
    window = MainWindow(runner)
    window.resize(1500, 900)
    window.show()
    settle_events(app)
    suffix = "" if lang == "zh_CN" else f"-{lang}"

    window.tabs.setCurrentWidget(window.board)
    settle_events(app)
    window.grab().save(str(target / f"board{suffix}.png"))

    window.tabs.setCurrentWidget(window.intake)
    window.intake.search_box.setText("粤B")
    window.intake.run_search()
    window.intake.results_view.selectRow(1)
    window.intake.load_hit(window.intake.results.rows[1])
    window.intake.complaint_edit.setPlainText("发动机故障灯亮\n做 3 万公里保养")
    window.intake.mileage_edit.setText("30120")
    settle_events(app)
    window.grab().save(str(target / f"intake{suffix}.png"))

    with database.unit_of_work(write=False) as session:
        busy = max(
            orders.list_orders(session, statuses=["in_progress", "quality_check"]),
            key=lambda row: row.total_fen,
        )
        ready = orders.list_orders(session, statuses=["ready"])[0]
    window.show_order(busy.number)
    settle_events(app)
    window.grab().save(str(target / f"repair-order{suffix}.png"))

    window.show_settlement(ready.number)
    window.settlement.method_combo.setCurrentIndex(window.settlement.method_combo.findData("wechat"))
    window.settlement.reference_edit.setText("4200002026112300123")
    window.settlement.add_payment()
    settle_events(app)
    window.grab().save(str(target / f"settlement{suffix}.png"))

    if lang == "zh_CN":
        for copy in ("customer", "workshop"):
            pdf = window.order.render(copy)
            assert pdf is not None
            path = folder / f"{copy}.pdf"
            path.write_bytes(pdf)
            subprocess.run(
                ["pdftoppm", "-r", "70", "-png", "-singlefile", str(path), str(target / f"repair-order-{copy}-pdf")],
                check=True,
            )
    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"), *(sys.argv[2:3]))
