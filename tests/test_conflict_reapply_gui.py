"""Two counter PCs save the same record: the second save is refused, the latest record is shown, and
what the second user typed is offered back in the conflict note — 「重新填入」 puts it into the fields
and saving again goes through. Driven through the real widgets offscreen, on SQLite and PostgreSQL.

Each PC is its own Runner (its own reporter and staff) on the one database, as two counter PCs are.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from conftest import Shop
from desk.models.base import utc_now
from desk.config import Settings
from desk.db import Database
from desk.models.enums import Role
from desk.services import appointments, complaints, followups, inspections, orders, shop
from desk.views.appointments_tab import AppointmentsTab
from desk.views.complaints_tab import CloseDialog, ComplaintsTab, StepDialog
from desk.views.conflict_note import ConflictNote
from desk.views.followup_tab import LISTS, FollowUpTab
from desk.views.inspection_tab import InspectionTab
from desk.views.order_tab import OrderTab
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text
from test_followups import call_of, settled_order
from test_orders import open_walk_in

pytestmark = pytest.mark.gui

WHEN = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")


def pc(database: Database, staff_id: int) -> tuple[Runner, RecordingReporter]:
    """One counter PC: its own runner and message boxes, signed in as ``staff_id``."""
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=str(database.engine.url)), reporter)
    runner.set_staff(staff_id)
    return runner, reporter


def show(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    return widget


def retype(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select everything in the box and type ``text`` over it, as a person would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def assert_refusal_names_b(reporter: RecordingReporter, note: ConflictNote, who: str = "王强") -> None:
    """PC A was told who saved first and when, in the message and in the note."""
    assert len(reporter.errors) == 1, reporter.errors
    assert f"已被 {who} 于" in reporter.errors[0] and WHEN.search(reporter.errors[0])
    assert note.isVisible()
    assert f"别人（{who}，" in note.text() and WHEN.search(note.text())


def reapply_by_keyboard(qtbot, note: ConflictNote) -> None:  # type: ignore[no-untyped-def]
    """The note's 「重新填入」 has the focus after a conflict; Space presses it."""
    assert note.window().focusWidget() is note.reapply_button
    qtbot.keyClick(note.reapply_button, Qt.Key.Key_Space)
    assert not note.isVisible()


# --- the repair order ---------------------------------------------------------------------------


def test_order_complaint_typed_on_a_stale_order_is_offered_back_and_saved(qtbot, database, seeded: Shop) -> None:  # type: ignore[no-untyped-def]
    number = open_walk_in(database, seeded, now=None).number
    runner_a, reporter_a = pc(database, seeded.advisor)
    runner_b, reporter_b = pc(database, seeded.advisor2)
    tab_a = show(qtbot, OrderTab(runner_a))
    tab_b = show(qtbot, OrderTab(runner_b))
    tab_a.show_order(number)  # PC A opened the order first
    tab_b.show_order(number)
    version = tab_a.detail.version

    retype(qtbot, tab_b.complaint_edit, "刹车异响，方向盘抖动")
    qtbot.mouseClick(tab_b.save_details_button, Qt.MouseButton.LeftButton)
    assert reporter_b.errors == []

    retype(qtbot, tab_a.complaint_edit, "空调不凉，仪表灯亮")
    qtbot.mouseClick(tab_a.save_details_button, Qt.MouseButton.LeftButton)
    assert_refusal_names_b(reporter_a, tab_a.conflict_note)
    # B's save stands, and A's screen shows it; what A typed is in the note
    with database.unit_of_work(write=False) as s:
        saved = orders.order_detail(s, number)
    assert saved.complaint == "刹车异响，方向盘抖动" and saved.version > version
    version = saved.version
    assert tab_a.complaint_edit.toPlainText() == "刹车异响，方向盘抖动"
    assert "故障描述 “空调不凉，仪表灯亮”" in tab_a.conflict_note.text()
    assert "预计交车" not in tab_a.conflict_note.text()  # not touched by A: not offered back

    reapply_by_keyboard(qtbot, tab_a.conflict_note)
    assert tab_a.complaint_edit.toPlainText() == "空调不凉，仪表灯亮"
    qtbot.mouseClick(tab_a.save_details_button, Qt.MouseButton.LeftButton)
    assert len(reporter_a.errors) == 1
    with database.unit_of_work(write=False) as s:
        saved = orders.order_detail(s, number)
    assert saved.complaint == "空调不凉，仪表灯亮" and saved.version > version


