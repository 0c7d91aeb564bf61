"""The 客户关怀 tab driven as the follow-up clerk does: pick the due car, record the call, book it in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from conftest import Shop, seed_shop
from desk.config import Settings
from desk.db import Database
from desk.models import Appointment, Customer, Vehicle
from desk.models.aftercare import ReminderCall
from desk.services import reminders as reminders_service
from desk.services import shop as shop_service
from desk.services.errors import ValidationError
from desk.services.settlement import add_months
from desk.views.reminders_tab import PAGE_CARE, RemindersTab
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text
from test_reminders import visit

pytestmark = pytest.mark.gui


@pytest.fixture
def reminders_desk(qtbot, sqlite_url: str) -> Iterator[tuple[RemindersTab, Database, Shop, RecordingReporter, dt.date]]:
    """The tab over a shop whose one car is due for service in three days."""
    database = Database(sqlite_url)
    shop = seed_shop(database)
    with database.unit_of_work() as s:
        today = shop_service.local_today(s)
        visit(s, shop, shop.vehicle, add_months(today, -6), 12_000, next_date=today + dt.timedelta(days=3),
              next_km=60_000)
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    runner.set_staff(shop.advisor)
    tab = RemindersTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab, database, shop, reporter, today
    database.dispose()


def cell(tab: RemindersTab, row: int, header: str) -> str:
    model = tab.maintenance_model
    column = next(i for i, c in enumerate(model.columns) if c.header == header)
    return str(model.data(model.index(row, column)))


def test_the_due_car_is_called_and_booked_in(qtbot, reminders_desk) -> None:
    tab, database, shop, reporter, today = reminders_desk
    assert tab.days_spin.value() == 14
    assert tab.maintenance_model.rowCount() == 1
    assert cell(tab, 0, "车牌") == "粤B·D12345" and cell(tab, 0, "剩余") == "还有 3 天"
    assert cell(tab, 0, "依据") == "按日期" and cell(tab, 0, "上次电话") == "未打"
    assert "共 1 辆" in tab.maintenance_count.text()

    tab.maintenance_view.setFocus()
    tab.maintenance_view.selectRow(0)
    assert "粤B·D12345" in tab.selected_label.text() and "张伟" in tab.selected_label.text()
    qtbot.keyClick(tab.maintenance_view, Qt.Key.Key_Return)
    assert tab.outcome_combo.hasFocus()

    # 客户不需要 needs a reason: refused, nothing written
    tab.outcome_combo.setCurrentIndex(tab.outcome_combo.findData("not_needed"))
    tab.record_button.click()
    assert reporter.errors and "写明原因" in reporter.errors[-1]

    tab.outcome_combo.setCurrentIndex(tab.outcome_combo.findData("call_later"))
    type_text(qtbot, tab.note_edit, "客户在开车，下午再打")
    qtbot.keyClick(tab.note_edit, Qt.Key.Key_Return)
    assert tab.note_edit.text() == "" and "稍后再联系" in tab.message.text()
    with database.unit_of_work(write=False) as s:
        call = s.scalars(select(ReminderCall)).one()
        assert (call.kind, call.outcome, call.note) == ("maintenance", "call_later", "客户在开车，下午再打")
        assert call.staff_id == shop.advisor
        assert call.due_on == today + dt.timedelta(days=3)
    assert tab.maintenance_model.rowCount() == 1 and "稍后再联系" in cell(tab, 0, "上次电话")  # still to call

    # the customer agrees: the day after tomorrow with 王强, the first free slot
    assert tab.maintenance_view.currentIndex().row() == 0  # the same line stays selected
    tab.advisor_combo.setCurrentIndex(tab.advisor_combo.findData(shop.advisor2))
    tab.book_day.setDate(tab.book_day.date().addDays(1))
    assert tab.time_combo.count() > 0 and "（" not in tab.time_combo.currentText()
    chosen = tab.time_combo.currentData()
    type_text(qtbot, tab.work_edit, "常规保养")
    qtbot.keyClick(tab.work_edit, Qt.Key.Key_Return)
    assert not reporter.errors[1:], reporter.errors
    assert "已预约" in tab.message.text()
    with database.unit_of_work(write=False) as s:
        appointment = s.scalars(select(Appointment)).one()
        assert (appointment.source, appointment.advisor_id, appointment.requested_work) == ("active", shop.advisor2, "常规保养")
        assert shop_service.to_wall_clock(s, appointment.slot_start) == dt.datetime.combine(
            today + dt.timedelta(days=2), dt.time.fromisoformat(chosen)
        )
        booked = s.scalars(select(ReminderCall).where(ReminderCall.outcome == "booked")).one()
        assert booked.appointment_id == appointment.id and booked.vehicle_id == shop.vehicle
    assert tab.maintenance_model.rowCount() == 0  # booked: off the list
    assert "（已约" in tab.time_combo.itemText(tab.time_combo.findData(chosen))


def test_the_days_ahead_arrows_read_the_list_once_they_stop(qtbot, reminders_desk, monkeypatch) -> None:
    """A ten-year shop takes seconds to list: pressing ↓ twelve times must not list it twelve times,
    and the mouse pointer waits while it is listed."""
    tab, database, shop, reporter, today = reminders_desk
    real = reminders_service.maintenance_due
    reads: list[tuple[int, object]] = []

    def watched(session, day, days, **kwargs):  # type: ignore[no-untyped-def]
        pointer = QApplication.overrideCursor()
        reads.append((days, pointer.shape() if pointer is not None else None))
        return real(session, day, days, **kwargs)

    monkeypatch.setattr(reminders_service, "maintenance_due", watched)
    assert tab.maintenance_model.rowCount() == 1  # due in 3 days, within 14
    tab.days_spin.setFocus()
    for _ in range(12):
        qtbot.keyClick(tab.days_spin, Qt.Key.Key_Down)
    assert tab.days_spin.value() == 2
    qtbot.waitUntil(lambda: bool(reads), timeout=3000)
    qtbot.wait(600)  # longer than the pause the tab waits for
    assert len(reads) <= 2, reads  # once; twice at most if this machine stalled between two keys
    assert reads[-1] == (2, Qt.CursorShape.WaitCursor)
    assert QApplication.overrideCursor() is None
    assert tab.maintenance_model.rowCount() == 0  # due in 3 days, not within 2
    assert tab.maintenance_count.text() == "共 0 辆，其中逾期 0 辆"


def test_a_refused_list_keeps_the_last_one_and_the_pointer_is_back(qtbot, reminders_desk, monkeypatch) -> None:
    tab, database, shop, reporter, today = reminders_desk
    pointers: list[object] = []
    record = reporter.error

    def error(parent, text):  # type: ignore[no-untyped-def]
        pointers.append(QApplication.overrideCursor())
        record(parent, text)

    def refused(session, day, days, **kwargs):  # type: ignore[no-untyped-def]
        raise ValidationError("数据库暂时无法读取，请稍后再试。")

    monkeypatch.setattr(reporter, "error", error)
    monkeypatch.setattr(reminders_service, "maintenance_due", refused)
    tab.refresh_maintenance()
    assert reporter.errors == ["数据库暂时无法读取，请稍后再试。"]
    assert pointers == [None]  # the refusal is read with the normal pointer
    assert QApplication.overrideCursor() is None
    assert tab.maintenance_model.rowCount() == 1  # the list read before is still there
    assert tab.maintenance_count.text() == "共 1 辆，其中逾期 0 辆"


def test_a_birthday_greeted_from_the_care_list(qtbot, reminders_desk) -> None:
    tab, database, shop, reporter, today = reminders_desk
    with database.unit_of_work() as s:
        leap_day = (today.month, today.day) == (2, 29)
        s.get(Customer, shop.customer).birthday = dt.date(1988, 2, 29) if leap_day else today.replace(year=1985)
        s.get(Vehicle, shop.vehicle).purchased_on = dt.date(today.year - 3, 1, 1)
    tab.pages.setCurrentIndex(PAGE_CARE)
    tab.refresh()
    assert tab.care_model.rowCount() == 1
    assert not tab.book_box.isEnabled()
    tab.care_view.selectRow(0)
    assert [tab.outcome_combo.itemText(i) for i in range(tab.outcome_combo.count())] == ["已问候", "未接通", "稍后再联系"]
    tab.record_button.click()
    assert not reporter.errors, reporter.errors
    model = tab.care_model
    assert model.data(model.index(0, 7)) == "是"
    assert "共 1 位，待问候 0 位" == tab.care_count.text()
    with database.unit_of_work(write=False) as s:
        call = s.scalars(select(ReminderCall)).one()
        assert (call.kind, call.outcome, call.due_on) == ("birthday", "greeted", today)
    assert not reporter.errors


def test_birthday_and_purchase_date_typed_at_intake(qtbot, sqlite_url: str) -> None:
    from desk.views.intake_tab import IntakeTab

    database = Database(sqlite_url)
    shop = seed_shop(database)
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    runner.set_staff(shop.advisor)
    intake = IntakeTab(runner)
    qtbot.addWidget(intake)
    intake.resize(1400, 860)
    intake.show()
    type_text(qtbot, intake.search_box, "D12345")
    qtbot.waitUntil(lambda: intake.results.rowCount() == 1)
    intake.load_hit(intake.results.rows[0])
    assert intake.birthday_edit.text() == "" and intake.purchased_edit.text() == ""

    # Enter moves from the phone to the birthday and on to the plate
    intake.phone_edit.setFocus()
    qtbot.keyClick(intake.phone_edit, Qt.Key.Key_Return)
    assert intake.birthday_edit.hasFocus()
    type_text(qtbot, intake.birthday_edit, "2030-01-01")
    intake.save_button.click()
    assert reporter.errors and "在今天之后" in reporter.errors[-1]

    intake.birthday_edit.clear()
    type_text(qtbot, intake.birthday_edit, "1985-3-12")
    type_text(qtbot, intake.purchased_edit, "2021-06-18")
    qtbot.keyClick(intake.purchased_edit, Qt.Key.Key_Return)  # Enter on the last field saves
    assert len(reporter.errors) == 1
    assert intake.birthday_edit.text() == "1985-03-12"
    with database.unit_of_work(write=False) as s:
        assert s.get(Customer, shop.customer).birthday == dt.date(1985, 3, 12)
        assert s.get(Vehicle, shop.vehicle).purchased_on == dt.date(2021, 6, 18)
    database.dispose()
