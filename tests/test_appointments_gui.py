"""The 预约 tab driven through its real widgets, offscreen: book a car into a slot, override a buffer
slot, the over-capacity refusal, record confirmation calls, statistics, the welcome board, and
handing an arrival to 接车."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desk.config import Settings
from desk.db import Database
from desk.models import ShopSettings
from desk.models.enums import Role
from desk.services import appointments, customers, shop
from desk.views.appointments_tab import AppointmentsTab, gauge_colour
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def counter(qtbot, sqlite_url: str) -> Iterator[tuple[MainWindow, RecordingReporter, Database, dict[str, int]]]:
    database = Database(sqlite_url)
    with database.unit_of_work() as s:
        shop.update_shop(
            s, name="广州粤顺汽车销售服务有限公司", address="广州市天河区黄埔大道西 100 号", phone="020-38881234",
            labour_rate="180", opening_time=dt.time(8, 30), closing_time=dt.time(18, 0), staff_id=None,
        )
        shop.add_team(s, "机电一组", 1)  # 8 labour hours a day
        advisor = shop.add_staff(s, "李娜", Role.ADVISOR)
        manager = shop.add_staff(s, "赵经理", Role.MANAGER)
        card = customers.create_customer(s, name="王芳", phone="13912345678")
        car = customers.add_vehicle(s, card.id, plate="粤B·D88888", vin="LSGKB54H6KV123456", model="别克 君越")
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    runner.set_staff(advisor.id)
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.resize(1500, 900)
    window.show()
    ids = {"advisor": advisor.id, "manager": manager.id, "vehicle": car.id, "customer": card.id}
    yield window, reporter, database, ids
    database.dispose()


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tomorrow(book: AppointmentsTab) -> dt.date:
    return book._today() + dt.timedelta(days=1)


def find_car(qtbot, book: AppointmentsTab, text: str) -> None:
    book.search_box.clear()
    type_text(qtbot, book.search_box, text)
    qtbot.keyClick(book.search_box, Qt.Key.Key_Return)


def test_book_a_slot_then_override_a_buffer(qtbot, counter) -> None:
    window, reporter, database, ids = counter
    book = window.appointments
    window.tabs.setCurrentWidget(book)
    day = tomorrow(book)
    book.date_edit.setDate(day)

    # the grid: every slot of the advisor, buffers marked, and the capacity gauge
    assert book.grid.columnCount() == 1 and book.grid.horizontalHeaderItem(0).text() == "李娜"
    assert book.grid.verticalHeaderItem(1).text() == "08:30"
    assert book.grid.item(4, 0).text() == "缓冲"  # 09:15
    assert book.gauges[0].format() == "车间产能：已用 0 / 8 工时，剩余 8"

    # click the free 09:30 slot, find the car, fill in the form, book with Ctrl+Enter
    assert book.select_slot(ids["advisor"], day, dt.time(9, 30))
    assert book.time_combo.currentText() == "09:30"
    find_car(qtbot, book, "D888")
    assert "粤B·D88888" in book.car_label.text()
    assert "没有未完结的委托书" in book.history_label.text()
    type_text(qtbot, book.work_edit, "1 万公里保养")
    book.pay_combo.setCurrentIndex(book.pay_combo.findData("warranty"))
    type_text(qtbot, book.hours_edit, "1.5")
    qtbot.keyClick(book.hours_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert reporter.errors == [] and reporter.questions == []
    assert "已预约 AP" in book.mode_label.text()
    first = book.current
    assert first is not None and first.slot_local.endswith("09:30") and first.pay_type_intent == "warranty"
    assert book.grid.item(5, 0).text() == "粤B·D88888  王芳"
    assert book.gauges[0].format().startswith("车间产能：已用 1.5 / 8")

    # a second booking in the buffer slot 09:15: asked, confirmed, recorded
    click(qtbot, book.new_button)
    assert book.vehicle_id is None and book.book_button.isEnabled() is False
    assert book.select_slot(ids["advisor"], day, dt.time(9, 15))
    assert "缓冲" in book.time_combo.currentText()
    find_car(qtbot, book, "王芳")
    assert "已有预约" in book.history_label.text()  # the car is booked already at 09:30
    type_text(qtbot, book.work_edit, "洗车")
    click(qtbot, book.book_button)
    assert len(reporter.questions) == 1 and "缓冲时段" in reporter.questions[0]
    assert reporter.errors == []
    second = book.current
    assert second is not None and second.buffer_override
    with database.unit_of_work(write=False) as s:
        assert appointments.get(s, second.number).buffer_override_by_id == ids["advisor"]
    assert book.grid.item(4, 0).text() == "粤B·D88888  王芳"

    # declining the question books nothing
    reporter.answer = False
    click(qtbot, book.new_button)
    assert book.select_slot(ids["advisor"], day, dt.time(10, 15))
    find_car(qtbot, book, "D888")
    click(qtbot, book.book_button)
    assert len(reporter.questions) == 2 and book.current is None
    with database.unit_of_work(write=False) as s:
        assert len(appointments.list_day(s, day)) == 2


def test_over_capacity_refused_for_the_advisor_allowed_for_the_manager(qtbot, counter) -> None:
    window, reporter, database, ids = counter
    book = window.appointments
    window.tabs.setCurrentWidget(book)
    day = tomorrow(book)
    book.date_edit.setDate(day)
    book.select_slot(ids["advisor"], day, dt.time(8, 30))
    find_car(qtbot, book, "D888")
    type_text(qtbot, book.hours_edit, "9")
    click(qtbot, book.book_button)
    assert reporter.questions == []
    assert len(reporter.errors) == 1 and "只有服务经理可以超出产能预约" in reporter.errors[0]
    assert book.current is None
    window.runner.set_staff(ids["manager"])  # the manager signs in at this PC
    click(qtbot, book.book_button)
    assert len(reporter.questions) == 1 and "服务经理身份" in reporter.questions[0]
    assert book.current is not None and book.current.capacity_override
    assert book.gauges[0].format().startswith("车间产能：已用 9 / 8")
    assert book.gauges[0].value() == 100 and gauge_colour(113) == "#e57373"
    assert gauge_colour(80) == "#ffb74d" and gauge_colour(79) == "#81c784" and gauge_colour(100) == "#ffb74d"


def test_confirmation_calls_through_the_buttons(qtbot, counter) -> None:
    window, reporter, database, ids = counter
    book = window.appointments
    day = tomorrow(book)
    with database.unit_of_work() as s:
        early = appointments.book(s, vehicle_id=ids["vehicle"], advisor_id=ids["advisor"], day=day, time=dt.time(8, 30))
        late = appointments.book(s, vehicle_id=ids["vehicle"], advisor_id=ids["advisor"], day=day, time=dt.time(9, 0))
    window.tabs.setCurrentWidget(book)
    book.side.setCurrentIndex(1)
    assert book.confirm_day.date().toPython() == day
    assert book.confirmations.rowCount() == 2
    assert book.confirm_count.text() == "共 2 个，已确认 0 个"
    assert book.confirmations.data(book.confirmations.index(0, 5)) == "未打"

    # nothing chosen: told what to do
    click(qtbot, book.call_buttons["confirmed"])
    assert reporter.errors == ["请先在列表里选中要记录电话结果的预约。"]

    book.confirm_view.selectRow(0)
    type_text(qtbot, book.call_note, "准时到")
    click(qtbot, book.call_buttons["confirmed"])
    assert book.confirm_count.text() == "共 2 个，已确认 1 个"
    assert book.confirmations.data(book.confirmations.index(0, 5)).startswith("已确认")
    assert book.call_note.text() == ""

    # move the second one to 14:00
    book.confirm_view.selectRow(1)
    book.move_day.setDate(day)
    book.move_time.setCurrentIndex(book.move_time.findData("14:00"))
    click(qtbot, book.call_buttons["moved"])
    assert len(reporter.errors) == 1
    with database.unit_of_work(write=False) as s:
        moved = appointments.row(s, late.number)
        calls = appointments.calls(s, early.number)
    assert moved.slot_local.endswith("14:00")
    assert [(c.outcome, c.staff, c.note) for c in calls] == [("confirmed", "李娜", "准时到")]
    rows = [book.confirmations.row_at(book.confirmations.index(i, 0)) for i in range(2)]
    assert [r.last_outcome for r in rows] == ["confirmed", "moved"]  # type: ignore[union-attr]

    # a customer who calls it off
    book.confirm_view.selectRow(0)
    click(qtbot, book.call_buttons["cancelled"])
    assert book.confirmations.rowCount() == 1
    with database.unit_of_work(write=False) as s:
        assert appointments.row(s, early.number).status == "cancelled"


def test_welcome_board_arrival_and_statistics(qtbot, counter, tmp_path: Path) -> None:
    window, reporter, database, ids = counter
    book = window.appointments
    today = book._today()
    with database.unit_of_work() as s:
        s.query(ShopSettings).one().privacy = "surname_title"
        from desk.models import Customer

        person = s.get(Customer, ids["customer"])
        assert person is not None
        person.gender = "female"
        booked = appointments.book(
            s, vehicle_id=ids["vehicle"], advisor_id=ids["advisor"], day=today + dt.timedelta(days=2),
            time=dt.time(10, 0), requested_work="空调不凉",
        )
    window.tabs.setCurrentWidget(book)
    book.date_edit.setDate(today + dt.timedelta(days=2))
    book.select_slot(ids["advisor"], today + dt.timedelta(days=2), dt.time(10, 0))
    assert book.current is not None and book.current.number == booked.number
    assert book.book_button.text().startswith("保存修改")
    pdf = book.render_welcome()
    assert pdf is not None
    path = tmp_path / "w.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "王女士" in text and "王芳" not in text and "10:00" in text

    # the week view shows the same booking under its day
    book.view_combo.setCurrentIndex(book.view_combo.findData("week"))
    assert book.grid.columnCount() == 7 and len(book.gauges) == 7
    assert book.advisor_filter.currentData() == ids["advisor"]
    day_column = (today + dt.timedelta(days=2)).weekday()
    week_start = today - dt.timedelta(days=today.weekday())
    if today + dt.timedelta(days=2) < week_start + dt.timedelta(days=7):
        assert book.grid.item(7, day_column).text() == "粤B·D88888\n王芳"

    # statistics of this month and the next
    book.side.setCurrentIndex(2)
    book.stats_from.setDate(today - dt.timedelta(days=1))
    book.stats_to.setDate(today + dt.timedelta(days=5))
    click(qtbot, book.stats_button)
    assert book.stats.rowCount() == 2
    total = book.stats.row_at(book.stats.index(1, 0))
    assert total is not None and (total.booked, total.waiting) == (1, 1)
    assert book.stats.data(book.stats.index(1, 0)) == "合计"
    assert book.stats.data(book.stats.index(1, 7)) == "—"

    # 到店开单 hands the appointment to 接车
    click(qtbot, book.arrive_button)
    assert window.tabs.currentWidget() is window.intake
    assert window.intake.arrival_appointment.currentData() == booked.number
    assert reporter.errors == []


def test_the_car_chosen_at_intake_is_offered_for_booking(qtbot, counter) -> None:
    window, reporter, database, ids = counter
    intake = window.intake
    window.tabs.setCurrentWidget(intake)
    type_text(qtbot, intake.search_box, "D88888")
    qtbot.keyClick(intake.search_box, Qt.Key.Key_Return)
    assert intake.vehicle_id == ids["vehicle"]
    window.tabs.setCurrentWidget(window.appointments)
    assert window.appointments.vehicle_id == ids["vehicle"]
    assert "粤B·D88888" in window.appointments.car_label.text()
    assert reporter.errors == []