def test_order_line_being_added_stays_and_is_added_after_the_reload(qtbot, database, seeded: Shop) -> None:  # type: ignore[no-untyped-def]
    number = open_walk_in(database, seeded, now=None).number
    runner_a, reporter_a = pc(database, seeded.advisor)
    tab_a = show(qtbot, OrderTab(runner_a))
    tab_a.show_order(number)
    with database.unit_of_work() as s:  # PC B adds a line meanwhile
        orders.add_labour_line(s, number, name="四轮定位", hours="1", staff_id=seeded.advisor2)

    type_text(qtbot, tab_a.labour_name, "更换刹车片")
    type_text(qtbot, tab_a.labour_hours, "0.8")
    qtbot.mouseClick(tab_a.add_labour_button, Qt.MouseButton.LeftButton)
    assert_refusal_names_b(reporter_a, tab_a.conflict_note)
    assert [r.name for r in tab_a.labour_model.rows] == ["四轮定位"]
    assert "添加工时 更换刹车片 0.8" in tab_a.conflict_note.text()
    reapply_by_keyboard(qtbot, tab_a.conflict_note)
    assert (tab_a.labour_name.text(), tab_a.labour_hours.text()) == ("更换刹车片", "0.8")
    qtbot.mouseClick(tab_a.add_labour_button, Qt.MouseButton.LeftButton)
    assert len(reporter_a.errors) == 1
    with database.unit_of_work(write=False) as s:
        assert [line.name for line in orders.order_detail(s, number).labour_lines] == ["四轮定位", "更换刹车片"]


def test_intake_agreement_and_a_grid_edit_on_a_stale_order_are_offered_back(qtbot, database, seeded: Shop) -> None:  # type: ignore[no-untyped-def]
    number = open_walk_in(database, seeded, now=None).number
    with database.unit_of_work() as s:
        orders.add_part_line(s, number, part_number="06L115562B", name="机油滤清器", quantity="1", unit_price="68.50")
    runner_a, reporter_a = pc(database, seeded.advisor)
    tab_a = show(qtbot, OrderTab(runner_a))
    tab_a.show_order(number)
    with database.unit_of_work() as s:  # PC B notes how the customer will pay
        version = orders.order_detail(s, number).version
        orders.update_intake(s, number, payment_intent="wechat", staff_id=seeded.advisor2, expected_version=version)

    box = tab_a.intake_box
    box.old_parts_combo.setCurrentIndex(box.old_parts_combo.findData("customer_takes"))
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert_refusal_names_b(reporter_a, tab_a.conflict_note)
    assert (box.payment_combo.currentData(), box.old_parts_combo.currentData()) == ("wechat", "")
    assert "旧件 客户带走" in tab_a.conflict_note.text() and "付款方式" not in tab_a.conflict_note.text()
    reapply_by_keyboard(qtbot, tab_a.conflict_note)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert len(reporter_a.errors) == 1
    with database.unit_of_work(write=False) as s:
        saved = orders.order_detail(s, number)
    assert (saved.payment_intent, saved.old_parts) == ("wechat", "customer_takes")  # both kept

    # a quantity typed in the grid: 「重新填入」 opens the cell again with it, Enter saves it
    with database.unit_of_work() as s:
        orders.update_details(s, number, complaint="做保养", promised_at=None, staff_id=seeded.advisor2,
                              expected_version=saved.version)
    view = tab_a.parts_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 2))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = tab_a.window().focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(reporter_a.errors) == 2)
    assert "“机油滤清器”的数量 3" in tab_a.conflict_note.text()
    assert tab_a.complaint_edit.toPlainText() == "做保养"
    reapply_by_keyboard(qtbot, tab_a.conflict_note)
    editor = tab_a.window().focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "3"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab_a.parts_model.rows[0].quantity == 3)
    assert len(reporter_a.errors) == 2
    with database.unit_of_work(write=False) as s:
        assert orders.order_detail(s, number).part_lines[0].quantity == 3

