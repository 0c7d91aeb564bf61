"""Screenshots of the gate (门卫 tab) and of a printed exit pass for README.md.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots_gate.py docs/screenshots

Builds the demo shop in a temporary folder, then on the 门卫 tab scans a pass whose QR content was
altered (refused) and then a valid one (let out), and saves ``gate.png`` (the tab after both, the
accepted one on screen) and ``gate-refused.png`` (just after the refusal). The valid pass printed
on A6 is saved as ``exit-pass.png`` (rendered with pdftoppm).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from sqlalchemy import select

from desk.app import make_application
from desk.config import Settings
from desk.models import RepairOrder
from desk.models.enums import OrderStatus
from desk.printing.exit_pass import render_exit_pass
from desk.services import gate, shop
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from shot_support import demo_database, settle_events


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    database, url, folder = demo_database()
    with database.unit_of_work() as session:
        settled = session.scalars(
            select(RepairOrder.number).where(RepairOrder.status == OrderStatus.SETTLED.value).order_by(RepairOrder.number)
        ).all()
        if len(settled) < 2:
            raise SystemExit("the demo has fewer than two settled orders waiting at the gate")
        payloads = [gate.exit_pass_document(session, number, issue=True).payload for number in settled[:2]]
        document = gate.exit_pass_document(session, settled[1])
        gate_staff = next(s.id for s in shop.list_staff(session) if s.role == "gate")

    app = make_application()
    install_language(app, lang)
    suffix = "" if lang == "zh_CN" else f"-{lang}"
    runner = Runner(database, Settings(database_url=url))
    window = MainWindow(runner)
    window.resize(1400, 900)
    window.show()
    window.staff_combo.setCurrentIndex(window.staff_combo.findData(gate_staff))
    window.tabs.setCurrentWidget(window.gate)
    settle_events(app)
    tab = window.gate

    first = payloads[0]
    altered = first[:-1] + ("A" if first[-1] != "A" else "B")
    tab.scan_edit.setText(altered)
    tab.on_scan()
    settle_events(app)
    window.grab().save(str(target / f"gate-refused{suffix}.png"))
    tab.scan_edit.setText(payloads[1])
    tab.on_scan()
    settle_events(app)
    window.grab().save(str(target / f"gate{suffix}.png"))
    window.close()

    with tempfile.TemporaryDirectory() as scratch:
        pdf = Path(scratch) / "exit-pass.pdf"
        pdf.write_bytes(render_exit_pass(document))
        subprocess.run(["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf), str(target / f"exit-pass{suffix}")],
                       check=True)

    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"), *(sys.argv[2:3]))
