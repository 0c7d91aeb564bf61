"""Screenshots of the walk-around (环车检查) for README.md, from a demo shop in a real window.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_inspection.py docs/screenshots

Builds a fresh demo database in a temporary folder, starts the walk-around of one of today's
appointments through the tab (mileage, fuel, checklist with one problem, a valuable, damage marks
placed by clicking the drawing, a signature on the pad) and saves:

- ``intake-inspection.png``: the tab with the marks and the signature, before 客户签字确认;
- ``intake-inspection-signed.png``: the same after signing (frozen, 开委托书 offered);
- ``checkin-sheet.png``: the printed check-in sheet of the order opened from it, via ``pdftoppm -r 60``.
"""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtTest import QTest

from desk.app import make_application
from desk.config import Settings
from desk.services import inspections
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from shot_support import demo_database, settle_events


def handwriting() -> list[list[QPointF]]:
    """A few looping strokes that look like a hurried signature, in 0–1 of the pad."""
    strokes = []
    x = 0.14
    for loops, span, lift in ((3, 0.2, 0.0), (4, 0.24, 0.04), (2, 0.14, -0.03)):
        points = []
        for step in range(90):
            t = step / 89
            angle = 2 * math.pi * loops * t
            px = x + t * span - 0.022 * math.sin(angle)
            py = 0.52 + lift - 0.2 * math.sin(angle / 2 + 0.3) * (1 - 0.35 * t) - 0.1 * (1 - math.cos(angle)) * 0.5
            points.append(QPointF(px, py))
        strokes.append(points)
        x += span + 0.05
    strokes.append([QPointF(0.16 + 0.006 * i, 0.8 - 0.0004 * i * i / 10) for i in range(100)])
    return strokes


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    database, url, folder = demo_database()
    app = make_application()
    install_language(app, "zh_CN")
    runner = Runner(database, Settings(database_url=url))
    window = MainWindow(runner)
    window.resize(1560, 960)
    window.show()
    settle_events(app)

    tab = window.inspection
    window.tabs.setCurrentWidget(tab)
    with database.unit_of_work(write=False) as session:
        waiting = inspections.today_appointments(session)
    if waiting:
        tab.start_from_appointment(waiting[0].number)
    else:  # late at night the demo books tomorrow: take a car as a walk-in
        tab.plate_edit.setText("粤B")
        tab.start_walk_in()
    settle_events(app)
    assert tab.detail is not None, "no inspection started"

    last = tab.detail.last_mileage or 20000
    tab.mileage_edit.setText(str(last + 5230))
    tab.fuel_gauge.set_level(3)
    tab.keys_spin.setValue(2)
    tab.complaints_edit.setPlainText("刹车时有吱吱异响\n空调出风有异味\n做 3 万公里保养")
    tab.on_all_ok()
    _label, _ok, problem, note, _when = tab.rows["wheels"]
    problem.setChecked(True)
    note.setText("左前轮胎纹较浅，建议更换")
    tab.add_valuable_row("行车记录仪存储卡", "returned")
    tab.add_valuable_row("儿童安全座椅", "kept")
    tab.save()

    # marks, placed by clicking the drawing where the damage is
    for kind, x, y in (("scratch", 0.43, 0.19), ("dent", 0.61, 0.20), ("scratch", 0.875, 0.47),
                       ("crack", 0.67, 0.44), ("chip", 0.655, 0.68), ("dent", 0.80, 0.86)):
        tab.kind_buttons[kind].setChecked(True)
        QTest.mouseClick(tab.drawing, Qt.MouseButton.LeftButton, pos=tab.drawing.position_of(x, y).toPoint())
        settle_events(app, 2)
    notes = ["左前门 划痕约 10 cm", "左后门 轻微凹陷", "前保险杠 擦痕", "前挡风玻璃 石子裂纹", "右后视镜 掉漆", "右前翼子板 凹陷"]
    for mark, text in zip(tab.detail.marks, notes):
        tab.drawing.select(mark.id)
        tab.mark_note_edit.setText(text)
        tab.save_mark()
    tab.drawing.select(tab.detail.marks[0].id)
    tab.kind_buttons["scratch"].setChecked(True)
    tab.pad.strokes = handwriting()
    tab.pad.update()
    settle_events(app)
    tab.checklist_box.parentWidget().parentWidget().parentWidget().verticalScrollBar().setValue(0)
    settle_events(app)
    window.grab().save(str(target / "intake-inspection.png"))

    tab.sign()
    settle_events(app)
    window.grab().save(str(target / "intake-inspection-signed.png"))

    tab.open_order()  # the sheet as printed for the order: its number in the header
    settle_events(app)
    window.tabs.setCurrentWidget(tab)
    pdf = tab.render(draft=False)
    assert pdf is not None
    path = folder / "checkin.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-singlefile", str(path), str(target / "checkin-sheet")], check=True
    )
    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