# --- an appointment -----------------------------------------------------------------------------


def test_appointment_modified_on_a_stale_copy_is_offered_back_and_saved(qtbot, database, seeded: Shop) -> None:  # type: ignore[no-untyped-def]
    runner_a, reporter_a = pc(database, seeded.advisor)
    runner_b, _reporter_b = pc(database, seeded.advisor2)
    tab_a = show(qtbot, AppointmentsTab(runner_a))
    day = tab_a._today() + dt.timedelta(days=1)
    values = dict(advisor_id=seeded.advisor, day=day, time=dt.time(9, 0), source="passive", notes="",
                  pay_type_intent="customer", estimated_hours="1")
    booked = runner_b.write(appointments.book, vehicle_id=seeded.vehicle, requested_work="2 万公里保养",
                            staff_id=seeded.advisor2, **values)
    tab_a.show_appointment(booked)  # PC A has it open
    runner_b.write(appointments.modify, booked.number, requested_work="2 万公里保养，顺便查空调", staff_id=seeded.advisor2,
                   expected_version=booked.version, **values)

    retype(qtbot, tab_a.work_edit, "2 万公里保养，换雨刮")
    type_text(qtbot, tab_a.notes_edit, "客户自带雨刮")
    qtbot.mouseClick(tab_a.book_button, Qt.MouseButton.LeftButton)
    assert_refusal_names_b(reporter_a, tab_a.conflict_note)
    assert tab_a.work_edit.toPlainText() == "2 万公里保养，顺便查空调"
    assert tab_a.notes_edit.text() == ""
    assert "预约项目 “2 万公里保养，换雨刮”；备注 客户自带雨刮" in tab_a.conflict_note.text()
    assert "时段" not in tab_a.conflict_note.text()

    reapply_by_keyboard(qtbot, tab_a.conflict_note)
    assert (tab_a.work_edit.toPlainText(), tab_a.notes_edit.text()) == ("2 万公里保养，换雨刮", "客户自带雨刮")
    qtbot.mouseClick(tab_a.book_button, Qt.MouseButton.LeftButton)
    assert len(reporter_a.errors) == 1
    with database.unit_of_work(write=False) as s:
        saved = appointments.row(s, booked.number)
    assert (saved.requested_work, saved.notes) == ("2 万公里保养，换雨刮", "客户自带雨刮")
    assert saved.version > booked.version + 1


# --- a complaint's handling step ----------------------------------------------------------------


