"""Screenshot of the 接车 search with masked phone numbers (issue 8, 隐私) for README.md.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots_privacy.py docs/screenshots

Builds the demo shop in a temporary folder, signs in one of its 服务顾问, searches the 接车 tab for
part of a phone number and opens the first result, and saves ``privacy-intake.png``: the results
show ``138****1234`` (an advisor does not need numbers in lists) and the customer's card the full
number (an advisor does on the card). The tab is shown on its own, as the main window is framed
by the sign-in screen.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from desk.app import make_application
from desk.config import Settings
from desk.models.enums import Role
from desk.services import shop
from desk.views.i18n import install_language
from desk.views.intake_tab import IntakeTab
from desk.views.runner import Runner
from shot_support import demo_database, settle_events

SEARCH = "138"
"""Part of a phone number that many demo customers share."""


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    database, url, _ = demo_database()
    with database.unit_of_work(write=False) as session:
        advisor = next(s.id for s in shop.list_staff(session) if s.role == Role.ADVISOR.value)

    app = make_application()
    install_language(app, lang)
    suffix = "" if lang == "zh_CN" else f"-{lang}"
    runner = Runner(database, Settings(database_url=url))
    runner.set_staff(advisor)
    tab = IntakeTab(runner)
    tab.setWindowTitle("Desk 售后服务前台 — 接车（服务顾问）")
    tab.resize(1400, 860)
    tab.show()
    settle_events(app)
    tab.search_box.setText(SEARCH)
    tab.search_timer.stop()
    tab.run_search()
    settle_events(app)
    if not tab.results.rows:
        raise SystemExit(f"the demo has no customer whose number contains {SEARCH}")
    tab.results_view.selectRow(0)
    tab.load_hit(tab.results.rows[0])
    settle_events(app)
    shown = [hit.phone for hit in tab.results.rows]
    if not all("*" in phone for phone in shown) or "*" in tab.phone_edit.text():
        raise SystemExit(f"expected masked numbers in the list and a full one on the card: {shown}, {tab.phone_edit.text()}")
    tab.grab().save(str(target / f"privacy-intake{suffix}.png"))
    tab.close()

    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"), *(sys.argv[2:3]))
