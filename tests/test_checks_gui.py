"""The checks driven through the real widgets, offscreen: the due progress checks above the board,
the editor's 质检与交车 section (quality check with rework, delivery checklist, repeat flag) and the
header badge of a repeat repair."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtWidgets import QPushButton

from conftest import seed_shop
from desk.config import Settings
from desk.db import Database
from desk.models import PromiseChange, StatusChange
from desk.models.base import utc_now
from desk.models.enums import Role
from desk.services import board, orders, shop
from desk.views.checks_panel import ChecksPanel, QualityCheckDialog
from desk.views.main_window import MainWindow
from desk.views.progress_checks import ProgressCheckDialog
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text
from sqlalchemy import select

pytestmark = pytest.mark.gui


@pytest.fixture
def counter(qtbot, sqlite_url: str) -> Iterator[tuple[MainWindow, RecordingReporter, Database, dict]]:
    """A shop with a job 50 minutes into one hour of work, a car in 质检中 whose technician is 黄师傅,
    and an earlier visit of that car 40 days ago."""
    database = Database(sqlite_url)
    ids = seed_shop(database)
    now = utc_now()
    with database.unit_of_work() as s:
        shop.update_shop(
            s, name="广州粤顺汽车销售服务有限公司", address="广州市天河区黄埔大道西 100 号", phone="020-38881234",
            labour_rate="180", opening_time=dt.time(0, 0), closing_time=dt.time(23, 59), staff_id=None,
        )
        supervisor = shop.add_staff(s, "周主管", Role.SUPERVISOR).id
        technician = shop.add_staff(s, "黄师傅", Role.TECHNICIAN, ids.team).id
        earlier = orders.open_order(s, vehicle_id=ids.vehicle, advisor_id=ids.advisor, mileage=15500,
                                    complaint="底盘异响", now=now - dt.timedelta(days=41)).number
        row = orders.get_order(s, earlier)
        row.status, row.released_at = "released", now - dt.timedelta(days=40)
        numbers = []
        for complaint in ("过减速带咯噔响", "空调不凉"):
            number = orders.open_order(
                s, vehicle_id=ids.vehicle, advisor_id=ids.advisor, mileage=18000, complaint=complaint,
                promised_at=now + dt.timedelta(hours=3), confirmed={"second_open_order"},
                now=now - dt.timedelta(minutes=60),
            ).number
            orders.add_labour_line(s, number, code="CH-01", name="底盘检查", hours="1")
            orders.add_part_line(s, number, name="稳定杆胶套", quantity="2", unit_price="45")
            for target in ("dispatched", "in_progress"):
                orders.move_status(s, number, target, now=now - dt.timedelta(minutes=50))
            numbers.append(number)
        orders.move_status(s, numbers[0], "quality_check", now=now - dt.timedelta(minutes=5))
        for line in orders.get_order(s, numbers[0]).labour_lines:
            line.technician_id = technician
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    runner.set_staff(ids.advisor)
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    yield window, reporter, database, {
        "quality": numbers[0], "due": numbers[1], "earlier": earlier, "supervisor": supervisor,
    }
    database.dispose()


def tick(qtbot, box) -> None:
    """Click a check box on its box (the middle of a wide check box is not on it)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_due_progress_checks_on_the_board_and_recording_a_delay(qtbot, counter) -> None:
    window, reporter, database, names = counter
    strip = window.board.progress_checks
    assert strip.toggle.text() == "待进度检查 1" and not strip.body.isVisible()
    qtbot.mouseClick(strip.toggle, Qt.MouseButton.LeftButton)
    assert strip.body.isVisible() and strip.model.rowCount() == 1
    assert strip.model.rows[0].number == names["due"] and strip.model.rows[0].share_percent >= 80
    card = next(c for c in window.board.data.orders if c.number == names["due"])
    assert card.colour == board.ATTENTION

    click(qtbot, strip.record_button)
    dialog = strip.dialog
    assert isinstance(dialog, ProgressCheckDialog) and dialog.isVisible()
    assert not dialog.new_time.isEnabled()
    qtbot.mouseClick(dialog.late, Qt.MouseButton.LeftButton)
    assert dialog.new_time.isEnabled() and dialog.customer_told.isEnabled()
    with database.unit_of_work(write=False) as s:
        wall_now = QDateTime(shop.to_wall_clock(s, utc_now()))  # the shop's clock, as the dialog shows it
    dialog.new_time.setDateTime(wall_now.addSecs(-3600))  # a time already past
    click(qtbot, dialog.ok_button)
    assert reporter.errors == ["新的预计交车时间必须晚于现在。"] and dialog.isVisible()
    dialog.new_time.setDateTime(wall_now.addSecs(5 * 3600))
    tick(qtbot, dialog.customer_told)
    type_text(qtbot, dialog.note, "等胶套到货")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and len(reporter.errors) == 1

    assert strip.toggle.text() == "待进度检查 0" and strip.model.rowCount() == 0
    card = next(c for c in window.board.data.orders if c.number == names["due"])
    assert card.colour == board.ON_TRACK and card.progress_checked
    with database.unit_of_work(write=False) as s:
        (change,) = s.scalars(select(PromiseChange)).all()
        assert (change.source, change.customer_told, change.reason) == ("progress_check", True, "等胶套到货")
        assert orders.order_detail(s, names["due"]).promised_at == change.new_promised_at

    # the editor's section shows the check (a section reads the order when it is opened)
    window.show_order(names["due"])
    panel = window.order.findChild(ChecksPanel)
    window.order.sections.setCurrentWidget(panel)
    assert panel.progress_model.rowCount() == 1
    assert panel.progress_model.data(panel.progress_model.index(0, 2)) == "延误"
    assert panel.progress_model.data(panel.progress_model.index(0, 4)) == "已告知"