def test_complaint_step_typed_while_another_pc_added_one_is_kept_and_saved(qtbot, database, seeded: Shop) -> None:  # type: ignore[no-untyped-def]
    runner_a, reporter_a = pc(database, seeded.advisor)
    runner_b, _reporter_b = pc(database, seeded.advisor2)
    number = runner_b.write(
        complaints.register_complaint, source="phone", customer_id=seeded.customer, vehicle_id=seeded.vehicle,
        category="price", description="工时费比报价高", staff_id=seeded.advisor2,
    ).number
    tab_a = show(qtbot, ComplaintsTab(runner_a))
    tab_a.refresh(select=number)
    qtbot.mouseClick(tab_a.step_button, Qt.MouseButton.LeftButton)
    dialog = tab_a.dialog
    assert isinstance(dialog, StepDialog)
    version = dialog.detail.version
    runner_b.write(complaints.add_step, number, text="已电话向客户解释工时标准", staff_id=seeded.advisor2,
                   expected_version=version)

    type_text(qtbot, dialog.text_edit, "店长同意减免一半工时费")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert_refusal_names_b(reporter_a, dialog.conflict_note)
    assert dialog.isVisible()
    # the other PC's step is shown, in the note and in the register behind the dialog
    assert "王强" in dialog.conflict_note.text() and "已电话向客户解释工时标准" in dialog.conflict_note.text()
    assert [step.text for step in tab_a.steps_model.rows] == ["已电话向客户解释工时标准"]
    assert "处理经过 “店长同意减免一半工时费”" in dialog.conflict_note.text()

    reapply_by_keyboard(qtbot, dialog.conflict_note)
    assert dialog.text_edit.toPlainText() == "店长同意减免一半工时费"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(reporter_a.errors) == 1 and not dialog.isVisible()
    with database.unit_of_work(write=False) as s:
        detail = complaints.complaint_detail(s, number)
    assert [step.text for step in detail.steps] == ["已电话向客户解释工时标准", "店长同意减免一半工时费"]
    assert detail.version > version + 1


def test_closing_a_complaint_another_pc_just_added_to_keeps_the_result_typed(qtbot, database, seeded: Shop) -> None:  # type: ignore[no-untyped-def]
    runner_a, reporter_a = pc(database, seeded.manager)
    runner_b, _reporter_b = pc(database, seeded.advisor2)
    number = runner_b.write(
        complaints.register_complaint, source="phone", customer_id=seeded.customer, vehicle_id=seeded.vehicle,
        category="price", description="工时费比报价高", staff_id=seeded.advisor2,
    ).number
    tab_a = show(qtbot, ComplaintsTab(runner_a))
    tab_a.refresh(select=number)
    qtbot.mouseClick(tab_a.close_button, Qt.MouseButton.LeftButton)
    dialog = tab_a.dialog
    assert isinstance(dialog, CloseDialog)
    runner_b.write(complaints.add_step, number, text="客户来电催问", staff_id=seeded.advisor2,
                   expected_version=dialog.detail.version)

    type_text(qtbot, dialog.result_edit, "减免一半工时费，客户满意")
    dialog.accepted_yes.setChecked(True)
    dialog.fault_no.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert_refusal_names_b(reporter_a, dialog.conflict_note)
    assert "客户来电催问" in dialog.conflict_note.text() and "处理结果 “减免一半工时费，客户满意”" in dialog.conflict_note.text()
    assert [step.text for step in tab_a.steps_model.rows] == ["客户来电催问"]
    reapply_by_keyboard(qtbot, dialog.conflict_note)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(reporter_a.errors) == 1 and not dialog.isVisible()
    with database.unit_of_work(write=False) as s:
        detail = complaints.complaint_detail(s, number)
    assert (detail.is_open, detail.result, detail.customer_accepted) == (False, "减免一半工时费，客户满意", True)

# --- the walk-around form -----------------------------------------------------------------------


