"""Screenshots of the appointment book (预约) and the welcome board for README.md.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_appointments.py docs/screenshots

Builds a fresh demo shop in a temporary folder — pretending it is 10:40 in the shop today, so the
day has appointments in every state — opens the counter application on the 预约 tab and saves
``appointments-day.png`` and ``appointments-week.png``, and the welcome board of one of today's
appointments as ``welcome-board.png`` (via pdftoppm).
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
from desk.services import appointments
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from shot_support import demo_database, settle_events


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    # A new database keeps shop time in Asia/Shanghai: 10:40 there, with the day well under way.
    zone = ZoneInfo("Asia/Shanghai")
    today = dt.datetime.now(zone).date()
    now = dt.datetime.combine(today, dt.time(10, 40), tzinfo=zone).astimezone(dt.timezone.utc)
    database, url, folder = demo_database(now)
    app = make_application()
    install_language(app, lang)
    runner = Runner(database, Settings(database_url=url))
    window = MainWindow(runner)
    window.resize(1500, 900)
    window.show()
    settle_events(app)
    suffix = "" if lang == "zh_CN" else f"-{lang}"
    book = window.appointments
    window.tabs.setCurrentWidget(book)
    book.go_today()
    settle_events(app)

    with database.unit_of_work(write=False) as session:
        rows = appointments.list_day(session, today)
    shown = next((r for r in rows if r.status == "booked"), rows[0])
    book.show_appointment(shown)
    settle_events(app)
    window.grab().save(str(target / f"appointments-day{suffix}.png"))

    if lang == "zh_CN":
        pdf = book.render_welcome()
        assert pdf is not None
        path = folder / "welcome.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-singlefile", str(path), str(target / "welcome-board")], check=True,
        )

    book.view_combo.setCurrentIndex(book.view_combo.findData("week"))
    book.advisor_filter.setCurrentIndex(book.advisor_filter.findData(shown.advisor_id))
    book.side.setCurrentIndex(1)
    book.confirmations.rowCount() and book.confirm_view.selectRow(0)
    settle_events(app)
    window.grab().save(str(target / f"appointments-week{suffix}.png"))

    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"), *(sys.argv[2:3]))
