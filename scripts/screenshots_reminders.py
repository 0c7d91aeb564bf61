"""Screenshots of the 客户关怀 tab (reminder call lists) for README.md.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_reminders.py docs/screenshots

Builds the demo shop in a temporary folder, signs in as the follow-up clerk, opens the 客户关怀
tab and selects the first car due for service, with the booking row filled in for tomorrow, and
saves ``reminders.png``; the 今日关怀 list is saved as ``reminders-care.png``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from desk.app import make_application
from desk.config import Settings
from desk.services import shop
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.reminders_tab import PAGE_CARE, PAGE_MAINTENANCE
from desk.views.runner import Runner
from shot_support import demo_database, settle_events


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    database, url, _folder = demo_database()
    with database.unit_of_work() as session:
        clerk = next(s.id for s in shop.list_staff(session) if s.role == "followup")

    app = make_application()
    install_language(app, lang)
    suffix = "" if lang == "zh_CN" else f"-{lang}"
    runner = Runner(database, Settings(database_url=url))
    window = MainWindow(runner)
    window.resize(1500, 900)
    window.show()
    window.staff_combo.setCurrentIndex(window.staff_combo.findData(clerk))
    tab = window.reminders
    window.tabs.setCurrentWidget(tab)
    settle_events(app)

    tab.pages.setCurrentIndex(PAGE_MAINTENANCE)
    row = next((i for i, r in enumerate(tab.maintenance_model.rows) if r.days_left >= 0), 0)
    tab.maintenance_view.selectRow(row)
    tab.note_edit.setText("客户同意明天上午来做保养")
    tab.work_edit.setText("5000 公里常规保养，顺便检查空调")
    settle_events(app)
    window.grab().save(str(target / f"reminders{suffix}.png"))

    tab.pages.setCurrentIndex(PAGE_CARE)
    tab.care_view.selectRow(0)
    tab.note_edit.clear()
    settle_events(app)
    window.grab().save(str(target / f"reminders-care{suffix}.png"))
    window.close()

    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"), *(sys.argv[2:3]))