def test_walk_around_form_saved_over_a_newer_save_keeps_the_other_pcs_untouched_values(qtbot, database, seeded: Shop) -> None:  # type: ignore[no-untyped-def]
    runner_a, reporter_a = pc(database, seeded.advisor)
    runner_b, reporter_b = pc(database, seeded.advisor2)
    started = runner_a.write(inspections.start, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor,
                             staff_id=seeded.advisor)
    tab_a = show(qtbot, InspectionTab(runner_a))
    tab_b = show(qtbot, InspectionTab(runner_b))
    tab_a.show_inspection(started)
    tab_b.show_inspection(started)

    retype(qtbot, tab_b.complaints_edit, "左前轮异响")
    tab_b.keys_spin.setValue(2)
    qtbot.mouseClick(tab_b.save_button, Qt.MouseButton.LeftButton)
    assert reporter_b.errors == []

    retype(qtbot, tab_a.complaints_edit, "刹车发软")
    retype(qtbot, tab_a.mileage_edit, "18020")
    qtbot.mouseClick(tab_a.save_button, Qt.MouseButton.LeftButton)
    assert_refusal_names_b(reporter_a, tab_a.conflict_note)
    assert (tab_a.complaints_edit.toPlainText(), tab_a.keys_spin.value()) == ("左前轮异响", 2)
    assert "故障描述 “刹车发软”" in tab_a.conflict_note.text() and "进厂里程 18020" in tab_a.conflict_note.text()
    assert "钥匙" not in tab_a.conflict_note.text()

    reapply_by_keyboard(qtbot, tab_a.conflict_note)
    assert (tab_a.complaints_edit.toPlainText(), tab_a.mileage_edit.text()) == ("刹车发软", "18020")
    qtbot.mouseClick(tab_a.save_button, Qt.MouseButton.LeftButton)
    assert len(reporter_a.errors) == 1
    with database.unit_of_work(write=False) as s:
        saved = inspections.detail(s, started.id)
    # A's typing saved; B's number of keys, which A never touched, still there
    assert (list(saved.complaints), saved.mileage, saved.keys) == (["刹车发软"], 18020, 2)
    assert saved.version > started.version + 1


# --- a follow-up call's answers -----------------------------------------------------------------


def test_followup_answers_typed_while_another_pc_logged_a_try_are_offered_back(qtbot, database, seeded: Shop) -> None:  # type: ignore[no-untyped-def]
    with database.unit_of_work() as s:
        clerk = shop.add_staff(s, "吴婷婷", Role.FOLLOWUP).id
    number = settled_order(database, seeded, at=utc_now() - dt.timedelta(days=3))
    runner_a, reporter_a = pc(database, clerk)
    runner_b, _reporter_b = pc(database, seeded.manager)
    tab_a = show(qtbot, FollowUpTab(runner_a))
    tab_a.list_bar.setCurrentIndex(LISTS.index("due_today"))
    tab_a.table.selectRow(0)
    call = call_of(database, number)
    assert tab_a.detail is not None and tab_a.detail.row.id == call.id
    qtbot.mouseClick(tab_a.reached_button, Qt.MouseButton.LeftButton)
    # the manager, on another PC, logs a try on the same call meanwhile
    runner_b.write(followups.record_attempt, call.id, reached=False, staff_id=seeded.manager, note="占线",
                   expected_version=call.version)

    qtbot.keyClicks(tab_a.scores["overall"], "4")
    tab_a.solved_yes.setChecked(True)
    for key, digit in (("quality", "5"), ("on_time", "3"), ("staff", "5"), ("price", "4")):
        qtbot.keyClicks(tab_a.scores[key], digit)
    type_text(qtbot, tab_a.comments, "师傅很专业")
    qtbot.mouseClick(tab_a.save_button, Qt.MouseButton.LeftButton)
    assert_refusal_names_b(reporter_a, tab_a.conflict_note, "赵经理")
    assert "赵经理" in tab_a.attempts_label.text() and "占线" in tab_a.attempts_label.text()
    assert tab_a.comments.toPlainText() == "" and tab_a.scores["overall"].value() is None
    assert "总体评分 4 分" in tab_a.conflict_note.text() and "意见或建议 “师傅很专业”" in tab_a.conflict_note.text()

    reapply_by_keyboard(qtbot, tab_a.conflict_note)
    assert (tab_a.scores["overall"].value(), tab_a.comments.toPlainText()) == (4, "师傅很专业")
    qtbot.mouseClick(tab_a.save_button, Qt.MouseButton.LeftButton)
    assert len(reporter_a.errors) == 1
    saved = call_of(database, number)
    assert saved.status == "done" and saved.version > call.version + 1
    with database.unit_of_work(write=False) as s:
        detail = followups.followup_detail(s, call.id)
    assert detail.comments == "师傅很专业" and len(detail.attempts_list) == 2
