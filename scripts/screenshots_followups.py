"""A screenshot of the follow-up calls (回访 tab) for README.md.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_followups.py docs/screenshots

Builds the demo shop in a temporary folder, signs in as the follow-up clerk (which opens the 回访
tab), picks the first of today's calls, marks it reached and fills in the answers as the clerk
would while talking — one of them low, so the unhappy hint shows — and saves ``followups.png``.
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
from desk.views.runner import Runner
from shot_support import demo_database, settle_events


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    database, url, _folder = demo_database()
    with database.unit_of_work(write=False) as session:
        clerk = next(s.id for s in shop.list_staff(session) if s.role == "followup")

    app = make_application()
    install_language(app, lang)
    suffix = "" if lang == "zh_CN" else f"-{lang}"
    runner = Runner(database, Settings(database_url=url))
    window = MainWindow(runner)
    window.resize(1500, 940)
    window.show()
    window.staff_combo.setCurrentIndex(window.staff_combo.findData(clerk))  # the clerk starts on 回访
    settle_events(app)
    tab = window.followup
    assert window.tabs.currentWidget() is tab, "the follow-up clerk should start on the 回访 tab"
    tab.list_bar.setCurrentIndex(0)
    tab.table.selectRow(0)
    settle_events(app)
    tab.on_reached()
    for key, value in (("overall", 4), ("quality", 5), ("on_time", 2), ("staff", 5), ("price", 4)):
        tab.scores[key].set_value(value)
    tab.solved_yes.setChecked(True)
    tab.comments.setPlainText("车开着挺好。就是交车比说好的晚了一个小时，也没人提前打电话说一声。")
    settle_events(app)
    window.grab().save(str(target / f"followups{suffix}.png"))
    window.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"), *(sys.argv[2:3] or []))
