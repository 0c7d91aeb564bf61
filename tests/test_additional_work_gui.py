"""The 追加项目 section driven like the advisor does: record found work in the dialog (typed lines,
catalogue, photo), refusals that keep the dialog open, the decision dialog both ways, the slip, and
the declined work offered again at 接车, in 预约 and in the next order's editor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from conftest import Shop, seed_shop
from desk.config import Settings
from desk.db import Database
from desk.services import additional_work as aw
from desk.services import orders
from desk.views.additional_work_panel import PENDING_FILL, AdditionalWorkPanel
from desk.views.appointments_tab import AppointmentsTab
from desk.views.intake_tab import IntakeTab
from desk.views.order_tab import OrderTab
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text
from test_additional_work import PNG, PROMISED
from test_catalogue import fill
from test_orders import move, open_walk_in

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot, sqlite_url: str) -> Iterator[tuple[OrderTab, AdditionalWorkPanel, RecordingReporter, Database, Shop]]:
    database = Database(sqlite_url)
    seeded = seed_shop(database)
    fill(database)
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    runner.set_staff(seeded.advisor)
    tab = OrderTab(runner)
    panel = AdditionalWorkPanel(runner)
    tab.add_section(panel, "追加项目")
    qtbot.addWidget(tab)
    tab.resize(1300, 860)
    tab.show()
    tab.sections.setCurrentWidget(panel)
    yield tab, panel, reporter, database, seeded
    database.dispose()


def in_progress(database: Database, seeded: Shop, **kwargs: object) -> str:
    number = open_walk_in(database, seeded, promised_at=PROMISED, **kwargs).number
    with database.unit_of_work() as s:
        orders.add_labour_line(s, number, name="更换机油机滤", hours="0.5")
    move(database, number, "dispatched", "in_progress")
    return number


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_record_found_work_and_the_customers_yes(qtbot, editor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab, panel, reporter, database, seeded = editor
    number = in_progress(database, seeded)
    tab.show_order(number)
    assert panel.record_button.isEnabled() and not panel.slip_button.isEnabled()
    assert "13812345678" in panel.call_label.text()

    click(qtbot, panel.record_button)
    dialog = panel.record_dialog
    assert dialog is not None and dialog.isVisible()
    # saving with nothing filled in is refused and the dialog stays open
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert reporter.errors and "请描述发现的问题" in reporter.errors[-1]
    assert dialog.isVisible()

    type_text(qtbot, dialog.description, "前刹车片剩余 2 mm，建议更换")
    # a labour line from the catalogue by part of its code: standard hours filled in
    type_text(qtbot, dialog.labour_code, "by-k")
    popup = dialog.labour_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert (dialog.labour_code.text(), dialog.labour_hours.text()) == ("BY-KT", "0.3")
    qtbot.keyClick(dialog.labour_hours, Qt.Key.Key_Return)  # Return adds the line, never saves
    assert dialog.isVisible() and dialog.lines_model.rowCount() == 1
    # a typed labour line with bad hours is refused, then corrected
    type_text(qtbot, dialog.labour_name, "更换前刹车片")
    type_text(qtbot, dialog.labour_hours, "1,5x")
    click(qtbot, dialog.add_labour_button)
    assert "工时必须是数字" in reporter.errors[-1] and dialog.lines_model.rowCount() == 1
    dialog.labour_hours.clear()
    type_text(qtbot, dialog.labour_hours, "1.2")
    click(qtbot, dialog.add_labour_button)
    # a typed part
    type_text(qtbot, dialog.part_name, "前刹车片(套)")
    type_text(qtbot, dialog.part_price, "580")
    click(qtbot, dialog.add_part_button)
    assert dialog.lines_model.rowCount() == 3
    assert "¥850.00" in dialog.total_label.text() and "1.5 小时" in dialog.total_label.text()
    photo = tmp_path / "brakes.png"
    photo.write_bytes(PNG)
    dialog.add_photo_files([photo])
    assert dialog.photo_list.count() == 1
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()

    assert tab.detail is not None and tab.detail.status == "awaiting_approval"
    assert tab.status_label.text() == "待客户确认"
    assert panel.model.rowCount() == 1
    index = panel.model.index(0, 4)
    assert panel.model.data(index) == "待客户确认"
    assert panel.model.data(index, Qt.ItemDataRole.BackgroundRole).color() == PENDING_FILL
    assert panel.model.data(panel.model.index(0, 2)) == "¥850.00"
    assert tab.totals_labels["total"].text() == "¥90.00"  # waiting work is not in the estimate
    assert panel.photos.isVisible() and panel.photos.count() == 1
    assert panel.slip_button.isEnabled()
    pdf = panel.render_slip()
    assert pdf is not None and pdf.startswith(b"%PDF")

    # the customer says yes on the phone
    assert panel.decide_button.isEnabled()
    click(qtbot, panel.decide_button)
    decision = panel.decision_dialog
    assert decision is not None and decision.isVisible()
    assert "13812345678" in decision.call_label.text()
    assert decision.approve.isChecked() and decision.channel.currentData() == "phone"
    assert "13:30" in decision.computed_label.text()  # 12:00 + 1.5 h
    decision.decided_by.clear()
    click(qtbot, decision.buttons.button(decision.buttons.StandardButton.Save))
    assert "客户方是谁" in reporter.errors[-1] and decision.isVisible()
    type_text(qtbot, decision.decided_by, "车主本人")
    click(qtbot, decision.buttons.button(decision.buttons.StandardButton.Save))
    assert not decision.isVisible()

    assert tab.detail.status == "in_progress"
    assert tab.detail.promised_local.endswith("13:30")
    assert tab.labour_model.rowCount() == 3 and tab.parts_model.rowCount() == 1
    assert tab.totals_labels["total"].text() == "¥940.00"
    assert panel.model.data(panel.model.index(0, 4)) == "客户同意"
    assert "车主本人 · 电话" in panel.model.data(panel.model.index(0, 5))
    assert not panel.decide_button.isEnabled()


def test_a_no_is_offered_again_at_the_next_visit(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    tab, panel, reporter, database, seeded = editor
    number = in_progress(database, seeded)
    with database.unit_of_work() as s:
        work = aw.record_additional_work(
            s, number, description="空调滤芯脏堵，建议更换", parts=[aw.PartInput(part_number="5QD819644")],
            staff_id=seeded.advisor,
        ).work
    tab.show_order(number)
    assert not panel.recommendations.isVisible()  # its own waiting work is no recommendation
    click(qtbot, panel.decide_button)
    decision = panel.decision_dialog
    click(qtbot, decision.decline)
    assert not decision.told.isEnabled() and not decision.new_promised.isEnabled()
    click(qtbot, decision.buttons.button(decision.buttons.StandardButton.Save))
    assert "建议项目保留" in reporter.questions[-1]
    assert tab.detail.status == "in_progress" and tab.parts_model.rowCount() == 0
    assert panel.model.data(panel.model.index(0, 4)) == "客户拒绝"

    # the order is finished without it; the car comes back
    with database.unit_of_work() as s:
        orders.move_status(s, number, "cancelled", reason="客户取车", staff_id=seeded.advisor)
    second = open_walk_in(database, seeded, mileage=21000).number

    # at 接车 the box shows as soon as the car is found
    intake = IntakeTab(tab.runner)
    qtbot.addWidget(intake)
    intake.show()
    type_text(qtbot, intake.search_box, "D12345")
    qtbot.keyClick(intake.search_box, Qt.Key.Key_Return)
    assert intake.recommendations.isVisible()
    assert intake.recommendations.model.rowCount() == 1
    assert "上次客户未做的建议项目" in intake.recommendations.title.text()
    assert not intake.recommendations.take_up_button.isVisible()

    # in 预约 when booking for the car
    book = AppointmentsTab(tab.runner)
    qtbot.addWidget(book)
    book.show()
    book.choose_vehicle(seeded.vehicle)
    assert book.recommendations.isVisible() and book.recommendations.model.rowCount() == 1
    book.new_booking()
    assert not book.recommendations.isVisible()

    # and in the next order's editor, with 加入本单
    tab.show_order(second)
    box = panel.recommendations
    assert box.isVisible() and box.model.rowCount() == 1
    assert box.model.data(box.model.index(0, 1)) == number
    assert box.take_up_button.isVisible() and box.take_up_button.isEnabled()
    click(qtbot, box.take_up_button)
    assert "加入委托书" in reporter.questions[-1]
    assert [p.part_number for p in tab.detail.part_lines] == ["5QD819644"]
    assert not box.isVisible()
    with database.unit_of_work(write=False) as s:
        assert aw.work_row(s, work.id).taken_up_order == second
    # the intake tab follows the change
    assert not intake.recommendations.isVisible()


def test_a_customer_who_wants_no_calls_is_asked_in_person(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel
    from sqlalchemy import select

    from desk.models import RepairOrder

    tab, panel, reporter, database, seeded = editor
    number = in_progress(database, seeded)
    with database.unit_of_work() as s:
        s.scalar(select(RepairOrder).where(RepairOrder.number == number)).extra_work_consent = False
    tab.show_order(number)
    assert "客户不接受增项来电，请当面确认" in panel.call_label.text()
    click(qtbot, panel.record_button)
    dialog = panel.record_dialog
    assert "当面" in dialog.findChild(QLabel, "consentWarning").text()
    type_text(qtbot, dialog.description, "雨刮片老化")
    type_text(qtbot, dialog.part_name, "雨刮片(对)")
    type_text(qtbot, dialog.part_price, "168")
    qtbot.keyClick(dialog.part_price, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.lines_model.rowCount() == 1
    # a line typed but not added is not silently dropped
    type_text(qtbot, dialog.labour_name, "更换雨刮片")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert "还有一行没有加入" in reporter.errors[-1] and dialog.isVisible()
    dialog.labour_name.clear()
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert not dialog.isVisible() and tab.detail.status == "awaiting_approval"
    assert panel.pending_label.isVisible() and "¥168.00" in panel.pending_label.text()
    click(qtbot, panel.decide_button)
    decision = panel.decision_dialog
    assert decision.channel.currentData() == "in_person"
    assert "请当面确认" in decision.call_label.text()
    decision.reject()
