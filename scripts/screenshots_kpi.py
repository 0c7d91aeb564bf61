"""Screenshot of the KPI dashboard (指标 tab) for README.md.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_kpi.py docs/screenshots

Builds the demo shop in a temporary folder, opens the 指标 tab on the last 30 days (the demo's
history is two months, so a calendar month early in it would be thin) and saves ``kpi.png``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from desk.app import make_application
from desk.config import Settings
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from shot_support import demo_database, settle_events


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    database, url, _folder = demo_database()
    app = make_application()
    install_language(app, lang)
    suffix = "" if lang == "zh_CN" else f"-{lang}"
    runner = Runner(database, Settings(database_url=url))
    window = MainWindow(runner)
    window.resize(1500, 950)
    window.show()
    window.tabs.setCurrentWidget(window.kpi)
    settle_events(app)
    window.kpi.on_last_30_days()
    settle_events(app, 20)
    window.grab().save(str(target / f"kpi{suffix}.png"))
    window.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"), *(sys.argv[2:3]))
