"""The 车间派工 tab and the order editor's 「派工与工时」 section driven through their widgets:
choosing team and technician, 开工, 暂停 with a reason, 继续, 完工 — checked on screen and in
the database — and refusals shown to the user."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desk.config import Settings
from desk.db import Database
from desk.models import JobClockEvent, LabourLine, RepairOrder
from desk.models.base import utc_now
from desk.models.enums import Role
from desk.services import customers, orders, shop
from desk.views.dispatch_panel import DispatchPanel
from desk.views.job_table import OVER
from desk.views.order_tab import OrderTab
from desk.views.runner import Runner
from desk.views.workshop_tab import UNASSIGNED, WorkshopTab
from conftest import seed_shop
from gui_helpers import RecordingReporter, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def shop_floor(qtbot, sqlite_url: str) -> Iterator[tuple[Runner, RecordingReporter, Database, dict]]:
    database = Database(sqlite_url)
    ids = seed_shop(database)
    with database.unit_of_work() as s:
        team2 = shop.add_team(s, "钣喷组", 2)
        sun = shop.add_staff(s, "孙伟", Role.TECHNICIAN, ids.team)
        xie = shop.add_staff(s, "谢永强", Role.TECHNICIAN, team2.id)
        supervisor = shop.add_staff(s, "刘建国", Role.SUPERVISOR)
        number = orders.open_order(
            s, vehicle_id=ids.vehicle, advisor_id=ids.advisor, mileage=20000, complaint="保养",
            promised_at=utc_now() + dt.timedelta(hours=5),
        ).number
        orders.add_labour_line(s, number, name="更换机油机滤", hours="1")
        orders.add_labour_line(s, number, name="前保险杠喷漆", hours="3")
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    runner.set_staff(supervisor.id)
    yield runner, reporter, database, {
        "number": number, "team": ids.team, "team2": team2.id, "sun": sun.id, "xie": xie.id,
        "supervisor": supervisor.id, "manager": ids.manager,
    }
    database.dispose()


def cell(box, row: int, header: str) -> str:
    model = box.model
    column = next(i for i, c in enumerate(model.columns) if c.header == header)
    return model.data(model.index(row, column))


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def lines(database: Database, number: str) -> list[LabourLine]:
    with database.unit_of_work(write=False) as s:
        order = orders.get_order(s, number)
        s.expunge_all()
        return list(order.labour_lines)


def test_workshop_tab_dispatch_and_clock(qtbot, shop_floor) -> None:
    runner, reporter, database, ids = shop_floor
    tab = WorkshopTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1400, 700)
    tab.show()
    box = tab.jobs
    assert box.model.rowCount() == 2
    assert cell(box, 0, "班组") == "未派工" and cell(box, 0, "状态") == "未开工"
    assert "共 2 项" in tab.count_label.text()
    assert not box.start_button.isEnabled()  # no technician yet

    # the first line to 机电一组 孙伟
    box.select_line(lines(database, ids["number"])[0].id)
    choose(box.team_combo, "机电一组")
    choose(box.technician_combo, "孙伟")
    assert [box.technician_combo.itemText(i) for i in range(box.technician_combo.count())] == ["（暂不指定）", "孙伟"]
    qtbot.mouseClick(box.dispatch_button, Qt.MouseButton.LeftButton)
    assert reporter.errors == []
    first, second = lines(database, ids["number"])
    assert (first.team_id, first.technician_id) == (ids["team"], ids["sun"])

    # a technician of another team is refused with the reason (the combo only offers the team's own)
    box.select_line(second.id)
    choose(box.team_combo, "钣喷组")
    assert box.technician_combo.findText("孙伟") < 0
    choose(box.technician_combo, "谢永强")
    qtbot.mouseClick(box.dispatch_button, Qt.MouseButton.LeftButton)
    with database.unit_of_work(write=False) as s:
        assert orders.get_order(s, ids["number"]).status == "dispatched"
    assert cell(box, box.view.currentIndex().row(), "技师") == "谢永强"

    # 开工 on the first line: the order goes to 维修中
    box.select_line(first.id)
    assert box.start_button.isEnabled() and not box.pause_button.isEnabled()
    qtbot.mouseClick(box.start_button, Qt.MouseButton.LeftButton)
    assert reporter.errors == []
    row = box.view.currentIndex().row()
    assert cell(box, row, "状态") == "施工中"
    with database.unit_of_work(write=False) as s:
        assert orders.get_order(s, ids["number"]).status == "in_progress"

    # 暂停… asks the reason; cancelling changes nothing
    qtbot.mouseClick(box.pause_button, Qt.MouseButton.LeftButton)
    dialog = box.pause_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert lines(database, ids["number"])[0].clock_state == "running"
    # choosing 其他 without a note is refused with the reason
    qtbot.mouseClick(box.pause_button, Qt.MouseButton.LeftButton)
    dialog = box.pause_dialog
    choose(dialog.reason, "其他")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert reporter.errors and "请写明原因" in reporter.errors[-1]
    assert lines(database, ids["number"])[0].clock_state == "running"
    # 等待备件 with a note
    qtbot.mouseClick(box.pause_button, Qt.MouseButton.LeftButton)
    dialog = box.pause_dialog
    choose(dialog.reason, "等待备件")
    type_text(qtbot, dialog.note, "机滤缺货")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    row = box.view.currentIndex().row()
    assert cell(box, row, "状态") == "暂停：等待备件"
    assert box.model.data(box.model.index(row, box.model.clock_column), Qt.ItemDataRole.ToolTipRole) == "机滤缺货"
    assert box.resume_button.isEnabled() and not box.pause_button.isEnabled()
    assert box.dispatch_button.isEnabled()  # a paused job may be handed over

    # 继续 then 完工
    qtbot.mouseClick(box.resume_button, Qt.MouseButton.LeftButton)
    assert cell(box, box.view.currentIndex().row(), "状态") == "施工中"
    qtbot.mouseClick(box.finish_button, Qt.MouseButton.LeftButton)
    assert cell(box, box.view.currentIndex().row(), "状态") == "已完工"
    assert not box.finish_button.isEnabled()
    with database.unit_of_work(write=False) as s:
        kinds = s.query(JobClockEvent.kind).filter(JobClockEvent.labour_line_id == first.id).order_by(JobClockEvent.id)
        assert [k for (k,) in kinds] == ["start", "pause", "resume", "finish"]
        event = s.query(JobClockEvent).filter(JobClockEvent.kind == "pause").one()
        assert (event.reason, event.note, event.staff_id) == ("waiting_parts", "机滤缺货", ids["supervisor"])
        assert s.get(RepairOrder, first.order_id).status == "in_progress"  # not to 质检 by itself
    assert "施工中 0" in tab.count_label.text()

    # the team filter
    choose(tab.team_filter, "钣喷组")
    assert box.model.rowCount() == 1 and cell(box, 0, "工时项目") == "前保险杠喷漆"
    tab.team_filter.setCurrentIndex(tab.team_filter.findData(UNASSIGNED))
    assert box.model.rowCount() == 0


def test_actual_hours_turn_red_past_the_standard(qtbot, shop_floor) -> None:
    runner, _reporter, database, ids = shop_floor
    from desk.services import dispatch

    start = utc_now() - dt.timedelta(hours=2)
    with database.unit_of_work() as s:
        first, second = orders.get_order(s, ids["number"]).labour_lines
        dispatch.dispatch_line(s, ids["number"], first.id, team_id=ids["team"], technician_id=ids["sun"], staff_id=None)
        dispatch.dispatch_line(s, ids["number"], second.id, team_id=ids["team2"], technician_id=ids["xie"], staff_id=None)
        dispatch.start_job(s, ids["number"], first.id, now=start)  # 1 h standard, 2 h running
        dispatch.start_job(s, ids["number"], second.id, now=start)  # 3 h standard
    tab = WorkshopTab(runner)
    qtbot.addWidget(tab)
    tab.show()
    box = tab.jobs
    rows = {box.model.rows[i].name: i for i in range(2)}
    actual = box.model.actual_column
    over = box.model.data(box.model.index(rows["更换机油机滤"], actual), Qt.ItemDataRole.ForegroundRole)
    assert over is not None and over.color() == OVER
    assert box.model.data(box.model.index(rows["前保险杠喷漆"], actual), Qt.ItemDataRole.ForegroundRole) is None
    assert cell(box, rows["更换机油机滤"], "实际工时") == "2.0"
    assert box.timer.isActive()  # running clocks count on
    box.model.tick(utc_now() + dt.timedelta(hours=1))
    assert cell(box, rows["前保险杠喷漆"], "实际工时") == "3.0"


def editor_with_dispatch(qtbot, runner: Runner) -> tuple[OrderTab, DispatchPanel]:
    """The order editor shown with its 派工与工时 section, as the main window makes it."""
    tab = OrderTab(runner)
    panel = DispatchPanel(runner)
    tab.add_section(panel, "派工与工时")
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    return tab, panel


def test_order_editor_section(qtbot, shop_floor) -> None:
    runner, reporter, database, ids = shop_floor
    tab, panel = editor_with_dispatch(qtbot, runner)
    tab.show_order(ids["number"])
    tab.sections.setCurrentWidget(panel)  # a section reads the order when it is opened
    box = panel.jobs
    assert box.model.rowCount() == 2
    assert [c.header for c in box.model.columns][:2] == ["代码", "工时项目"]  # no order columns here
    assert "实际 0.0 / 标准 4.0 h" in panel.summary.text()
    box.view.selectRow(0)
    choose(box.team_combo, "机电一组")
    choose(box.technician_combo, "孙伟")
    qtbot.mouseClick(box.dispatch_button, Qt.MouseButton.LeftButton)
    assert reporter.errors == []
    assert cell(box, 0, "技师") == "孙伟"  # the editor reloaded after the change, and the panel with it
    # the order is still 已开单 (one line waits): the clock cannot start yet
    assert not box.start_button.isEnabled()
    box.start()  # the button is off, so nothing happens
    assert reporter.errors == []
    box.view.selectRow(1)
    choose(box.team_combo, "钣喷组")
    choose(box.technician_combo, "谢永强")
    qtbot.mouseClick(box.dispatch_button, Qt.MouseButton.LeftButton)
    assert tab.status_label.text() == "已派工"
    box.view.selectRow(1)
    qtbot.mouseClick(box.start_button, Qt.MouseButton.LeftButton)
    assert tab.status_label.text() == "维修中"
    assert cell(box, 1, "状态") == "施工中"


def test_a_section_opened_later_shows_the_order_opened_meanwhile(qtbot, shop_floor) -> None:
    runner, reporter, database, ids = shop_floor
    with database.unit_of_work() as s:  # a second car's order with one job
        vehicle = customers.add_vehicle(
            s, customers.create_customer(s, name="王芳", phone="13900001111").id, plate="粤A-54321",
            vin="LSVAU2180N2000002", model="大众 帕萨特",
        ).id
        second = orders.open_order(s, vehicle_id=vehicle, advisor_id=ids["manager"], mileage=5000, complaint="异响").number
        orders.add_labour_line(s, second, name="底盘异响检查", hours="1.5")
    tab, panel = editor_with_dispatch(qtbot, runner)
    tab.show_order(ids["number"])
    qtbot.mouseClick(tab.sections.tabBar(), Qt.MouseButton.LeftButton, pos=tab.sections.tabBar().tabRect(1).center())
    assert panel.isVisible() and panel.isEnabled() and panel.jobs.model.rowCount() == 2
    qtbot.mouseClick(tab.sections.tabBar(), Qt.MouseButton.LeftButton, pos=tab.sections.tabBar().tabRect(0).center())
    tab.show_order(second)
    assert not panel.isEnabled()  # hidden and not told yet: its keys (F6–F9) cannot act on the first order
    qtbot.mouseClick(tab.sections.tabBar(), Qt.MouseButton.LeftButton, pos=tab.sections.tabBar().tabRect(1).center())
    assert panel.isEnabled() and panel.jobs.model.rowCount() == 1
    assert cell(panel.jobs, 0, "工时项目") == "底盘异响检查"
    assert "1 项" in panel.summary.text() and reporter.errors == []


def test_stale_version_is_refused_on_screen(qtbot, shop_floor) -> None:
    runner, reporter, database, ids = shop_floor
    tab = WorkshopTab(runner)
    qtbot.addWidget(tab)
    tab.show()
    box = tab.jobs
    with database.unit_of_work() as s:  # someone at another PC edits the order meanwhile
        orders.add_part_line(s, ids["number"], name="机油", quantity="4", unit_price="68")
    box.view.selectRow(0)
    choose(box.team_combo, "机电一组")
    choose(box.technician_combo, "孙伟")
    qtbot.mouseClick(box.dispatch_button, Qt.MouseButton.LeftButton)
    assert reporter.errors and "已被" in reporter.errors[-1]
    assert all(l.technician_id is None for l in lines(database, ids["number"]))


def test_board_card_shows_hours_and_the_pause(qtbot, shop_floor) -> None:
    runner, _reporter, database, ids = shop_floor
    from desk.services import dispatch
    from desk.views.board_tab import BoardTab, card_text

    start = utc_now() - dt.timedelta(hours=1)
    with database.unit_of_work() as s:
        first, second = orders.get_order(s, ids["number"]).labour_lines
        dispatch.dispatch_line(s, ids["number"], first.id, team_id=ids["team"], technician_id=ids["sun"], staff_id=None)
        dispatch.dispatch_line(s, ids["number"], second.id, team_id=ids["team2"], technician_id=ids["xie"], staff_id=None)
        dispatch.start_job(s, ids["number"], first.id, now=start)
        dispatch.pause_job(s, ids["number"], first.id, reason="waiting_parts", now=start + dt.timedelta(minutes=30))
    tab = BoardTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1600, 900)
    tab.show()
    tab.refresh()
    cards = tab.columns["in_progress"][1]
    assert cards.count() == 1
    text = card_text(cards.card(0))
    assert "实际 0.5 / 标准 4.0 h" in text and "暂停：等待备件" in text
    image = tab.grab().toImage()  # the card paints its extra line and badge without trouble
    assert not image.isNull()


def test_staff_dialog_puts_a_new_technician_in_a_team(qtbot, shop_floor) -> None:
    runner, reporter, database, ids = shop_floor
    from desk.services import dispatch
    from desk.views.staff_dialog import StaffDialog

    runner.set_staff(ids["manager"])  # staff accounts are the service manager's
    dialog = StaffDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog.role_combo, "维修技师")
    assert dialog.team_combo.isEnabled()
    choose(dialog.team_combo, "钣喷组")
    type_text(qtbot, dialog.name_edit, "韩东\n")
    assert reporter.errors == []
    added = dialog.selected()
    assert (added.name, added.role, added.team) == ("韩东", "technician", "钣喷组")
    assert dialog.state_text(added) == "未设密码，不能登录"  # on file for dispatch; a password comes with a reset
    choose(dialog.role_combo, "服务顾问")
    assert not dialog.team_combo.isEnabled()
    with database.unit_of_work(write=False) as s:
        assert sorted(t.name for t in dispatch.technicians(s, ids["team2"])) == sorted(["谢永强", "韩东"])
