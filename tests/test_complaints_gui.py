"""The 投诉 tab driven by keyboard and mouse: register a complaint through the dialog, add a step,
close it (refused without a result), see the register, the red 已逾期 row, the database, print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from conftest import Shop, seed_shop
from desk.config import Settings
from desk.db import Database
from desk.models import Complaint, ComplaintStep
from desk.models.base import utc_now
from desk.services import complaints
from desk.views.complaints_tab import (
    OVERDUE_RED,
    CloseDialog,
    ComplaintsTab,
    HandOverDialog,
    RegisterDialog,
    StepDialog,
)
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text
from sqlalchemy import select

pytestmark = pytest.mark.gui


@pytest.fixture
def complaints_desk(qtbot, sqlite_url: str) -> Iterator[tuple[ComplaintsTab, Database, Shop, RecordingReporter]]:
    database = Database(sqlite_url)
    shop = seed_shop(database)
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    runner.set_staff(shop.advisor)
    tab = ComplaintsTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1500, 800)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab, database, shop, reporter
    database.dispose()


def cell(tab: ComplaintsTab, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return tab.model.data(tab.model.index(row, column), role)


def test_register_step_and_close_through_the_dialogs(qtbot, complaints_desk) -> None:
    tab, database, shop, reporter = complaints_desk
    assert tab.model.rowCount() == 0

    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert isinstance(dialog, RegisterDialog) and dialog.isVisible()
    # no customer chosen yet: refused, nothing saved
    dialog.submit()
    assert reporter.errors[-1] == "请先查找并选中投诉的客户（按车牌、手机号或姓名）。"
    type_text(qtbot, dialog.search_edit, "D12345\n")
    assert dialog.hit is not None and dialog.hit.customer == "张伟"
    # search results mask the number for an advisor (issue 8, 隐私)
    assert dialog.chosen_label.text().startswith("张伟 · 138****5678 · 粤B·D12345")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("quality"))
    # the description is required: the service's refusal is shown and the dialog stays open
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert reporter.errors[-1] == "请按客户的原话填写投诉内容。"
    assert dialog.isVisible()
    type_text(qtbot, dialog.description_edit, "保养后发动机有异响")
    dialog.responsible_combo.setCurrentIndex(dialog.responsible_combo.findData(shop.manager))
    qtbot.keyClick(dialog.description_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert reporter.errors == ["请先查找并选中投诉的客户（按车牌、手机号或姓名）。", "请按客户的原话填写投诉内容。"]
    assert not dialog.isVisible()

    assert tab.model.rowCount() == 1
    number = cell(tab, 0, 0)
    assert str(number).startswith("TS")
    assert [cell(tab, 0, c) for c in (2, 3, 4, 5, 6, 8)] == ["来电", "张伟", "粤B·D12345", "维修质量", "赵经理", "处理中"]
    assert tab.detail is not None and tab.detail.number == number
    assert tab.facts["first"].text() == "尚未答复"
    assert tab.description_label.text() == "保养后发动机有异响"
    assert tab.step_button.isEnabled() and tab.close_button.isEnabled()
    assert not tab.reopen_button.isVisible()

    # a handling step: the first one is the first response
    tab.step_button.click()
    step = tab.dialog
    assert isinstance(step, StepDialog)
    type_text(qtbot, step.text_edit, "已致电客户，约明天上午回厂复检")
    qtbot.keyClick(step.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not step.isVisible()
    assert tab.steps_model.rowCount() == 1
    assert tab.steps_model.rows[0].text == "已致电客户，约明天上午回厂复检"
    assert tab.steps_model.rows[0].staff == "李娜"
    assert tab.facts["first"].text() != "尚未答复"

    # closing: refused without a result, then asked to confirm
    tab.close_button.click()
    closing = tab.dialog
    assert isinstance(closing, CloseDialog)
    closing.ok_button.click()
    assert reporter.errors[-1] == "结案须填写处理结果：最后怎么解决的、客户得到了什么答复。"
    type_text(qtbot, closing.result_edit, "更换排气管吊胶，试车无异响")
    closing.ok_button.click()
    assert reporter.errors[-1] == "请选择客户是否接受处理结果。"
    closing.accepted_yes.click()
    closing.fault_yes.click()
    reporter.answer = False
    closing.ok_button.click()
    assert reporter.questions[-1].startswith(f"结案投诉 {number}？")
    assert closing.isVisible()
    reporter.answer = True
    closing.ok_button.click()
    assert not closing.isVisible()

    # the register shows open complaints: the closed one leaves it but stays in the detail
    assert tab.model.rowCount() == 0
    assert tab.detail is not None and not tab.detail.is_open
    assert tab.status_label.text() == "已结案"
    assert "更换排气管吊胶，试车无异响" in tab.result_label.text()
    assert not tab.step_button.isEnabled() and not tab.close_button.isEnabled()
    assert tab.reopen_button.isVisible() and not tab.reopen_button.isEnabled()  # 李娜 is no manager
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("closed"))
    assert tab.model.rowCount() == 1 and cell(tab, 0, 8) == "已结案"

    with database.unit_of_work() as s:
        row = s.scalar(select(Complaint))
        assert row.number == number and row.status == "closed"
        assert row.description == "保养后发动机有异响" and row.category == "quality" and row.source == "phone"
        assert row.responsible_id == shop.manager and row.received_by_id == shop.advisor
        assert row.result == "更换排气管吊胶，试车无异响"
        assert row.customer_accepted is True and row.service_at_fault is True
        assert row.closed_by_id == shop.advisor
        assert [step.text for step in s.scalars(select(ComplaintStep))] == ["已致电客户，约明天上午回厂复检"]
        assert row.first_response_at is not None


def test_overdue_rows_stand_out_and_a_manager_reopens(qtbot, complaints_desk) -> None:
    tab, database, shop, reporter = complaints_desk
    now = utc_now()
    with database.unit_of_work() as s:
        late = complaints.register_complaint(
            s, source="counter", customer_id=shop.customer, vehicle_id=shop.vehicle, category="time",
            description="说好下午四点交车，六点还没好", staff_id=shop.advisor, now=now - dt.timedelta(hours=30),
        ).number
        fresh = complaints.register_complaint(
            s, source="phone", customer_id=shop.customer, category="price", description="工时费比报价高",
            staff_id=shop.advisor, now=now - dt.timedelta(hours=1),
        ).number
        closed = complaints.register_complaint(
            s, source="phone", customer_id=shop.customer, category="attitude", description="接待不耐烦",
            staff_id=shop.advisor, now=now - dt.timedelta(hours=2),
        ).number
        complaints.close(s, closed, result="经理当面道歉", customer_accepted=True, service_at_fault=True,
                         staff_id=shop.manager, now=now - dt.timedelta(hours=1))
    tab.refresh()
    numbers = [row.number for row in tab.model.rows]
    assert numbers == [fresh, late]
    assert cell(tab, 1, 8) == "已逾期" and cell(tab, 0, 8) == "处理中"
    assert cell(tab, 1, 0, Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE_RED
    assert cell(tab, 0, 0, Qt.ItemDataRole.ForegroundRole) is None
    assert tab.count_label.text() == "共 2 件，其中 1 件已逾期"

    tab.status_combo.setCurrentIndex(tab.status_combo.findData("overdue"))
    assert [row.number for row in tab.model.rows] == [late]
    tab.view.selectRow(0)
    assert tab.status_label.text() == "已逾期"

    tab.status_combo.setCurrentIndex(tab.status_combo.findData("all"))
    tab.category_filter.setCurrentIndex(tab.category_filter.findData("price"))
    assert [row.number for row in tab.model.rows] == [fresh]
    tab.category_filter.setCurrentIndex(0)
    tab.dates_check.setChecked(True)  # the last 30 days up to today: all three
    assert tab.model.rowCount() == 3
    tab.dates_check.setChecked(False)
    type_text(qtbot, tab.search_edit, "D12345")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.rows[0].number == late  # the only one that names the car

    # a manager reopens the closed one with a reason
    tab.search_edit.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    tab.runner.set_staff(shop.manager)
    tab.view.selectRow([row.number for row in tab.model.rows].index(closed))
    assert tab.reopen_button.isEnabled()
    tab.reopen("客户再次来电，仍不满意")
    assert tab.detail is not None and tab.detail.is_open
    assert tab.steps_model.rows[-1].text.startswith("重新打开：客户再次来电，仍不满意")


def test_print_shows_the_form(qtbot, complaints_desk) -> None:
    tab, database, shop, reporter = complaints_desk
    with database.unit_of_work() as s:
        number = complaints.register_complaint(
            s, source="followup", customer_id=shop.customer, vehicle_id=shop.vehicle, category="quality",
            description="回访时客户说刹车还是有异响", staff_id=shop.advisor,
        ).number
    shown: list[tuple[bytes, str, str]] = []
    tab.show_pdf = lambda pdf, title, name: shown.append((pdf, title, name))  # type: ignore[method-assign]
    tab.refresh(select=number)
    qtbot.keyClick(tab, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1
    pdf, title, name = shown[0]
    assert pdf.startswith(b"%PDF") and title == f"客户意见处理表 {number}" and name == f"{number}.pdf"
    assert reporter.errors == []


def test_dialog_is_cancelled_without_saving(qtbot, complaints_desk) -> None:
    tab, database, shop, reporter = complaints_desk
    tab.register_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, RegisterDialog)
    type_text(qtbot, dialog.search_edit, "13812\n")
    type_text(qtbot, dialog.description_edit, "随便说说")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    with database.unit_of_work() as s:
        assert s.scalar(select(Complaint)) is None


def test_new_staff_appear_in_the_responsible_filter(qtbot, complaints_desk) -> None:
    from desk.models.enums import Role
    from desk.services import shop as shop_service

    tab, database, shop, reporter = complaints_desk
    tab.responsible_filter.setCurrentIndex(tab.responsible_filter.findData(shop.manager))
    with database.unit_of_work() as s:
        added = shop_service.add_staff(s, "周敏", Role.FOLLOWUP)
    tab.reload_choices()
    assert tab.responsible_filter.findData(added.id) > 0
    assert tab.responsible_filter.currentData() == shop.manager


def test_hand_over_to_another_person_is_written_as_a_step(qtbot, complaints_desk) -> None:
    tab, database, shop, reporter = complaints_desk
    with database.unit_of_work() as s:
        number = complaints.register_complaint(
            s, source="phone", customer_id=shop.customer, vehicle_id=shop.vehicle, category="price",
            description="工时费比报价高", staff_id=shop.advisor, responsible_id=shop.advisor, department="服务部",
        ).number
    tab.refresh(select=number)
    assert tab.hand_over_button.isVisible() and not tab.reopen_button.isVisible()
    qtbot.mouseClick(tab.hand_over_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, HandOverDialog)
    assert dialog.responsible_combo.currentData() == shop.advisor  # starts from what is there
    dialog.responsible_combo.setCurrentIndex(dialog.responsible_combo.findData(shop.manager))
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("attitude"))
    dialog.submit()
    assert not dialog.isVisible() and reporter.errors == []
    with database.unit_of_work(write=False) as s:
        stored = s.scalars(select(Complaint).where(Complaint.number == number)).one()
        assert (stored.responsible_id, stored.category) == (shop.manager, "attitude")
        steps = s.scalars(select(ComplaintStep).where(ComplaintStep.complaint_id == stored.id)).all()
    assert len(steps) == 1 and "赵经理" in steps[0].text
    assert tab.detail is not None and tab.detail.responsible == "赵经理"
    # a closed complaint cannot be handed over: the button gives way to 重新打开
    with database.unit_of_work() as s:
        complaints.close(s, number, result="已解释工时标准", customer_accepted=True, service_at_fault=False,
                         staff_id=shop.manager)
    tab.refresh(select=number)
    assert not tab.hand_over_button.isVisible() and tab.reopen_button.isVisible()
