"""Screenshot of the repair-order editor after a conflict, for README.md: another counter PC saved
the order first, this PC's save was refused, the editor shows the latest order and the note above
it offers back what was typed here (「重新填入」).

    xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python scripts/screenshots_conflict.py docs/screenshots

Builds the editor screenshot's shop (scripts/screenshots_editor.py) and saves ``conflict.png``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desk import db
from desk.app import make_application
from desk.config import Settings
from desk.models.enums import Role
from desk.services import orders, promise, shop
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from screenshots_editor import build, frozen_now
from shot_support import settle_events


class QuietReporter:
    """The refusal is a message box in the application; the screenshot shows the note behind it."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        return True


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    now = frozen_now()
    for module in (orders, promise):
        module.utc_now = lambda: now  # type: ignore[attr-defined]
    url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'conflict.sqlite3'}"
    db.upgrade(url)
    database = db.Database(url)
    number, advisor = build(database, now)
    with database.unit_of_work() as s:
        other_pc = shop.add_staff(s, "王强", Role.ADVISOR).id
    app = make_application()
    install_language(app, lang)
    reporter = QuietReporter()
    runner = Runner(database, Settings(database_url=url), reporter)
    runner.set_staff(advisor)
    window = MainWindow(runner)
    window.resize(1600, 1160)
    window.show()
    window.tabs.setCurrentWidget(window.order)
    editor = window.order
    editor.show_order(number)
    settle_events(app)
    # the other counter PC saves the order's description first
    with database.unit_of_work() as s:
        order = orders.get_order(s, number)
        orders.update_details(
            s, number, complaint="做 1 万公里保养；空调出风有异味，要求清洗；客户加做四轮定位",
            promised_at=order.promised_at, staff_id=other_pc, expected_version=order.version, now=now,
        )
    editor.complaint_edit.setPlainText("做 1 万公里保养；空调出风有异味，要求清洗；右后轮胎压报警，顺便检查")
    editor.save_details_button.click()
    settle_events(app)
    suffix = "" if lang == "zh_CN" else f"-{lang}"
    window.grab().save(str(target / f"conflict{suffix}.png"))
    assert len(reporter.errors) == 1, reporter.errors  # the refusal naming 王强
    window.close()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"), *(sys.argv[2:3]))
