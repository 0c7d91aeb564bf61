"""Screenshots of the progress board (看板 tab) and the workshop's wall screen for README.md.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots_board.py docs/screenshots
    xvfb-run -a -s "-screen 0 3840x2160x24" .venv/bin/python scripts/screenshots_board.py docs/screenshots

Builds a demo shop in a temporary folder as it would look today at 14:30 shop time (the clock is
held there so the pictures show late, due and on-track cards), then saves ``board.png`` (the
counter's 看板 tab) and ``wall-WIDTH.png`` (the wall screen full screen on the virtual display).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from desk.app import make_application
from desk.config import Settings
from desk.db_watch import watching_database
from desk.views import board_tab, wall_screen
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from shot_support import demo_database, settle_events

SHOP_ZONE = ZoneInfo("Asia/Shanghai")


def frozen_now() -> dt.datetime:
    today = dt.datetime.now(SHOP_ZONE).date()
    return dt.datetime.combine(today, dt.time(14, 30), tzinfo=SHOP_ZONE).astimezone(dt.timezone.utc)


def hold_clock(now: dt.datetime) -> None:
    from desk.services import board, checks

    for module in (board, board_tab, wall_screen, checks):
        module.utc_now = lambda: now  # type: ignore[attr-defined]


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    now = frozen_now()
    database, url, folder = demo_database(now)
    hold_clock(now)
    app = make_application()
    install_language(app, lang)
    screen = QGuiApplication.primaryScreen().geometry()
    suffix = "" if lang == "zh_CN" else f"-{lang}"

    if screen.width() <= 1920:
        window = MainWindow(Runner(database, Settings(database_url=url)))
        window.resize(1600, 940)
        window.show()
        window.tabs.setCurrentWidget(window.board)
        settle_events(app)
        window.grab().save(str(target / f"board{suffix}.png"))
        window.close()

    watched = watching_database(url)
    wall = wall_screen.WallScreen(Runner(watched, Settings(database_url=url)))
    wall.setGeometry(screen)
    wall.showFullScreen()
    deadline = dt.datetime.now() + dt.timedelta(seconds=10)
    while wall.current is None and dt.datetime.now() < deadline:
        settle_events(app, 2)
    settle_events(app)
    wall.grab().save(str(target / f"wall-{screen.width()}{suffix}.png"))
    wall.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    watched.dispose()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"), *(sys.argv[2:3]))