def test_quality_check_rework_delivery_check_and_repeat_flag_in_the_editor(qtbot, counter) -> None:
    window, reporter, database, names = counter
    number = names["quality"]
    window.show_order(number)
    editor = window.order
    panel = editor.findChild(ChecksPanel)
    editor.sections.setCurrentWidget(panel)
    assert editor.sections.tabText(editor.sections.currentIndex()) == "质检与交车"
    assert "黄师傅" in panel.quality_state.text()
    assert not panel.ready_button.isEnabled()

    # the status button is refused until both checks are recorded
    click(qtbot, editor.findChild(QPushButton, "move_ready"))
    assert "还没有质检" in reporter.errors[-1]

    # fail: the technician is not offered, a reason is required, the rework is confirmed
    click(qtbot, panel.quality_button)
    dialog = panel.dialog
    assert isinstance(dialog, QualityCheckDialog) and dialog.isVisible()
    offered = [dialog.inspector.itemText(i) for i in range(dialog.inspector.count())]
    assert offered[0] == "周主管（车间主管）" and not any("黄师傅" in o for o in offered)
    qtbot.mouseClick(dialog.failed, Qt.MouseButton.LeftButton)
    click(qtbot, dialog.ok_button)
    assert reporter.errors[-1] == "质检不合格时必须写明原因（返修要做什么）。" and dialog.isVisible()
    type_text(qtbot, dialog.reason, "稳定杆胶套仍有异响")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert reporter.questions[-1] == f"质检不合格：把 {number} 退回「维修中」返修吗？返修后须重新质检。"
    assert editor.status_label.text() == "维修中"
    assert panel.quality_model.rowCount() == 1 and "返修中" in panel.quality_state.text()
    assert not panel.quality_button.isEnabled()

    # back to 质检中, passed by the supervisor
    click(qtbot, editor.findChild(QPushButton, "move_quality_check"))
    assert editor.status_label.text() == "质检中"
    click(qtbot, panel.quality_button)
    dialog = panel.dialog
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and panel.quality_model.rowCount() == 2
    assert panel.quality_model.data(panel.quality_model.index(1, 0)) == "第 2 次"
    assert panel.quality_model.data(panel.quality_model.index(1, 3)) == "合格"

    # the delivery checklist: one item left unticked is named, then all ticked → 待交车
    assert panel.ready_button.isEnabled()
    for key, box in panel.items.items():
        if key != "covers_removed":
            tick(qtbot, box)
    click(qtbot, panel.ready_button)
    assert reporter.errors[-1] == "交车前检查还有 1 项没有确认：防护套已取下。全部确认后才能交车。"
    assert editor.status_label.text() == "质检中"
    tick(qtbot, panel.items["covers_removed"])
    type_text(qtbot, panel.delivery_note, "旧件放后备箱")
    click(qtbot, panel.ready_button)
    assert editor.status_label.text() == "待交车"
    assert "完成交车前检查" in panel.delivery_state.text()
    assert not panel.ready_button.isEnabled() and all(b.isChecked() for b in panel.items.values())

    # the repeat flag by hand: a reason is needed; the badge shows in the header; clearing is confirmed
    assert editor.repeat_badge.isHidden()
    assert panel.repeat_choice.currentData() == names["earlier"]
    click(qtbot, panel.mark_button)
    assert reporter.errors[-1] == "请写明改返修标记的原因。"
    type_text(qtbot, panel.repeat_reason, "上次底盘异响没修好")
    click(qtbot, panel.mark_button)
    assert not editor.repeat_badge.isHidden() and editor.repeat_badge.text() == f"返修：{names['earlier']}"
    assert "本单是" in panel.repeat_state.text() and panel.repeat_reason.text() == ""
    card = next(c for c in window.board.data.orders if c.number == number)
    assert card.repeat_of == names["earlier"]
    type_text(qtbot, panel.repeat_reason, "查明是新问题")
    click(qtbot, panel.clear_button)
    assert reporter.questions[-1] == f"取消 {number} 的返修标记吗？"
    assert editor.repeat_badge.isHidden()
    with database.unit_of_work(write=False) as s:
        detail = orders.order_detail(s, number)
        flagged = s.scalars(select(StatusChange.reason).where(StatusChange.from_status == StatusChange.to_status)).all()
    assert detail.status == "ready" and detail.repeat_of == ""
    assert flagged == [f"标记为 {names['earlier']} 的返修：上次底盘异响没修好",
                       f"取消返修标记（原为 {names['earlier']} 的返修）：查明是新问题"]
