"""Screenshots of the complaint register (投诉 tab) and a printed handling form for README.md.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_complaints.py docs/screenshots

Builds the demo shop in a temporary folder, opens the 投诉 tab signed in as the service manager
with every complaint listed (the overdue one in red) and one answered complaint chosen, and saves
``complaints.png``. A closed complaint's handling form (客户意见处理表) is rendered with pdftoppm
as ``complaint-form.png``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from desk.app import make_application
from desk.config import Settings
from desk.printing.complaint_form import render_complaint_form
from desk.services import complaints, shop
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from shot_support import demo_database, settle_events


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    database, url, folder = demo_database()
    with database.unit_of_work() as session:
        rows = complaints.list_complaints(session, status="all")
        details = [complaints.complaint_detail(session, row.number) for row in rows]
        shown = next(d for d in details if d.is_open and d.steps and not d.overdue)
        closed = max((d for d in details if not d.is_open), key=lambda d: len(d.steps))
        form = complaints.complaint_form(session, closed.number)
        manager = next(s.id for s in shop.list_staff(session) if s.role == "manager")

    app = make_application()
    install_language(app, lang)
    suffix = "" if lang == "zh_CN" else f"-{lang}"
    runner = Runner(database, Settings(database_url=url))
    window = MainWindow(runner)
    window.resize(1500, 900)
    window.show()
    window.staff_combo.setCurrentIndex(window.staff_combo.findData(manager))
    window.tabs.setCurrentWidget(window.complaints)
    tab = window.complaints
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("all"))
    tab.refresh(select=shown.number)
    settle_events(app)
    window.grab().save(str(target / f"complaints{suffix}.png"))
    window.close()

    with tempfile.TemporaryDirectory() as scratch:
        pdf = Path(scratch) / "complaint-form.pdf"
        pdf.write_bytes(render_complaint_form(form))
        subprocess.run(
            ["pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf), str(target / f"complaint-form{suffix}")],
            check=True,
        )

    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"), *(sys.argv[2:3]))
